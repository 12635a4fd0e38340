import { randomBytes } from 'node:crypto';
import type { DateTime } from 'luxon';
import { DEMO_TENANT_ID } from '../auth/jwt';
import type { CalendarEntry, StoredEvent } from './CalendarRepository';
import { dateTimeTimeZone, windowsZoneName } from './timeZones';

/** Graph-style event ids: opaque, base64, starting like Exchange item ids do. */
export function newEventId(): string {
  return `AAMkAGI2${randomBytes(30).toString('base64url')}AAA=`;
}

export function newICalUId(): string {
  return `040000008200E00074C5B7101A82E00800000000${randomBytes(24).toString('hex').toUpperCase()}`;
}

export function newChangeKey(): string {
  return randomBytes(18).toString('base64');
}

/** A stand-in Teams join link; it has the shape of a real one and leads nowhere. */
export function teamsJoinUrl(organizerOid: string): string {
  const thread = randomBytes(27).toString('base64url');
  const context = encodeURIComponent(JSON.stringify({ Tid: DEMO_TENANT_ID, Oid: organizerOid })).toLowerCase();
  return `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${thread}%40thread.v2/0?context=${context}`;
}

/** Occurrence ids are derived from the series and the start, so the same occurrence keeps its id. */
export function occurrenceId(masterId: string, start: DateTime): string {
  return `${masterId.replace(/=+$/, '')}OCC${start.toUTC().toFormat('yyyyMMddHHmm')}=`;
}

function preview(body: StoredEvent['body']): string {
  const text = body.contentType === 'html' ? body.content.replace(/<[^>]*>/g, ' ') : body.content;
  return text.replace(/\s+/g, ' ').trim().slice(0, 255);
}

/**
 * The event resource Graph returns to one person: `isOrganizer`, `responseStatus` and `showAs` are theirs;
 * `start`/`end` are in the zone of `Prefer: outlook.timezone` (UTC without it); `transactionId` only where set.
 */
export function eventResource(
  entry: CalendarEntry,
  viewerOid: string,
  zone: { label: string; iana: string },
  origin: string,
  occurrence?: { start: DateTime; end: DateTime }
): Record<string, unknown> {
  const e = entry.event;
  const isOrganizer = entry.organizerOid === viewerOid;
  const start = occurrence?.start ?? entry.startUtc;
  const end = occurrence?.end ?? entry.endUtc;
  const id = occurrence ? occurrenceId(e.id, start) : e.id;
  const noResponse = { response: 'none', time: '0001-01-01T00:00:00Z' };
  return {
    '@odata.etag': `W/"${e.changeKey}"`,
    id,
    createdDateTime: e.createdDateTime,
    lastModifiedDateTime: e.lastModifiedDateTime,
    changeKey: e.changeKey,
    categories: e.categories,
    // "Only returned in a response payload if an app has set it" (event resource), and only to the organizer whose
    // app set it. An occurrence leaves it out: the docs do not say it carries its series' id (stricter).
    ...(isOrganizer && e.transactionId !== null && !occurrence ? { transactionId: e.transactionId } : {}),
    originalStartTimeZone: windowsZoneName(e.start.timeZone),
    originalEndTimeZone: windowsZoneName(e.end.timeZone),
    iCalUId: e.iCalUId,
    reminderMinutesBeforeStart: 15,
    isReminderOn: true,
    hasAttachments: false,
    subject: e.subject,
    bodyPreview: preview(e.body),
    importance: e.importance,
    sensitivity: e.sensitivity,
    isAllDay: e.isAllDay,
    isCancelled: false,
    isOrganizer,
    responseRequested: true,
    seriesMasterId: occurrence ? e.id : null,
    showAs: entry.showAs,
    type: occurrence ? 'occurrence' : e.recurrence ? 'seriesMaster' : 'singleInstance',
    webLink: `${origin}/workbench/calendar/${encodeURIComponent(id)}`,
    onlineMeetingUrl: null,
    isOnlineMeeting: e.isOnlineMeeting,
    onlineMeetingProvider: e.isOnlineMeeting ? e.onlineMeetingProvider : 'unknown',
    allowNewTimeProposals: true,
    isDraft: false,
    hideAttendees: false,
    responseStatus: isOrganizer ? { response: 'organizer', time: '0001-01-01T00:00:00Z' } : { response: 'accepted', time: e.createdDateTime },
    body: e.body,
    start: dateTimeTimeZone(start, zone),
    end: dateTimeTimeZone(end, zone),
    location: { ...e.location, uniqueIdType: 'unknown' },
    locations: e.location.displayName ? [{ displayName: e.location.displayName, locationType: e.location.locationType, uniqueIdType: 'unknown' }] : [],
    recurrence: occurrence ? null : e.recurrence,
    attendees: e.attendees.map((a) => ({ ...a, status: noResponse })),
    organizer: e.organizer,
    onlineMeeting: e.onlineMeeting
  };
}
