import type { DatabaseSync } from 'node:sqlite';
import { DateTime } from 'luxon';
import { SeededRandom } from '../faults/SeededRandom';
import { readMeta, writeMeta } from '../storage/openDatabase';
import type { ShowAs, StoredEvent } from './CalendarRepository';
import { CalendarRepository } from './CalendarRepository';
import type { DemoPerson } from './demoPeople';
import { DEMO_PEOPLE, stableGuid } from './demoPeople';
import type { PatternedRecurrence } from './recurrence';
import { seriesEnd } from './recurrence';
import { formatGraphDateTime, ianaZone, localToUtcMillis } from './timeZones';

/** How far ahead the demo calendars reach. */
export const CALENDAR_WEEKS = 8;
const ANCHOR_KEY = 'calendarAnchor';
const OSLO = 'Europe/Oslo';
const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Neutral meeting subjects: a demo calendar never says who a meeting is about. */
const SUBJECTS = [
  'Teammøte',
  'Planleggingsmøte',
  'Veiledning',
  'Fagmøte',
  'Samarbeidsmøte',
  'Oppfølgingssamtale',
  'Avdelingsmøte',
  'Drøftingsmøte',
  'Foreldresamtale',
  'Ansvarsgruppemøte',
  'Kurs: Tidlig inn',
  'Administrasjonstid',
  'Lederforum',
  'Brukermøte'
];
const LOCATIONS = ['Møterom 1', 'Møterom 2', 'Teams', 'Rådhuset, møterom Fjorden', 'Kontoret', ''];
const AWAY = ['Ferie', 'Kurs', 'Avspasering', 'Fri'];

/** The Monday (00:00, Oslo time) of the week demo calendars are generated from. */
export function calendarAnchor(now: DateTime = DateTime.now()): DateTime {
  return now.setZone(OSLO).startOf('week');
}

function eventIdFor(seed: string): string {
  return `AAMkAGI2${Buffer.from(stableGuid(seed).replace(/-/g, ''), 'hex').toString('base64url')}AAA=`;
}

function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
}

interface Draft {
  seed: string;
  organizer: DemoPerson;
  subject: string;
  start: DateTime;
  end: DateTime;
  zone: string;
  windowsZone: string;
  showAs: ShowAs;
  sensitivity: StoredEvent['sensitivity'];
  isAllDay: boolean;
  location: string;
  attendees: DemoPerson[];
  recurrence?: PatternedRecurrence;
}

