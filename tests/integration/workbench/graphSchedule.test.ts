import * as fs from 'node:fs';
import * as path from 'node:path';
import { DateTime } from 'luxon';
import { DEMO_PEOPLE, demoUserPerson } from '../../../workbench/server/graph/demoPeople';
import { shapeDifferences } from '../../fixtures/workbench/expectSameShape';
import { createEvent, getSchedule, OSLO } from './graphCalendar';
import { startWorkbench, type TestWorkbench } from './testWorkbench';

let wb: TestWorkbench;
const staff = demoUserPerson('staff').mail;
const lead = demoUserPerson('lead').mail;
// A Monday years ahead of the generated demo calendars (which reach 8 weeks from now), so only these tests' events count.
const DAY = '2031-03-03';
const NEXT_DAY = '2031-03-04';

beforeAll(async () => {
  wb = await startWorkbench();
  const made = [
    await createEvent(wb, 'lead', { subject: 'Samarbeidsmøte', start: `${DAY}T09:00:00`, end: `${DAY}T10:00:00`, attendees: ['staff'] }),
    await createEvent(wb, 'staff', { subject: 'Kanskje', start: `${DAY}T09:30:00`, end: `${DAY}T10:00:00`, showAs: 'tentative' }),
    await createEvent(wb, 'staff', { subject: 'Foreldresamtale', start: `${DAY}T10:30:00`, end: `${DAY}T11:00:00`, showAs: 'tentative' }),
    await createEvent(wb, 'staff', { subject: 'Lege', start: `${DAY}T11:00:00`, end: `${DAY}T11:20:00`, sensitivity: 'private' }),
    await createEvent(wb, 'staff', { subject: 'Kurs', start: `${NEXT_DAY}T00:00:00`, end: '2031-03-05T00:00:00', showAs: 'oof', isAllDay: true }),
    await createEvent(wb, 'lead', { subject: 'Stafettmøte', start: `${NEXT_DAY}T10:00:00`, end: `${NEXT_DAY}T11:00:00`, attendees: ['staff'] })
  ];
  expect(made.map((m) => m.status)).toEqual([201, 201, 201, 201, 201, 201]);
});

afterAll(async () => {
  await wb.close();
});

