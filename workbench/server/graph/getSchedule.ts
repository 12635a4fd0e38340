import type { ApiResponse } from '../http/ApiExchange';
import type { ShowAs } from './CalendarRepository';
import { CalendarRepository } from './CalendarRepository';
import { findPerson } from './demoPeople';
import type { GraphContext } from './GraphContext';
import { graphJson } from './GraphContext';
import { graphErrors } from './GraphError';
import { dateTimeTimeZone, parseDateTimeTimeZone, preferredZone } from './timeZones';

export const MAX_SCHEDULES = 20;
const MAX_WINDOW_DAYS = 62;

/**
 * Digits of availabilityView. Graph v1.0 reports "working elsewhere" as 0 (free) for backward compatibility
 * (see the scheduleInformation resource); a higher digit wins when events overlap within one slot.
 */
const VIEW_DIGIT: Record<ShowAs, number> = { free: 0, workingElsewhere: 0, unknown: 0, tentative: 1, busy: 2, oof: 3 };

function parseBody(text: string): Record<string, unknown> {
  try {
    const value = JSON.parse(text || '{}') as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through to the error below
  }
  throw graphErrors.badRequest('Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
}

/** POST me/calendar/getSchedule (and users/{id}/calendar/getSchedule): free/busy of up to 20 people. */
export function getSchedule(ctx: GraphContext): ApiResponse {
  const body = parseBody(ctx.request.body);
  const schedules = body.schedules ?? body.Schedules;
  if (!Array.isArray(schedules) || schedules.length === 0 || schedules.some((s) => typeof s !== 'string')) {
    throw graphErrors.badRequest('schedules must be a non-empty collection of SMTP addresses.', 'ErrorInvalidParameter');
  }
  // "getSchedule can support looking up free/busy information for up to 20 entities at once" ("Get free/busy
  // schedule of Outlook calendar users and resources"). Exchange itself lets 100 through and answers the 101st with
  // ErrorMailboxDataArrayTooBig (microsoft-graph-docs-contrib #5895); the stand-in holds to the documented 20.
  if (schedules.length > MAX_SCHEDULES) {
    throw graphErrors.badRequest(
      `There are too many target users in the EmailAddress array. The allowed size = ${MAX_SCHEDULES}; the actual size = ${schedules.length}.`,
      'ErrorMailboxDataArrayTooBig'
    );
  }
  const start = parseDateTimeTimeZone(body.startTime ?? body.StartTime, 'startTime');
  const end = parseDateTimeTimeZone(body.endTime ?? body.EndTime, 'endTime');
  if (end <= start) throw graphErrors.badRequest('endTime must be later than startTime.', 'ErrorInvalidParameter');
  // The window's length in calendar days of the caller's zone, so a window across daylight saving is not an hour short.
  const startLocal = (body.startTime ?? body.StartTime) as { dateTime: string; timeZone?: string };
  const endLocal = (body.endTime ?? body.EndTime) as { dateTime: string; timeZone?: string };
  const sameZone = (startLocal.timeZone ?? '') === (endLocal.timeZone ?? '');
  const lengthMs = sameZone ? Date.parse(`${endLocal.dateTime.slice(0, 19)}Z`) - Date.parse(`${startLocal.dateTime.slice(0, 19)}Z`) : end.toMillis() - start.toMillis();
  // "The time period to look up must be less than 62 days" (same page); the answer's wording is Exchange's
  // (microsoft-graph-docs PR #19703: ErrorTimeIntervalTooBig for 63 days).
  if (lengthMs >= MAX_WINDOW_DAYS * 86400000) {
    throw graphErrors.badRequest(
      `The requested time duration specified for FreeBusyViewOptions.TimeWindow is too long. The allowed limit = ${MAX_WINDOW_DAYS} days; the actual limit = ${Math.ceil(lengthMs / 86400000)} days.`,
      'ErrorTimeIntervalTooBig'
    );
  }
  const rawInterval = body.availabilityViewInterval ?? body.AvailabilityViewInterval;
  const interval = rawInterval === undefined || rawInterval === null ? 30 : Number(rawInterval);
  if (!Number.isInteger(interval) || interval < 5 || interval > 1440) {
    throw graphErrors.badRequest('availabilityViewInterval must be a whole number of minutes from 5 to 1440.', 'ErrorInvalidParameter');
  }
  const zone = preferredZone(ctx.request.headers.prefer);
  const calendars = new CalendarRepository(ctx.db);
  const slotMs = interval * 60000;
  const slots = Math.ceil((end.toMillis() - start.toMillis()) / slotMs);
  const value = (schedules as string[]).map((address) => {
    const person = findPerson(address);
    if (!person) {
      return {
        scheduleId: address,
        availabilityView: '',
        scheduleItems: [],
        error: { message: `The requested mailbox '${address}' was not found in the directory.`, responseCode: 'ErrorMailRecipientNotFound' }
      };
    }
    const view = new Array<number>(slots).fill(0);
    const occurrences = calendars.occurrences(person.id, start, end);
    for (const o of occurrences) {
      const digit = VIEW_DIGIT[o.showAs] ?? 0;
      const first = Math.max(0, Math.floor((o.start.toMillis() - start.toMillis()) / slotMs));
      const last = Math.min(slots - 1, Math.ceil((o.end.toMillis() - start.toMillis()) / slotMs) - 1);
      for (let i = first; i <= last; i++) view[i] = Math.max(view[i], digit);
    }
    const hours = person.workingHours;
    return {
      scheduleId: address,
      availabilityView: view.join(''),
      scheduleItems: occurrences.map((o) => {
        const isPrivate = o.event.sensitivity === 'private' || o.event.sensitivity === 'confidential';
        const item: Record<string, unknown> = { isPrivate, status: o.showAs };
        // Private events show their status and time only, never what they are about.
        if (!isPrivate) {
          item.subject = o.event.subject;
          item.location = o.event.location.displayName;
        }
        item.start = dateTimeTimeZone(o.start, zone);
        item.end = dateTimeTimeZone(o.end, zone);
        return item;
      }),
      workingHours: {
        daysOfWeek: hours.daysOfWeek,
        startTime: `${hours.startTime}:00.0000000`,
        endTime: `${hours.endTime}:00.0000000`,
        timeZone: { name: hours.timeZone }
      }
    };
  });
  return graphJson(200, { '@odata.context': `${ctx.root}/$metadata#Collection(microsoft.graph.scheduleInformation)`, value });
}
