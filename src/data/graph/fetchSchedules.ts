import type { AttendeeAvailability } from '../../core/scheduling/Availability';
import { buildBatchBodies, MAX_REQUESTS_PER_BATCH, parseBatchResponse, type BatchResponseBody, type ScheduleRequest } from '../../core/scheduling/batchSchedules';
import type { AvailabilityProgress, UnansweredCalendars } from '../ports/CalendarService';
import type { Sleep } from './delay';
import type { GraphClientLike } from './GraphClientLike';
import { withTransientRetry } from './transientFailures';

export interface FetchSchedulesOptions {
  sleep: Sleep;
  now: () => number;
  /** How many times one getSchedule call may be answered 429/503 inside a batch before it is given up. */
  maxInnerRetries: number;
  /** Extra attempts for a $batch POST that failed as a whole after the client's own retries (see transientFailures). */
  batchRetryDelaysSeconds: readonly number[];
  onProgress?: (progress: AvailabilityProgress) => void;
  signal?: AbortSignal;
}

export interface FetchedSchedules {
  availabilities: AttendeeAvailability[];
  unanswered: UnansweredCalendars[];
  httpRequests: number;
  scheduleCalls: number;
}

interface Pending {
  request: ScheduleRequest;
  /** When it may be sent (epoch ms): now at first, then after its own Retry-After. */
  dueMs: number;
  retries: number;
}

/**
 * Sends getSchedule calls as JSON $batch requests (up to 20 calls each, so 400 calendars take one HTTP request)
 * and retries the calls Graph answered 429 or 503 *inside* the batch. The Graph client retries a throttled
 * $batch POST as a whole, but it cannot see the status of the calls inside a 200 batch answer; those come back
 * here, each with its own Retry-After. A call is sent again on its own, in a new batch with only the calls that
 * are due, once its Retry-After has passed; the calls that succeeded are never asked for twice.
 */
export async function fetchSchedules(client: GraphClientLike, requests: readonly ScheduleRequest[], options: FetchSchedulesOptions): Promise<FetchedSchedules> {
  const result: FetchedSchedules = { availabilities: [], unanswered: [], httpRequests: 0, scheduleCalls: 0 };
  let pending: Pending[] = requests.map((request) => ({ request, dueMs: options.now(), retries: 0 }));
  let round = 0;

  while (pending.length > 0) {
    const nowMs = options.now();
    const nextDue = Math.min(...pending.map((p) => p.dueMs));
    if (nextDue > nowMs) {
      const waiting = pending.filter((p) => p.dueMs === nextDue);
      options.onProgress?.({ kind: 'waiting', seconds: Math.ceil((nextDue - nowMs) / 1000), calendars: calendarCount(waiting) });
      await options.sleep(nextDue - nowMs, options.signal);
    }
    const dueBy = Math.max(options.now(), nextDue);
    const due = pending.filter((p) => p.dueMs <= dueBy);
    pending = pending.filter((p) => p.dueMs > dueBy);
    round++;
    options.onProgress?.({ kind: 'requesting', round, calendars: calendarCount(due) });

    for (let offset = 0; offset < due.length; offset += MAX_REQUESTS_PER_BATCH) {
      const slice = due.slice(offset, offset + MAX_REQUESTS_PER_BATCH);
      const sliceRequests = slice.map((p) => p.request);
      const [body] = buildBatchBodies(sliceRequests);
      const response = await withTransientRetry(
        () => {
          result.httpRequests++;
          result.scheduleCalls += sliceRequests.length;
          return client.api('/$batch').post(body) as Promise<BatchResponseBody>;
        },
        { delaysSeconds: options.batchRetryDelaysSeconds, sleep: options.sleep, signal: options.signal }
      );
      const parsed = parseBatchResponse(response, sliceRequests, options.now());
      result.availabilities.push(...parsed.availabilities);
      for (const failed of parsed.failed) {
        result.unanswered.push({ emails: failed.request.body.schedules, status: failed.status, message: failed.message });
      }
      const retriesById = new Map(slice.map((p) => [p.request.id, p.retries]));
      for (const retry of parsed.retry) {
        const retries = (retriesById.get(retry.id) ?? 0) + 1;
        if (retries > options.maxInnerRetries) {
          result.unanswered.push({ emails: retry.request.body.schedules, status: retry.status, message: `Still ${retry.status} after ${options.maxInnerRetries} retries` });
        } else {
          pending.push({ request: retry.request, dueMs: options.now() + retry.retryAfterSeconds * 1000, retries });
        }
      }
    }
  }
  return result;
}

function calendarCount(pending: readonly Pending[]): number {
  return pending.reduce((sum, p) => sum + p.request.body.schedules.length, 0);
}
