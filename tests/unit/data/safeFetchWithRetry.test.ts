import { spfi, DefaultHeaders, DefaultInit } from '@pnp/sp';
import { DefaultParse } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { SafeFetchWithRetry } from '../../../src/data/sharepoint/SafeFetchWithRetry';
import { createItemOnce } from '../../../src/data/sharepoint/createItemOnce';
import { WriteOutcomeUnknownError } from '../../../src/data/ports/WriteOutcomeUnknownError';

type Answer = Response | 'drop';
const realFetch = globalThis.fetch;
let calls: string[] = [];
let answers: Answer[] = [];
const waits: number[] = [];

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

beforeEach(() => {
  calls = [];
  answers = [];
  waits.length = 0;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname.replace('/sites/x/_api/', '')}`);
    const next = answers.shift() ?? json(200, { value: [] });
    if (next === 'drop') throw new TypeError('fetch failed');
    return next;
  }) as typeof fetch;
});
afterAll(() => {
  globalThis.fetch = realFetch;
});

const sp = (): ReturnType<typeof spfi> =>
  spfi('https://x.sharepoint.com/sites/x').using(
    DefaultHeaders(),
    DefaultInit(),
    SafeFetchWithRetry({ retries: 3, interval: 10, sleep: async (ms) => {
      waits.push(ms);
    } }),
    DefaultParse()
  );

describe('SafeFetchWithRetry', () => {
  it('resends after 429 and 503 honouring Retry-After, for writes too', async () => {
    answers = [json(429, {}, { 'Retry-After': '2' }), json(503, {}, { 'Retry-After': '0' }), json(201, { Id: 1 })];
    await sp().web.lists.getByTitle('L').items.add({ Title: 'x' });
    expect(calls).toHaveLength(3);
    expect(waits).toEqual([2000, 0]);
  });

  it('resends a read after a dropped connection', async () => {
    answers = ['drop', json(200, { value: [{ Id: 1 }] })];
    await expect(sp().web.lists.getByTitle('L').items()).resolves.toEqual([{ Id: 1 }]);
    expect(calls).toHaveLength(2);
  });

  it('never resends a write after a dropped connection: the outcome is unknown', async () => {
    answers = ['drop', json(201, { Id: 2 })];
    await expect(sp().web.lists.getByTitle('L').items.add({ Title: 'x' })).rejects.toBeInstanceOf(WriteOutcomeUnknownError);
    expect(calls).toEqual(["POST web/lists/getByTitle('L')/items"]);
  });

  it('gives up after the retries and returns the last answer', async () => {
    answers = [json(503, {}), json(503, {}), json(503, {}), json(503, {})];
    await expect(sp().web.lists.getByTitle('L').items()).rejects.toMatchObject({ status: 503 });
    expect(calls).toHaveLength(4);
  });
});

describe('createItemOnce', () => {
  it('does not create a second item when the first landed before the connection dropped', async () => {
    answers = ['drop', json(200, { value: [{ Id: 9 }] })];
    await createItemOnce(sp().web.lists.getByTitle('L'), { Title: 'x' }, 'sub-1');
    expect(calls).toEqual(["POST web/lists/getByTitle('L')/items", "GET web/lists/getByTitle('L')/items"]);
  });

  it('sends again when the first attempt never arrived', async () => {
    answers = ['drop', json(200, { value: [] }), json(201, { Id: 10 })];
    await createItemOnce(sp().web.lists.getByTitle('L'), { Title: 'x' }, 'sub-2');
    expect(calls.filter((c) => c.startsWith('POST'))).toHaveLength(2);
  });
});
