export type FeedbackStatus = 'new' | 'inProgress' | 'done';

export const FEEDBACK_STATUSES: readonly FeedbackStatus[] = ['new', 'inProgress', 'done'];

/** Feedback on the model ("Alle skal med"): anonymous unless the person chooses otherwise. */
export interface Feedback {
  title: string;
  body: string;
  /** Key of the routine it concerns, if any. */
  routine?: string;
  status: FeedbackStatus;
  /** ISO timestamp. */
  created?: string;
  /** Present only when the person chose to give their name. */
  submittedBy?: string;
  id?: number;
}
