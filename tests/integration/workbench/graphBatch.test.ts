import * as fs from 'node:fs';
import * as path from 'node:path';
import { FaultInjector } from '../../../workbench/server/faults/FaultInjector';
import { normalizeFaultConfig, type FaultConfig } from '../../../workbench/server/faults/FaultConfig';
import { demoUserPerson } from '../../../workbench/server/graph/demoPeople';
import { shapeDifferences } from '../../fixtures/workbench/expectSameShape';
import { startWorkbench, type TestWorkbench } from './testWorkbench';

let wb: TestWorkbench;

interface BatchAnswer {
  responses: { id: string; status: number; headers: Record<string, string>; body?: Record<string, unknown> }[];
  error?: { code: string };
}

async function batch(requests: unknown[], user: 'staff' | 'lead' | 'admin' = 'lead'): Promise<{ status: number; body: BatchAnswer }> {
  const response = await fetch(`${wb.graph}/$batch`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${wb.tokens[user]}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ requests })
  });
  return { status: response.status, body: (await response.json()) as BatchAnswer };
}

const schedule = (id: string, day: string): unknown => ({
  id,
  method: 'POST',
  url: '/me/calendar/getSchedule',
  headers: { 'Content-Type': 'application/json' },
  body: { schedules: [demoUserPerson('staff').mail], startTime: { dateTime: `${day}T08:00:00`, timeZone: 'UTC' }, endTime: { dateTime: `${day}T09:00:00`, timeZone: 'UTC' } }
});

/**
 * Finds a fault seed under which the batch request itself passes and exactly the inner request at `index`
 * (of `count`) fails, using the workbench's own deterministic generator.
 */
function seedFailingOnly(index: number, count: number, base: Partial<FaultConfig>): number {
  for (let seed = 1; seed < 100000; seed++) {
    const injector = new FaultInjector(normalizeFaultConfig({ ...base, seed }));
    if (injector.decide().kind !== 'none') continue;
    const inner = Array.from({ length: count }, () => injector.decideInner().kind);
    if (inner.every((kind, i) => (i === index ? kind === 'error' : kind === 'none'))) return seed;
  }
  throw new Error('no seed found');
}

beforeAll(async () => {
  wb = await startWorkbench();
});

afterAll(async () => {
  await wb.close();
});

describe('Graph JSON $batch', () => {
  it('answers each request with id, status, headers and body, in Microsoft’s documented shape', async () => {
    const { status, body } = await batch([
      { id: '1', method: 'GET', url: '/users?$top=2&$select=displayName' },
      { id: '3', method: 'GET', url: '/users/nobody@demo-kommune.example' },
      schedule('2', '2031-05-05')
    ]);
    expect(status).toBe(200);
    const documented = JSON.parse(fs.readFileSync(path.join(__dirname, '../../fixtures/microsoft/graph-batch-response.json'), 'utf8'));
    expect(shapeDifferences(body, documented)).toEqual([]);
    expect(body.responses.map((r) => [r.id, r.status])).toEqual([
      ['1', 200],
      ['3', 404],
      ['2', 200]
    ]);
    expect(body.responses[0].body?.value).toHaveLength(2);
    expect(body.responses[1].body).toMatchObject({ error: { code: 'Request_ResourceNotFound', innerError: expect.any(Object) } });
  });

  it('honours dependsOn: runs dependencies first and fails dependants of a failed request with 424', async () => {
    const { body } = await batch([
      { id: 'list', method: 'GET', url: '/me/calendarView?startDateTime=2031-05-06T00:00:00Z&endDateTime=2031-05-07T00:00:00Z&$select=subject', dependsOn: ['create'] },
      {
        id: 'create',
        method: 'POST',
        url: '/me/events',
        headers: { 'Content-Type': 'application/json' },
        body: { subject: 'Fra batch', start: { dateTime: '2031-05-06T09:00:00', timeZone: 'UTC' }, end: { dateTime: '2031-05-06T10:00:00', timeZone: 'UTC' } }
      },
      { id: 'missing', method: 'GET', url: 'users/nobody@demo-kommune.example' },
      { id: 'after-missing', method: 'GET', url: '/me', dependsOn: ['missing'] }
    ]);
    const byId = Object.fromEntries(body.responses.map((r) => [r.id, r]));
    expect(body.responses.map((r) => r.id)).toEqual(['create', 'list', 'missing', 'after-missing']);
    expect(byId.create.status).toBe(201);
    expect((byId.list.body?.value as { subject: string }[]).map((e) => e.subject)).toContain('Fra batch');
    expect(byId['after-missing'].status).toBe(424);
  });

  it('accepts at most 20 requests and unique ids', async () => {
    const twentyOne = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' }));
    const tooMany = await batch(twentyOne);
    expect(tooMany.status).toBe(400);
    expect((await batch(twentyOne.slice(0, 20))).status).toBe(200);
    expect((await batch([{ id: 'a', method: 'GET', url: '/me' }, { id: 'A', method: 'GET', url: '/me' }])).status).toBe(400);
  });

  it('lets the fault switch fail one inner request with 429 and its own Retry-After while the others succeed', async () => {
    const faults = { rate: 0.4, statuses: [429], retryAfter: 3 };
    const seed = seedFailingOnly(1, 3, faults);
    wb.workbench.setFaults({ ...faults, seed });
    try {
      const { status, body } = await batch([schedule('a', '2031-05-05'), schedule('b', '2031-05-06'), schedule('c', '2031-05-07')]);
      expect(status).toBe(200);
      expect(body.responses.map((r) => r.status)).toEqual([200, 429, 200]);
      expect(body.responses[1].headers['Retry-After']).toBe('3');
      expect(body.responses[1].body).toMatchObject({ error: { code: 'TooManyRequests' } });
    } finally {
      wb.workbench.setFaults({ rate: 0 });
    }
  });
});
