import { FaultInjector } from '../../../workbench/server/faults/FaultInjector';
import { normalizeFaultConfig, parseFaultEnv, type FaultConfig } from '../../../workbench/server/faults/FaultConfig';
import { createEvent } from './graphCalendar';
import { byTitle, getJson, spHeaders, startWorkbench, VERBOSE, type TestWorkbench } from './testWorkbench';

let wb: TestWorkbench;
const feedback = (): string => `${wb.api}/${byTitle('TB Tilbakemeldinger')}/items`;

async function itemCount(): Promise<number> {
  const list = await getJson<{ ItemCount: number }>(`${wb.api}/${byTitle('TB Tilbakemeldinger')}?$select=ItemCount`, spHeaders(wb.tokens.admin));
  return list.ItemCount;
}

/** A seed whose first API request is dropped in the given phase and whose second goes through. */
function seedDroppingFirstOnly(phase: 'before' | 'after'): number {
  for (let seed = 1; seed < 100000; seed++) {
    const injector = new FaultInjector(normalizeFaultConfig({ dropRate: 0.5, dropPhase: 'random', seed }));
    const first = injector.decide();
    const second = injector.decide();
    if (first.kind === 'drop' && first.phase === phase && second.kind === 'none') return seed;
  }
  throw new Error('no seed found');
}

beforeAll(async () => {
  wb = await startWorkbench();
});

afterEach(() => {
  wb.workbench.setFaults({ rate: 0, dropRate: 0, slowRate: 0 });
});

afterAll(async () => {
  await wb.close();
});

describe('the fault switch', () => {
  it('reads WORKBENCH_FAULTS', () => {
    expect(parseFaultEnv('rate=0.3,statuses=429|503,retryAfter=1,slowRate=0.1,slowMs=1500,dropRate=0.02')).toEqual<FaultConfig>({
      rate: 0.3,
      statuses: [429, 503],
      retryAfter: 1,
      slowRate: 0.1,
      slowMs: 1500,
      dropRate: 0.02,
      dropPhase: 'random',
      seed: 1
    });
    expect(parseFaultEnv(undefined).rate).toBe(0);
    expect(() => parseFaultEnv('rate=2')).toThrow(/rate/);
    expect(() => parseFaultEnv('statuses=418')).toThrow(/statuses/);
  });

  it('is read and set over GET/POST /workbench/faults', async () => {
    const set = await fetch(`${wb.url}/workbench/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ rate: 0.25, statuses: [503], seed: 7 }) });
    expect(await set.json()).toMatchObject({ rate: 0.25, statuses: [503], seed: 7, dropRate: 0 });
    expect(await getJson(`${wb.url}/workbench/faults`, {})).toMatchObject({ rate: 0.25, statuses: [503] });
    const bad = await fetch(`${wb.url}/workbench/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ rate: 'lots' }) });
    expect(bad.status).toBe(400);
  });

  it('at rate 1.0 answers 429 with Retry-After in each API’s error shape, and never touches /workbench', async () => {
    wb.workbench.setFaults({ rate: 1, statuses: [429], retryAfter: 2 });
    const sp = await fetch(feedback(), { headers: spHeaders(wb.tokens.staff) });
    expect(sp.status).toBe(429);
    expect(sp.headers.get('retry-after')).toBe('2');
    expect(await sp.json()).toEqual({ 'odata.error': { code: expect.stringContaining('Microsoft.SharePoint'), message: { lang: 'en-US', value: expect.stringContaining('throttled') } } });
    const verbose = await fetch(feedback(), { headers: spHeaders(wb.tokens.staff, VERBOSE) });
    expect(Object.keys((await verbose.json()) as object)).toEqual(['error']);
    const graph = await fetch(`${wb.graph}/me`, { headers: { Authorization: `Bearer ${wb.tokens.staff}` } });
    expect(graph.status).toBe(429);
    expect(graph.headers.get('retry-after')).toBe('2');
    expect(((await graph.json()) as { error: { code: string } }).error.code).toBe('TooManyRequests');
    expect((await fetch(`${wb.url}/workbench/health`)).status).toBe(200);
    expect((await fetch(`${wb.url}/workbench/token/staff`)).status).toBe(200);
  });

  it('answers 503 as ServiceUnavailable', async () => {
    wb.workbench.setFaults({ rate: 1, statuses: [503], retryAfter: 1 });
    const graph = await fetch(`${wb.graph}/me`, { headers: { Authorization: `Bearer ${wb.tokens.staff}` } });
    expect(graph.status).toBe(503);
    expect(((await graph.json()) as { error: { code: string } }).error.code).toBe('ServiceUnavailable');
  });

  it('never applies a write it answers with an error', async () => {
    const before = await itemCount();
    wb.workbench.setFaults({ rate: 1, statuses: [429, 503] });
    for (let i = 0; i < 5; i++) {
      const response = await fetch(feedback(), { method: 'POST', headers: spHeaders(wb.tokens.staff), body: JSON.stringify({ Title: `Feil ${i}`, Body: 'x', FeedbackStatus: 'new' }) });
      expect([429, 503]).toContain(response.status);
    }
    wb.workbench.setFaults({ rate: 0 });
    expect(await itemCount()).toBe(before);
  });

  it('slows requests down by slowMs', async () => {
    wb.workbench.setFaults({ slowRate: 1, slowMs: 300 });
    const started = Date.now();
    expect((await fetch(feedback(), { headers: spHeaders(wb.tokens.staff) })).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });
});

