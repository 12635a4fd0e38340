import { DateTime } from 'luxon';
import { toIanaTimeZone } from '../scheduling/graphTimeZones';
import type { GraphDateTime, MeetingEventRequest } from './meetingEvent';

/**
 * Reading a booking back. Graph documents `transactionId` on the event ("A custom identifier specified by a client
 * app for the server to avoid redundant POST operations …; only returned in a response payload if an app has set
 * it") but not as a property `$filter` can use on /me/events; so the product reads the calendar view of the
 * meeting's own time (List calendarView: startDateTime/endDateTime, with their offset) and matches the id there.
 * A series shows as occurrences whose series master carries the id; see the data adapter.
 */

/** The instant of a Graph dateTimeTimeZone (wall clock in a Windows or IANA zone) as ISO UTC. */
export function graphDateTimeToUtc(value: GraphDateTime): string {
  const parsed = DateTime.fromISO(value.dateTime, { zone: toIanaTimeZone(value.timeZone) });
  if (!parsed.isValid) throw new RangeError(`Not a valid date and time: ${value.dateTime} (${value.timeZone})`);
  return parsed.toUTC().toISO({ suppressMilliseconds: true }) as string;
}

/**
 * The window to read back: the meeting's first (or only) time. calendarView returns every event overlapping it,
 * so the meeting is in it whatever else the organizer has then.
 */
export function readBackWindow(event: Pick<MeetingEventRequest, 'start' | 'end'>): { start: string; end: string } {
  return { start: graphDateTimeToUtc(event.start), end: graphDateTimeToUtc(event.end) };
}

/** An event as the read-back sees it: any property may be missing (Graph leaves transactionId out when unset). */
export interface ReadBackEvent {
  id?: unknown;
  transactionId?: unknown;
  type?: unknown;
  seriesMasterId?: unknown;
  subject?: unknown;
}

/** The event in a calendar-view page that is this booking's: a single event carrying the transactionId. */
export function findByTransactionId<T extends ReadBackEvent>(events: readonly T[], transactionId: string): T | undefined {
  return events.find((event) => event.transactionId === transactionId);
}

/**
 * The series masters to look at when the booking was a series: each occurrence in the window with the booking's
 * subject names its master, which alone carries the transactionId (the docs do not say an occurrence does).
 */
export function seriesMastersToCheck(events: readonly ReadBackEvent[], subject: string): string[] {
  const ids = events
    .filter((event) => (event.type === 'occurrence' || event.type === 'exception') && typeof event.seriesMasterId === 'string' && event.subject === subject)
    .map((event) => event.seriesMasterId as string);
  return [...new Set(ids)];
}
