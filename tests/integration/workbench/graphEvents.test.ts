import * as fs from 'node:fs';
import * as path from 'node:path';
import { demoUserPerson } from '../../../workbench/server/graph/demoPeople';
import { shapeDifferences } from '../../fixtures/workbench/expectSameShape';
import { createEvent, getSchedule, OSLO } from './graphCalendar';
import { getJson, startWorkbench, type TestWorkbench } from './testWorkbench';

let wb: TestWorkbench;
const staff = demoUserPerson('staff');
const lead = demoUserPerson('lead');
const DAY = '2031-09-01';
const auth = (user: 'staff' | 'lead' | 'admin'): Record<string, string> => ({ Authorization: `Bearer ${wb.tokens[user]}` });

interface Events {
  value: Record<string, unknown>[];
  '@odata.nextLink'?: string;
}

async function allEvents(user: 'staff' | 'lead' | 'admin', url = `${wb.graph}/me/events?$top=100&$select=id,subject,transactionId`): Promise<Record<string, unknown>[]> {
  const found: Record<string, unknown>[] = [];
  let next: string | undefined = url;
  while (next) {
    const page: Events = await getJson<Events>(next, auth(user));
    found.push(...page.value);
    next = page['@odata.nextLink'];
  }
  return found;
}

beforeAll(async () => {
  wb = await startWorkbench();
});

afterAll(async () => {
  await wb.close();
});

