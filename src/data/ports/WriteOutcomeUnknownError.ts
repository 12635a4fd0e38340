/**
 * A write whose outcome is not known: the connection dropped while it was in flight (SharePoint may or may not
 * have applied it), and no read-back has settled it yet. Resending blindly could create a second item, so the
 * caller must find out first (by the item's submission id, or by re-reading it) — see createItemOnce. The UI
 * says "we are checking…", never "not sent", for this error.
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