describe('getSchedule', () => {
  it('answers in Microsoft’s documented shape', async () => {
    const { status, body } = await getSchedule(wb, 'lead', { schedules: [staff], start: `${DAY}T08:00:00`, end: `${DAY}T12:00:00` }, { Prefer: `outlook.timezone="${OSLO}"` });
    expect(status).toBe(200);
    const documented = JSON.parse(fs.readFileSync(path.join(__dirname, '../../fixtures/microsoft/graph-getschedule-response.json'), 'utf8'));
    expect(shapeDifferences(body, documented)).toEqual([]);
  });

  it('computes the availabilityView at the asked interval; the highest status in a slot wins', async () => {
    const view = async (interval: number): Promise<string> =>
      (await getSchedule(wb, 'lead', { schedules: [staff], start: `${DAY}T08:00:00`, end: `${DAY}T12:00:00`, interval })).body.value[0].availabilityView;
    expect(await view(30)).toBe('00220120');
    expect(await view(60)).toBe('0212');
    expect(await view(15)).toBe('0000222200112200');
    expect(await view(240)).toBe('2');
    expect((await getSchedule(wb, 'lead', { schedules: [staff], start: `${DAY}T08:00:00`, end: `${DAY}T12:00:00` })).body.value[0].availabilityView).toBe('00220120');
  });

  it('reports out of office as 3 and lets it win over a meeting in the same slot', async () => {
    const { body } = await getSchedule(wb, 'lead', { schedules: [staff, lead], start: `${NEXT_DAY}T09:00:00`, end: `${NEXT_DAY}T12:00:00`, interval: 60 });
    expect(body.value.map((s) => s.availabilityView)).toEqual(['333', '020']);
    expect(body.value[0].scheduleItems.map((i) => i.status)).toEqual(['oof', 'busy']);
  });

  it('converts the window from the requested zone (Windows or IANA names)', async () => {
    // 00:00–02:00 in Los Angeles (PST, UTC-8, before US daylight saving on 9 March) is 09:00–11:00 in Oslo.
    const pacific = await getSchedule(wb, 'lead', { schedules: [staff], start: `${DAY}T00:00:00`, end: `${DAY}T02:00:00`, timeZone: 'Pacific Standard Time', interval: 60 });
    expect(pacific.body.value[0].availabilityView).toBe('21');
    const iana = await getSchedule(wb, 'lead', { schedules: [staff], start: `${DAY}T08:00:00`, end: `${DAY}T10:00:00`, timeZone: 'Europe/London', interval: 60 });
    expect(iana.body.value[0].availabilityView).toBe('21');
    const unknownZone = await getSchedule(wb, 'lead', { schedules: [staff], start: `${DAY}T08:00:00`, end: `${DAY}T10:00:00`, timeZone: 'Mars/Olympus' });
    expect(unknownZone.status).toBe(400);
  });

  it('gives item times in the Prefer: outlook.timezone zone, in UTC without it', async () => {
    const window = { schedules: [staff], start: `${DAY}T08:00:00`, end: `${DAY}T10:00:00` };
    const utc = await getSchedule(wb, 'lead', window);
    expect(utc.body.value[0].scheduleItems[0].start).toEqual({ dateTime: `${DAY}T08:00:00.0000000`, timeZone: 'UTC' });
    const pacific = await getSchedule(wb, 'lead', window, { Prefer: 'outlook.timezone="Pacific Standard Time"' });
    expect(pacific.body.value[0].scheduleItems[0].start).toEqual({ dateTime: `${DAY}T00:00:00.0000000`, timeZone: 'Pacific Standard Time' });
    const berlin = await getSchedule(wb, 'lead', window, { Prefer: 'outlook.timezone="Europe/Berlin"' });
    expect(berlin.body.value[0].scheduleItems[0].end).toEqual({ dateTime: `${DAY}T10:00:00.0000000`, timeZone: 'Europe/Berlin' });
  });

  it('shows private events as their status only, without subject or location', async () => {
    const { body } = await getSchedule(wb, 'lead', { schedules: [staff], start: `${DAY}T11:00:00`, end: `${DAY}T12:00:00` });
    expect(body.value[0].scheduleItems).toEqual([
      { isPrivate: true, status: 'busy', start: { dateTime: `${DAY}T10:00:00.0000000`, timeZone: 'UTC' }, end: { dateTime: `${DAY}T10:20:00.0000000`, timeZone: 'UTC' } }
    ]);
    const open = await getSchedule(wb, 'lead', { schedules: [staff], start: `${DAY}T10:30:00`, end: `${DAY}T11:00:00` });
    expect(open.body.value[0].scheduleItems[0]).toMatchObject({ isPrivate: false, subject: 'Foreldresamtale', location: '' });
  });

  it('answers an unknown address with an error item, as Graph does', async () => {
    const { body } = await getSchedule(wb, 'lead', { schedules: ['nobody@demo-kommune.example', staff], start: `${DAY}T08:00:00`, end: `${DAY}T09:00:00` });
    expect(body.value[0]).toMatchObject({ scheduleId: 'nobody@demo-kommune.example', error: { message: expect.any(String), responseCode: 'ErrorMailRecipientNotFound' } });
    expect(body.value[1].availabilityView).toBe('00');
  });

  it('reports each person’s working hours in their own zone', async () => {
    const london = DEMO_PEOPLE.find((p) => p.workingHours.timeZone === 'GMT Standard Time') as (typeof DEMO_PEOPLE)[number];
    const newYork = DEMO_PEOPLE.find((p) => p.workingHours.timeZone === 'Eastern Standard Time') as (typeof DEMO_PEOPLE)[number];
    const partTime = DEMO_PEOPLE.find((p) => p.workingHours.endTime === '12:00') as (typeof DEMO_PEOPLE)[number];
    const fourDays = DEMO_PEOPLE.find((p) => p.workingHours.daysOfWeek.length === 4) as (typeof DEMO_PEOPLE)[number];
    const { body } = await getSchedule(wb, 'lead', { schedules: [london.mail, newYork.mail, partTime.mail, fourDays.mail, staff], start: `${DAY}T08:00:00`, end: `${DAY}T09:00:00` });
    expect(body.value[0].workingHours).toEqual({ daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], startTime: '09:00:00.0000000', endTime: '17:00:00.0000000', timeZone: { name: 'GMT Standard Time' } });
    expect(body.value[1].workingHours.timeZone).toEqual({ name: 'Eastern Standard Time' });
    expect(body.value[2].workingHours.endTime).toBe('12:00:00.0000000');
    expect(body.value[3].workingHours.daysOfWeek).toEqual(['monday', 'tuesday', 'wednesday', 'thursday']);
    expect(body.value[4].workingHours).toMatchObject({ startTime: '08:00:00.0000000', timeZone: { name: 'W. Europe Standard Time' } });
  });

  it('refuses more than 20 schedules, an interval outside 5–1440 and a window of 62 days or more', async () => {
    const twentyOne = DEMO_PEOPLE.slice(0, 21).map((p) => p.mail);
    const tooMany = await getSchedule(wb, 'lead', { schedules: twentyOne, start: `${DAY}T08:00:00`, end: `${DAY}T09:00:00` });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error).toMatchObject({
      code: 'ErrorMailboxDataArrayTooBig',
      message: 'There are too many target users in the EmailAddress array. The allowed size = 20; the actual size = 21.'
    });
    expect((await getSchedule(wb, 'lead', { schedules: twentyOne.slice(0, 20), start: `${DAY}T08:00:00`, end: `${DAY}T09:00:00` })).status).toBe(200);
    expect((await getSchedule(wb, 'lead', { schedules: [staff], start: `${DAY}T08:00:00`, end: `${DAY}T09:00:00`, interval: 4 })).status).toBe(400);
    expect((await getSchedule(wb, 'lead', { schedules: [staff], start: `${DAY}T08:00:00`, end: `${DAY}T09:00:00`, interval: 1441 })).status).toBe(400);
    expect((await getSchedule(wb, 'lead', { schedules: [staff], start: '2031-03-01T00:00:00', end: '2031-05-02T00:00:00' })).status).toBe(400);
    expect((await getSchedule(wb, 'lead', { schedules: [staff], start: '2031-03-01T00:00:00', end: '2031-05-01T00:00:00', interval: 1440 })).status).toBe(200);
  });

  it('is also served at users/{id}/calendar/getSchedule', async () => {
    const response = await fetch(`${wb.graph}/users/${demoUserPerson('lead').id}/calendar/getSchedule`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${wb.tokens.lead}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ schedules: [staff], startTime: { dateTime: `${DAY}T09:00:00`, timeZone: OSLO }, endTime: { dateTime: `${DAY}T10:00:00`, timeZone: OSLO } })
    });
    expect(((await response.json()) as { value: { availabilityView: string }[] }).value[0].availabilityView).toBe('22');
  });
});

