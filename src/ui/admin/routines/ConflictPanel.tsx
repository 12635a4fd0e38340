import * as React from 'react';
import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens, typographyStyles } from '@fluentui/react-components';
import { diffRoutines } from '../../../core/editing/routineEditing';
import type { Routine, RoutineNynorsk } from '../../../core/model/Routine';
import type { TryggeBarnModel } from '../../../core/model/TryggeBarnModel';
import type { RoutineRecord } from '../../../data/ports/admin/RoutineEditor';
import { useApp } from '../../app/AppContext';
import { formatDateTime } from '../common/formatDateTime';
import { useAdminStyles } from '../common/useAdminStyles';
import { describeRoutineValue } from './describeRoutineValue';
import { describeStep, diffSteps } from './ConflictSteps';
import { describeNynorsk } from './describeNynorsk';
import { useNynorskEditorStrings } from './nynorskEditorStrings';
import { useAdminStrings } from '../strings';

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM, border: `2px solid ${tokens.colorPaletteYellowBorderActive}`, borderRadius: tokens.borderRadiusLarge },
  lines: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  choice: { display: 'grid', gap: tokens.spacingVerticalXS, maxWidth: '40em' },
  heading: { ...typographyStyles.subtitle1, margin: 0 }
});

export interface ConflictPanelProps {
  base: RoutineRecord;
  mine: Routine;
  theirs: RoutineRecord;
  model: TryggeBarnModel;
  busy: boolean;
  onKeepMine(): void;
  onTakeTheirs(): void;
}

/**
 * A save that met someone else's newer version (412): both versions field by field, who changed what, and the
 * choice. Nothing has been written; the heading takes focus so a screen reader user learns of it at once.
 */
export function ConflictPanel(props: ConflictPanelProps): React.ReactElement {
  const { strings, locale } = useApp();
  const s = useAdminStrings();
  const styles = useStyles();
  const shared = useAdminStyles();
  const nnStrings = useNynorskEditorStrings();
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => heading.current?.focus(), []);
  const differences = diffRoutines(props.base.routine, props.mine, props.theirs.routine);
  const list = (text: string[]): React.ReactNode =>
    text.length === 1 ? (
      text[0]
    ) : (
      <ul className={styles.lines}>
        {text.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    );
  const changedBy = (me: boolean, them: boolean): string => (me && them ? s.changedBy.both : me ? s.changedBy.me : s.changedBy.them);
  // Steps are compared one by one: a row per step that differs, not the whole list as one block.
  const stepRows = diffSteps(props.base.routine.steps, props.mine.steps, props.theirs.routine.steps);
  const stepCount = Math.max(props.mine.steps.length, props.theirs.routine.steps.length);
  const lines = (field: keyof Routine, value: unknown): React.ReactNode => {
    const text = field === 'nn' ? describeNynorsk(value as RoutineNynorsk | undefined, nnStrings, s.empty) : describeRoutineValue(field, value, props.model, s, locale);
    return text.length === 1 ? text[0] : (
      <ul className={styles.lines}>
        {text.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    );
  };
  return (
    <section className={styles.root} aria-labelledby="tb-conflict-title" data-testid="conflict">
      <h2 className={styles.heading} id="tb-conflict-title" tabIndex={-1} ref={heading}>
        {s.conflictTitle}
      </h2>
      <MessageBar intent="warning">
        <MessageBarBody>{s.conflictIntro(props.theirs.editor, props.theirs.modified ? formatDateTime(props.theirs.modified, locale) : undefined)}</MessageBarBody>
      </MessageBar>
      <div className={shared.tableWrap}>
        <table className={shared.table}>
          <caption>{s.conflictCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{s.conflictColumns.field}</th>
              <th scope="col">{s.conflictColumns.mine}</th>
              <th scope="col">{s.conflictColumns.theirs}</th>
              <th scope="col">{s.conflictColumns.changedBy}</th>
            </tr>
          </thead>
          <tbody>
            {differences.map((d) =>
              d.field === 'steps' ? (
                stepRows.map((step) => (
                  <tr key={`step-${step.index}`} data-field="steps" data-step={step.index + 1}>
                    <th scope="row">{strings.routine.stepOf(step.index + 1, stepCount)}</th>
                    <td>{list(describeStep(step.mine, props.model, strings, s))}</td>
                    <td>{list(describeStep(step.theirs, props.model, strings, s))}</td>
                    <td>{changedBy(step.changedByMe, step.changedByThem)}</td>
                  </tr>
                ))
              ) : (
                <tr key={d.field} data-field={d.field}>
                  <th scope="row">{d.field === 'nn' ? nnStrings.conflictLabel : s.fields[d.field as keyof typeof s.fields] ?? d.field}</th>
                  <td>{lines(d.field, d.mine)}</td>
                  <td>{lines(d.field, d.theirs)}</td>
                  <td>{changedBy(d.changedByMe, d.changedByThem)}</td>
                </tr>
              )
            )}
          </tbody>
        </table>
      </div>
      <div className={shared.actions}>
        <div className={styles.choice}>
          <Button appearance="primary" disabled={props.busy} onClick={props.onKeepMine} aria-describedby="tb-keep-mine-hint">
            {s.keepMine}
          </Button>
          <Text id="tb-keep-mine-hint" size={200}>
            {s.keepMineHint}
          </Text>
        </div>
        <div className={styles.choice}>
          <Button disabled={props.busy} onClick={props.onTakeTheirs} aria-describedby="tb-take-theirs-hint">
            {s.takeTheirs}
          </Button>
          <Text id="tb-take-theirs-hint" size={200}>
            {s.takeTheirsHint}
          </Text>
        </div>
      </div>
    </section>
  );
}
