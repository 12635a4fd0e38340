/**
 * `npm run bench:slots`: the meeting-slot finder and the Graph traffic of free/busy for a large meeting.
 *
 * 1. findSlots for 40 attendees over 30 days at 5-minute steps (Graph's finest availability view), on synthetic
 *    calendars with realistic density (about 30 % busy and 6 % tentative in working hours, some tentative, a few part-timers and
 *    other time zones). Median and p90 of several runs after a warm-up.
 * 2. Graph requests for free/busy of 40 people against an in-process workbench: counted at the client (HTTP
 *    requests) and at the server (getSchedule calls), against the lower bound ceil(40/20) = 2 getSchedule calls in
 *    1 $batch. Then again with the fault switch on, to show what throttling costs.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { DateTime } from 'luxon';
import { searchWindow } from '../src/core/meetings';
import { findSlots, MAX_SCHEDULES_PER_REQUEST, type AttendeeAvailability, type MeetingAttendee } from '../src/core/scheduling';
import { GraphCalendarService } from '../src/data/graph/GraphCalendarService';
import { workbenchGraphClient } from '../workbench/client/workbenchGraphClient';
import { SeededRandom } from '../workbench/server/faults/SeededRandom';
import { DEMO_PEOPLE } from '../workbench/server/graph/demoPeople';
import { ms, percentile } from './bench/percentile';
import { startBenchWorkbench } from './bench/startBenchWorkbench';

const ATTENDEES = 40;
const DAYS = 30;
const STEP_MINUTES = 5;
const RUNS = 15;
/** A realistic meeting: a handful required (one per service), the rest optional. */
const REQUIRED = 5;
const WARMUP_RUNS = 3;

/** A calendar as getSchedule returns it at a 5-minute interval: meetings of 30–120 minutes on working days. */
function syntheticAvailability(email: string, windowStart: DateTime, random: SeededRandom, index: number): AttendeeAvailability {
  const slots = DAYS * 24 * 12;
  const view = new Array<string>(slots).fill('0');
  for (let day = 0; day < DAYS; day++) {
    const date = windowStart.plus({ days: day });
    if (date.weekday > 5) continue;
    // 08:00–15:30 Oslo is 06:00/07:00–13:30/14:30 UTC; meetings are placed in 07:00–14:00 UTC.
    let minute = 7 * 60;
    while (minute < 14 * 60) {
      const length = 30 * (1 + Math.floor(random.next() * 4));
      const roll = random.next();
      const code = roll < 0.3 ? '2' : roll < 0.36 ? '1' : '0';
      for (let m = minute; m < minute + length && m < 24 * 60; m += 5) view[day * 288 + m / 5] = code;
      minute += length;
    }
  }
  const partTime = index % 10 === 3;
  const abroad = index % 13 === 5;
  return {
    scheduleId: email,
    availabilityView: view.join(''),
    availabilityViewInterval: 5,
    start: { dateTime: windowStart.toFormat("yyyy-MM-dd'T'HH:mm:ss"), timeZone: 'UTC' },
    workingHours: {
      daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      startTime: partTime ? '08:00:00.0000000' : abroad ? '09:00:00.0000000' : '08:00:00.0000000',
      endTime: partTime ? '12:00:00.0000000' : abroad ? '17:00:00.0000000' : '15:30:00.0000000',
      timeZone: { name: abroad ? 'GMT Standard Time' : 'W. Europe Standard Time' }
    }
  };
}

