import { demoUserPerson } from '../../../workbench/server/graph/demoPeople';
import { createEvent, getSchedule } from './graphCalendar';
import { getJson, startWorkbench, type TestWorkbench } from './testWorkbench';

// Graph takes Windows names and the IANA names the "dateTimeTimeZone resource type" page lists
// (https://learn.microsoft.com/graph/api/resources/datetimetimezone). Europe/Oslo is not on that list.
let wb: TestWorkbench;
const staff = demoUserPerson('staff').mail;
const DAY = '2031-05-05';

beforeAll(async () => {
  wb = await startWorkbench();
});

afterAll(async () => {
  await wb.close();
});

const refusal = (zone: string): { code: string; message: string } => ({
  code: 'TimeZoneNotSupportedException',
  message: `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${zone}'.`
});

describe('time-zone names as Graph takes them', () => {
  it('POST me/events: Europe/Oslo is refused with Graph’s error; W. Europe Standard Time and Europe/Berlin are taken', async () => {
    const oslo = await createEvent(wb, 'lead', { subject: 'Oslo', start: `${DAY}T09:00:00`, end: `${DAY}T10:00:00`, timeZone: 'Europe/Oslo' });
    expect(oslo.status).toBe(400);
    expect(oslo.body.error).toEqual(expect.objectContaining(refusal('Europe/Oslo')));
    const windows = await createEvent(wb, 'lead', { subject: 'Windows', start: `${DAY}T09:00:00`, end: `${DAY}T10:00:00`, timeZone: 'W. Europe Standard Time' });
    expect(windows.status).toBe(201);
    const berlin = await createEvent(wb, 'lead', { subject: 'Berlin', start: `${DAY}T11:00:00`, end: `${DAY}T12:00:00`, timeZone: 'Europe/Berlin' });
    expect(berlin.status).toBe(201);
    // Windows names are matched without regard to case, as Exchange does.
    const lower = await createEvent(wb, 'lead', { subject: 'lower', start: `${DAY}T13:00:00`, end: `${DAY}T14:00:00`, timeZone: 'w. europe standard time' });
    expect(lower.status).toBe(201);
  });

  it('refuses a recurrence whose recurrenceTimeZone is not on the list', async () => {
    const recurrence = { pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday'] }, range: { type: 'endDate', startDate: DAY, endDate: '2031-06-02', recurrenceTimeZone: 'Europe/Oslo' } };
    const refused = await createEvent(wb, 'lead', { subject: 'Serie', start: `${DAY}T09:00:00`, end: `${DAY}T10:00:00`, recurrence });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toEqual(expect.objectContaining(refusal('Europe/Oslo')));
  });

  it('getSchedule: a window in Europe/Oslo is refused; in W. Europe Standard Time it is answered', async () => {
    const oslo = await getSchedule(wb, 'lead', { schedules: [staff], start: `${DAY}T08:00:00`, end: `${DAY}T09:00:00`, timeZone: 'Europe/Oslo' });
    expect(oslo.status).toBe(400);
    expect(oslo.body.error).toMatchObject(refusal('Europe/Oslo'));
    const windows = await getSchedule(wb, 'lead', { schedules: [staff], start: `${DAY}T08:00:00`, end: `${DAY}T09:00:00`, timeZone: 'W. Europe Standard Time' });
    expect(windows.status).toBe(200);
  });

  it('Prefer: outlook.timezone with a name Graph does not know is refused on getSchedule, events and calendarView', async () => {
    const prefer = { Prefer: 'outlook.timezone="Europe/Oslo"' };
    const schedule = await getSchedule(wb, 'lead', { schedules: [staff], start: `${DAY}T08:00:00`, end: `${DAY}T09:00:00` }, prefer);
    expect(schedule.status).toBe(400);
    expect(schedule.body.error?.code).toBe('TimeZoneNotSupportedException');
    const auth = { Authorization: `Bearer ${wb.tokens.lead}` };
    const events = await getJson<{ error: { code: string } }>(`${wb.graph}/me/events`, { ...auth, ...prefer }, 400);
    expect(events.error.code).toBe('TimeZoneNotSupportedException');
    const view = await getJson<{ error: { code: string } }>(`${wb.graph}/me/calendarView?startDateTime=${DAY}T00:00:00Z&endDateTime=${DAY}T23:00:00Z`, { ...auth, ...prefer }, 400);
    expect(view.error.code).toBe('TimeZoneNotSupportedException');
    await getJson(`${wb.graph}/me/events`, { ...auth, Prefer: 'outlook.timezone="W. Europe Standard Time"' });
  });

  it('takes the documented IANA names, including the bracketed older spellings', async () => {
    for (const zone of ['Europe/London', 'America/Godthab', 'Europe/Kiev', 'Asia/Rangoon', 'Etc/GMT']) {
      const answer = await getSchedule(wb, 'lead', { schedules: [staff], start: `${DAY}T08:00:00`, end: `${DAY}T09:00:00`, timeZone: zone });
      expect([zone, answer.status]).toEqual([zone, 200]);
    }
    for (const zone of ['Europe/Stockholm', 'Europe/Copenhagen', 'Arctic/Longyearbyen', 'CET', 'Mars/Olympus']) {
      const answer = await getSchedule(wb, 'lead', { schedules: [staff], start: `${DAY}T08:00:00`, end: `${DAY}T09:00:00`, timeZone: zone });
      expect([zone, answer.status, answer.body.error?.code]).toEqual([zone, 400, 'TimeZoneNotSupportedException']);
    }
  });
});

describe('getSchedule limits, with Exchange’s errors', () => {
  it('refuses 63 days with ErrorTimeIntervalTooBig', async () => {
    const long = await getSchedule(wb, 'lead', { schedules: [staff], start: '2031-03-01T00:00:00', end: '2031-05-03T00:00:00', interval: 1440 });
    expect(long.status).toBe(400);
    expect(long.body.error).toMatchObject({
      code: 'ErrorTimeIntervalTooBig',
      message: 'The requested time duration specified for FreeBusyViewOptions.TimeWindow is too long. The allowed limit = 62 days; the actual limit = 63 days.'
    });
  });
});
