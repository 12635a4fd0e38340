import { TZDateMini } from '@date-fns/tz/date/mini';

/**
 * DateOnly columns and the site's regional time zone.
 *
 * SharePoint stores a date typed into a DateOnly column as the site's local midnight, in UTC, and REST answers
 * that UTC value: on an Oslo site 10 March 2026 comes back as `2026-03-09T23:00:00Z` (summer: `…T22:00:00Z`).
 * Cutting the first ten characters reads the day before; the calendar day is the value seen in the site's time
 * zone (SharePoint/sp-dev-docs#6083 "What is the best way to read the date field using REST API": convert with
 * `/_api/web/RegionalSettings/TimeZone`; pnp/pnpjs#1890: DateOnly values at T05:00Z or T06:00Z by season).
 */

/** SharePoint's `SP.TimeZone` as `web/RegionalSettings/TimeZone` answers it. */
export interface SharePointTimeZone {
  Id?: number;
  Description?: string;
  /** Minutes to add to local time to get UTC (UTC+01:00 is -60); DaylightBias is added in summer. */
  Information?: { Bias?: number; DaylightBias?: number; StandardBias?: number };
}

/** The zone Norwegian sites use: SharePoint's id 4, "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna". */
export const DEFAULT_SITE_TIME_ZONE = 'Europe/Oslo';

/**
 * SharePoint time zone ids (TIMEZONE.XML; the same numbers as PnP Framework's `TimeZone` enum) that Norwegian and
 * neighbouring sites use, as IANA zones with the same rules since 1996.
 */
const IANA_BY_SHAREPOINT_ID: Record<number, string> = {
  2: 'Europe/London', // (UTC) Dublin, Edinburgh, Lisbon, London
  3: 'Europe/Paris', // (UTC+01:00) Brussels, Copenhagen, Madrid, Paris
  4: 'Europe/Oslo', // (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna
  5: 'Europe/Bucharest', // (UTC+02:00) Athens, Bucharest
  6: 'Europe/Prague' // (UTC+01:00) Belgrade, Bratislava, Budapest, Ljubljana, Prague
};

/**
 * The IANA zone of a site's SharePoint time zone. An id outside the table falls back to a fixed offset from
 * `Information.Bias` ("UTC+1"): it ignores daylight saving time, so dates are read by the nearest midnight
 * (see dateOnlyOf). Nothing usable gives the Norwegian default.
 */
export function timeZoneOfSite(zone: SharePointTimeZone | undefined): string {
  const known = zone?.Id !== undefined ? IANA_BY_SHAREPOINT_ID[zone.Id] : undefined;
  if (known) return known;
  const bias = zone?.Information?.Bias;
  if (typeof bias !== 'number' || !Number.isFinite(bias)) return DEFAULT_SITE_TIME_ZONE;
  const offset = -bias;
  const sign = offset < 0 ? '-' : '+';
  const hours = Math.floor(Math.abs(offset) / 60);
  const minutes = Math.abs(offset) % 60;
  return `UTC${sign}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

function isFixedOffset(zone: string): boolean {
  return /^UTC[+-]/i.test(zone);
}

/** The zone as @date-fns/tz takes it: an IANA name, or a fixed offset "UTC+1" as "+01:00". */
function tzOf(zone: string): string {
  const match = /^UTC([+-])(\d{1,2})(?::(\d{2}))?$/i.exec(zone);
  const [, sign, hours, minutes] = match ?? [];
  if (!sign || !hours) return zone;
  return `${sign}${hours.padStart(2, '0')}:${minutes ?? '00'}`;
}

const BARE_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HAS_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i;

function isoDateOf(date: Date): string {
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A real calendar day ("2026-02-30" is none), as [year, month 0–11, day], or undefined. */
function calendarDay(isoDate: string): [number, number, number] | undefined {
  const [, y, m, d] = BARE_DATE.exec(isoDate) ?? [];
  if (!y || !m || !d) return undefined;
  const [year, month, day] = [Number(y), Number(m) - 1, Number(d)];
  const utc = new Date(Date.UTC(year, month, day));
  return utc.getUTCFullYear() === year && utc.getUTCMonth() === month && utc.getUTCDate() === day ? [year, month, day] : undefined;
}

/**
 * The calendar day (yyyy-mm-dd) a DateOnly value means on a site in `zone`, or undefined when it is no date.
 * A value without an offset is UTC, as SharePoint answers; a bare date is that date.
 *
 * @date-fns/tz (a thin layer over the browser's own time-zone data) rather than luxon: this runs in the model
 * mapping on every open, and luxon (about 20 KB gzipped) stays in the booking and import chunks that need it.
 */
export function dateOnlyOf(value: string, zone: string): string | undefined {
  if (BARE_DATE.test(value)) return calendarDay(value) ? value : undefined;
  const instant = Date.parse(HAS_OFFSET.test(value) ? value : `${value}Z`);
  if (Number.isNaN(instant)) return undefined;
  const local = new TZDateMini(instant, tzOf(zone));
  if (Number.isNaN(local.getTime())) return undefined;
  // A fixed offset misses daylight saving time by an hour: a summer midnight reads as 23:00 the day before.
  if (isFixedOffset(zone) && local.getHours() >= 22) return isoDateOf(new TZDateMini(instant + 24 * 3600 * 1000, tzOf(zone)));
  return isoDateOf(local);
}

/** What to write for a date in a DateOnly column: the site's local midnight of that day, in UTC, as the list form stores it. */
export function dateOnlyValue(isoDate: string, zone: string): string {
  const day = calendarDay(isoDate.slice(0, 10));
  const midnight = day ? new TZDateMini(day[0], day[1], day[2], tzOf(zone)) : undefined;
  if (!midnight || Number.isNaN(midnight.getTime())) throw new Error(`Not a date: ${isoDate}`);
  return `${new Date(midnight.getTime()).toISOString().slice(0, 19)}Z`;
}
