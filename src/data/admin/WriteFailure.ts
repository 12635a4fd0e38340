/**
 * Why SharePoint refused a write, in the terms the admin view explains it: not allowed (401/403), someone
 * else changed the item first (412), the values were refused (400), the item is gone (404), or SharePoint
 * could not be reached or kept failing (anything else, after PnPjs's retries).
 */
export type WriteFailure = 'denied' | 'conflict' | 'invalid' | 'notFound' | 'unavailable';

export function writeFailureOf(error: unknown): WriteFailure {
  const status = (error as { status?: unknown } | null)?.status;
  if (status === 401 || status === 403) return 'denied';
  if (status === 412) return 'conflict';
  if (status === 400) return 'invalid';
  if (status === 404) return 'notFound';
  return 'unavailable';
}
