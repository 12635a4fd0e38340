import { DateTime } from 'luxon';
import { MAX_SCHEDULE_WINDOW_DAYS } from '../scheduling';
import { MEETING_TIME_ZONE } from './meetingEvent';

/** The meeting lengths the organizer chooses from, in minutes. */
export const MEETING_DURATIONS: readonly number[] = [30, 45, 60, 90];
export const DEFAULT_MEETING_DURATION = 60;

/** How far ahead to look, in weeks. getSchedule answers for less than 62 days in one call. */
export const SEARCH_WINDOW_WEEKS: readonly number[] = [1, 2, 3, 4, 6, 8];
export const DEFAULT_SEARCH_WINDOW_WEEKS = 2;

/** Candidate starts begin on a quarter hour: nobody books a meeting at 10:35 because the search ran at 10:31. */
const ALIGN_MINUTES = 15;

/**
 * The time to search: from now (rounded up to the next quarter hour) to the end of the day `weeks` weeks ahead,
 * in the organizer's zone. Returned as ISO instants in UTC, as the slot finder and getSchedule take them.
 */
export function searchWindow(nowMs: number, weeks: number, timeZone: string = MEETING_TIME_ZONE): { start: string; end: string } {
  if (!Number.isInteger(weeks) || weeks < 1) throw new RangeError(`weeks must be a positive whole number, got ${weeks}`);
  const stepMs = ALIGN_MINUTES * 60000;
  const start = DateTime.fromMillis(Math.ceil(nowMs / stepMs) * stepMs, { zone: timeZone });
  const end = DateTime.fromMillis(nowMs, { zone: timeZone }).startOf('day').plus({ days: weeks * 7 + 1 });
  if (end.diff(start, 'days').days >= MAX_SCHEDULE_WINDOW_DAYS) {
    throw new RangeError(`The search window must be shorter than ${MAX_SCHEDULE_WINDOW_DAYS} days`);
  }
  return { start: start.toUTC().toISO({ suppressMilliseconds: true }) as string, end: end.toUTC().toISO({ suppressMilliseconds: true }) as string };
}
