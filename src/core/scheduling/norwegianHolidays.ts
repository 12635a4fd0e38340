import { DateTime } from 'luxon';
import type { LocalizedText } from '../i18n/Locale';

/**
 * A Norwegian public holiday (helligdag or offentlig høytidsdag). Meetings are never proposed on these days,
 * because municipal services are closed and the people in a tverrfaglig møte are off work.
 *
 * Christmas Eve and New Year's Eve are deliberately absent: they are not public holidays by law, even though many
 * offices close early. Ordinary Sundays are holidays by law too but are not listed: they are weekends, which the
 * slot finder skips anyway. Easter Sunday and Whit Sunday are listed because they are named holidays.
 */
export interface NorwegianHoliday {
  /** Calendar date, YYYY-MM-DD (a local date: it has no time zone). */
  date: string;
  /** Stable identifier, the same every year, so the UI can pick icons or explanations without parsing names. */
  key: NorwegianHolidayKey;
  name: LocalizedText;
}

export type NorwegianHolidayKey =
  | 'newYearsDay'
  | 'maundyThursday'
  | 'goodFriday'
  | 'easterSunday'
  | 'easterMonday'
  | 'labourDay'
  | 'constitutionDay'
  | 'ascensionDay'
  | 'whitSunday'
  | 'whitMonday'
  | 'christmasDay'
  | 'boxingDay';

const NAMES: Record<NorwegianHolidayKey, LocalizedText> = {
  newYearsDay: { nb: 'Første nyttårsdag', nn: 'Første nyttårsdag', en: "New Year's Day" },
  maundyThursday: { nb: 'Skjærtorsdag', nn: 'Skjærtorsdag', en: 'Maundy Thursday' },
  goodFriday: { nb: 'Langfredag', nn: 'Langfredag', en: 'Good Friday' },
  easterSunday: { nb: 'Første påskedag', nn: 'Første påskedag', en: 'Easter Sunday' },
  easterMonday: { nb: 'Andre påskedag', nn: 'Andre påskedag', en: 'Easter Monday' },
  labourDay: { nb: 'Offentlig høytidsdag (1. mai)', nn: 'Offentleg høgtidsdag (1. mai)', en: 'Labour Day (1 May)' },
  constitutionDay: { nb: 'Grunnlovsdagen (17. mai)', nn: 'Grunnlovsdagen (17. mai)', en: 'Constitution Day (17 May)' },
  ascensionDay: { nb: 'Kristi himmelfartsdag', nn: 'Kristi himmelfartsdag', en: 'Ascension Day' },
  whitSunday: { nb: 'Første pinsedag', nn: 'Første pinsedag', en: 'Whit Sunday' },
  whitMonday: { nb: 'Andre pinsedag', nn: 'Andre pinsedag', en: 'Whit Monday' },
  christmasDay: { nb: 'Første juledag', nn: 'Første juledag', en: 'Christmas Day' },
  boxingDay: { nb: 'Andre juledag', nn: 'Andre juledag', en: 'Boxing Day' }
};

/** Movable holidays as days after Easter Sunday; the whole Norwegian Easter and Pentecost cycle hangs on it. */
const EASTER_OFFSETS: ReadonlyArray<[NorwegianHolidayKey, number]> = [
  ['maundyThursday', -3],
  ['goodFriday', -2],
  ['easterSunday', 0],
  ['easterMonday', 1],
  ['ascensionDay', 39],
  ['whitSunday', 49],
  ['whitMonday', 50]
];

const FIXED_DATES: ReadonlyArray<[NorwegianHolidayKey, number, number]> = [
  ['newYearsDay', 1, 1],
  ['labourDay', 5, 1],
  ['constitutionDay', 5, 17],
  ['christmasDay', 12, 25],
  ['boxingDay', 12, 26]
];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Easter Sunday in the Gregorian calendar (the "anonymous Gregorian algorithm", Meeus/Jones/Butcher).
 * Norway has used the Gregorian Easter since 1700, so this holds for every year the product will meet.
 */
export function easterSunday(year: number): string {
  assertYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return DateTime.utc(year, month, day).toISODate() as string;
}

// Holidays are asked for once per day of every search; computing a year once keeps that cheap.
const holidaysByYear: Map<number, readonly NorwegianHoliday[]> = new Map();

/**
 * All Norwegian public holidays of a year, sorted by date. Two holidays can share a date (17 May 2027 is also
 * Whit Monday); both are listed so the UI can name either.
 */
export function holidaysOf(year: number): readonly NorwegianHoliday[] {
  assertYear(year);
  const cached = holidaysByYear.get(year);
  if (cached) return cached;

  // Dates are plain calendar dates, so UTC arithmetic is exact: no clock change can shift a day.
  const easter = DateTime.fromISO(easterSunday(year), { zone: 'utc' });
  const holidays: NorwegianHoliday[] = [
    ...FIXED_DATES.map(([key, month, day]) => holiday(key, DateTime.utc(year, month, day))),
    ...EASTER_OFFSETS.map(([key, offset]) => holiday(key, easter.plus({ days: offset })))
  ];
  holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  const frozen = Object.freeze(holidays.map((h) => Object.freeze(h)));
  holidaysByYear.set(year, frozen);
  return frozen;
}

/** The holidays that fall on a date (usually none or one). `isoDate` is YYYY-MM-DD. */
export function holidaysOn(isoDate: string): NorwegianHoliday[] {
  const year = yearOfIsoDate(isoDate);
  return holidaysOf(year).filter((h) => h.date === isoDate);
}

/** True when the calendar date `isoDate` (YYYY-MM-DD) is a Norwegian public holiday. */
export function isNorwegianHoliday(isoDate: string): boolean {
  return holidaysOn(isoDate).length > 0;
}

function holiday(key: NorwegianHolidayKey, date: DateTime): NorwegianHoliday {
  return { date: date.toISODate() as string, key, name: NAMES[key] };
}

/** Only a plain date is accepted: a date-time would need a time zone to say which day it is. */
function yearOfIsoDate(isoDate: string): number {
  const match = ISO_DATE.exec(isoDate);
  if (!match || !DateTime.fromISO(isoDate, { zone: 'utc' }).isValid) {
    throw new RangeError(`Expected a calendar date as YYYY-MM-DD, got "${isoDate}"`);
  }
  return Number(match[1]);
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < 1700 || year > 9999) {
    throw new RangeError(`Expected a Gregorian year between 1700 and 9999, got ${year}`);
  }
}
