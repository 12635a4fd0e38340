import type { IList } from '@pnp/sp/lists';
import { writeFailureOf } from './writeFailureOf';
import { WriteOutcomeUnknownError } from '../ports/WriteOutcomeUnknownError';
import { pause, provesNotApplied, worthRetrying } from './failureStatus';
import { WriteNotStoredError } from '../ports/WriteNotStoredError';

/** The field that makes a create idempotent: a unique, indexed id the client makes before the first attempt. */
export const SUBMISSION_ID_FIELD = 'SubmissionId';

export { newSubmissionId } from '../ports/submissionId';

export interface CreateOnceOptions {
  /** Sends in all (the first included). */
  attempts?: number;
  /** Wait before sending again after a failure that was checked (ms, doubled each time). */
  retryDelayMs?: number;
}

/** Whether an item with this submission id is stored (an indexed, unique column: legal past 5,000 items). */
export async function isSubmissionStored(list: IList, submissionId: string): Promise<boolean> {
  if (!/^[\w-]{1,64}$/.test(submissionId)) throw new Error('A submission id is letters, digits and dashes only');
  const found: unknown[] = await list.items.filter(`${SUBMISSION_ID_FIELD} eq '${submissionId}'`).select('Id').top(1)();
  return found.length > 0;
}

/**
 * Creates a list item exactly once and says truthfully what happened. Every failed attempt — a dropped
 * connection, and also a 400 or 412, which in a browser can be the answer to the network stack's own resend of
 * a POST that already landed — is followed by a read-back by submission id before anything is concluded:
 * - found: the item is stored (resolves);
 * - not found: not stored; sent again with the SAME submission id when that can help (SharePoint's "enforce
 *   unique values" refuses a second item even if two sends land), otherwise WriteNotStoredError;
 * - the read-back fails too: WriteOutcomeUnknownError ("we are checking…") unless the failure itself proves that
 *   nothing was applied. Calling again with the same id later is always safe.
 */
export async function createItemOnce(list: IList, values: Record<string, unknown>, submissionId: string, options: CreateOnceOptions | number = {}): Promise<void> {
  const { attempts = 4, retryDelayMs = 500 } = typeof options === 'number' ? { attempts: options } : options;
  let wait = retryDelayMs;
  for (let attempt = 1; ; attempt++) {
    let failure: unknown;
    try {
      await list.items.add({ ...values, [SUBMISSION_ID_FIELD]: submissionId });
      return;
    } catch (error) {
      failure = error;
    }
    let stored: boolean;
    try {
      stored = await isSubmissionStored(list, submissionId);
    } catch (readError) {
      if (provesNotApplied(failure)) throw new WriteNotStoredError(writeFailureOf(failure), failure);
      throw failure instanceof WriteOutcomeUnknownError ? failure : new WriteOutcomeUnknownError('POST', 'items', readError);
    }
    if (stored) return;
    if (!worthRetrying(failure) || attempt >= attempts) throw new WriteNotStoredError(writeFailureOf(failure), failure);
    await pause(wait);
    wait *= 2;
  }
}
