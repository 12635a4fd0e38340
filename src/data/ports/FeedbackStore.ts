import type { ItemIssue } from '../../core/mapping/ItemIssue';
import type { LookupIndex } from '../../core/mapping/LookupIndex';
import type { Feedback, FeedbackStatus } from '../../core/model/Feedback';

/** What a person sends. `submittedBy` only when they chose to give their name. */
export interface NewFeedback {
  title: string;
  body: string;
  /** Key of the routine it concerns. */
  routine?: string;
  submittedBy?: string;
}

export interface FeedbackTriage {
  status: FeedbackStatus;
  /** Key of the routine it concerns; undefined clears the link. */
  routine?: string;
}

export interface FeedbackQueueRead {
  feedback: Feedback[];
  /** Items that could not be read, for the project group to fix in the list. */
  issues: ItemIssue[];
}

/**
 * "Alle skal med": feedback anyone can send, and the project group's triage of it. `lookups` translates routine
 * keys to the list's lookup ids (see modelLookupIndex).
 */
export interface FeedbackStore {
  /**
   * Stores the feedback once. `submissionId` (a UUID the form keeps until the text changes) makes a resend after
   * "not sent" or "we are checking…" safe: it can never make a second item. Resolves when the item is stored;
   * rejects with WriteNotStoredError when it is verified NOT stored, and with WriteOutcomeUnknownError when that
   * could not be checked yet (call again with the same id to check and, if need be, send).
   */
  submit(feedback: NewFeedback, lookups: LookupIndex, submissionId?: string): Promise<void>;
  /** Every feedback item, for triage. */
  readAll(lookups: LookupIndex): Promise<FeedbackQueueRead>;
  /** Throws PermissionDeniedError for a user who cannot edit the model. */
  triage(id: number, triage: FeedbackTriage, lookups: LookupIndex): Promise<void>;
}
