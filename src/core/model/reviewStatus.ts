import type { Routine } from './Routine';

export type ReviewState = 'overdue' | 'dueSoon' | 'current' | 'unknown';

/** How many days ahead "due soon" starts. */
export const DUE_SOON_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether a routine's review is overdue, due within DUE_SOON_DAYS, current, or has no date. `today` is yyyy-mm-dd. */
export function reviewState(routine: Pick<Routine, 'nextReview'>, today: string): ReviewState {
  if (!routine.nextReview) return 'unknown';
  const days = (Date.parse(routine.nextReview) - Date.parse(today)) / DAY_MS;
  if (days < 0) return 'overdue';
  if (days <= DUE_SOON_DAYS) return 'dueSoon';
  return 'current';
}

/** Today's date as yyyy-mm-dd in the given time zone (Norwegian municipalities: Europe/Oslo). */
export function isoToday(now: Date = new Date(), timeZone = 'Europe/Oslo'): string {
  // en-CA formats as yyyy-mm-dd.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
