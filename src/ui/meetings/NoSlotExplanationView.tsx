import * as React from 'react';
import { Button, Text } from '@fluentui/react-components';
import type { NoSlotExplanation } from '../../core/scheduling';
import { useApp } from '../app/AppContext';
import { formatSlot } from './formatSlot';
import { useMeetingStyles } from './meetingStyles';
import { useMeetingStrings } from './strings';

/** How many blockers to name: the few who block most are the ones worth a phone call. */
const BLOCKERS_SHOWN = 3;

/** Why nothing fits: who blocks most, and the nearest time with one required person fewer (with a way to get it). */
export interface NoSlotExplanationViewProps {
  explanation: NoSlotExplanation;
  nameOf: (email: string) => string;
  /** Offered only for invitees; the organizer cannot be made optional in their own meeting. */
  canMakeOptional: (email: string) => boolean;
  onMakeOptional: (email: string) => void;
  /** The next longer search window in weeks, if there is one; its button searches again over it. */
  longerWindowWeeks?: number;
  onLongerWindow?: () => void;
}

export function NoSlotExplanationView(props: NoSlotExplanationViewProps): React.ReactElement {
  const { locale } = useApp();
  const s = useMeetingStrings();
  const styles = useMeetingStyles();
  const { explanation, nameOf } = props;
  const longer =
    props.longerWindowWeeks !== undefined && props.onLongerWindow ? (
      <div className={styles.row}>
        <Button onClick={props.onLongerWindow}>{s.tryLongerWindow(props.longerWindowWeeks)}</Button>
      </div>
    ) : null;
  if (explanation.reason === 'noCandidateTimes') {
    return (
      <div className={styles.section}>
        <Text>{s.noCandidateTimes}</Text>
        {longer}
      </div>
    );
  }
  const nearest = explanation.nearestWithOneFewer;
  return (
    <div className={styles.section}>
      <Text>{s.requiredUnavailable(explanation.candidateCount)}</Text>
      <ul className={styles.findings}>
        {explanation.blockers.slice(0, BLOCKERS_SHOWN).map((blocker) => (
          <li key={blocker.email}>
            {s.blockerLine(nameOf(blocker.email), blocker.blockedCandidates, explanation.candidateCount)} {s.blockerWhy(blocker.busy, blocker.outsideWorkingHours)}
          </li>
        ))}
      </ul>
      {nearest && (
        <div className={styles.row}>
          <Text>{s.nearestWithout(nameOf(nearest.withoutEmail), formatSlot(nearest.slot, locale))}</Text>
          {props.canMakeOptional(nearest.withoutEmail) && (
            <Button onClick={() => props.onMakeOptional(nearest.withoutEmail)}>{s.makeOptional(nameOf(nearest.withoutEmail))}</Button>
          )}
        </div>
      )}
      {longer}
    </div>
  );
}
