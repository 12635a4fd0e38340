import { DateTime } from 'luxon';
import { graphErrors } from './GraphError';
import { ianaZone } from './timeZones';

/** Graph's patternedRecurrence, the part the workbench expands. */
export interface PatternedRecurrence {
  pattern: {
    type: 'daily' | 'weekly' | 'absoluteMonthly' | 'relativeMonthly' | 'absoluteYearly' | 'relativeYearly';
    interval: number;
    daysOfWeek?: string[];
    dayOfMonth?: number;
    month?: number;
    firstDayOfWeek?: string;
    index?: 'first' | 'second' | 'third' | 'fourth' | 'last';
  };
  range: {
    type: 'endDate' | 'noEnd' | 'numbered';
    startDate: string;
    endDate?: string;
    numberOfOccurrences?: number;
    recurrenceTimeZone?: string;
  };
}

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const INDEX = ['first', 'second', 'third', 'fourth'];
/** Expansion never runs past this many occurrences, so a bad series cannot stall the server. */
const MAX_OCCURRENCES = 2000;

function weekday(day: string): number {
  return DAYS.indexOf(day.toLowerCase()) + 1;
}

/** Checks a recurrence as Graph does and returns it normalised; throws a Graph 400 otherwise. */
export function validateRecurrence(value: unknown): PatternedRecurrence {
  const r = value as PatternedRecurrence;
  const bad = (message: string): never => {
    throw graphErrors.badRequest(message, 'ErrorInvalidRequest');
  };
  if (!r || typeof r !== 'object' || !r.pattern || !r.range) bad('recurrence must have a pattern and a range.');
  const types = ['daily', 'weekly', 'absoluteMonthly', 'relativeMonthly', 'absoluteYearly', 'relativeYearly'];
  if (!types.includes(r.pattern.type)) bad(`Recurrence pattern type '${String(r.pattern.type)}' is not valid.`);
  const interval = r.pattern.interval ?? 1;
  if (!Number.isInteger(interval) || interval < 1) bad('Recurrence pattern interval must be a positive whole number.');
  const days = (r.pattern.daysOfWeek ?? []).map((d) => String(d).toLowerCase());
  if (days.some((d) => !DAYS.includes(d))) bad('Recurrence pattern daysOfWeek holds an unknown day.');
  if (['weekly', 'relativeMonthly', 'relativeYearly'].includes(r.pattern.type) && days.length === 0) bad(`A ${r.pattern.type} recurrence needs daysOfWeek.`);
  if (['absoluteMonthly', 'absoluteYearly'].includes(r.pattern.type) && !(Number.isInteger(r.pattern.dayOfMonth) && (r.pattern.dayOfMonth as number) >= 1 && (r.pattern.dayOfMonth as number) <= 31)) {
    bad(`A ${r.pattern.type} recurrence needs dayOfMonth from 1 to 31.`);
  }
  if (['absoluteYearly', 'relativeYearly'].includes(r.pattern.type) && !(Number.isInteger(r.pattern.month) && (r.pattern.month as number) >= 1 && (r.pattern.month as number) <= 12)) {
    bad(`A ${r.pattern.type} recurrence needs month from 1 to 12.`);
  }
  if (!['endDate', 'noEnd', 'numbered'].includes(r.range.type)) bad(`Recurrence range type '${String(r.range.type)}' is not valid.`);
  if (!DateTime.fromISO(String(r.range.startDate)).isValid) bad('Recurrence range startDate must be a date (yyyy-MM-dd).');
  if (r.range.type === 'endDate' && !DateTime.fromISO(String(r.range.endDate)).isValid) bad('Recurrence range endDate must be a date (yyyy-MM-dd).');
  if (r.range.type === 'numbered' && !(Number.isInteger(r.range.numberOfOccurrences) && (r.range.numberOfOccurrences as number) >= 1)) {
    bad('Recurrence range numberOfOccurrences must be a positive whole number.');
  }
  if (r.range.recurrenceTimeZone) ianaZone(r.range.recurrenceTimeZone);
  return {
    pattern: { ...r.pattern, interval, daysOfWeek: r.pattern.daysOfWeek ? days : undefined, firstDayOfWeek: (r.pattern.firstDayOfWeek ?? 'sunday').toLowerCase(), index: r.pattern.index ?? 'first' },
    range: { ...r.range }
  };
}