function insertDraft(repo: CalendarRepository, draft: Draft, createdAt: string): void {
  const local = (d: DateTime): string => formatGraphDateTime(d, draft.zone);
  const event: StoredEvent = {
    id: eventIdFor(draft.seed),
    iCalUId: `040000008200E00074C5B7101A82E00800000000${stableGuid(`ical:${draft.seed}`).replace(/-/g, '').toUpperCase()}`,
    changeKey: Buffer.from(stableGuid(`ck:${draft.seed}`).replace(/-/g, ''), 'hex').toString('base64'),
    createdDateTime: createdAt,
    lastModifiedDateTime: createdAt,
    subject: draft.subject,
    body: { contentType: 'text', content: '' },
    start: { dateTime: local(draft.start), timeZone: draft.windowsZone },
    end: { dateTime: local(draft.end), timeZone: draft.windowsZone },
    isAllDay: draft.isAllDay,
    showAs: draft.showAs,
    sensitivity: draft.sensitivity,
    importance: 'normal',
    location: { displayName: draft.location, locationType: 'default' },
    attendees: draft.attendees.map((p) => ({ type: 'required', emailAddress: { address: p.mail, name: p.displayName } })),
    organizer: { emailAddress: { address: draft.organizer.mail, name: draft.organizer.displayName } },
    isOnlineMeeting: draft.location === 'Teams',
    onlineMeetingProvider: draft.location === 'Teams' ? 'teamsForBusiness' : 'unknown',
    onlineMeeting: draft.location === 'Teams' ? { joinUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${stableGuid(`teams:${draft.seed}`)}%40thread.v2/0` } : null,
    recurrence: draft.recurrence ?? null,
    transactionId: null,
    categories: []
  };
  const entries = [{ oid: draft.organizer.id, showAs: draft.showAs }, ...draft.attendees.map((p) => ({ oid: p.id, showAs: draft.showAs }))];
  const startUtc = draft.start.toUTC();
  const endUtc = draft.end.toUTC();
  repo.insert(event, draft.organizer.id, { startUtc, endUtc, seriesEndUtc: draft.recurrence ? seriesEnd(startUtc, endUtc, draft.windowsZone, draft.recurrence) : undefined }, entries, true);
}

/** One person's own appointments: meetings in working hours, some tentative or private, away days, working elsewhere. */
function personalDrafts(person: DemoPerson, anchor: DateTime): Draft[] {
  const rng = SeededRandom.fromText(`${person.mail}|${anchor.toISODate()}`);
  const zone = ianaZone(person.workingHours.timeZone);
  const workdays = person.workingHours.daysOfWeek.map((d) => DAY_NAMES.indexOf(d) + 1);
  const dayStart = minutesOf(person.workingHours.startTime);
  const dayEnd = minutesOf(person.workingHours.endTime);
  const away = new Set<string>();
  if (rng.chance(0.4)) {
    const week = rng.int(1, CALENDAR_WEEKS - 1);
    const first = rng.int(0, 4);
    const length = rng.int(1, 3);
    for (let d = first; d < Math.min(5, first + length); d++) away.add(`${week}:${d + 1}`);
  }
  const elsewhereDay = rng.chance(0.3) ? rng.pick(workdays) : undefined;
  const drafts: Draft[] = [];
  const base = { organizer: person, zone, windowsZone: person.workingHours.timeZone, attendees: [] as DemoPerson[] };
  for (let week = 0; week < CALENDAR_WEEKS; week++) {
    for (const weekday of workdays) {
      // Dates by UTC calendar arithmetic and times through cached offsets: luxon per event is too slow here.
      const date = new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day + week * 7 + weekday - 1));
      const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
      const at = (minutes: number, dayOffset = 0): DateTime =>
        DateTime.fromMillis(localToUtcMillis(zone, y, m, d + dayOffset, Math.floor(minutes / 60), minutes % 60), { zone: 'utc' });
      const day = at(0);
      const seed = `${person.mail}|${date.toISOString().slice(0, 10)}`;
      if (away.has(`${week}:${weekday}`)) {
        drafts.push({ ...base, seed: `${seed}|away`, subject: rng.pick(AWAY), start: day, end: at(0, 1), showAs: 'oof', sensitivity: rng.chance(0.3) ? 'private' : 'normal', isAllDay: true, location: '' });
        continue;
      }
      if (elsewhereDay === weekday && rng.chance(0.5)) {
        drafts.push({ ...base, seed: `${seed}|elsewhere`, subject: 'Hjemmekontor', start: day, end: at(0, 1), showAs: 'workingElsewhere', sensitivity: 'normal', isAllDay: true, location: '' });
      }
      const count = rng.pick([0, 1, 1, 2, 2, 2, 3, 3, 4]);
      for (let n = 0; n < count; n++) {
        const duration = Math.min(rng.pick([30, 30, 45, 60, 60, 90, 120]), dayEnd - dayStart);
        const slots = Math.max(0, Math.floor((dayEnd - dayStart - duration) / 30));
        const startMinute = dayStart + rng.int(0, slots) * 30;
        // Local wall-clock time, so 08:00 stays 08:00 on a daylight-saving day.
        const start = at(startMinute);
        const isPrivate = rng.chance(0.1);
        drafts.push({
          ...base,
          seed: `${seed}|${n}`,
          subject: isPrivate ? 'Privat avtale' : rng.pick(SUBJECTS),
          start,
          end: start.plus({ minutes: duration }),
          showAs: rng.chance(0.2) ? 'tentative' : 'busy',
          sensitivity: isPrivate ? 'private' : 'normal',
          isAllDay: false,
          location: rng.pick(LOCATIONS)
        });
      }
    }
  }
  return drafts;
}

/** A weekly meeting per service, organised by its first person, as a recurring series over the demo weeks. */
function departmentSeries(anchor: DateTime): Draft[] {
  const departments = [...new Set(DEMO_PEOPLE.map((p) => p.department))];
  return departments.map((department) => {
    const members = DEMO_PEOPLE.filter((p) => p.department === department);
    const rng = SeededRandom.fromText(`series|${department}|${anchor.toISODate()}`);
    const weekday = rng.int(1, 4);
    const hour = rng.pick([9, 13]);
    const start = anchor.plus({ days: weekday - 1, hours: hour });
    const recurrence: PatternedRecurrence = {
      pattern: { type: 'weekly', interval: 1, daysOfWeek: [DAY_NAMES[weekday - 1]], firstDayOfWeek: 'monday', index: 'first' },
      range: { type: 'numbered', startDate: start.toISODate() as string, numberOfOccurrences: CALENDAR_WEEKS, recurrenceTimeZone: 'W. Europe Standard Time' }
    };
    return {
      seed: `series|${department}|${anchor.toISODate()}`,
      organizer: members[0],
      subject: `Fagmøte ${department}`,
      start,
      end: start.plus({ hours: 1 }),
      zone: OSLO,
      windowsZone: 'W. Europe Standard Time',
      showAs: 'busy' as ShowAs,
      sensitivity: 'normal' as const,
      isAllDay: false,
      location: 'Teams',
      attendees: members.slice(1),
      recurrence
    };
  });
}

/**
 * Generates the demo calendars for the current week and the following ones, deterministically (a seeded
 * generator, not Math.random): the same week always gives the same calendars. Events people created stay.
 */
export function seedDemoCalendars(db: DatabaseSync, now: DateTime = DateTime.now()): void {
  const anchor = calendarAnchor(now);
  const repo = new CalendarRepository(db);
  const createdAt = anchor.minus({ days: 7 }).toUTC().toISO() as string;
  repo.deleteSeeded();
  for (const person of DEMO_PEOPLE) for (const draft of personalDrafts(person, anchor)) insertDraft(repo, draft, createdAt);
  for (const draft of departmentSeries(anchor)) insertDraft(repo, draft, createdAt);
  writeMeta(db, ANCHOR_KEY, anchor.toISODate() as string);
}

/** Regenerates the demo calendars when the week has turned since they were made, so "8 weeks ahead" stays true. */
export function refreshDemoCalendarsIfStale(db: DatabaseSync, now: DateTime = DateTime.now()): boolean {
  if (readMeta(db, ANCHOR_KEY) === calendarAnchor(now).toISODate()) return false;
  seedDemoCalendars(db, now);
  return true;
}
