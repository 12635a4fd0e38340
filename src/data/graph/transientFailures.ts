import type { Sleep } from './delay';

/**
 * Failures worth trying again *after* the Graph client's own RetryHandler has given up (it already retried 429,
 * 503 and 504 up to three times, honouring Retry-After) or never saw the problem (a dropped connection, which the
 * client reports as status -1). Every operation retried here is safe to repeat: getSchedule only reads, and a
 * create carries a transactionId, so Graph returns the event already made instead of making a second one.
 */
const RETRYABLE_STATUSES: readonly number[] = [429, 503, 504];

/**
 * Graph client errors carry `statusCode`. The client sets -1 exactly when no HTTP answer came back (a dropped
 * connection, a network failure): its `code` is then the fetch error's name, or missing when that error came
 * from another JavaScript realm, so the status alone decides. Other clients' network failures are TypeErrors.
 */
export function isTransientFailure(error: unknown): boolean {
  if (error === null || typeof error !== 'object') return false;
  const { statusCode, code, name } = error as { statusCode?: unknown; code?: unknown; name?: unknown };
  if (name === 'AbortError' || code === 'AbortError') return false;
  if (typeof statusCode === 'number' && RETRYABLE_STATUSES.includes(statusCode)) return true;
  if (statusCode === -1) return true;
  return statusCode === undefined && (code === 'TypeError' || name === 'TypeError' || code === 'FetchError' || name === 'FetchError');
}

/** The HTTP status of a failed Graph call, or 0 when no answer came back. */
export function statusOf(error: unknown): number {
  const statusCode = (error as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof statusCode === 'number' && statusCode > 0 ? statusCode : 0;
}

export interface TransientRetryOptions {
  /** Waits before each further attempt, in seconds; its length is the number of extra attempts. */
  delaysSeconds: readonly number[];
  sleep: Sleep;
  signal?: AbortSignal;
  /** Called before each wait, so the UI can say "waiting N s". */
  onWait?: (seconds: number, nextAttempt: number) => void;
  /** Called before every attempt (1-based). */
  onAttempt?: (attempt: number) => void;
  /** Called with every failed attempt's error, the last one included, before it is retried or thrown. */
  onFailure?: (error: unknown, attempt: number) => void;
}

/**
 * Graph's error answers after the client's retries lose the Retry-After header, so the waits here are fixed and
 * generous: by the time they apply, Graph has already asked for patience three times.
 */
export const DEFAULT_EXTRA_RETRY_DELAYS_SECONDS: readonly number[] = [5, 15];

export async function withTransientRetry<T>(operation: () => Promise<T>, options: TransientRetryOptions): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    options.onAttempt?.(attempt);
    try {
      return await operation();
    } catch (error) {
      options.onFailure?.(error, attempt);
      const wait = options.delaysSeconds[attempt - 1];
      if (wait === undefined || !isTransientFailure(error) || options.signal?.aborted) throw error;
      options.onWait?.(wait, attempt + 1);
      await options.sleep(wait * 1000, options.signal);
    }
  }
}