/** The dates (in the series' zone) on which the pattern occurs, in order, from the range's start. */
function* patternDates(r: PatternedRecurrence, zone: string): Generator<DateTime> {
  const start = DateTime.fromISO(r.range.startDate, { zone }).startOf('day');
  const interval = r.pattern.interval;
  const days = (r.pattern.daysOfWeek ?? []).map(weekday).sort((a, b) => a - b);
  switch (r.pattern.type) {
    case 'daily':
      for (let d = start; ; d = d.plus({ days: interval })) yield d;
    // falls through never: the loop above does not end
    case 'weekly': {
      const firstDay = weekday(r.pattern.firstDayOfWeek ?? 'sunday');
      const offset = (start.weekday - firstDay + 7) % 7;
      for (let weekStart = start.minus({ days: offset }); ; weekStart = weekStart.plus({ weeks: interval })) {
        const inWeek = days.map((d) => weekStart.plus({ days: (d - firstDay + 7) % 7 })).sort((a, b) => a.toMillis() - b.toMillis());
        for (const d of inWeek) if (d >= start) yield d;
      }
    }
    case 'absoluteMonthly':
    case 'relativeMonthly':
    case 'absoluteYearly':
    case 'relativeYearly': {
      const yearly = r.pattern.type.endsWith('Yearly');
      let month = start.startOf('month');
      if (yearly) month = month.set({ month: r.pattern.month as number });
      if (yearly && month < start.startOf('month')) month = month.plus({ years: 1 });
      for (; ; month = month.plus(yearly ? { years: interval } : { months: interval })) {
        const candidates: DateTime[] = [];
        if (r.pattern.type.startsWith('absolute')) {
          // As Outlook: in a month too short for the day, the occurrence falls on the month's last day.
          const day = Math.min(r.pattern.dayOfMonth as number, month.daysInMonth ?? 28);
          candidates.push(month.set({ day }));
        } else {
          const matching: DateTime[] = [];
          for (let d = month; d.month === month.month; d = d.plus({ days: 1 })) if (days.includes(d.weekday)) matching.push(d);
          const index = r.pattern.index ?? 'first';
          const pick = index === 'last' ? matching[matching.length - 1] : matching[INDEX.indexOf(index)];
          if (pick) candidates.push(pick);
        }
        for (const d of candidates) if (d >= start) yield d;
      }
    }
  }
}

/**
 * Expands a recurring event into occurrences: each on a pattern date at the first occurrence's local time of
 * day (so a 09:00 meeting stays at 09:00 across daylight saving), lasting as long as the first occurrence.
 * Returns the occurrences overlapping [windowStart, windowEnd), or all of them when no window is given.
 */
export function expandOccurrences(
  firstStart: DateTime,
  firstEnd: DateTime,
  zoneName: string,
  recurrence: PatternedRecurrence,
  windowStart?: DateTime,
  windowEnd?: DateTime
): { start: DateTime; end: DateTime }[] {
  const zone = ianaZone(recurrence.range.recurrenceTimeZone || zoneName);
  const localStart = firstStart.setZone(zone);
  const durationMs = firstEnd.toMillis() - firstStart.toMillis();
  const endDate = recurrence.range.type === 'endDate' ? DateTime.fromISO(recurrence.range.endDate as string, { zone }).endOf('day') : undefined;
  const limit = recurrence.range.type === 'numbered' ? (recurrence.range.numberOfOccurrences as number) : MAX_OCCURRENCES;
  const result: { start: DateTime; end: DateTime }[] = [];
  let count = 0;
  for (const date of patternDates(recurrence, zone)) {
    if (count >= limit || count >= MAX_OCCURRENCES) break;
    if (endDate && date > endDate) break;
    const start = date.set({ hour: localStart.hour, minute: localStart.minute, second: localStart.second, millisecond: 0 }).toUTC();
    if (windowEnd && start >= windowEnd) break;
    count++;
    const end = start.plus({ milliseconds: durationMs });
    if (!windowStart || end > windowStart) result.push({ start, end });
  }
  return result;
}

/** When a series ends (UTC), or undefined for a series with no end; lets the store skip series outside a window. */
export function seriesEnd(firstStart: DateTime, firstEnd: DateTime, zoneName: string, recurrence: PatternedRecurrence): DateTime | undefined {
  if (recurrence.range.type === 'noEnd') return undefined;
  const all = expandOccurrences(firstStart, firstEnd, zoneName, recurrence);
  return all.length > 0 ? all[all.length - 1].end : firstEnd;
}