describe('dropped connections', () => {
  it('drop before: the connection dies and nothing is written', async () => {
    const before = await itemCount();
    wb.workbench.setFaults({ dropRate: 1, dropPhase: 'before' });
    await expect(fetch(feedback(), { method: 'POST', headers: spHeaders(wb.tokens.staff), body: JSON.stringify({ Title: 'Borte', Body: 'x', FeedbackStatus: 'new' }) })).rejects.toThrow();
    wb.workbench.setFaults({ dropRate: 0 });
    expect(await itemCount()).toBe(before);
  });

  it('drop after: the write IS applied though the answer is lost', async () => {
    const before = await itemCount();
    wb.workbench.setFaults({ dropRate: 1, dropPhase: 'after' });
    await expect(fetch(feedback(), { method: 'POST', headers: spHeaders(wb.tokens.staff), body: JSON.stringify({ Title: 'Skrevet', Body: 'x', FeedbackStatus: 'new' }) })).rejects.toThrow();
    wb.workbench.setFaults({ dropRate: 0 });
    expect(await itemCount()).toBe(before + 1);
  });

  it('a retried event create with the same transactionId after a drop-after creates no duplicate', async () => {
    wb.workbench.setFaults({ dropRate: 0.5, dropPhase: 'random', seed: seedDroppingFirstOnly('after') });
    const event = { subject: 'Etter brudd', start: '2031-06-02T09:00:00', end: '2031-06-02T10:00:00', attendees: ['staff' as const], transactionId: 'retry-me' };
    await expect(createEvent(wb, 'lead', event)).rejects.toThrow();
    const retried = await createEvent(wb, 'lead', event);
    expect(retried.status).toBe(201);
    wb.workbench.setFaults({ dropRate: 0 });
    const view = await getJson<{ value: { subject: string; id: string }[] }>(
      `${wb.graph}/me/calendarView?startDateTime=2031-06-02T00:00:00Z&endDateTime=2031-06-03T00:00:00Z`,
      { Authorization: `Bearer ${wb.tokens.lead}` }
    );
    expect(view.value.filter((e) => e.subject === 'Etter brudd')).toEqual([expect.objectContaining({ id: retried.body.id })]);
  });

  it('a retried MERGE with the old ETag after a drop-after gets 412: the client learns the first attempt landed', async () => {
    const created = (await (await fetch(feedback(), { method: 'POST', headers: spHeaders(wb.tokens.admin), body: JSON.stringify({ Title: 'ETag', Body: 'x', FeedbackStatus: 'new' }) })).json()) as { Id: number };
    wb.workbench.setFaults({ dropRate: 0.5, dropPhase: 'random', seed: seedDroppingFirstOnly('after') });
    const merge = (): Promise<Response> =>
      fetch(`${feedback()}(${created.Id})`, { method: 'POST', headers: spHeaders(wb.tokens.admin, undefined, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '"1"' }), body: JSON.stringify({ FeedbackStatus: 'done' }) });
    await expect(merge()).rejects.toThrow();
    expect((await merge()).status).toBe(412);
    wb.workbench.setFaults({ dropRate: 0 });
    expect(await getJson(`${feedback()}(${created.Id})`, spHeaders(wb.tokens.admin))).toMatchObject({ FeedbackStatus: 'done', OData__UIVersionString: '2.0' });
  });

  it('a drop-before followed by a retry applies the write exactly once', async () => {
    const before = await itemCount();
    wb.workbench.setFaults({ dropRate: 0.5, dropPhase: 'random', seed: seedDroppingFirstOnly('before') });
    const post = (): Promise<Response> => fetch(feedback(), { method: 'POST', headers: spHeaders(wb.tokens.staff), body: JSON.stringify({ Title: 'Én gang', Body: 'x', FeedbackStatus: 'new' }) });
    await expect(post()).rejects.toThrow();
    expect((await post()).status).toBe(201);
    wb.workbench.setFaults({ dropRate: 0 });
    expect(await itemCount()).toBe(before + 1);
  });
});