describe('the generated demo calendars', () => {
  const thisWeek = (): { start: string; end: string } => {
    const monday = DateTime.now().setZone('Europe/Oslo').startOf('week');
    return { start: monday.toFormat("yyyy-MM-dd'T'HH:mm:ss"), end: monday.plus({ days: 56 }).toFormat("yyyy-MM-dd'T'HH:mm:ss") };
  };

  it('fill 8 weeks from the current week with busy, tentative and out-of-office time', async () => {
    const { start, end } = thisWeek();
    const people = DEMO_PEOPLE.filter((p) => !p.demoUser).slice(0, 20).map((p) => p.mail);
    const { body } = await getSchedule(wb, 'admin', { schedules: people, start, end, interval: 60 });
    const views = body.value.map((s) => s.availabilityView).join('');
    expect(views).toMatch(/2/);
    expect(views).toMatch(/1/);
    expect(views).toMatch(/3/);
    const statuses = new Set(body.value.flatMap((s) => s.scheduleItems.map((i) => i.status)));
    expect(statuses).toEqual(new Set(['busy', 'tentative', 'oof', 'workingElsewhere']));
    expect(body.value.some((s) => s.scheduleItems.some((i) => i.isPrivate && i.subject === undefined))).toBe(true);
  });

  it('are the same in another workbench started the same week (a seeded generator, not Math.random)', async () => {
    const other = await startWorkbench();
    try {
      const { start, end } = thisWeek();
      const people = DEMO_PEOPLE.slice(3, 23).map((p) => p.mail);
      const a = await getSchedule(wb, 'admin', { schedules: people, start, end, interval: 30 });
      const b = await getSchedule(other, 'admin', { schedules: people, start, end, interval: 30 });
      const generatedOnly = (value: typeof a.body.value): string[] => value.map((s) => s.availabilityView);
      expect(generatedOnly(b.body.value)).toEqual(generatedOnly(a.body.value));
    } finally {
      await other.close();
    }
  });
});