describe('POST me/events', () => {
  it('creates a Teams meeting: 201 with id, iCalUId, webLink, joinUrl, organizer, in Microsoft’s documented shape', async () => {
    const { status, body } = await createEvent(
      wb,
      'lead',
      { subject: 'Tverrfaglig møte', start: `${DAY}T09:00:00`, end: `${DAY}T10:00:00`, attendees: ['staff', 'admin'], isOnlineMeeting: true, sensitivity: 'private', transactionId: 'tx-first' },
      { Prefer: `outlook.timezone="${OSLO}"` }
    );
    expect(status).toBe(201);
    const documented = JSON.parse(fs.readFileSync(path.join(__dirname, '../../fixtures/microsoft/graph-event-created.json'), 'utf8'));
    expect(shapeDifferences(body, documented)).toEqual([]);
    expect(body).toMatchObject({
      id: expect.stringMatching(/^AAMk/),
      iCalUId: expect.stringMatching(/^040000008200E00074C5B7101A82E008/),
      webLink: `${wb.url}/workbench/calendar/${encodeURIComponent(body.id as string)}`,
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      onlineMeeting: { joinUrl: expect.stringMatching(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//) },
      sensitivity: 'private',
      transactionId: 'tx-first',
      isOrganizer: true,
      organizer: { emailAddress: { name: lead.displayName, address: lead.mail } },
      start: { dateTime: `${DAY}T09:00:00.0000000`, timeZone: OSLO },
      end: { dateTime: `${DAY}T10:00:00.0000000`, timeZone: OSLO },
      originalStartTimeZone: OSLO
    });
    expect((body.attendees as { emailAddress: { address: string } }[]).map((a) => a.emailAddress.address)).toEqual([staff.mail, demoUserPerson('admin').mail]);
    expect(Date.parse(body.createdDateTime as string)).toBeGreaterThan(Date.now() - 60000);
  });

  it('answers a repeated create with the same transactionId with the first event and creates nothing', async () => {
    const before = (await allEvents('lead')).length;
    const again = await createEvent(wb, 'lead', { subject: 'Tverrfaglig møte (igjen)', start: `${DAY}T09:00:00`, end: `${DAY}T10:00:00`, attendees: ['staff'], transactionId: 'tx-first' });
    expect(again.status).toBe(201);
    const first = (await allEvents('lead')).find((e) => e.transactionId === 'tx-first');
    expect(again.body.id).toBe(first?.id);
    expect(again.body.subject).toBe('Tverrfaglig møte');
    expect((await allEvents('lead')).length).toBe(before);
    const other = await createEvent(wb, 'staff', { start: `${DAY}T14:00:00`, end: `${DAY}T15:00:00`, transactionId: 'tx-first' });
    expect(other.body.id).not.toBe(first?.id);
  });

  it('puts the event in every attendee’s calendar: getSchedule shows them busy afterwards', async () => {
    const window = { schedules: [staff.mail, demoUserPerson('admin').mail, lead.mail], start: `${DAY}T08:00:00`, end: `${DAY}T11:00:00`, interval: 60 };
    const { body } = await getSchedule(wb, 'lead', window);
    expect(body.value.map((s) => s.availabilityView)).toEqual(['020', '020', '020']);
    const inStaffsCalendar = await getJson<{ subject: string; isOrganizer: boolean; responseStatus: { response: string } }>(
      `${wb.graph}/me/events/${encodeURIComponent((await allEvents('lead')).find((e) => e.transactionId === 'tx-first')?.id as string)}`,
      auth('staff')
    );
    expect(inStaffsCalendar).toMatchObject({ subject: 'Tverrfaglig møte', isOrganizer: false, responseStatus: { response: 'accepted' } });
  });

  it('expands a weekly recurring event into occurrences for free/busy and the calendar view, across daylight saving', async () => {
    const recurrence = { pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'] }, range: { type: 'numbered', startDate: '2031-10-14', numberOfOccurrences: 4 } };
    const created = await createEvent(wb, 'lead', { subject: 'Ukentlig team', start: '2031-10-14T13:00:00', end: '2031-10-14T14:00:00', attendees: ['staff'], recurrence });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ type: 'seriesMaster', recurrence: expect.objectContaining({ pattern: expect.objectContaining({ type: 'weekly' }) }) });
    // Norway leaves summer time on 26 October 2031: the meeting stays at 13:00 local time.
    for (const day of ['2031-10-14', '2031-10-21', '2031-10-28', '2031-11-04']) {
      const { body } = await getSchedule(wb, 'lead', { schedules: [staff.mail], start: `${day}T12:00:00`, end: `${day}T15:00:00`, interval: 60 });
      expect([day, body.value[0].availabilityView]).toEqual([day, '020']);
    }
    const after = await getSchedule(wb, 'lead', { schedules: [staff.mail], start: '2031-11-11T12:00:00', end: '2031-11-11T15:00:00', interval: 60 });
    expect(after.body.value[0].availabilityView).toBe('000');
    const view = await getJson<Events>(`${wb.graph}/me/calendarView?startDateTime=2031-10-01T00:00:00Z&endDateTime=2031-12-01T00:00:00Z&$top=50`, { ...auth('staff'), Prefer: 'outlook.timezone="W. Europe Standard Time"' });
    const occurrences = view.value.filter((e) => e.subject === 'Ukentlig team');
    expect(occurrences).toHaveLength(4);
    expect(occurrences.map((o) => (o.start as { dateTime: string }).dateTime)).toEqual([
      '2031-10-14T13:00:00.0000000',
      '2031-10-21T13:00:00.0000000',
      '2031-10-28T13:00:00.0000000',
      '2031-11-04T13:00:00.0000000'
    ]);
    expect(occurrences[0]).toMatchObject({ type: 'occurrence', seriesMasterId: created.body.id });
  });

  it('expands monthly patterns (absolute and relative)', async () => {
    const absolute = { pattern: { type: 'absoluteMonthly', interval: 1, dayOfMonth: 31 }, range: { type: 'endDate', startDate: '2032-01-31', endDate: '2032-06-30' } };
    await createEvent(wb, 'admin', { subject: 'Månedlig', start: '2032-01-31T09:00:00', end: '2032-01-31T09:30:00', recurrence: absolute });
    const relative = { pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: ['thursday'], index: 'last' }, range: { type: 'numbered', startDate: '2032-01-01', numberOfOccurrences: 3 } };
    await createEvent(wb, 'admin', { subject: 'Siste torsdag', start: '2032-01-29T12:00:00', end: '2032-01-29T13:00:00', recurrence: relative });
    const view = await getJson<Events>(`${wb.graph}/me/calendarView?startDateTime=2032-01-01T00:00:00Z&endDateTime=2032-07-01T00:00:00Z&$top=100&$select=subject,start`, { ...auth('admin'), Prefer: 'outlook.timezone="W. Europe Standard Time"' });
    const days = (subject: string): string[] => view.value.filter((e) => e.subject === subject).map((e) => (e.start as { dateTime: string }).dateTime.slice(0, 10));
    // Day 31 falls on the last day of shorter months, as in Outlook.
    expect(days('Månedlig')).toEqual(['2032-01-31', '2032-02-29', '2032-03-31', '2032-04-30', '2032-05-31', '2032-06-30']);
    expect(days('Siste torsdag')).toEqual(['2032-01-29', '2032-02-26', '2032-03-25']);
  });

  it('refuses a bad body and another person’s calendar', async () => {
    const noStart = await fetch(`${wb.graph}/me/events`, { method: 'POST', headers: { ...auth('lead'), 'Content-Type': 'application/json' }, body: JSON.stringify({ subject: 'x' }) });
    expect(noStart.status).toBe(400);
    const badRecurrence = await createEvent(wb, 'lead', { start: `${DAY}T09:00:00`, end: `${DAY}T10:00:00`, recurrence: { pattern: { type: 'hourly' }, range: { type: 'noEnd', startDate: DAY } } });
    expect(badRecurrence.status).toBe(400);
    const others = await fetch(`${wb.graph}/users/${staff.id}/events`, { headers: auth('lead') });
    expect(others.status).toBe(403);
    const own = await fetch(`${wb.graph}/users/${lead.userPrincipalName}/events`, { headers: auth('lead') });
    expect(own.status).toBe(200);
  });
});

