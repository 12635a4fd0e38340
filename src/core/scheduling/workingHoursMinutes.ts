import { DateTime } from 'luxon';
import type { DayOfWeek } from './Availability';
import { MILLIS_PER_MINUTE, type SearchGrid } from './searchGrid';

/** What we assume for someone whose working hours Graph did not return: a Norwegian office day. */
export const DEFAULT_WORKING_DAYS: readonly DayOfWeek[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
export const DEFAULT_WORKING_START = '08:00:00.0000000';
export const DEFAULT_WORKING_END = '16:00:00.0000000';

/** Working hours with the zone already resolved to IANA. */
export interface ResolvedWorkingHours {
  daysOfWeek: readonly DayOfWeek[];
  startTime: string;
  endTime: string;
  zone: string;
}

const WEEKDAY_NUMBER: Record<DayOfWeek, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7
};

const TIME_OF_DAY = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/** Identifies working hours that produce the same minutes, so colleagues with the same hours share one mask. */
export function workingHoursKey(hours: ResolvedWorkingHours): string {
  return `${hours.zone}|${hours.daysOfWeek.join(',')}|${hours.startTime}|${hours.endTime}`;
}

/**
 * Counts, for every grid minute m, how many of the minutes before m lie outside the working hours:
 * a slot [s, e) is inside working hours exactly when `outside[e] - outside[s] === 0`.
 *
 * Each working day is laid out in the attendee's own zone with luxon, so 09:00 in London stays 09:00 in London
 * across both countries' clock changes (which fall on different dates in the USA). End times at or before the
 * start mean the shift runs past midnight.
 */
export function outsideWorkingHoursPrefix(hours: ResolvedWorkingHours, grid: SearchGrid): Int32Array {
  const working = new Uint8Array(grid.minuteCount);
  const start = parseTimeOfDay(hours.startTime);
  const end = parseTimeOfDay(hours.endTime);
  const days = new Set<number>(hours.daysOfWeek.map((day) => WEEKDAY_NUMBER[day.toLowerCase() as DayOfWeek]));
  const crossesMidnight = end.totalSeconds <= start.totalSeconds;
  const gridEndMs = grid.originMs + grid.minuteCount * MILLIS_PER_MINUTE;

  // Start a day early so a shift that began the evening before the window is not lost.
  let day = DateTime.fromMillis(grid.originMs, { zone: hours.zone }).startOf('day').minus({ days: 1 });
  while (day.toMillis() < gridEndMs) {
    if (days.has(day.weekday)) {
      const from = day.set({ hour: start.hour, minute: start.minute, second: start.second });
      const to = (crossesMidnight ? day.plus({ days: 1 }) : day).set({ hour: end.hour, minute: end.minute, second: end.second });
      // Only whole minutes inside the working day count as working.
      const fromMinute = Math.max(0, Math.ceil((from.toMillis() - grid.originMs) / MILLIS_PER_MINUTE));
      const toMinute = Math.min(grid.minuteCount, Math.floor((to.toMillis() - grid.originMs) / MILLIS_PER_MINUTE));
      if (toMinute > fromMinute) working.fill(1, fromMinute, toMinute);
    }
    day = day.plus({ days: 1 }).startOf('day');
  }

  const outside = new Int32Array(grid.minuteCount + 1);
  for (let minute = 0; minute < grid.minuteCount; minute++) {
    outside[minute + 1] = outside[minute]! + (working[minute] === 1 ? 0 : 1); // outside has minuteCount + 1 entries
  }
  return outside;
}

interface TimeOfDay {
  hour: number;
  minute: number;
  second: number;
  totalSeconds: number;
}

/** Graph writes times of day as "08:00:00.0000000"; plain "08:00" is accepted too. */
export function parseTimeOfDay(value: string): TimeOfDay {
  const match = TIME_OF_DAY.exec(value.trim());
  const hour = match ? Number(match[1]) : NaN;
  const minute = match ? Number(match[2]) : NaN;
  const second = match && match[3] !== undefined ? Number(match[3]) : 0;
  if (!(hour <= 23 && minute <= 59 && second <= 59)) {
    throw new RangeError(`Expected a time of day like "08:00:00.0000000", got "${value}"`);
  }
  return { hour, minute, second, totalSeconds: hour * 3600 + minute * 60 + second };
}
