import type { WriteFailure } from './WriteFailure';

/**
 * A write that was checked and is NOT stored: SharePoint refused it, or it failed and a read-back showed that
 * nothing arrived. Only this error may make the UI say "not sent — nothing was stored". When the outcome could
 * not be checked, the error is WriteOutcomeUnknownError instead.
 */
export class WriteNotStoredError extends Error {
  /** SharePoint's HTTP status of the refusal, when there was one (400 for refused values, 403, 429 …). */
  public readonly status: number | undefined;

  public constructor(
    public readonly reason: WriteFailure,
    public readonly cause: unknown
  ) {
    super(`The change was not stored (${reason}).`);
    this.name = 'WriteNotStoredError';
    const status = (cause as { status?: unknown } | null)?.status;
    this.status = typeof status === 'number' ? status : undefined;
  }
}
