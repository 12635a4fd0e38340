import { DateTime, IANAZone } from 'luxon';
import { knownWindowsTimeZones, toIanaTimeZone } from '../../../src/core/scheduling/graphTimeZones';
import { graphErrors } from './GraphError';

/**
 * Which time-zone names Graph takes in a dateTimeTimeZone, a recurrence's `recurrenceTimeZone` and
 * `Prefer: outlook.timezone`: "any of the time zones currently supported by Windows, as well as the additional
 * time zones supported by the calendar API" (the "dateTimeTimeZone resource type" page,
 * https://learn.microsoft.com/graph/api/resources/datetimetimezone, lists those additional IANA names).
 * Anything else is answered 400 `TimeZoneNotSupportedException` (microsoftgraph/microsoft-graph-docs #4758).
 * `Europe/Oslo` is NOT on the list: a Norwegian client sends "W. Europe Standard Time".
 *
 * The Windows names are those of the Unicode CLDR windowsZones table, shared with the product
 * (src/core/scheduling/graphTimeZones.ts), less the two non-Windows spellings the product also reads.
 */
const WINDOWS_NAMES: ReadonlyMap<string, string> = new Map(
  knownWindowsTimeZones()
    .filter((name) => name !== 'Coordinated Universal Time' && !name.startsWith('tzone://'))
    .map((name) => [name.toLowerCase(), toIanaTimeZone(name)])
);

/**
 * The documented additional IANA names, in the page's order. Where the page gives a second name in brackets
 * ("Europe/Kyiv (Kiev)"), both are listed; two of its names are not in the tz database and are read as the zone
 * they name (Asia/Toshkent = Asia/Tashkent, Asia/Astana (Almaty) = Asia/Almaty).
 */
const DOCUMENTED_IANA: ReadonlyMap<string, string> = new Map(
  (
    [
      'Etc/GMT+12', 'Etc/GMT+11', 'Pacific/Honolulu', 'America/Anchorage', 'America/Santa_Isabel', 'America/Los_Angeles', 'America/Phoenix',
      'America/Chihuahua', 'America/Denver', 'America/Guatemala', 'America/Chicago', 'America/Mexico_City', 'America/Regina', 'America/Bogota',
      'America/New_York', 'America/Indiana/Indianapolis', 'America/Caracas', 'America/Asuncion', 'America/Halifax', 'America/Cuiaba', 'America/La_Paz',
      'America/Santiago', 'America/St_Johns', 'America/Sao_Paulo', 'America/Argentina/Buenos_Aires', 'America/Cayenne', 'America/Godthab',
      'America/Montevideo', 'America/Bahia', 'Etc/GMT+2', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Africa/Casablanca', 'Etc/GMT', 'Europe/London',
      'Atlantic/Reykjavik', 'Europe/Berlin', 'Europe/Budapest', 'Europe/Paris', 'Europe/Warsaw', 'Africa/Lagos', 'Africa/Windhoek', 'Europe/Bucharest',
      'Asia/Beirut', 'Africa/Cairo', 'Asia/Damascus', 'Africa/Johannesburg', 'Europe/Kyiv', 'Europe/Kiev', 'Europe/Istanbul', 'Asia/Jerusalem',
      'Asia/Amman', 'Asia/Baghdad', 'Europe/Kaliningrad', 'Asia/Riyadh', 'Africa/Nairobi', 'Asia/Tehran', 'Asia/Dubai', 'Asia/Baku', 'Europe/Moscow',
      'Indian/Mauritius', 'Asia/Tbilisi', 'Asia/Yerevan', 'Asia/Kabul', 'Asia/Karachi', ['Asia/Toshkent', 'Asia/Tashkent'], 'Asia/Tashkent',
      'Asia/Kolkata', 'Asia/Colombo', 'Asia/Kathmandu', ['Asia/Astana', 'Asia/Almaty'], 'Asia/Almaty', 'Asia/Dhaka', 'Asia/Yekaterinburg',
      'Asia/Yangon', 'Asia/Rangoon', 'Asia/Bangkok', 'Asia/Novosibirsk', 'Asia/Shanghai', 'Asia/Krasnoyarsk', 'Asia/Singapore', 'Australia/Perth',
      'Asia/Taipei', 'Asia/Ulaanbaatar', 'Asia/Irkutsk', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Adelaide', 'Australia/Darwin', 'Australia/Brisbane',
      'Australia/Sydney', 'Pacific/Port_Moresby', 'Australia/Hobart', 'Asia/Yakutsk', 'Pacific/Guadalcanal', 'Asia/Vladivostok', 'Pacific/Auckland',
      'Etc/GMT-12', 'Pacific/Fiji', 'Asia/Magadan', 'Pacific/Tongatapu', 'Pacific/Apia', 'Pacific/Kiritimati'
    ] as (string | [string, string])[]
  ).map((entry) => (typeof entry === 'string' ? [entry.toLowerCase(), entry] : [entry[0].toLowerCase(), entry[1]]))
);

/** Whether Graph takes this name (a Windows name or a documented IANA name, in any case). */
export function isSupportedTimeZone(name: string): boolean {
  const key = name.trim().toLowerCase();
  return WINDOWS_NAMES.has(key) || DOCUMENTED_IANA.has(key);
}

/** The IANA zone for a name Graph takes; anything else is refused as Graph refuses it. A missing name is UTC. */
export function ianaZone(name: string | undefined): string {
  const zone = (name ?? '').trim();
  if (zone === '') return 'UTC';
  const key = zone.toLowerCase();
  const iana = WINDOWS_NAMES.get(key) ?? DOCUMENTED_IANA.get(key);
  if (iana === undefined || !IANAZone.isValidZone(iana)) throw graphErrors.timeZone(zone);
  return iana;
}

/** The Windows name Graph reports (originalStartTimeZone) for a zone it took: a Windows name as given, an IANA name as its Windows zone. */
export function windowsZoneName(name: string): string {
  if (WINDOWS_NAMES.has(name.trim().toLowerCase())) return name;
  const iana = DOCUMENTED_IANA.get(name.trim().toLowerCase()) ?? name;
  return knownWindowsTimeZones().find((w) => WINDOWS_NAMES.get(w.toLowerCase()) === iana) ?? name;
}

/** Reads `Prefer: outlook.timezone="…"`; Graph answers in UTC without it, and refuses a zone it does not know. */
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
