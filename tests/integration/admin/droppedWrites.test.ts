import type { TryggeBarnModel } from '../../../src/core/model/TryggeBarnModel';
import { tinyModelDocument } from '../../unit/core/tinyModel';
import { startAdminWorkbench, type AdminWorkbench } from './adminWorkbench';

/**
 * A write whose answer is lost (the connection drops after SharePoint applied it, or before it got there).
 * The product's client never resends a write blindly (SafeFetchWithRetry); these tests check that the admin
 * services then find out what happened instead of guessing.
 */
let wb: AdminWorkbench;
const realFetch = globalThis.fetch;

beforeAll(async () => {
  wb = await startAdminWorkbench();
});
afterEach(() => {
  globalThis.fetch = realFetch;
});
afterAll(async () => {
  await wb?.stop();
});

/** Makes the next write matching `matches` lose its answer: `after` it was applied, or `before` it was sent. */
function dropNextWrite(matches: (url: string, init: RequestInit) => boolean, phase: 'before' | 'after'): () => number {
  let dropped = 0;
  globalThis.fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = input.toString();
    if (dropped === 0 && (init.method ?? 'GET').toUpperCase() !== 'GET' && matches(url, init)) {
      dropped++;
      if (phase === 'after') await realFetch(input, init);
      throw new TypeError('fetch failed');
    }
    return realFetch(input, init);
  }) as typeof fetch;
  return () => dropped;
}

async function adminModel(): Promise<TryggeBarnModel> {
  return (await (await wb.store()).loadModel({ includeDrafts: true })).model;
}

describe('a save whose answer is lost', () => {
  it('is reported as saved when SharePoint applied it', async () => {
    const model = await adminModel();
    const admin = await wb.admin();
    const record = (await admin.routines.loadRecords(model)).find((r) => r.routine.key === 'niva-0');
    if (!record) throw new Error('fixture');
    const drops = dropNextWrite((url) => /items\(\d+\)/.test(url), 'after');
    const outcome = await admin.routines.save(record, { ...record.routine, summary: 'Lagret, men svaret kom bort' }, ['summary'], model);
    expect(drops()).toBe(1);
    expect(outcome).toMatchObject({ kind: 'saved', record: { routine: { summary: 'Lagret, men svaret kom bort' } } });
  });

  it('is reported as not saved when it never arrived, and the routine is unchanged', async () => {
    const model = await adminModel();
    const admin = await wb.admin();
    const record = (await admin.routines.loadRecords(model)).find((r) => r.routine.key === 'vold');
    if (!record) throw new Error('fixture');
    const drops = dropNextWrite((url) => /items\(\d+\)/.test(url), 'before');
    const outcome = await admin.routines.save(record, { ...record.routine, summary: 'Kom aldri fram' }, ['summary'], model);
    expect(drops()).toBe(1);
    expect(outcome).toEqual({ kind: 'failed', reason: 'unavailable' });
    const stored = (await admin.routines.loadRecords(await adminModel())).find((r) => r.routine.key === 'vold');
    expect(stored?.routine.summary).toBe(record.routine.summary);
    expect(stored?.etag).toBe(record.etag);
  });
});

describe('an import write whose answer is lost', () => {
  it('stops the import and rolls back everything, the item that landed unseen included', async () => {
    const admin = await wb.admin();
    const doc = tinyModelDocument();
    doc.settings.municipality = 'Nyby kommune';
    doc.services.push({ key: 'bup', title: 'BUP', role: 'Spesialist', mandate: '', tierMeasures: [], reach: {}, placements: [] });
    const plan = await admin.transfer.prepareImport(doc);
    // (The first test left a summary for the import to put back, after these two.)
    expect(plan.writes.map((w) => `${w.list}:${w.ref}:${w.kind}`).slice(0, 2)).toEqual(['settings:municipality:update', 'services:bup:create']);
    const before = await wb.snapshot();
    // The create of "bup" is applied, but its answer never comes back.
    const drops = dropNextWrite((url, init) => /\/items$/.test(new URL(url).pathname) && String(init.body).includes('"ServiceKey":"bup"'), 'after');
    const outcome = await admin.transfer.applyImport(plan);
    expect(drops()).toBe(1);
    expect(outcome).toEqual({ kind: 'rolledBack', failedAt: { list: 'services', ref: 'bup', reason: 'unavailable' }, rollbackProblems: [] });
    const after = await wb.snapshot();
    expect(after['TB Tjenester'].map((s) => s.ServiceKey)).toEqual(before['TB Tjenester'].map((s) => s.ServiceKey));
    expect(after['TB Innstillinger'].find((s) => s.Title === 'municipality')?.SettingValue).toBe('Testvik kommune');
  });
});