describe('what a read-back of a booking sees (transactionId in the calendar view)', () => {
  it('returns transactionId with $select only to the organizer and only where the app set it; occurrences leave it out', async () => {
    const day = '2031-09-15';
    await createEvent(wb, 'lead', { subject: 'Med id', start: `${day}T09:00:00`, end: `${day}T10:00:00`, attendees: ['staff'], transactionId: 'tx-read-back' });
    await createEvent(wb, 'lead', { subject: 'Uten id', start: `${day}T09:30:00`, end: `${day}T10:30:00` });
    const recurrence = { pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday'] }, range: { type: 'numbered', startDate: day, numberOfOccurrences: 2 } };
    const series = await createEvent(wb, 'lead', { subject: 'Serie', start: `${day}T09:15:00`, end: `${day}T09:45:00`, recurrence, transactionId: 'tx-series' });
    const window = 'startDateTime=2031-09-15T07:00:00Z&endDateTime=2031-09-15T08:00:00Z';
    const view = await getJson<Events>(`${wb.graph}/me/calendarView?${window}&$select=id,subject,type,seriesMasterId,transactionId`, auth('lead'));
    const bySubject = new Map(view.value.map((e) => [e.subject, e]));
    expect(bySubject.get('Med id')).toMatchObject({ transactionId: 'tx-read-back', type: 'singleInstance' });
    expect('transactionId' in (bySubject.get('Uten id') ?? {})).toBe(false);
    const occurrence = bySubject.get('Serie') ?? {};
    expect(occurrence).toMatchObject({ type: 'occurrence', seriesMasterId: series.body.id });
    expect('transactionId' in occurrence).toBe(false);
    // The master carries it.
    const master = await getJson<Record<string, unknown>>(`${wb.graph}/me/events/${encodeURIComponent(series.body.id as string)}?$select=id,transactionId`, auth('lead'));
    expect(master.transactionId).toBe('tx-series');
    // An attendee never sees the organizer's transactionId.
    const staffView = await getJson<Events>(`${wb.graph}/me/calendarView?${window}&$select=subject,transactionId`, auth('staff'));
    expect(staffView.value.find((e) => e.subject === 'Med id')).toBeDefined();
    expect(staffView.value.every((e) => !('transactionId' in e))).toBe(true);
  });
});

describe('reading and deleting events', () => {
  it('GET me/events pages ten at a time with @odata.nextLink; calendarView needs its window', async () => {
    const first = await getJson<Events>(`${wb.graph}/me/events`, auth('staff'));
    expect(first.value).toHaveLength(10);
    expect(first['@odata.nextLink']).toContain('%24skip=10');
    const noWindow = await fetch(`${wb.graph}/me/calendarView`, { headers: auth('staff') });
    expect(noWindow.status).toBe(400);
  });

  it('an attendee removes the event from their own calendar; the organizer cancels it for everyone', async () => {
    const { body } = await createEvent(wb, 'lead', { subject: 'Avlyses', start: '2031-12-01T09:00:00', end: '2031-12-01T10:00:00', attendees: ['staff', 'admin'] });
    const id = encodeURIComponent(body.id as string);
    const window = { schedules: [staff.mail, demoUserPerson('admin').mail], start: '2031-12-01T09:00:00', end: '2031-12-01T10:00:00', interval: 60 };
    expect((await fetch(`${wb.graph}/me/events/${id}`, { method: 'DELETE', headers: auth('staff') })).status).toBe(204);
    expect((await getSchedule(wb, 'lead', window)).body.value.map((s) => s.availabilityView)).toEqual(['0', '2']);
    expect((await fetch(`${wb.graph}/me/events/${id}`, { method: 'DELETE', headers: auth('lead') })).status).toBe(204);
    expect((await getSchedule(wb, 'lead', window)).body.value.map((s) => s.availabilityView)).toEqual(['0', '0']);
    const gone = await fetch(`${wb.graph}/me/events/${id}`, { headers: auth('lead') });
    expect(gone.status).toBe(404);
    expect(((await gone.json()) as { error: { code: string } }).error.code).toBe('ErrorItemNotFound');
  });
});
