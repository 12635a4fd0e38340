import { bookingAttemptFor, buildMeetingEvent, MEETING_EVENT_WORDING, uuidFromRandomBytes } from '../../../../src/core/meetings';
import type { GetScheduleBody } from '../../../../src/core/scheduling';
import { GraphCalendarService } from '../../../../src/data/graph/GraphCalendarService';
import { CalendarFailure } from '../../../../src/data/ports/CalendarFailure';
import { fakeClock, fakeGraphClient, graphError, networkError, type RecordedCall } from './fakeGraphClient';

const window = { start: '2026-03-30T06:00:00Z', end: '2026-04-03T16:00:00Z' };
const people = (n: number): string[] => Array.from({ length: n }, (_v, i) => `person${i + 1}@demo-kommune.example`);

interface BatchItem {
  id: string;
  method: string;
  url: string;
  body: GetScheduleBody;
}

const okItem = (item: BatchItem): unknown => ({
  id: item.id,
  status: 200,
  headers: { 'Content-Type': 'application/json' },
  body: { value: item.body.schedules.map((scheduleId) => ({ scheduleId, availabilityView: '0' })) }
});
const throttledItem = (item: BatchItem, status: number, retryAfter: string): unknown => ({
  id: item.id,
  status,
  headers: { 'Retry-After': retryAfter },
  body: { error: { code: status === 429 ? 'TooManyRequests' : 'ServiceUnavailable', message: 'Retry later' } }
});
const batchItems = (call: RecordedCall): BatchItem[] => (call.body as { requests: BatchItem[] }).requests;

describe('getAvailability', () => {
  it('asks for 45 calendars with three getSchedule calls in one $batch request', async () => {
    const clock = fakeClock();
    const { client, calls } = fakeGraphClient((call) => ({ responses: batchItems(call).map(okItem) }));
    const service = new GraphCalendarService(client, clock);
    const result = await service.getAvailability({ emails: people(45), window });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: 'POST', path: '/$batch' });
    const items = batchItems(calls[0]);
    expect(items.map((i) => [i.id, i.method, i.url, i.body.schedules.length])).toEqual([
      ['1', 'POST', '/me/calendar/getSchedule', 20],
      ['2', 'POST', '/me/calendar/getSchedule', 20],
      ['3', 'POST', '/me/calendar/getSchedule', 5]
    ]);
    expect(result.availabilities).toHaveLength(45);
    expect(result).toMatchObject({ httpRequests: 1, scheduleCalls: 3, unanswered: [] });
    expect(clock.sleeps).toEqual([]);
  });

  it('retries only the calls answered 429/503 inside the batch, each after its own Retry-After', async () => {
    const clock = fakeClock();
    const seen = new Map<string, number>();
    const { client, calls } = fakeGraphClient((call) => ({
      responses: batchItems(call).map((item) => {
        const times = (seen.get(item.id) ?? 0) + 1;
        seen.set(item.id, times);
        if (item.id === '2' && times === 1) return throttledItem(item, 429, '2');
        if (item.id === '3' && times === 1) return throttledItem(item, 503, '1');
        return okItem(item);
      })
    }));
    const progress: unknown[] = [];
    const result = await new GraphCalendarService(client, clock).getAvailability({ emails: people(45), window, onProgress: (p) => progress.push(p) });

    // Round 1: all three. Round 2 (after 1 s): only "3". Round 3 (after 2 s in all): only "2". "1" is never asked twice.
    expect(calls.map((call) => batchItems(call).map((i) => i.id))).toEqual([['1', '2', '3'], ['3'], ['2']]);
    expect(clock.sleeps).toEqual([1000, 1000]);
    expect(result.availabilities.map((a) => a.scheduleId).sort()).toEqual(people(45).sort());
    expect(result).toMatchObject({ httpRequests: 3, scheduleCalls: 5, unanswered: [] });
    expect(progress).toEqual([
      { kind: 'requesting', round: 1, calendars: 45 },
      { kind: 'waiting', seconds: 1, calendars: 5 },
      { kind: 'requesting', round: 2, calendars: 5 },
      { kind: 'waiting', seconds: 1, calendars: 20 },
      { kind: 'requesting', round: 3, calendars: 20 }
    ]);
  });

  it('sends calls that are due at the same time together', async () => {
    const clock = fakeClock();
    let round = 0;
    const { client, calls } = fakeGraphClient((call) => {
      round++;
      return { responses: batchItems(call).map((item) => (round === 1 && item.id !== '1' ? throttledItem(item, 429, '3') : okItem(item))) };
    });
    await new GraphCalendarService(client, clock).getAvailability({ emails: people(60), window });
    expect(calls.map((call) => batchItems(call).map((i) => i.id))).toEqual([['1', '2', '3'], ['2', '3']]);
    expect(clock.sleeps).toEqual([3000]);
  });

  it('gives a call up after too many 429s and reports its calendars as unanswered', async () => {
    const clock = fakeClock();
    const { client, calls } = fakeGraphClient((call) => ({ responses: batchItems(call).map((item) => (item.id === '2' ? throttledItem(item, 429, '1') : okItem(item))) }));
    const result = await new GraphCalendarService(client, { ...clock, maxInnerRetries: 2 }).getAvailability({ emails: people(25), window });
    expect(calls).toHaveLength(3);
    expect(result.availabilities).toHaveLength(20);
    expect(result.unanswered).toEqual([{ emails: people(25).slice(20), status: 429, message: 'Still 429 after 2 retries' }]);
  });

  it('does not retry a call refused for good (400)', async () => {
    const clock = fakeClock();
    const { client, calls } = fakeGraphClient((call) => ({
      responses: batchItems(call).map((item) => (item.id === '1' ? { id: '1', status: 400, body: { error: { code: 'ErrorInvalidParameter', message: 'Bad address' } } } : okItem(item)))
    }));
    const result = await new GraphCalendarService(client, clock).getAvailability({ emails: people(21), window });
    expect(calls).toHaveLength(1);
    expect(result.unanswered).toEqual([{ emails: people(20), status: 400, message: 'Bad address' }]);
  });

  it('sends the whole $batch again when it failed as a whole after the client’s own retries, and not for a 400', async () => {
    const clock = fakeClock();
    let attempts = 0;
    const { client } = fakeGraphClient((call) => {
      attempts++;
      if (attempts === 1) throw graphError(503);
      return { responses: batchItems(call).map(okItem) };
    });
    const result = await new GraphCalendarService(client, { ...clock, extraRetryDelaysSeconds: [4] }).getAvailability({ emails: people(3), window });
    expect(result.availabilities).toHaveLength(3);
    expect(clock.sleeps).toEqual([4000]);
    expect(result.httpRequests).toBe(2);

    const refused = fakeGraphClient(() => {
      throw graphError(400, 'BadRequest');
    });
    await expect(new GraphCalendarService(refused.client, fakeClock()).getAvailability({ emails: people(3), window })).rejects.toMatchObject({ name: 'CalendarFailure', kind: 'invalid' });
    expect(refused.calls).toHaveLength(1);
  });

  it('stops waiting when the organizer cancels', async () => {
    const controller = new AbortController();
    const clock = fakeClock();
    const { client, calls } = fakeGraphClient((call) => {
      controller.abort();
      return { responses: batchItems(call).map((item) => throttledItem(item, 429, '5')) };
    });
    await expect(new GraphCalendarService(client, clock).getAvailability({ emails: people(2), window, signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls).toHaveLength(1);
  });
});

