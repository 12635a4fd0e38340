import type { ItemIssue } from '../../core/mapping/ItemIssue';
import type { RoutineHistoryEntry } from '../../core/model/RoutineHistory';

export interface RoutineHistoryRead {
  routines: RoutineHistoryEntry[];
  issues: ItemIssue[];
}

/** Every routine, drafts included, with when it was added, changed and reviewed: for the yearly report and triage. */
export interface RoutineHistoryStore {
  read(): Promise<RoutineHistoryRead>;
}
