import type { AttendeeAvailability, GraphDateTimeTimeZone, ScheduleItem, WorkingHours } from './Availability';
import { isoToMillis, millisToGraphDateTime } from './graphDateTime';
import { toIanaTimeZone } from './graphTimeZones';
import { MILLIS_PER_MINUTE } from './searchGrid';

/**
 * Pure helpers for asking Microsoft Graph about many calendars at once: getSchedule takes at most 20 schedules
 * per call and a JSON $batch carries at most 20 calls. Nothing here performs I/O, so the SPFx layer owns the
 * HTTP client, authentication and the retry timing.
 */

export const MAX_SCHEDULES_PER_REQUEST = 20;
export const MAX_REQUESTS_PER_BATCH = 20;
/** getSchedule rejects windows of 62 days or more. */
export const MAX_SCHEDULE_WINDOW_DAYS = 62;
export const GET_SCHEDULE_URL = '/me/calendar/getSchedule';
/** Graph allows availabilityViewInterval from 5 to 1440 minutes. 5 matches the slot finder's resolution. */
export const DEFAULT_AVAILABILITY_VIEW_INTERVAL = 5;
/** Used when a throttled response carries no usable Retry-After header. */
export const DEFAULT_RETRY_AFTER_SECONDS = 10;

export interface GetScheduleBody {
  schedules: string[];
  startTime: GraphDateTimeTimeZone;
  endTime: GraphDateTimeTimeZone;
  availabilityViewInterval: number;
}

/** One getSchedule call, with the id it carries inside a $batch (unique across all batches of one plan). */
export interface ScheduleRequest {
  id: string;
  body: GetScheduleBody;
}

export interface BatchRequestItem {
  id: string;
  method: 'POST';
  url: string;
  headers: { 'Content-Type': 'application/json' };
  body: GetScheduleBody;
}

/** The JSON body POSTed to https://graph.microsoft.com/v1.0/$batch. */
export interface BatchRequestBody {
  requests: BatchRequestItem[];
}

/** Graph's scheduleInformation, as it appears in a getSchedule response. */
export interface GraphScheduleInformation {
  scheduleId: string;
  availabilityView?: string;
  workingHours?: WorkingHours;
  scheduleItems?: ScheduleItem[];
  error?: { message: string; responseCode: string };
}

export interface BatchResponseItem {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: { value?: GraphScheduleInformation[]; error?: { code?: string; message?: string } };
}

export interface BatchResponseBody {
  responses: BatchResponseItem[];
}

/** A request Graph throttled (429) or could not serve right now (503): send it again after the delay. */
export interface RetryableRequest {
  id: string;
  status: number;
  retryAfterSeconds: number;
  request: ScheduleRequest;
}

/** A request that failed for a reason retrying will not fix (bad request, no permission …). */
export interface FailedRequest {
  id: string;
  status: number;
  message: string;
  request: ScheduleRequest;
}

export interface ParsedBatchResponse {
  availabilities: AttendeeAvailability[];
  retry: RetryableRequest[];
  failed: FailedRequest[];
}

export interface ScheduleRequestPlanInput {
  emails: readonly string[];
  /** ISO 8601 instants; the end is exclusive. */
  window: { start: string; end: string };
  /** Minutes per availability-view character, 5 to 1440. Default 5. */
  availabilityViewInterval?: number;
  /** Zone the request's startTime/endTime are written in (IANA or Windows). Default "UTC". */
  timeZone?: string;
}

/** Splits a list into consecutive chunks of at most `size` items. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size <= 0) throw new RangeError(`Chunk size must be a positive whole number, got ${size}`);
  const chunks: T[][] = [];
  for (let index = 0; index < items.length; index += size) chunks.push(items.slice(index, index + size));
  return chunks;
}

/**
 * Plans the getSchedule calls for a set of attendees: one call per 20 distinct addresses, all for the same window,
 * numbered "1".."n". Windows of 62 days or more are rejected rather than split, because the slot finder expects
 * one availability view per attendee; search a shorter window instead.
 */
export function planScheduleRequests(input: ScheduleRequestPlanInput): ScheduleRequest[] {
  const timeZone = input.timeZone ?? 'UTC';
  const zone = toIanaTimeZone(timeZone);
  const interval = input.availabilityViewInterval ?? DEFAULT_AVAILABILITY_VIEW_INTERVAL;
  if (!Number.isInteger(interval) || interval < 5 || interval > 1440) {
    throw new RangeError(`availabilityViewInterval must be a whole number of minutes from 5 to 1440, got ${interval}`);
  }
  const startMs = isoToMillis(input.window.start, zone, 'window.start');
  const endMs = isoToMillis(input.window.end, zone, 'window.end');
  if (endMs <= startMs) throw new RangeError('window.end must be after window.start');
  const days = (endMs - startMs) / (24 * 60 * MILLIS_PER_MINUTE);
  if (days >= MAX_SCHEDULE_WINDOW_DAYS) {
    throw new RangeError(
      `Microsoft Graph getSchedule accepts windows shorter than ${MAX_SCHEDULE_WINDOW_DAYS} days; ` +
        `this one is ${days.toFixed(1)} days. Search a shorter window.`
    );
  }

  const startTime = millisToGraphDateTime(startMs, timeZone);
  const endTime = millisToGraphDateTime(endMs, timeZone);
  return chunk(distinctEmails(input.emails), MAX_SCHEDULES_PER_REQUEST).map((schedules, index) => ({
    id: String(index + 1),
    body: { schedules, startTime, endTime, availabilityViewInterval: interval }
  }));
}

