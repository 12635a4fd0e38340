/**
 * An evaluation's period is a month, "yyyy-mm": precise enough to follow a trend, too coarse to point at one
 * child's meeting. As text it sorts and compares in calendar order, so a year is the range "yyyy-01"–"yyyy-12"
 * on an indexed text column.
 */
const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isPeriod(value: string): boolean {
  return PERIOD.test(value);
}

/** The month of an ISO date (yyyy-mm-dd…). */
export function periodOfDate(isoDate: string): string {
  return isoDate.slice(0, 7);
}

/** The year and month (1–12) of a period. */
export function splitPeriod(period: string): { year: number; month: number } {
  const match = PERIOD.exec(period);
  if (!match) throw new Error(`"${period}" is not a period (yyyy-mm)`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

export function periodOf(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The `count` months up to and including the month of `today` (yyyy-mm-dd), newest first. */
export function recentPeriods(today: string, count: number): string[] {
  let { year, month } = splitPeriod(periodOfDate(today));
  const periods: string[] = [];
  for (let i = 0; i < count; i++) {
    periods.push(periodOf(year, month));
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
  return periods;
}

/** The twelve months of a year, January first. */
export function periodsOfYear(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => periodOf(year, i + 1));
}

/** A closed range of months, both ends included. */
export interface PeriodRange {
  from: string;
  to: string;
}

export function yearRange(year: number): PeriodRange {
  return { from: periodOf(year, 1), to: periodOf(year, 12) };
}
