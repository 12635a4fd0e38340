import type { GraphClientLike } from '../../../../src/data/graph/GraphClientLike';

/** One call the code under test made through the Graph client. */
export interface RecordedCall {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  /** The query as passed to .query()/.select(), decoded, joined with &. */
  query: string;
  body?: unknown;
}

export type FakeHandler = (call: RecordedCall) => Promise<unknown> | unknown;

/**
 * A stand-in for the Graph client's fluent request builder (api().header().query().select().get()/post()), recording
 * every call. Handlers decide the answer; throwing from one plays a failed HTTP request (as the SDK's GraphError).
 */
export function fakeGraphClient(handler: FakeHandler): { client: GraphClientLike; calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const api = (path: string): unknown => {
    const headers: Record<string, string> = {};
    const query: string[] = [];
    const builder = {
      header(name: string, value: string) {
        headers[name] = value;
        return builder;
      },
      query(value: string | Record<string, string>) {
        query.push(typeof value === 'string' ? decodeURIComponent(value) : new URLSearchParams(value).toString());
        return builder;
      },
      select(value: string) {
        query.push(`$select=${value}`);
        return builder;
      },
      async get() {
        const call: RecordedCall = { method: 'GET', path, headers: { ...headers }, query: query.join('&') };
        calls.push(call);
        return handler(call);
      },
      async post(body: unknown) {
        // A deep copy: the test sees exactly what went over the wire, even if the caller reuses the object.
        const call: RecordedCall = { method: 'POST', path, headers: { ...headers }, query: query.join('&'), body: JSON.parse(JSON.stringify(body)) };
        calls.push(call);
        return handler(call);
      }
    };
    return builder;
  };
  return { client: { api } as unknown as GraphClientLike, calls };
}

/** What the Graph client throws for an HTTP error answer (its GraphError has statusCode and code). */
export function graphError(statusCode: number, code = 'Error'): Error {
  return Object.assign(new Error(`HTTP ${statusCode}`), { statusCode, code });
}

/** What the Graph client throws when the connection drops: no status, the fetch TypeError's name as code. */
export function networkError(): Error {
  return Object.assign(new Error('fetch failed'), { statusCode: -1, code: 'TypeError' });
}

/** A fake clock whose sleep advances it, so retry timing is exact and instant. */
export function fakeClock(startMs = Date.parse('2026-03-30T08:00:00Z')): { now: () => number; sleep: (ms: number, signal?: AbortSignal) => Promise<void>; sleeps: number[] } {
  let now = startMs;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleeps,
    sleep: async (ms: number, signal?: AbortSignal) => {
      if (signal?.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
      sleeps.push(ms);
      now += ms;
    }
  };
}
