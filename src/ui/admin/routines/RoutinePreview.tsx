import * as React from 'react';
import { makeStyles, MessageBar, MessageBarBody, Title3, tokens } from '@fluentui/react-components';
import type { Routine } from '../../../core/model/Routine';
import type { TryggeBarnModel } from '../../../core/model/TryggeBarnModel';
import { AppContext, useApp } from '../../app/AppContext';
import { RoutineView } from '../../model/RoutineView';
import { useAdminStrings } from '../strings';

const useStyles = makeStyles({
  frame: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalL,
    display: 'grid',
    gap: tokens.spacingVerticalM
  }
});

/**
 * The draft exactly as staff will see it: the staff view itself (RoutineView), given a model in which this
 * routine is the draft being edited, so tools, services and arenas resolve as they will after saving.
 */
export function RoutinePreview(props: { draft: Routine; model: TryggeBarnModel }): React.ReactElement {
  const app = useApp();
  const s = useAdminStrings();
  const styles = useStyles();
  const { draft } = props;
  const model = React.useMemo(
    () => ({ ...props.model, routines: props.model.routines.map((r) => (r.key === draft.key ? draft : r)) }),
    [props.model, draft]
  );
  return (
    <section className={styles.frame} aria-labelledby="tb-admin-preview">
      <Title3 as="h2" id="tb-admin-preview">
        {s.previewTitle}
      </Title3>
      {draft.status === 'draft' && (
        <MessageBar intent="info">
          <MessageBarBody>{s.previewDraftNote}</MessageBarBody>
        </MessageBar>
      )}
      <AppContext.Provider value={{ ...app, model }}>
        <RoutineView routineKey={draft.key} />
      </AppContext.Provider>
    </section>
  );
}
