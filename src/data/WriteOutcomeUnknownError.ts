/**
 * The connection dropped while a write was in flight: SharePoint may or may not have applied it. Resending
 * blindly could create a second item, so the caller must find out first (by the item's submission id, or by
 * re-reading it) — see createItemOnce.
 */
export class WriteOutcomeUnknownError extends Error {
  public constructor(
    public readonly method: string,
    public readonly url: string,
    public readonly cause: unknown
  ) {
    super(`The connection dropped during ${method} ${url}; it is not known whether the change was saved.`);
    this.name = 'WriteOutcomeUnknownError';
  }
}
