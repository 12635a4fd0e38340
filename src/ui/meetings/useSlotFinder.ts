import * as React from 'react';
import { searchWindow, type MeetingInvitee } from '../../core/meetings';
import { findSlots, type AttendeeAvailability, type FindSlotsResult, type MeetingAttendee } from '../../core/scheduling';
import type { AvailabilityProgress, CalendarService, UnansweredCalendars } from '../../data/ports/CalendarService';

export type FindState =
  | { phase: 'idle' }
  | { phase: 'finding'; progress: AvailabilityProgress | { kind: 'ranking' } }
  | { phase: 'found'; result: FindSlotsResult; unanswered: UnansweredCalendars[] }
  | { phase: 'failed' };

export interface SlotSearch {
  invitees: readonly MeetingInvitee[];
  organizerEmail: string;
  durationMinutes: number;
  weeks: number;
}

/** Top slots shown; more is a list nobody reads on a phone. */
export const SLOTS_SHOWN = 5;
/** Quarter-hour starts: what people book by hand, and fewer near-identical suggestions. */
const STEP_MINUTES = 15;

/**
 * Free/busy for everyone (the organizer included: they must come too) through one $batch, then the slot finder.
 * A new search cancels the one still running, so a slow answer never overwrites a newer question.
 */
export function useSlotFinder(calendar: CalendarService): { state: FindState; find: (search: SlotSearch) => void; reset: () => void } {
  const [state, setState] = React.useState<FindState>({ phase: 'idle' });
  const running = React.useRef<AbortController | undefined>(undefined);

  React.useEffect(() => () => running.current?.abort(), []);

  const reset = React.useCallback(() => {
    running.current?.abort();
    running.current = undefined;
    setState({ phase: 'idle' });
  }, []);

  const find = React.useCallback(
    (search: SlotSearch) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      const attendees = attendeeList(search);
      const window = searchWindow(Date.now(), search.weeks);
      setState({ phase: 'finding', progress: { kind: 'requesting', round: 1, calendars: attendees.length } });
      calendar
        .getAvailability({
          emails: attendees.map((a) => a.email),
          window,
          signal: controller.signal,
          onProgress: (progress) => !controller.signal.aborted && setState({ phase: 'finding', progress })
        })
        .then((answer) => {
          if (controller.signal.aborted) return;
          setState({ phase: 'finding', progress: { kind: 'ranking' } });
          const byEmail = new Map(answer.availabilities.map((a) => [a.scheduleId.toLowerCase(), a]));
          const meetingAttendees: MeetingAttendee[] = attendees.map((a) => ({
            email: a.email,
            required: a.required,
            availability: byEmail.get(a.email.toLowerCase()) ?? unknownAvailability(a.email, window.start, answer.unanswered)
          }));
          const result = findSlots({ attendees: meetingAttendees, window, durationMinutes: search.durationMinutes, stepMinutes: STEP_MINUTES, maxResults: SLOTS_SHOWN });
          setState({ phase: 'found', result, unanswered: answer.unanswered });
        })
        .catch(() => {
          if (!controller.signal.aborted) setState({ phase: 'failed' });
        });
    },
    [calendar]
  );

  return { state, find, reset };
}

function attendeeList(search: SlotSearch): Array<{ email: string; required: boolean }> {
  const list = search.invitees.map((i) => ({ email: i.email, required: i.required }));
  if (search.organizerEmail && !list.some((a) => a.email.toLowerCase() === search.organizerEmail.toLowerCase())) {
    list.unshift({ email: search.organizerEmail, required: true });
  }
  return list;
}

/** A calendar Graph would not give: the slot finder counts it as free and warns, rather than finding nothing. */
function unknownAvailability(email: string, start: string, unanswered: readonly UnansweredCalendars[]): AttendeeAvailability {
  const failure = unanswered.find((u) => u.emails.some((e) => e.toLowerCase() === email.toLowerCase()));
  return {
    scheduleId: email,
    availabilityView: '',
    availabilityViewInterval: 5,
    start: { dateTime: start, timeZone: 'UTC' },
    error: { message: failure?.message ?? 'No free/busy returned', responseCode: String(failure?.status ?? 'missing') }
  };
}
