import { DateTime } from 'luxon';
import type { ApiResponse } from '../http/ApiExchange';
import type { ShowAs, StoredEvent } from './CalendarRepository';
import { CalendarRepository } from './CalendarRepository';
import { findPerson } from './demoPeople';
import { eventResource, newChangeKey, newEventId, newICalUId, teamsJoinUrl } from './eventResource';
import type { GraphContext } from './GraphContext';
import { graphJson, selectGraphProperties } from './GraphContext';
import { graphErrors } from './GraphError';
import { seriesEnd, validateRecurrence } from './recurrence';
import { parseDateTimeTimeZone, preferredZone } from './timeZones';

const SHOW_AS: ShowAs[] = ['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown'];
const SENSITIVITY = ['normal', 'personal', 'private', 'confidential'];
const DEFAULT_PAGE = 10;

function parseBody(text: string): Record<string, unknown> {
  try {
    const value = JSON.parse(text || '{}') as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw graphErrors.badRequest('Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
}

function pageOf<T>(ctx: GraphContext, all: T[], path: string): { page: T[]; nextLink?: string } {
  const top = ctx.request.query.get('$top') === null ? DEFAULT_PAGE : Number(ctx.request.query.get('$top'));
  const skip = ctx.request.query.get('$skip') === null ? 0 : Number(ctx.request.query.get('$skip'));
  if (!Number.isInteger(top) || top < 1 || top > 1000 || !Number.isInteger(skip) || skip < 0) throw graphErrors.badRequest('$top and $skip must be whole numbers ($top 1–1000).');
  const page = all.slice(skip, skip + top);
  if (skip + top >= all.length) return { page };
  const next = new URLSearchParams(ctx.request.query);
  next.set('$skip', String(skip + top));
  return { page, nextLink: `${ctx.root}/${path}?${next.toString()}` };
}

/** Events are only readable in your own calendar here: others' calendars are for free/busy (getSchedule). */
export function requireSelf(ctx: GraphContext, userId: string | undefined): void {
  if (userId === undefined) return;
  const person = findPerson(decodeURIComponent(userId));
  if (!person) throw graphErrors.userNotFound(userId);
  if (person.id !== ctx.principal.person.id) throw graphErrors.accessDenied();
}

/**
 * POST me/events. A repeated create with the same transactionId by the same organizer returns the first event
 * (201, same id) and creates nothing. The event is put in every known attendee's calendar, so their
 * free/busy shows it (the workbench treats invitations as accepted).
 */
export function createEvent(ctx: GraphContext): ApiResponse {
  const body = parseBody(ctx.request.body);
  const organizer = ctx.principal.person;
  const zone = preferredZone(ctx.request.headers.prefer);
  const calendars = new CalendarRepository(ctx.db);
  const transactionId = typeof body.transactionId === 'string' && body.transactionId !== '' ? body.transactionId : null;
  if (transactionId) {
    const existing = calendars.byTransaction(organizer.id, transactionId);
    if (existing) {
      const entry = calendars.entry(organizer.id, existing.id);
      if (entry) return graphJson(201, { '@odata.context': `${ctx.root}/$metadata#users('${organizer.id}')/events/$entity`, ...eventResource(entry, organizer.id, zone, ctx.origin) });
    }
  }
  const startUtc = parseDateTimeTimeZone(body.start, 'start');
  const endUtc = parseDateTimeTimeZone(body.end, 'end');
  if (endUtc < startUtc) throw graphErrors.badRequest('The end of the event must be after its start.', 'ErrorInvalidRequest');
  const attendeesRaw = body.attendees ?? [];
  if (!Array.isArray(attendeesRaw)) throw graphErrors.badRequest('attendees must be a collection.', 'ErrorInvalidRequest');
  const attendees = attendeesRaw.map((a: { emailAddress?: { address?: unknown; name?: unknown }; type?: unknown }) => {
    const address = a?.emailAddress?.address;
    if (typeof address !== 'string' || !address.includes('@')) throw graphErrors.badRequest('Each attendee needs emailAddress.address.', 'ErrorInvalidRecipients');
    const type = typeof a.type === 'string' ? a.type.toLowerCase() : 'required';
    if (!['required', 'optional', 'resource'].includes(type)) throw graphErrors.badRequest(`Attendee type '${String(a.type)}' is not valid.`, 'ErrorInvalidRequest');
    const person = findPerson(address);
    return { type: type as 'required' | 'optional' | 'resource', emailAddress: { address, name: typeof a.emailAddress?.name === 'string' ? a.emailAddress.name : (person?.displayName ?? address) } };
  });
  const showAs = (typeof body.showAs === 'string' ? body.showAs : 'busy') as ShowAs;
  if (!SHOW_AS.includes(showAs)) throw graphErrors.badRequest(`showAs '${showAs}' is not valid.`, 'ErrorInvalidRequest');
  const sensitivity = (typeof body.sensitivity === 'string' ? body.sensitivity.toLowerCase() : 'normal') as StoredEvent['sensitivity'];
  if (!SENSITIVITY.includes(sensitivity)) throw graphErrors.badRequest(`sensitivity '${String(body.sensitivity)}' is not valid.`, 'ErrorInvalidRequest');
  const recurrence = body.recurrence ? validateRecurrence(body.recurrence) : null;
  const eventBody = body.body as { contentType?: unknown; content?: unknown } | undefined;
  const location = body.location as { displayName?: unknown; locationType?: unknown } | undefined;
  const isOnlineMeeting = body.isOnlineMeeting === true;
  const now = DateTime.utc().toISO() as string;
  const start = body.start as { dateTime: string; timeZone: string };
  const end = body.end as { dateTime: string; timeZone: string };
  const event: StoredEvent = {
    id: newEventId(),
    iCalUId: newICalUId(),
    changeKey: newChangeKey(),
    createdDateTime: now,
    lastModifiedDateTime: now,
    subject: typeof body.subject === 'string' ? body.subject : '',
    body: {
      contentType: typeof eventBody?.contentType === 'string' && eventBody.contentType.toLowerCase() === 'html' ? 'html' : 'text',
      content: typeof eventBody?.content === 'string' ? eventBody.content : ''
    },
    start: { dateTime: start.dateTime, timeZone: start.timeZone ?? 'UTC' },
    end: { dateTime: end.dateTime, timeZone: end.timeZone ?? 'UTC' },
    isAllDay: body.isAllDay === true,
    showAs,
    sensitivity,
    importance: body.importance === 'high' || body.importance === 'low' ? body.importance : 'normal',
    location: { displayName: typeof location?.displayName === 'string' ? location.displayName : '', locationType: 'default' },
    attendees,
    organizer: { emailAddress: { name: organizer.displayName, address: organizer.mail } },
    isOnlineMeeting,
    onlineMeetingProvider: isOnlineMeeting ? (typeof body.onlineMeetingProvider === 'string' ? body.onlineMeetingProvider : 'teamsForBusiness') : 'unknown',
    onlineMeeting: isOnlineMeeting ? { joinUrl: teamsJoinUrl(organizer.id) } : null,
    recurrence,
    transactionId,
    categories: Array.isArray(body.categories) ? (body.categories as unknown[]).filter((c): c is string => typeof c === 'string') : []
  };
  const entries = [{ oid: organizer.id, showAs }];
  for (const attendee of attendees) {
    const person = findPerson(attendee.emailAddress.address);
    if (person && person.id !== organizer.id && attendee.type !== 'resource') entries.push({ oid: person.id, showAs });
  }
  calendars.insert(event, organizer.id, { startUtc, endUtc, seriesEndUtc: recurrence ? seriesEnd(startUtc, endUtc, start.timeZone ?? 'UTC', recurrence) : undefined }, entries);
  const entry = calendars.entry(organizer.id, event.id);
  if (!entry) throw new Error('The event just created is missing');
  return graphJson(201, { '@odata.context': `${ctx.root}/$metadata#users('${organizer.id}')/events/$entity`, ...eventResource(entry, organizer.id, zone, ctx.origin) });
}

/** GET me/events: the events (singles and series masters) in my calendar, ten per page as Graph pages them. */
export function listEvents(ctx: GraphContext, path: string): ApiResponse {
  if (ctx.request.query.get('$filter') !== null) throw graphErrors.unsupportedQuery('$filter is not supported on events by the workbench.');
  const zone = preferredZone(ctx.request.headers.prefer);
  const me = ctx.principal.person.id;
  const all = new CalendarRepository(ctx.db).calendar(me);
  const { page, nextLink } = pageOf(ctx, all, path);
  const select = ctx.request.query.get('$select');
  const body: Record<string, unknown> = { '@odata.context': `${ctx.root}/$metadata#users('${me}')/events` };
  body.value = page.map((entry) => selectGraphProperties(eventResource(entry, me, zone, ctx.origin), select, ['id', '@odata.etag']));
  if (nextLink) body['@odata.nextLink'] = nextLink;
  return graphJson(200, body);
}

function readWindowParam(ctx: GraphContext, name: string): DateTime {
  const value = ctx.request.query.get(name);
  if (!value) throw graphErrors.badRequest(`This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.`, 'ErrorInvalidParameter');
  const parsed = DateTime.fromISO(value, { zone: 'utc' });
  if (!parsed.isValid) throw graphErrors.badRequest(`The value '${value}' of parameter '${name}' is not a valid date and time.`, 'ErrorInvalidParameter');
  return parsed.toUTC();
}

/** GET me/calendarView?startDateTime&endDateTime: occurrences in the window, series expanded. */
export function calendarView(ctx: GraphContext, path: string): ApiResponse {
  const start = readWindowParam(ctx, 'startDateTime');
  const end = readWindowParam(ctx, 'endDateTime');
  const zone = preferredZone(ctx.request.headers.prefer);
  const me = ctx.principal.person.id;
  const occurrences = new CalendarRepository(ctx.db).occurrences(me, start, end);
  const { page, nextLink } = pageOf(ctx, occurrences, path);
  const select = ctx.request.query.get('$select');
  const body: Record<string, unknown> = { '@odata.context': `${ctx.root}/$metadata#users('${me}')/calendarView` };
  body.value = page.map((o) => selectGraphProperties(eventResource(o, me, zone, ctx.origin, o.isOccurrence ? o : undefined), select, ['id', '@odata.etag']));
  if (nextLink) body['@odata.nextLink'] = nextLink;
  return graphJson(200, body);
}

function findOwnEvent(ctx: GraphContext, id: string): ReturnType<CalendarRepository['entry']> & object {
  const entry = new CalendarRepository(ctx.db).entry(ctx.principal.person.id, id);
  if (!entry) throw graphErrors.itemNotFound();
  return entry;
}

export function getEvent(ctx: GraphContext, id: string): ApiResponse {
  const me = ctx.principal.person.id;
  const zone = preferredZone(ctx.request.headers.prefer);
  const entry = findOwnEvent(ctx, id);
  const resource = selectGraphProperties(eventResource(entry, me, zone, ctx.origin), ctx.request.query.get('$select'), ['id', '@odata.etag']);
  return graphJson(200, { '@odata.context': `${ctx.root}/$metadata#users('${me}')/events/$entity`, ...resource });
}

/** DELETE me/events/{id}: the organizer cancels it for everyone; an attendee removes it from their own calendar. */
export function deleteEvent(ctx: GraphContext, id: string): ApiResponse {
  const entry = findOwnEvent(ctx, id);
  const calendars = new CalendarRepository(ctx.db);
  if (entry.organizerOid === ctx.principal.person.id) calendars.delete(id);
  else calendars.removeEntry(ctx.principal.person.id, id);
  return { status: 204, headers: {} };
}