function benchFindSlots(): string[] {
  const windowStart = DateTime.fromISO('2026-09-07T00:00:00Z', { zone: 'utc' });
  const window = { start: windowStart.toISO() as string, end: windowStart.plus({ days: DAYS }).toISO() as string };
  const random = new SeededRandom(40);
  const attendees: MeetingAttendee[] = Array.from({ length: ATTENDEES }, (_v, i) => {
    const email = `person${i + 1}@demo-kommune.example`;
    return { email, required: i < REQUIRED, availability: syntheticAvailability(email, windowStart, random, i) };
  });
  const everyoneRequired = attendees.map((a) => ({ ...a, required: true }));

  const time = (input: MeetingAttendee[]): { times: number[]; slots: number; explained: boolean } => {
    const times: number[] = [];
    let last = findSlots({ attendees: input, window, durationMinutes: 60, stepMinutes: STEP_MINUTES });
    for (let run = 0; run < WARMUP_RUNS + RUNS; run++) {
      const started = process.hrtime.bigint();
      last = findSlots({ attendees: input, window, durationMinutes: 60, stepMinutes: STEP_MINUTES });
      const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
      if (run >= WARMUP_RUNS) times.push(elapsed);
    }
    return { times, slots: last.slots.length, explained: last.explanation !== undefined };
  };

  const some = time(attendees);
  const all = time(everyoneRequired);
  const minutes = DAYS * 24 * 60;
  return [
    `findSlots, ${ATTENDEES} attendees × ${DAYS} days × ${STEP_MINUTES}-minute steps (${(minutes / STEP_MINUTES).toLocaleString('en')} grid points, ${RUNS} runs after ${WARMUP_RUNS} warm-up):`,
    `  ${REQUIRED} required + ${ATTENDEES - REQUIRED} optional: median ${ms(percentile(some.times, 50))}, p90 ${ms(percentile(some.times, 90))} → ${some.slots} slots`,
    `  all 40 required:          median ${ms(percentile(all.times, 50))}, p90 ${ms(percentile(all.times, 90))} → ${all.slots} slots${all.explained ? ' (with the no-slot explanation)' : ''}`
  ];
}

async function benchGraphRequests(): Promise<string[]> {
  const wb = await startBenchWorkbench();
  try {
    const token = await wb.token('lead');
    let httpRequests = 0;
    const client = workbenchGraphClient(wb.url, token, () => httpRequests++);
    const service = new GraphCalendarService(client);
    // The directory has 39 people; the 40th is a guest from outside, as in a real ansvarsgruppe.
    const emails = [...DEMO_PEOPLE.map((p) => p.mail), 'ekstern.deltaker@example.org'].slice(0, ATTENDEES);
    const window = searchWindow(Date.now(), 4);
    const lowerBound = Math.ceil(emails.length / MAX_SCHEDULES_PER_REQUEST);

    const logFile = wb.workbench.requestLogFile;
    const logSize = (): number => (existsSync(logFile) ? statSync(logFile).size : 0);
    const run = async (label: string): Promise<string> => {
      httpRequests = 0;
      const from = logSize();
      const started = Date.now();
      const result = await service.getAvailability({ emails, window });
      const elapsed = Date.now() - started;
      // The server's request log names every getSchedule call it answered inside a $batch, throttled ones included.
      const calls = readFileSync(logFile, 'utf8').slice(from).split('\n').filter((line) => line.includes('batch:POST') && line.includes('/getSchedule'));
      const throttled = calls.filter((line) => /\t(429|503)$/.test(line)).length;
      return (
        `  ${label}: ${httpRequests} HTTP request${httpRequests === 1 ? '' : 's'} (lower bound 1, one $batch), ` +
        `${calls.length} getSchedule calls answered${throttled ? ` (${throttled} of them 429/503, retried on their own)` : ''} (lower bound ${lowerBound}), ` +
        `${result.availabilities.length}/${emails.length} calendars, ${elapsed} ms`
      );
    };

    const lines = [`Graph free/busy for ${emails.length} people over 4 weeks:`];
    lines.push(await run('no faults'));
    wb.workbench.setFaults({ rate: 0.3, statuses: [429, 503], retryAfter: 1, seed: 17 });
    lines.push(await run('30 % 429/503, Retry-After 1 s'));
    wb.workbench.setFaults({ rate: 0, dropRate: 0, slowRate: 0 });
    lines.push('  (HTTP requests are counted at the client, the Graph SDK RetryHandler’s resends of a throttled $batch included.)');
    return lines;
  } finally {
    await wb.close();
  }
}

async function main(): Promise<void> {
  console.log(`Meeting slots bench — ${new Date().toISOString()}, Node ${process.version}`);
  for (const line of benchFindSlots()) console.log(`  ${line}`);
  for (const line of await benchGraphRequests()) console.log(`  ${line}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
