import * as React from 'react';
import { bookingAttemptFor, uuidFromRandomBytes, type BookingAttempt, type MeetingEventDraft } from '../../core/meetings';
import type { BookingProgress, CalendarService, CreatedMeeting } from '../../data/graph/CalendarService';
import { isTransientFailure, statusOf } from '../../data/graph/transientFailures';

export type BookingFailure = 'throttled' | 'network' | 'denied' | 'other';

export type BookState =
  | { phase: 'idle' }
  | { phase: 'booking'; progress: BookingProgress }
  | { phase: 'booked'; meeting: CreatedMeeting }
  | { phase: 'failed'; failure: BookingFailure };

function newTransactionId(): string {
  return uuidFromRandomBytes(crypto.getRandomValues(new Uint8Array(16)));
}

export function classifyFailure(error: unknown): BookingFailure {
  const status = statusOf(error);
  if (status === 401 || status === 403) return 'denied';
  if (status === 429 || status === 503 || status === 504) return 'throttled';
  if (isTransientFailure(error)) return 'network';
  return 'other';
}

/**
 * Creates the meeting. The attempt (and its transactionId) survives a failure: "Try again" with the same details
 * sends the same transactionId, so if the first create did reach Exchange, the organizer gets that meeting back
 * instead of a second one. A successful booking ends the attempt.
 */
export function useMeetingBooking(calendar: CalendarService): { state: BookState; book: (draft: MeetingEventDraft) => void; reset: () => void } {
  const [state, setState] = React.useState<BookState>({ phase: 'idle' });
  const attempt = React.useRef<BookingAttempt | undefined>(undefined);
  const running = React.useRef<AbortController | undefined>(undefined);

  React.useEffect(() => () => running.current?.abort(), []);

  const book = React.useCallback(
    (draft: MeetingEventDraft) => {
      if (running.current && !running.current.signal.aborted) return;
      const controller = new AbortController();
      running.current = controller;
      const current = bookingAttemptFor(draft, attempt.current, newTransactionId);
      attempt.current = current;
      setState({ phase: 'booking', progress: { kind: 'creating', attempt: 1 } });
      calendar
        .createMeeting(current.event, { signal: controller.signal, onProgress: (progress) => !controller.signal.aborted && setState({ phase: 'booking', progress }) })
        .then((meeting) => {
          if (controller.signal.aborted) return;
          attempt.current = undefined;
          setState({ phase: 'booked', meeting });
        })
        .catch((error: unknown) => {
          if (!controller.signal.aborted) setState({ phase: 'failed', failure: classifyFailure(error) });
        })
        .finally(() => {
          if (running.current === controller) running.current = undefined;
        });
    },
    [calendar]
  );

  const reset = React.useCallback(() => {
    attempt.current = undefined;
    setState({ phase: 'idle' });
  }, []);

  return { state, book, reset };
}
