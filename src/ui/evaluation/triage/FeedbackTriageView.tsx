import * as React from 'react';
import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { countByStatus, sortFeedbackQueue } from '../../../core/feedback/feedbackQueue';
import { LookupIndex } from '../../../core/mapping/LookupIndex';
import type { Feedback } from '../../../core/model/Feedback';
import type { RoutineHistoryEntry } from '../../../core/model/RoutineHistory';
import { LoadStatus } from '../../common/LoadStatus';
import { RequireModelEditor } from '../common/RequireModelEditor';
import { useLoad } from '../../common/useLoad';
import { useServices } from '../../shell/ServicesContext';
import { FeedbackCard } from './FeedbackCard';
import { EvaluationPage } from '../common/EvaluationPage';
import { useEvaluationStrings } from '../strings';
import { compareNorwegian } from '../../../core/i18n/compareNorwegian';

const useStyles = makeStyles({
  list: { display: 'grid', gap: tokens.spacingVerticalL, listStyle: 'none', padding: 0, margin: `${tokens.spacingVerticalM} 0` }
});

interface TriageData {
  feedback: Feedback[];
  routines: RoutineHistoryEntry[];
  lookups: LookupIndex;
  unreadable: number;
}

/** Routine ids ↔ keys of every routine, drafts too: feedback may concern a routine staff do not see yet. */
function routineLookups(routines: readonly RoutineHistoryEntry[]): LookupIndex {
  const index = new LookupIndex();
  for (const r of routines) if (r.id !== undefined) index.add('routines', r.id, r.key);
  return index;
}

function TriageContent(): React.ReactElement {
  const ev = useEvaluationStrings();
  const s = useEvaluationStrings().triage;
  const { feedback: store, routineHistory } = useServices();
  const styles = useStyles();
  const [state, reload] = useLoad<TriageData>(async () => {
    const history = await routineHistory.read();
    const routines = [...history.routines].sort((a, b) => compareNorwegian(a.title, b.title));
    const lookups = routineLookups(routines);
    const read = await store.readAll(lookups);
    return { feedback: sortFeedbackQueue(read.feedback), routines, lookups, unreadable: read.issues.filter((i) => i.severity === 'error').length };
  }, [store, routineHistory]);
  if (state.kind !== 'loaded') return <LoadStatus state={state} onRetry={reload} />;
  const { feedback, routines, lookups, unreadable } = state.value;
  const counts = countByStatus(feedback);
  return (
    <>
      <Text as="p">{s.counts(counts.new, counts.inProgress, counts.done)}</Text>
      {unreadable > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{ev.common.unreadable(unreadable)}</MessageBarBody>
        </MessageBar>
      )}
      {feedback.length === 0 ? (
        <p>{s.empty}</p>
      ) : (
        <ul className={styles.list}>
          {feedback.map((f) => (
            <li key={f.id}>
              <FeedbackCard feedback={f} routines={routines} onTriage={(status, routine) => store.triage(f.id as number, { status, routine }, lookups)} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The project group's queue of "Alle skal med" feedback: new → in progress → done, linked to routines. */
export function FeedbackTriageView(): React.ReactElement {
  const s = useEvaluationStrings().triage;
  return (
    <EvaluationPage headingId="tb-triage-title" title={s.title} intro={s.intro}>
      <RequireModelEditor>
        <TriageContent />
      </RequireModelEditor>
    </EvaluationPage>
  );
}
