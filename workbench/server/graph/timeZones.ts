import { DateTime, IANAZone } from 'luxon';
import { graphErrors } from './GraphError';

/**
 * Windows time zone names (what Outlook and Graph report) and the IANA zones with the same rules.
 * "W. Europe Standard Time" covers Norway (Europe/Oslo).
 */
const WINDOWS_TO_IANA: Record<string, string> = {
  UTC: 'UTC',
  'Coordinated Universal Time': 'UTC',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'FLE Standard Time': 'Europe/Helsinki',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'GTB Standard Time': 'Europe/Bucharest',
  'Russian Standard Time': 'Europe/Moscow',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'Pacific Standard Time': 'America/Los_Angeles',
  'Atlantic Standard Time': 'America/Halifax',
  'India Standard Time': 'Asia/Kolkata',
  'China Standard Time': 'Asia/Shanghai',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'New Zealand Standard Time': 'Pacific/Auckland'
};

const IANA_TO_WINDOWS: Record<string, string> = {
  'Europe/Oslo': 'W. Europe Standard Time',
  'Europe/Berlin': 'W. Europe Standard Time',
  'Europe/Stockholm': 'W. Europe Standard Time',
  'Europe/Copenhagen': 'Romance Standard Time',
  'Europe/London': 'GMT Standard Time',
  'America/New_York': 'Eastern Standard Time',
  UTC: 'UTC'
};

/** The IANA zone for a Windows or IANA name; unknown names are refused as Graph refuses them. */
export function ianaZone(name: string | undefined): string {
  const zone = (name ?? '').trim();
  if (zone === '') return 'UTC';
  const windows = Object.keys(WINDOWS_TO_IANA).find((w) => w.toLowerCase() === zone.toLowerCase());
  if (windows) return WINDOWS_TO_IANA[windows];
  if (IANAZone.isValidZone(zone)) return zone;
  throw graphErrors.timeZone(zone);
}

/** The Windows name Graph would report for a zone (falls back to the name given). */
export function windowsZoneName(name: string): string {
  if (Object.keys(WINDOWS_TO_IANA).some((w) => w.toLowerCase() === name.toLowerCase())) return name;
  return IANA_TO_WINDOWS[name] ?? name;
}

/** Reads `Prefer: outlook.timezone="…"`; Graph answers in UTC without it. */
export function preferredZone(prefer: string | undefined): { label: string; iana: string } {
  const match = /outlook\.timezone\s*=\s*"?([^",]+)"?/i.exec(prefer ?? '');
  if (!match) return { label: 'UTC', iana: 'UTC' };
  const label = match[1].trim();
  return { label, iana: ianaZone(label) };
}

/** A Graph dateTimeTimeZone read as an instant. */
export function parseDateTimeTimeZone(value: unknown, what: string): DateTime {
  const v = value as { dateTime?: unknown; timeZone?: unknown } | undefined;
  if (!v || typeof v.dateTime !== 'string') throw graphErrors.badRequest(`${what} must have a dateTime and a timeZone.`, 'ErrorInvalidRequest');
  const zone = ianaZone(typeof v.timeZone === 'string' ? v.timeZone : 'UTC');
  const parsed = DateTime.fromISO(v.dateTime, { zone });
  if (!parsed.isValid) throw graphErrors.badRequest(`${what}.dateTime '${v.dateTime}' is not a valid date and time.`, 'ErrorInvalidRequest');
  return parsed.toUTC();
}

const offsetCache = new Map<string, number>();

/**
 * A zone's UTC offset in minutes at an instant. Cached per zone and quarter hour: luxon asks Intl for every
 * call, which dominates generating thousands of demo events.
 */
export function offsetMinutes(iana: string, ms: number): number {
  if (iana === 'UTC') return 0;
  const key = `${iana}|${Math.floor(ms / 900000)}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    offset = IANAZone.create(iana).offset(ms);
    offsetCache.set(key, offset);
  }
  return offset;
}

/** The instant (ms) of a local wall-clock time in a zone; a time skipped by daylight saving moves forward. */
export function localToUtcMillis(iana: string, year: number, month: number, day: number, hour = 0, minute = 0): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const first = wall - offsetMinutes(iana, wall) * 60000;
  const second = wall - offsetMinutes(iana, first) * 60000;
  return offsetMinutes(iana, second) === offsetMinutes(iana, first) ? second : Math.max(first, second);
}

/** Graph's dateTime format: local time with seven fractional digits, `2019-03-15T12:00:00.0000000`. */
export function formatGraphDateTime(instant: DateTime, iana: string): string {
  // Offset arithmetic instead of DateTime.toFormat: a free/busy answer formats hundreds of times.
  const ms = instant.toMillis();
  return `${new Date(ms + offsetMinutes(iana, ms) * 60000).toISOString().slice(0, 23)}0000`;
}

export function dateTimeTimeZone(instant: DateTime, zone: { label: string; iana: string }): { dateTime: string; timeZone: string } {
  return { dateTime: formatGraphDateTime(instant, zone.iana), timeZone: zone.label };
}
