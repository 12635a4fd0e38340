import {
  buildBatchBodies,
  buildBatchBody,
  chunk,
  findSlots,
  parseBatchResponse,
  planScheduleRequests,
  type BatchResponseBody,
  type GraphScheduleInformation
} from '../../../../src/core/scheduling';
import { availabilityView, OSLO_OFFICE } from './availabilityFixtures';

const window = { start: '2026-06-01T00:00:00Z', end: '2026-06-06T00:00:00Z' };
const emails = Array.from({ length: 45 }, (_, i) => `ansatt${i + 1}@kommune.no`);

describe('chunk', () => {
  it('splits into pieces of at most the given size', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 20)).toEqual([]);
    expect(() => chunk([1], 0)).toThrow(RangeError);
  });
});

describe('planScheduleRequests', () => {
  it('asks for 45 calendars in three getSchedule calls of at most 20', () => {
    const requests = planScheduleRequests({ emails, window });
    expect(requests.map((r) => r.id)).toEqual(['1', '2', '3']);
    expect(requests.map((r) => r.body.schedules.length)).toEqual([20, 20, 5]);
    expect(requests.flatMap((r) => r.body.schedules)).toEqual(emails);
    expect(requests[0].body).toMatchObject({
      startTime: { dateTime: '2026-06-01T00:00:00', timeZone: 'UTC' },
      endTime: { dateTime: '2026-06-06T00:00:00', timeZone: 'UTC' },
      availabilityViewInterval: 5
    });
  });

  it('writes the window in the zone asked for', () => {
    const [request] = planScheduleRequests({ emails: ['a@kommune.no'], window, timeZone: 'W. Europe Standard Time', availabilityViewInterval: 15 });
    expect(request.body.startTime).toEqual({ dateTime: '2026-06-01T02:00:00', timeZone: 'W. Europe Standard Time' });
    expect(request.body.availabilityViewInterval).toBe(15);
  });

  it('asks for each calendar once, whatever the case of the address', () => {
    const [request] = planScheduleRequests({ emails: ['a@kommune.no', 'A@Kommune.no ', '', 'b@kommune.no'], window });
    expect(request.body.schedules).toEqual(['a@kommune.no', 'b@kommune.no']);
  });

  it('rejects windows of 62 days or more, which Graph refuses', () => {
    const start = '2026-01-01T00:00:00Z';
    expect(planScheduleRequests({ emails, window: { start, end: '2026-03-03T23:59:00Z' } })).toHaveLength(3);
    expect(() => planScheduleRequests({ emails, window: { start, end: '2026-03-04T00:00:00Z' } })).toThrow(/shorter than 62 days/);
  });

  it('rejects view intervals Graph does not accept', () => {
    expect(() => planScheduleRequests({ emails, window, availabilityViewInterval: 1 })).toThrow(/5 to 1440/);
  });
});

describe('buildBatchBody', () => {
  it('puts the three calls for 45 attendees into one $batch', () => {
    const batches = buildBatchBodies(planScheduleRequests({ emails, window }));
    expect(batches).toHaveLength(1);
    expect(batches[0].requests).toHaveLength(3);
    expect(batches[0].requests[0]).toEqual({
      id: '1',
      method: 'POST',
      url: '/me/calendar/getSchedule',
      headers: { 'Content-Type': 'application/json' },
      body: {
        schedules: emails.slice(0, 20),
        startTime: { dateTime: '2026-06-01T00:00:00', timeZone: 'UTC' },
        endTime: { dateTime: '2026-06-06T00:00:00', timeZone: 'UTC' },
        availabilityViewInterval: 5
      }
    });
    // The body must survive JSON, since that is how it travels.
    expect(JSON.parse(JSON.stringify(batches[0]))).toEqual(batches[0]);
  });

  it('needs a second $batch beyond 20 calls (401 attendees), numbering ids across both', () => {
    const many = Array.from({ length: 401 }, (_, i) => `p${i}@kommune.no`);
    const batches = buildBatchBodies(planScheduleRequests({ emails: many, window }));
    expect(batches.map((b) => b.requests.map((r) => r.id))).toEqual([
      Array.from({ length: 20 }, (_, i) => String(i + 1)),
      ['21']
    ]);
  });

  it('refuses more than 20 calls in one $batch', () => {
    const requests = planScheduleRequests({ emails: Array.from({ length: 420 }, (_, i) => `p${i}@x.no`), window });
    expect(() => buildBatchBody(requests)).toThrow(/at most 20/);
  });
});

