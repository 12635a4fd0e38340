import type { IList } from '@pnp/sp/lists';
import { WriteOutcomeUnknownError } from '../WriteOutcomeUnknownError';

/** The field that makes a create idempotent: a unique, indexed id the client makes before the first attempt. */
export const SUBMISSION_ID_FIELD = 'SubmissionId';

/** A fresh submission id (a UUID; browsers and Node 22 have crypto.randomUUID). */
export function newSubmissionId(): string {
  return crypto.randomUUID();
}

/**
 * Creates a list item exactly once, even when the connection drops mid-request: after an unknown outcome it
 * looks the item up by its submission id (an indexed column, so legal past 5,000 items) and only sends again
 * when it is not there.
 */
export async function createItemOnce(list: IList, values: Record<string, unknown>, submissionId: string, attempts = 4): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await list.items.add({ ...values, [SUBMISSION_ID_FIELD]: submissionId });
      return;
    } catch (error) {
      if (!(error instanceof WriteOutcomeUnknownError) || attempt >= attempts) throw error;
      const found = await list.items.filter(`${SUBMISSION_ID_FIELD} eq '${submissionId}'`).select('Id').top(1)();
      if (found.length > 0) return;
    }
  }
}