/** Wraps at most 20 getSchedule calls into one $batch body. */
export function buildBatchBody(requests: readonly ScheduleRequest[]): BatchRequestBody {
  if (requests.length > MAX_REQUESTS_PER_BATCH) {
    throw new RangeError(`A Graph $batch holds at most ${MAX_REQUESTS_PER_BATCH} requests, got ${requests.length}`);
  }
  return {
    requests: requests.map((request) => ({
      id: request.id,
      method: 'POST',
      url: GET_SCHEDULE_URL,
      headers: { 'Content-Type': 'application/json' },
      body: request.body
    }))
  };
}

/** As many $batch bodies as the requests need, 20 requests each. */
export function buildBatchBodies(requests: readonly ScheduleRequest[]): BatchRequestBody[] {
  return chunk(requests, MAX_REQUESTS_PER_BATCH).map(buildBatchBody);
}

/**
 * Reads a $batch response. Successful calls become availabilities (with the view's start and interval taken from
 * the request, since Graph does not repeat them); 429 and 503 become retry instructions with Retry-After in
 * seconds; anything else is reported as failed. `requests` are the calls that were in the batch; `nowMs` is only
 * needed for Retry-After given as an HTTP date.
 */
export function parseBatchResponse(
  response: BatchResponseBody,
  requests: readonly ScheduleRequest[],
  nowMs: number = Date.now()
): ParsedBatchResponse {
  if (!response || !Array.isArray(response.responses)) {
    throw new TypeError('Not a Graph $batch response: expected an object with a "responses" array');
  }
  const requestById = new Map(requests.map((request) => [request.id, request]));
  const answered = new Set<string>();
  const parsed: ParsedBatchResponse = { availabilities: [], retry: [], failed: [] };

  for (const item of response.responses) {
    const request = requestById.get(item.id);
    if (request === undefined) {
      throw new Error(`The $batch response answers request id "${item.id}", which was not among the requests given`);
    }
    answered.add(item.id);

    if (item.status === 429 || item.status === 503) {
      const retryAfterSeconds = retryAfterOf(item.headers, nowMs);
      parsed.retry.push({ id: item.id, status: item.status, retryAfterSeconds, request });
    } else if (item.status >= 200 && item.status < 300 && Array.isArray(item.body?.value)) {
      for (const information of item.body?.value ?? []) parsed.availabilities.push(toAvailability(information, request));
    } else {
      const message = item.body?.error?.message ?? item.body?.error?.code ?? `HTTP ${item.status}`;
      parsed.failed.push({ id: item.id, status: item.status, message, request });
    }
  }

  for (const request of requests) {
    if (!answered.has(request.id)) {
      parsed.failed.push({ id: request.id, status: 0, message: 'No response for this request in the $batch', request });
    }
  }
  return parsed;
}

function toAvailability(information: GraphScheduleInformation, request: ScheduleRequest): AttendeeAvailability {
  return {
    scheduleId: information.scheduleId,
    availabilityView: information.availabilityView ?? '',
    availabilityViewInterval: request.body.availabilityViewInterval,
    start: request.body.startTime,
    ...(information.workingHours ? { workingHours: information.workingHours } : {}),
    ...(information.scheduleItems ? { scheduleItems: information.scheduleItems } : {}),
    ...(information.error ? { error: information.error } : {})
  };
}

/** Retry-After is either whole seconds or an HTTP date; header names in a $batch response vary in case. */
function retryAfterOf(headers: Record<string, string> | undefined, nowMs: number): number {
  const name = Object.keys(headers ?? {}).find((key) => key.toLowerCase() === 'retry-after');
  const value = name === undefined || headers === undefined ? '' : String(headers[name]).trim();
  if (/^\d+$/.test(value)) return Number(value);
  const dateMs = Date.parse(value);
  if (!Number.isNaN(dateMs)) return Math.max(0, Math.ceil((dateMs - nowMs) / 1000));
  return DEFAULT_RETRY_AFTER_SECONDS;
}

/** Graph treats addresses case-insensitively; asking twice for one calendar wastes a schedule slot. */
function distinctEmails(emails: readonly string[]): string[] {
  const seen = new Set<string>();
  const distinct: string[] = [];
  for (const email of emails) {
    const trimmed = email.trim();
    const key = trimmed.toLowerCase();
    if (trimmed === '' || seen.has(key)) continue;
    seen.add(key);
    distinct.push(trimmed);
  }
  return distinct;
}
