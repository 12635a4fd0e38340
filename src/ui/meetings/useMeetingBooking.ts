import * as React from 'react';
import { bookingAttemptFor, uuidFromRandomBytes, type BookingAttempt, type MeetingEventDraft } from '../../core/meetings';
import { isCalendarFailure } from '../../data/ports/CalendarFailure';
import type { BookingProgress, CalendarService, CreatedMeeting } from '../../data/ports/CalendarService';

/** Why nothing was booked, as the organizer is told (advice differs; every one of them means nothing was made). */
export type BookingFailure = 'throttled' | 'network' | 'denied' | 'other';

export type BookState =
  | { phase: 'idle' }
  | { phase: 'booking'; progress: BookingProgress }
  | { phase: 'booked'; meeting: CreatedMeeting }
  /** Nothing was created: the refusal proved it, or the calendar was read back and holds no such meeting. */
  | { phase: 'failed'; failure: BookingFailure }
  /** The answer was lost and the calendar could not be read back: the meeting may exist. Never "not booked". */
  | { phase: 'unknown' };

function newTransactionId(): string {
  return uuidFromRandomBytes(crypto.getRandomValues(new Uint8Array(16)));
}

/**
 * What the organizer is told after a failed create. Only a CalendarFailure that says nothing was created becomes
 * "not booked"; anything else (the outcome unknown, or an error the adapter did not type) is "we do not know yet".
 */
export function bookingOutcome(error: unknown): { phase: 'failed'; failure: BookingFailure } | { phase: 'unknown' } {
  if (!isCalendarFailure(error) || !error.nothingCreated) return { phase: 'unknown' };
  const failure: BookingFailure = error.kind === 'forbidden' ? 'denied' : error.kind === 'throttled' ? 'throttled' : error.kind === 'unreachable' ? 'network' : 'other';
  return { phase: 'failed', failure };
}

/**
 * Creates the meeting. The attempt (and its transactionId) survives a failure: "Try again" with the same details
 * sends the same transactionId, so if the first create did reach Exchange, the organizer gets that meeting back
 * instead of a second one; "Check again" only reads the calendar. A successful booking ends the attempt.
 */
export function useMeetingBooking(calendar: CalendarService): {
  state: BookState;
  book: (draft: MeetingEventDraft) => void;
  checkAgain: () => void;
  reset: () => void;
} {
  const [state, setState] = React.useState<BookState>({ phase: 'idle' });
  const attempt = React.useRef<BookingAttempt | undefined>(undefined);
  const running = React.useRef<AbortController | undefined>(undefined);

  React.useEffect(() => () => running.current?.abort(), []);

  const run = React.useCallback((work: (signal: AbortSignal, onProgress: (progress: BookingProgress) => void) => Promise<CreatedMeeting | undefined>, first: BookingProgress) => {
    if (running.current && !running.current.signal.aborted) return;
    const controller = new AbortController();
    running.current = controller;
    setState({ phase: 'booking', progress: first });
    work(controller.signal, (progress) => !controller.signal.aborted && setState({ phase: 'booking', progress }))
      .then((meeting) => {
        if (controller.signal.aborted) return;
        if (meeting) {
          attempt.current = undefined;
          setState({ phase: 'booked', meeting });
        } else {
          // Read back and not there: nothing was made by this attempt.
          setState({ phase: 'failed', failure: 'other' });
        }
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState(bookingOutcome(error));
      })
      .finally(() => {
        if (running.current === controller) running.current = undefined;
      });
  }, []);

  const book = React.useCallback(
    (draft: MeetingEventDraft) => {
      if (running.current && !running.current.signal.aborted) return;
      const current = bookingAttemptFor(draft, attempt.current, newTransactionId);
      attempt.current = current;
      run((signal, onProgress) => calendar.createMeeting(current.event, { signal, onProgress }), { kind: 'creating', attempt: 1 });
    },
    [calendar, run]
  );

  const checkAgain = React.useCallback(() => {
    const current = attempt.current;
    if (!current) return;
    run((signal) => calendar.findMeeting(current.event, signal), { kind: 'checking' });
  }, [calendar, run]);

  const reset = React.useCallback(() => {
    attempt.current = undefined;
    setState({ phase: 'idle' });
  }, []);

  return { state, book, checkAgain, reset };
}
