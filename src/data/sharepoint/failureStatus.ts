import { WriteOutcomeUnknownError } from '../ports/WriteOutcomeUnknownError';

/** The HTTP status of a PnPjs error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Whether the failure itself proves that SharePoint did not apply the write, so that "not stored" is true even
 * when a read-back cannot be made: 401/403 (checked before anything runs), and 429/503 (SharePoint throttles a
 * request instead of running it: "Avoid getting throttled or blocked in SharePoint Online",
 * https://learn.microsoft.com/en-us/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online).
 * Not 400 or 412: in a browser, a POST/MERGE whose connection was reset can be resent by the network stack, and
 * the resend's 400 (duplicate unique value) or 412 (the first attempt already changed the ETag) then hides a
 * write that landed. A dropped connection proves nothing either way.
 */
export function provesNotApplied(error: unknown): boolean {
  if (error instanceof WriteOutcomeUnknownError) return false;
  const status = statusOf(error);
  return status === 401 || status === 403 || status === 429 || status === 503;
}

/**
 * Whether sending again can help: a lost connection, a resend's 400/412 whose original did not land after all,
 * or SharePoint being busy or failing (429, 5xx). Not a refusal (401, 403, 404) or a value SharePoint rejects.
 */
export function worthRetrying(error: unknown): boolean {
  if (error instanceof WriteOutcomeUnknownError) return true;
  const status = statusOf(error);
  return status === undefined || status === 429 || status >= 500;
}

export const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
