import type { WriteFailure } from '../ports/WriteFailure';

/** SharePoint's HTTP status of a failed write, as the WriteFailure the admin view explains (see its cases). */
export function writeFailureOf(error: unknown): WriteFailure {
  const status = (error as { status?: unknown } | null)?.status;
  if (status === 401 || status === 403) return 'denied';
  if (status === 412) return 'conflict';
  if (status === 400) return 'invalid';
  if (status === 404) return 'notFound';
  return 'unavailable';
}