describe('parseBatchResponse', () => {
  const requests = planScheduleRequests({ emails, window });
  const view = availabilityView(window.start, window.end, 5, [{ from: '2026-06-01T06:00:00Z', to: '2026-06-01T08:00:00Z' }]);
  const information = (email: string): GraphScheduleInformation => ({ scheduleId: email, availabilityView: view, workingHours: OSLO_OFFICE, scheduleItems: [] });
  const response: BatchResponseBody = {
    responses: [
      { id: '3', status: 503, headers: { 'retry-after': 'Mon, 01 Jun 2026 10:00:30 GMT' } },
      { id: '1', status: 200, body: { value: emails.slice(0, 20).map(information) } },
      { id: '2', status: 429, headers: { 'Retry-After': '7' }, body: { error: { code: 'TooManyRequests', message: 'Throttled' } } }
    ]
  };
  const nowMs = Date.parse('2026-06-01T10:00:00Z');

  it('turns successful calls into availabilities carrying the request’s start and interval', () => {
    const parsed = parseBatchResponse(response, requests, nowMs);
    expect(parsed.availabilities).toHaveLength(20);
    expect(parsed.availabilities[0]).toEqual({
      scheduleId: 'ansatt1@kommune.no',
      availabilityView: view,
      availabilityViewInterval: 5,
      start: { dateTime: '2026-06-01T00:00:00', timeZone: 'UTC' },
      workingHours: OSLO_OFFICE,
      scheduleItems: []
    });
  });

  it('lists throttled and unavailable calls with their Retry-After in seconds', () => {
    const parsed = parseBatchResponse(response, requests, nowMs);
    expect(parsed.retry.map((r) => [r.id, r.status, r.retryAfterSeconds])).toEqual([
      ['3', 503, 30],
      ['2', 429, 7]
    ]);
    expect(parsed.retry[1].request.body.schedules).toEqual(emails.slice(20, 40));
    expect(parsed.failed).toEqual([]);
    // The caller can send exactly those calls again.
    expect(buildBatchBody(parsed.retry.map((r) => r.request)).requests.map((r) => r.id)).toEqual(['3', '2']);
  });

  it('falls back to a default delay when Retry-After is missing', () => {
    const parsed = parseBatchResponse({ responses: [{ id: '1', status: 429 }] }, requests.slice(0, 1));
    expect(parsed.retry[0].retryAfterSeconds).toBe(10);
  });

  it('reports other failures and missing answers separately from retries', () => {
    const parsed = parseBatchResponse(
      { responses: [{ id: '1', status: 403, body: { error: { code: 'ErrorAccessDenied', message: 'Access is denied' } } }] },
      requests.slice(0, 2)
    );
    expect(parsed.failed.map((f) => [f.id, f.status, f.message])).toEqual([
      ['1', 403, 'Access is denied'],
      ['2', 0, 'No response for this request in the $batch']
    ]);
    expect(parsed.retry).toEqual([]);
  });

  it('rejects answers to requests it was not given, and non-batch bodies', () => {
    expect(() => parseBatchResponse({ responses: [{ id: '9', status: 200 }] }, requests)).toThrow(/"9"/);
    expect(() => parseBatchResponse({} as BatchResponseBody, requests)).toThrow(/responses/);
  });

  it('feeds the slot finder: 45 attendees, all busy until 10:00 Oslo on 1 June', () => {
    const all = emails.map(information);
    const full = parseBatchResponse(
      { responses: requests.map((r) => ({ id: r.id, status: 200, body: { value: all.filter((i) => r.body.schedules.includes(i.scheduleId)) } })) },
      requests
    );
    expect(full.availabilities).toHaveLength(45);
    const result = findSlots({
      attendees: full.availabilities.map((availability) => ({ email: availability.scheduleId, required: true, availability })),
      window,
      durationMinutes: 60
    });
    expect(result.slots[0].start).toBe('2026-06-01T08:00:00Z');
    expect(result.slots[0].requiredFree).toHaveLength(45);
    expect(result.warnings).toEqual([]);
  });
});
