import * as React from 'react';
import { Button, makeStyles, Text, tokens, typographyStyles } from '@fluentui/react-components';
import { ContentCard } from '../../common/ContentCard';
import type { Routine } from '../../../core/model/Routine';
import type { UnpublishImpact } from '../../../core/readiness/unpublishImpact';
import { useApp } from '../../app/AppContext';
import { useAdminStyles } from '../common/useAdminStyles';
import { useReadinessStrings } from '../readiness/readinessStrings';

const useStyles = makeStyles({
  card: { borderLeft: `6px solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  heading: { ...typographyStyles.subtitle1, margin: 0, ':focus': { outline: 'none' } },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL }
});

/**
 * Asks before a routine is made a draft and names what staff lose: the worry-guide answers that suggest it, the
 * routines that point to it, search and the overview. Urgent and level routines ask a second time.
 */
export function UnpublishConfirmation(props: {
  routine: Routine;
  impact: UnpublishImpact;
  stage: 'first' | 'second';
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}): React.ReactElement {
  const { strings } = useApp();
  const s = useReadinessStrings();
  const styles = useStyles();
  const shared = useAdminStyles();
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const { impact, stage } = props;
  React.useEffect(() => headingRef.current?.focus(), [stage]);
  const outcomes = impact.guideOutcomes.map((o) => (o === 'consult' ? o : strings.guide.outcomes[o])).join('; ');
  return (
    <ContentCard className={styles.card} role="group" aria-labelledby="tb-unpublish-title" data-testid={`unpublish-${stage}`}>
      <h3 className={styles.heading} id="tb-unpublish-title" ref={headingRef} tabIndex={-1}>
        {stage === 'first' ? s.unpublishTitle(props.routine.title) : s.secondTitle}
      </h3>
      {stage === 'first' ? (
        <>
          <Text as="p">{s.unpublishLoses}</Text>
          <ul className={styles.list}>
            {impact.guideOutcomes.length > 0 && <li>{s.losesGuide(outcomes)}</li>}
            {impact.linkedFrom.length > 0 && (
              <li>
                {s.losesLinks(impact.linkedFrom.length)}: {impact.linkedFrom.map((r) => r.title).join(', ')}
              </li>
            )}
            <li>{s.losesSearch}</li>
          </ul>
        </>
      ) : (
        <Text as="p">{impact.urgent ? s.secondUrgent : s.secondLevel}</Text>
      )}
      <div className={shared.actions}>
        <Button appearance="primary" disabled={props.busy} onClick={props.onConfirm}>
          {stage === 'first' ? s.unpublishConfirm : s.secondConfirm}
        </Button>
        <Button disabled={props.busy} onClick={props.onCancel}>
          {s.unpublishCancel}
        </Button>
      </div>
    </ContentCard>
  );
}
