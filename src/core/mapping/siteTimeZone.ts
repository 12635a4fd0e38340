import { DateTime, FixedOffsetZone } from 'luxon';

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

function luxonZone(zone: string): string | FixedOffsetZone {
  const match = /^UTC([+-])(\d{1,2})(?::(\d{2}))?$/i.exec(zone);
  if (!match) return zone;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return FixedOffsetZone.instance(match[1] === '-' ? -minutes : minutes);
}

/**
 * The calendar day (yyyy-mm-dd) a DateOnly value means on a site in `zone`, or undefined when it is no date.
 * A value without an offset is UTC, as SharePoint answers; a bare date is that date.
 */
export function dateOnlyOf(value: string, zone: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return DateTime.fromISO(value).isValid ? value : undefined;
  const instant = DateTime.fromISO(value, { zone: 'utc', setZone: false });
  if (!instant.isValid) return undefined;
  const local = instant.setZone(luxonZone(zone));
  if (!local.isValid) return undefined;
  // A fixed offset misses daylight saving time by an hour: a summer midnight reads as 23:00 the day before.
  if (isFixedOffset(zone) && local.hour >= 22) return local.plus({ days: 1 }).toISODate() ?? undefined;
  return local.toISODate() ?? undefined;
}

/** What to write for a date in a DateOnly column: the site's local midnight of that day, in UTC, as the list form stores it. */
export function dateOnlyValue(isoDate: string, zone: string): string {
  const local = DateTime.fromISO(isoDate.slice(0, 10), { zone: luxonZone(zone) }).startOf('day');
  if (!local.isValid) throw new Error(`Not a date: ${isoDate}`);
  return `${local.toUTC().toFormat("yyyy-MM-dd'T'HH:mm:ss")}Z`;
}
