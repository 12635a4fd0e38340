import { CalendarFailure, type CalendarFailureKind } from '../ports/CalendarFailure';
import { isTransientFailure, statusOf } from './transientFailures';

/** Whether the organizer (or the code) stopped the call: passed on as it is, never turned into a failure. */
export function isAbort(error: unknown): boolean {
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  return name === 'AbortError' || code === 'AbortError';
}

/** The kind of a failed Graph call, from its HTTP status (0: no answer). */
export function failureKind(error: unknown): Exclude<CalendarFailureKind, 'outcomeUnknown'> {
  const status = statusOf(error);
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 429 || status === 503 || status === 504) return 'throttled';
  if (status === 0 || isTransientFailure(error)) return 'unreachable';
  return 'invalid';
}

/**
 * Whether this failed create proves that Graph made nothing: a refusal Graph gives before it writes (400, 401,
 * 403, 404, 409, 413 …). Not a lost answer (no status), not 5xx (Graph may have stored the event and then failed,
 * "5xx after the write"), not 408, and not 429: the Graph client's RetryHandler hides its own earlier tries, and a
 * final 429 may follow a 503/504 that came after the write. The RetryHandler never retries other 4xx, so such a
 * final answer was the only one.
 */
export function provesNothingCreated(error: unknown): boolean {
  const status = statusOf(error);
  return status >= 400 && status < 500 && status !== 408 && status !== 429;
}

/** A failed call as the UI may see it. */
export function toCalendarFailure(error: unknown, nothingCreated: boolean): CalendarFailure {
  if (error instanceof CalendarFailure) return error;
  return new CalendarFailure(failureKind(error), nothingCreated, error);
}
