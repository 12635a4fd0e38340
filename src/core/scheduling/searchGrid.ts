import { DateTime } from 'luxon';
import { isNorwegianHoliday } from './norwegianHolidays';

export const MILLIS_PER_MINUTE = 60000;

/**
 * The time axis of one search. Everything else (busy times, working hours, candidate slots) is expressed in whole
 * minutes from `originMs`, so checking a candidate is array arithmetic instead of date arithmetic.
 */
export interface SearchGrid {
  /** Epoch milliseconds of minute 0: the window start rounded down to a whole minute. */
  originMs: number;
  /** Minutes from the origin to the window end; no slot may end after this minute. */
  minuteCount: number;
  durationMinutes: number;
  /** Minute offsets of the candidate slot starts, ascending. Only starts on meeting days are included. */
  candidateStarts: Int32Array;
}

export interface SearchGridOptions {
  startMs: number;
  endMs: number;
  durationMinutes: number;
  stepMinutes: number;
  /** IANA zone that decides which calendar day a start falls on. */
  organizerZone: string;
  skipHolidays: boolean;
}

/**
 * Lays out candidate starts every `stepMinutes`, aligned to the organizer's wall clock (a 15-minute step offers
 * 09:00, 09:15 … rather than 09:07, 09:22 … when the window happens to start at 09:07). A start is dropped if its
 * day in the organizer's zone is a Saturday, Sunday or, when asked, a Norwegian public holiday: only the start
 * day counts, since working hours already keep meetings from running past midnight.
 */
export function buildSearchGrid(options: SearchGridOptions): SearchGrid {
  const { startMs, endMs, durationMinutes, stepMinutes, organizerZone, skipHolidays } = options;
  const originMs = Math.floor(startMs / MILLIS_PER_MINUTE) * MILLIS_PER_MINUTE;
  const minuteCount = Math.max(0, Math.floor((endMs - originMs) / MILLIS_PER_MINUTE));

  const startLocal = DateTime.fromMillis(startMs, { zone: organizerZone });
  // Align in local minutes. A clock change moves the offset by 60 minutes, a multiple of any sensible step,
  // so the alignment holds on both sides of it.
  const offset = startLocal.offset;
  const firstLocalMinute = Math.ceil(Math.ceil(startMs / MILLIS_PER_MINUTE + offset) / stepMinutes) * stepMinutes;
  const firstMinute = firstLocalMinute - offset - originMs / MILLIS_PER_MINUTE;
  const lastStart = minuteCount - durationMinutes;

  const starts: number[] = [];
  let day = startLocal.startOf('day');
  let candidate = firstMinute;
  while (candidate <= lastStart) {
    const nextDay = day.plus({ days: 1 }).startOf('day');
    const dayEndMinute = (nextDay.toMillis() - originMs) / MILLIS_PER_MINUTE;
    const meetingDay = day.weekday <= 5 && !(skipHolidays && isNorwegianHoliday(day.toISODate() as string));
    for (; candidate <= lastStart && candidate < dayEndMinute; candidate += stepMinutes) {
      if (meetingDay) starts.push(candidate);
    }
    day = nextDay;
  }
  return { originMs, minuteCount, durationMinutes, candidateStarts: Int32Array.from(starts) };
}

/** The epoch milliseconds of a grid minute. */
export function gridMinuteToMillis(grid: SearchGrid, minute: number): number {
  return grid.originMs + minute * MILLIS_PER_MINUTE;
}

/** Marks the grid minutes an interval touches, keeping the larger value where one is already set. */
export function markInterval(into: Uint8Array, grid: SearchGrid, fromMs: number, toMs: number, value: number): void {
  // Any overlap with a minute marks it: a meeting ending 10:00:30 still makes 10:00 unusable.
  const from = Math.max(0, Math.floor((fromMs - grid.originMs) / MILLIS_PER_MINUTE));
  const to = Math.min(grid.minuteCount, Math.ceil((toMs - grid.originMs) / MILLIS_PER_MINUTE));
  for (let minute = from; minute < to; minute++) {
    if (into[minute]! < value) into[minute] = value; // from..to is clamped to the grid, which `into` covers
  }
}