describe('createMeeting', () => {
  const draft = buildMeetingEvent({
    arena: { title: 'Tverrfaglig team', meetingSubject: 'Tverrfaglig team', agendaTemplate: '1. Velkommen' },
    slot: { start: '2026-03-30T07:00:00Z', end: '2026-03-30T08:00:00Z' },
    invitees: [{ email: 'kari.nilsen@demo-kommune.example', displayName: 'Kari Nilsen', required: true }],
    basis: 'noPersonalInformation',
    wording: MEETING_EVENT_WORDING.nb
  });
  const attempt = bookingAttemptFor(draft, undefined, () => uuidFromRandomBytes(new Uint8Array(16).fill(7)));
  const created = { id: 'AAMk1', webLink: 'https://outlook.office.com/calendar/item/AAMk1', onlineMeeting: { joinUrl: 'https://teams.microsoft.com/l/meetup-join/1' } };

  it('sends the same body with the same transactionId on every retry (dropped connection, then 503)', async () => {
    const clock = fakeClock();
    let attempts = 0;
    const { client, calls } = fakeGraphClient(() => {
      attempts++;
      if (attempts === 1) throw networkError();
      if (attempts === 2) throw graphError(503, 'ServiceUnavailable');
      return created;
    });
    const progress: unknown[] = [];
    const meeting = await new GraphCalendarService(client, { ...clock, extraRetryDelaysSeconds: [1, 2] }).createMeeting(attempt.event, { onProgress: (p) => progress.push(p) });

    expect(meeting).toEqual({ id: 'AAMk1', webLink: created.webLink, joinUrl: created.onlineMeeting.joinUrl });
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(['POST /me/events', 'POST /me/events', 'POST /me/events']);
    const ids = calls.map((c) => (c.body as { transactionId: string }).transactionId);
    expect(new Set(ids)).toEqual(new Set([attempt.transactionId]));
    expect(calls[2].body).toEqual(calls[0].body);
    expect(calls[0].body).toMatchObject({ sensitivity: 'private', isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' });
    expect(clock.sleeps).toEqual([1000, 2000]);
    expect(progress).toEqual([
      { kind: 'creating', attempt: 1 },
      { kind: 'waiting', seconds: 1, attempt: 2 },
      { kind: 'creating', attempt: 2 },
      { kind: 'waiting', seconds: 2, attempt: 3 },
      { kind: 'creating', attempt: 3 }
    ]);
  });

  const isReadBack = (call: RecordedCall): boolean => call.method === 'GET' && call.path === '/me/calendarView';

  it('after the attempts run out, reads the calendar back: nothing there is "not booked — nothing created" (typed, no HTTP)', async () => {
    const { client, calls } = fakeGraphClient((call) => {
      if (isReadBack(call)) return { value: [{ id: 'other', subject: 'Noe annet', type: 'singleInstance' }] };
      throw graphError(429, 'TooManyRequests');
    });
    const progress: unknown[] = [];
    const failure = await new GraphCalendarService(client, { ...fakeClock(), extraRetryDelaysSeconds: [1] })
      .createMeeting(attempt.event, { onProgress: (p) => progress.push(p) })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(CalendarFailure);
    expect(failure).toMatchObject({ kind: 'throttled', nothingCreated: true });
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(['POST /me/events', 'POST /me/events', 'GET /me/calendarView']);
    // The meeting's own time, in UTC, with the transactionId among the fields: Graph documents no $filter on it.
    expect(calls[2].query).toBe('startDateTime=2026-03-30T07%3A00%3A00Z&endDateTime=2026-03-30T08%3A00%3A00Z&%24top=50&$select=id,subject,type,seriesMasterId,transactionId,webLink,onlineMeeting');
    expect(progress).toContainEqual({ kind: 'checking' });
  });

  it.each([
    ['a dropped connection after Exchange stored it, then 429s', [networkError(), graphError(429)]],
    ['503 after the write on every attempt', [graphError(503), graphError(503)]],
    ['a dropped connection, then a 400 to the resend', [networkError(), graphError(400)]]
  ])('finds the meeting by its transactionId after %s and reports it booked', async (_case, errors) => {
    let posts = 0;
    const { client, calls } = fakeGraphClient((call) => {
      if (isReadBack(call)) {
        return {
          value: [{ id: 'other', subject: 'Noe annet' }],
          '@odata.nextLink': 'https://graph.microsoft.com/v1.0/me/calendarView?$skiptoken=2'
        };
      }
      if (call.method === 'GET') return { value: [{ ...created, subject: attempt.event.subject, transactionId: attempt.transactionId }] };
      throw errors[posts++];
    });
    const meeting = await new GraphCalendarService(client, { ...fakeClock(), extraRetryDelaysSeconds: [1] }).createMeeting(attempt.event);
    expect(meeting).toEqual({ id: 'AAMk1', webLink: created.webLink, joinUrl: created.onlineMeeting.joinUrl });
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(2);
    expect(calls.filter((c) => c.method === 'GET').map((c) => c.path)).toEqual(['/me/calendarView', 'https://graph.microsoft.com/v1.0/me/calendarView?$skiptoken=2']);
  });

  it('a series: matches the master of the occurrence in the window, which carries the transactionId', async () => {
    const series = { ...attempt.event, recurrence: { pattern: { type: 'weekly' as const, interval: 1, daysOfWeek: ['monday' as const], firstDayOfWeek: 'monday' as const }, range: { type: 'endDate' as const, startDate: '2026-03-30', endDate: '2026-06-01', recurrenceTimeZone: 'W. Europe Standard Time' } } };
    const { client, calls } = fakeGraphClient((call) => {
      if (isReadBack(call)) return { value: [{ id: 'occ1', subject: series.subject, type: 'occurrence', seriesMasterId: 'AAMk1' }, { id: 'occ2', subject: 'Annet', type: 'occurrence', seriesMasterId: 'AAMk2' }] };
      if (call.method === 'GET') return { ...created, transactionId: series.transactionId };
      throw networkError();
    });
    const meeting = await new GraphCalendarService(client, { ...fakeClock(), extraRetryDelaysSeconds: [] }).createMeeting(series);
    expect(meeting.id).toBe('AAMk1');
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(['POST /me/events', 'GET /me/calendarView', 'GET /me/events/AAMk1']);
  });

  it('says the outcome is unknown — never "not booked" — when the read-back fails too', async () => {
    const { client, calls } = fakeGraphClient(() => {
      throw networkError();
    });
    const failure = await new GraphCalendarService(client, { ...fakeClock(), extraRetryDelaysSeconds: [1] }).createMeeting(attempt.event).catch((e: unknown) => e);
    expect(failure).toMatchObject({ name: 'CalendarFailure', kind: 'outcomeUnknown', nothingCreated: false });
    // Two creates, then the read-back with its own retry.
    expect(calls.map((c) => c.method)).toEqual(['POST', 'POST', 'GET', 'GET']);
  });

  it('findMeeting reads only: the meeting, undefined when it is not there, outcomeUnknown when the calendar cannot be read', async () => {
    const found = fakeGraphClient(() => ({ value: [{ ...created, transactionId: attempt.transactionId }] }));
    expect(await new GraphCalendarService(found.client, fakeClock()).findMeeting(attempt.event)).toMatchObject({ id: 'AAMk1' });
    const empty = fakeGraphClient(() => ({ value: [] }));
    expect(await new GraphCalendarService(empty.client, fakeClock()).findMeeting(attempt.event)).toBeUndefined();
    const broken = fakeGraphClient(() => {
      throw graphError(503);
    });
    await expect(new GraphCalendarService(broken.client, { ...fakeClock(), extraRetryDelaysSeconds: [] }).findMeeting(attempt.event)).rejects.toMatchObject({ kind: 'outcomeUnknown' });
    expect([...found.calls, ...empty.calls, ...broken.calls].every((c) => c.method === 'GET')).toBe(true);
  });

  it('never retries a refused create (403), and needs no read-back: the refusal proves nothing was made', async () => {
    const { client, calls } = fakeGraphClient(() => {
      throw graphError(403, 'ErrorAccessDenied');
    });
    await expect(new GraphCalendarService(client, fakeClock()).createMeeting(attempt.event)).rejects.toMatchObject({ kind: 'forbidden', nothingCreated: true });
    expect(calls).toHaveLength(1);
  });

  it('a meeting whose Teams link cannot be fetched is still booked (the link is "on its way")', async () => {
    const { client } = fakeGraphClient((call) => {
      if (call.method === 'POST') return { ...created, onlineMeeting: null };
      throw networkError();
    });
    const meeting = await new GraphCalendarService(client, { ...fakeClock(), extraRetryDelaysSeconds: [] }).createMeeting(attempt.event);
    expect(meeting).toEqual({ id: 'AAMk1', webLink: created.webLink });
  });

  it('asks again for the Teams link when the create answered before Teams made it', async () => {
    const clock = fakeClock();
    const { client, calls } = fakeGraphClient((call) => (call.method === 'POST' ? { ...created, onlineMeeting: null } : created));
    const meeting = await new GraphCalendarService(client, { ...clock, joinUrlDelayMs: 1500 }).createMeeting(attempt.event);
    expect(meeting.joinUrl).toBe(created.onlineMeeting.joinUrl);
    expect(calls[1]).toMatchObject({ method: 'GET', path: '/me/events/AAMk1', query: '$select=id,webLink,onlineMeeting' });
    expect(clock.sleeps).toEqual([1500]);
  });
});

describe('people', () => {
  // With User.ReadBasic.All, Graph gives others' basic profile; jobTitle and department come back null.
  const users = [
    { id: '1', displayName: 'Per Kristiansen', mail: 'per.kristiansen@demo-kommune.example', userPrincipalName: 'per.kristiansen@demo-kommune.example', jobTitle: null },
    { id: '3', displayName: 'Room 1', mail: null },
    { id: '4', displayName: 'Hanne Lunde', mail: 'Hanne.Lunde@demo-kommune.example' },
    { id: '4', displayName: 'Hanne Lunde', mail: 'hanne.lunde@demo-kommune.example' }
  ];

  it('searches display names and addresses with $search and ConsistencyLevel: eventual, selecting the basic profile only', async () => {
    const { client, calls } = fakeGraphClient(() => ({ value: users }));
    const service = new GraphCalendarService(client, fakeClock());
    expect(await service.searchPeople('k')).toEqual([]);
    const found = await service.searchPeople(' Kr"ist ');
    expect(calls).toHaveLength(1);
    expect(calls[0].headers).toEqual({ ConsistencyLevel: 'eventual' });
    expect(calls[0].query).toBe('$search="displayName:Kr ist" OR "mail:Kr ist"&$select=id,displayName,mail,userPrincipalName&$top=15');
    // Nobody without a mailbox, nobody twice.
    expect(found).toEqual([
      { id: '1', displayName: 'Per Kristiansen', mail: 'per.kristiansen@demo-kommune.example' },
      { id: '4', displayName: 'Hanne Lunde', mail: 'Hanne.Lunde@demo-kommune.example' }
    ]);
  });

  it('never asks the directory about department or job title', async () => {
    const { client, calls } = fakeGraphClient(() => ({ value: [] }));
    await new GraphCalendarService(client, fakeClock()).searchPeople('Kari');
    expect(calls.every((c) => !/department|jobTitle/i.test(`${c.path}?${c.query}`))).toBe(true);
    expect('findPeopleByService' in new GraphCalendarService(client, fakeClock())).toBe(false);
  });
});
