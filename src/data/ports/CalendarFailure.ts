/**
 * Why a calendar call failed, in the terms the booking view speaks (never HTTP):
 * - `throttled`: Microsoft 365 asked for patience (429/503/504) and the retries ran out;
 * - `unreachable`: no answer came back (a dropped connection, a network failure);
 * - `forbidden`: the person may not do this (401/403);
 * - `notFound`: what was asked for does not exist (404);
 * - `invalid`: Graph refused what was sent (400 and other refusals);
 * - `outcomeUnknown`: a create whose answer was lost, and the read-back that would settle it failed too: the
 *   meeting may exist. Only this kind leaves the outcome open; the view must not say "not booked".
 */
export type CalendarFailureKind = 'throttled' | 'unreachable' | 'forbidden' | 'notFound' | 'invalid' | 'outcomeUnknown';

/**
 * A failed calendar call as the adapter reports it. For `createMeeting`, `nothingCreated` is true exactly when the
 * adapter knows no meeting was made: the refusal proves it, or the calendar was read back and holds no event with
 * the attempt's transactionId. It is false only for `outcomeUnknown`.
 */
export class CalendarFailure extends Error {
  public constructor(
    public readonly kind: CalendarFailureKind,
    public readonly nothingCreated: boolean,
    public readonly cause?: unknown
  ) {
    super(`Calendar call failed (${kind}${nothingCreated ? ', nothing created' : ''})`);
    this.name = 'CalendarFailure';
  }
}

export function isCalendarFailure(error: unknown): error is CalendarFailure {
  return error instanceof CalendarFailure;
}
