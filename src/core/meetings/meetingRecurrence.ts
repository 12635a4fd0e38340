import { DateTime } from 'luxon';
import type { ArenaFrequency } from '../model/Arena';
import { isNorwegianHoliday } from '../scheduling';

/**
 * Recurring arena meetings for a season (a school half-year): "every second Tuesday until 20 June" or "the first
 * Tuesday of every month until 20 December", written as Microsoft Graph's patternedRecurrence.
 */

export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';
export type WeekIndex = 'first' | 'second' | 'third' | 'fourth' | 'last';

/** What the organizer chose. `until` is a date (yyyy-mm-dd) in the meeting's zone; the last meeting is on or before it. */
export type RepeatChoice =
  | { kind: 'none' }
  | { kind: 'weekly'; everyWeeks: 1 | 2; until: string }
  | { kind: 'monthly'; until: string };

/** Graph's patternedRecurrence, limited to the two shapes the product creates. */
export interface PatternedRecurrence {
  pattern:
    | { type: 'weekly'; interval: number; daysOfWeek: Weekday[]; firstDayOfWeek: 'monday' }
    | { type: 'relativeMonthly'; interval: number; daysOfWeek: Weekday[]; index: WeekIndex };
  range: { type: 'endDate'; startDate: string; endDate: string; recurrenceTimeZone: string };
}

/** A season is at most a school year; longer series outlive the arena's membership and routines. */
export const MAX_SERIES_DAYS = 366;

const WEEKDAYS: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEK_INDEXES: readonly WeekIndex[] = ['first', 'second', 'third', 'fourth'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The repeat an arena's usual frequency suggests; arenas that meet termly, yearly or as needed are booked one at a time. */
export function suggestedRepeatKind(frequency: ArenaFrequency): { kind: 'none' } | { kind: 'weekly'; everyWeeks: 1 | 2 } | { kind: 'monthly' } {
  if (frequency === 'weekly') return { kind: 'weekly', everyWeeks: 1 };
  if (frequency === 'biweekly') return { kind: 'weekly', everyWeeks: 2 };
  if (frequency === 'monthly') return { kind: 'monthly' };
  return { kind: 'none' };
}

/**
 * The end of the school half-year a date falls in: 20 June for January–June, 20 December for July–December.
 * A sensible default for "until", which the organizer can change.
 */
export function seasonEnd(isoDate: string): string {
  const date = DateTime.fromISO(isoDate.slice(0, 10));
  if (!date.isValid) throw new RangeError(`Not a date: "${isoDate}"`);
  return date.month <= 6 ? `${date.year}-06-20` : `${date.year}-12-20`;
}

/**
 * The default last date of a series starting at `firstStart`: the end of the school half-year six weeks on, so a
 * series begun in December runs to June rather than ending after one meeting.
 */
export function defaultSeriesEnd(firstStart: string, timeZone: string = 'Europe/Oslo'): string {
  const local = DateTime.fromISO(firstStart, { zone: 'utc' }).setZone(timeZone);
  if (!local.isValid) throw new RangeError(`Not a valid start: "${firstStart}"`);
  return seasonEnd(local.plus({ weeks: 6 }).toISODate() as string);
}

/** Which occurrence of its weekday in the month a date is; the fifth is "last", as Outlook offers it. */
export function weekIndexOf(day: number): WeekIndex {
  return WEEK_INDEXES[Math.floor((day - 1) / 7)] ?? 'last';
}

/** The weekday of a meeting start in `timeZone`, and which of its kind in the month it is: what a repeat keeps. */
export function weekdayOf(start: string, timeZone: string = 'Europe/Oslo'): { weekday: Weekday; index: WeekIndex; date: string } {
  const local = DateTime.fromISO(start, { zone: 'utc' }).setZone(timeZone);
  if (!local.isValid) throw new RangeError(`Not a valid start: "${start}"`);
  // A valid luxon weekday is 1 (Monday) to 7: an index of WEEKDAYS.
  return { weekday: WEEKDAYS[local.weekday - 1]!, index: weekIndexOf(local.day), date: local.toISODate() as string };
}

/**
 * Builds the recurrence for a series whose first meeting starts at `firstStart` (an ISO instant). The weekday
 * and, for monthly series, the week of the month are taken from the first meeting in `timeZone`, so the series
 * keeps the slot everyone was found free at. Returns undefined for `none`.
 */
export function buildRecurrence(firstStart: string, choice: RepeatChoice, timeZone: string = 'Europe/Oslo'): PatternedRecurrence | undefined {
  if (choice.kind === 'none') return undefined;
  const local = DateTime.fromISO(firstStart, { zone: 'utc' }).setZone(timeZone);
  if (!local.isValid) throw new RangeError(`Not a valid start: "${firstStart}" in ${timeZone}`);
  if (!ISO_DATE.test(choice.until) || !DateTime.fromISO(choice.until).isValid) throw new RangeError(`"until" must be a date (yyyy-mm-dd), got "${choice.until}"`);
  const { weekday, date: startDate } = weekdayOf(firstStart, timeZone);
  const lastDay = DateTime.fromISO(choice.until, { zone: timeZone });
  if (choice.until <= startDate) throw new RangeError('The series must end after its first meeting');
  if (lastDay.diff(local.startOf('day'), 'days').days > MAX_SERIES_DAYS) {
    throw new RangeError(`A series may span at most ${MAX_SERIES_DAYS} days`);
  }
  const range = { type: 'endDate' as const, startDate, endDate: choice.until, recurrenceTimeZone: timeZone };
  if (choice.kind === 'weekly') {
    return { pattern: { type: 'weekly', interval: choice.everyWeeks, daysOfWeek: [weekday], firstDayOfWeek: 'monday' }, range };
  }
  return { pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: [weekday], index: weekIndexOf(local.day) }, range };
}

