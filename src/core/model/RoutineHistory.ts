import type { RoutineStatus } from './Routine';

/**
 * What the yearly report needs to know about a routine's life: when it was added and last changed (SharePoint's
 * Created and Modified) and when it was reviewed. Drafts included: the project group reports on those too.
 */
export interface RoutineHistoryEntry {
  key: string;
  title: string;
  status: RoutineStatus;
  /** ISO timestamps from SharePoint. */
  created?: string;
  modified?: string;
  /** ISO dates (yyyy-mm-dd). */
  lastReviewed?: string;
  nextReview?: string;
  id?: number;
}
