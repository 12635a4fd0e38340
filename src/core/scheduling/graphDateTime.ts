import { DateTime } from 'luxon';
import type { GraphDateTimeTimeZone } from './Availability';
import { toGraphTimeZone, toIanaTimeZone } from './graphTimeZones';

// Graph's own format: "2026-03-30T08:00:00.0000000", no offset.
const GRAPH_WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/;

/** The instant (epoch milliseconds) a Graph dateTimeTimeZone denotes. */
export function graphDateTimeToMillis(value: GraphDateTimeTimeZone): number {
  const zone = toIanaTimeZone(value.timeZone);
  // Graph answers getSchedule in UTC unless told otherwise, and a search reads thousands of such times. In UTC the
  // wall clock is the instant, so no zone rules are involved and the slow general parser can be skipped.
  if (zone === 'UTC') {
    const fields = GRAPH_WALL_CLOCK.exec(value.dateTime);
    if (fields) {
      // Year to minute are required by the pattern; seconds and fraction are optional.
      const [, year, month, day, hour, minute, second, fraction] = fields as unknown as [string, string, string, string, string, string, string | undefined, string | undefined];
      const millis = Date.UTC(+year, +month - 1, +day, +hour, +minute, +(second ?? 0), Math.floor(+`0.${fraction ?? '0'}` * 1000));
      if (new Date(millis).getUTCDate() === +day) return millis;
    }
  }
  const parsed = DateTime.fromISO(value.dateTime, { zone });
  if (!parsed.isValid) {
    throw new RangeError(`Invalid Graph dateTime "${value.dateTime}" (${value.timeZone}): ${parsed.invalidExplanation ?? ''}`);
  }
  return parsed.toMillis();
}

/**
 * Formats an instant as Graph's dateTimeTimeZone in `timeZone` (an IANA or Windows name). Graph expects the wall
 * clock without an offset, next to the zone's Windows name (see toGraphTimeZone: Graph refuses most IANA names).
 */
export function millisToGraphDateTime(millis: number, timeZone: string): GraphDateTimeTimeZone {
  const local = DateTime.fromMillis(millis, { zone: toIanaTimeZone(timeZone) });
  return { dateTime: local.toFormat("yyyy-MM-dd'T'HH:mm:ss"), timeZone: toGraphTimeZone(timeZone) };
}

/** An instant as an ISO 8601 string in UTC, e.g. "2026-03-30T07:00:00Z". */
export function millisToIsoUtc(millis: number): string {
  return DateTime.fromMillis(millis, { zone: 'utc' }).toISO({ suppressMilliseconds: true }) as string;
}

/**
 * Parses an ISO 8601 instant. A string without an offset is read as wall-clock time in `defaultZone`, because a
 * team lead typing "2026-03-30T09:00" means nine o'clock where they are.
 */
export function isoToMillis(iso: string, defaultZone: string, what: string): number {
  const parsed = DateTime.fromISO(iso, { zone: defaultZone });
  if (!parsed.isValid) throw new RangeError(`${what} is not a valid ISO 8601 date-time: "${iso}"`);
  return parsed.toMillis();
}