/**
 * The dates (yyyy-mm-dd, in the series' zone) the series meets on, as Graph expands the two patterns above.
 * Lets the organizer see how many meetings they are booking and which fall on a public holiday.
 */
export function occurrenceDates(recurrence: PatternedRecurrence): string[] {
  const zone = recurrence.range.recurrenceTimeZone;
  const start = DateTime.fromISO(recurrence.range.startDate, { zone });
  const end = DateTime.fromISO(recurrence.range.endDate, { zone });
  // The series built above meet on one weekday.
  const weekday = WEEKDAYS.indexOf(recurrence.pattern.daysOfWeek[0]!) + 1;
  const dates: string[] = [];
  const pattern = recurrence.pattern;
  if (pattern.type === 'weekly') {
    let day = start.plus({ days: (weekday - start.weekday + 7) % 7 });
    for (; day <= end; day = day.plus({ weeks: pattern.interval })) dates.push(day.toISODate() as string);
    return dates;
  }
  for (let month = start.startOf('month'); month <= end; month = month.plus({ months: pattern.interval })) {
    const first = month.plus({ days: (weekday - month.weekday + 7) % 7 });
    const day = pattern.index === 'last' ? lastWeekdayOf(month, weekday) : first.plus({ weeks: WEEK_INDEXES.indexOf(pattern.index) });
    if (day.month === month.month && day >= start && day <= end) dates.push(day.toISODate() as string);
  }
  return dates;
}

/** The series' dates that fall on a Norwegian public holiday: the organizer should move or cancel those. */
export function holidayOccurrences(recurrence: PatternedRecurrence): string[] {
  return occurrenceDates(recurrence).filter((date) => isNorwegianHoliday(date));
}

function lastWeekdayOf(month: DateTime, weekday: number): DateTime {
  const last = month.endOf('month').startOf('day');
  return last.minus({ days: (last.weekday - weekday + 7) % 7 });
}
