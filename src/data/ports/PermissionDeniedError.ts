/**
 * The user may not do what they tried (SharePoint's 403, or the product's own check before it asks). The UI shows
 * a plain message instead of a failure: staff are not meant to triage feedback or read evaluation results.
 */
export class PermissionDeniedError extends Error {
  public readonly status = 403;

  public constructor(action: string) {
    super(`Permission denied: ${action} needs the right to edit the model.`);
    this.name = 'PermissionDeniedError';
  }
}

/** Whether an error from PnPjs (or anything else) is a 403, so it can be shown as "not allowed" rather than "failed". */
export function isPermissionDenied(error: unknown): boolean {
  if (error instanceof PermissionDeniedError) return true;
  const status = (error as { status?: unknown } | null)?.status;
  return status === 403;
}
