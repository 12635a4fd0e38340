import type { TryggeBarnModel } from '../../../src/core/model/TryggeBarnModel';
import { parseItemVersion } from '../../../src/core/mapping/itemVersion';
import { tinyModelDocument } from '../../unit/core/tinyModel';
import { startAdminWorkbench, type AdminWorkbench } from './adminWorkbench';

/**
 * A write whose answer is lost (the connection drops after SharePoint applied it, or before it got there), and
 * the browser's own resend of such a write (Chromium resends a request whose reused connection was reset; the
 * resend then meets the first attempt's result: 400 "duplicate values" for a create, 412 for an update). The
 * product never resends blindly; these tests check that the admin services read back and tell the truth.
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

type Matcher = (url: string, init: RequestInit) => boolean;

/**
 * Makes the next write matching `matches` lose its answer: `after` it was applied, or `before` it was sent.
 * `browserResend`: like Chromium on a reset connection, the write is sent once more at once and the resend's
 * answer is what the product gets.
 */
function dropNextWrite(matches: Matcher, phase: 'before' | 'after', browserResend = false): () => number {
  let dropped = 0;
  globalThis.fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = input.toString();
    if (dropped === 0 && (init.method ?? 'GET').toUpperCase() !== 'GET' && matches(url, init)) {
      dropped++;
      if (phase === 'after') await realFetch(input, init);
      if (browserResend) return realFetch(input, init);
      throw new TypeError('fetch failed');
    }
    return realFetch(input, init);
  }) as typeof fetch;
  return () => dropped;
}

/** Every read fails (as when the network is gone), after the next write matching `matches` was applied. */
function dropWriteAndReads(matches: Matcher): void {
  let dropped = false;
  globalThis.fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const method = (init.method ?? 'GET').toUpperCase();
    if (!dropped && method !== 'GET' && matches(input.toString(), init)) {
      dropped = true;
      await realFetch(input, init);
      throw new TypeError('fetch failed');
    }
    if (dropped && method === 'GET') throw new TypeError('fetch failed');
    return realFetch(input, init);
  }) as typeof fetch;
}

async function adminModel(): Promise<TryggeBarnModel> {
  return (await (await wb.store()).loadModel({ includeDrafts: true })).model;
}

const itemUpdate: Matcher = (url) => /items\(\d+\)/.test(url);

describe('a routine save whose answer is lost', () => {
  it('is reported as saved when SharePoint applied it', async () => {
    const model = await adminModel();
    const admin = await wb.admin();
    const record = (await admin.routines.loadRecords(model)).find((r) => r.routine.key === 'niva-0');
    if (!record) throw new Error('fixture');
    const drops = dropNextWrite(itemUpdate, 'after');
    const outcome = await admin.routines.save(record, { ...record.routine, summary: 'Lagret, men svaret kom bort' }, ['summary'], model);
    expect(drops()).toBe(1);
    expect(outcome).toMatchObject({ kind: 'saved', record: { routine: { summary: 'Lagret, men svaret kom bort' } } });
  });

  it('is saved once when the browser resent it and the resend got 412: not a conflict', async () => {
    const model = await adminModel();
    const admin = await wb.admin();
    const record = (await admin.routines.loadRecords(model)).find((r) => r.routine.key === 'niva-0');
    if (!record) throw new Error('fixture');
    const drops = dropNextWrite(itemUpdate, 'after', true);
    const outcome = await admin.routines.save(record, { ...record.routine, summary: 'Nettleseren sendte på nytt' }, ['summary'], model);
    expect(drops()).toBe(1);
    expect(outcome).toMatchObject({ kind: 'saved', record: { routine: { summary: 'Nettleseren sendte på nytt' } } });
    if (outcome.kind !== 'saved') throw new Error('not saved');
    expect(parseItemVersion(outcome.record.etag)).toBe((parseItemVersion(record.etag) as number) + 1);
  });

  it('is checked and sent again when it never arrived: saved once, one new version', async () => {
    const model = await adminModel();
    const admin = await wb.admin();
    const record = (await admin.routines.loadRecords(model)).find((r) => r.routine.key === 'vold');
    if (!record) throw new Error('fixture');
    const drops = dropNextWrite(itemUpdate, 'before');
    const outcome = await admin.routines.save(record, { ...record.routine, summary: 'Kom fram på andre forsøk' }, ['summary'], model);
    expect(drops()).toBe(1);
    expect(outcome).toMatchObject({ kind: 'saved', record: { routine: { summary: 'Kom fram på andre forsøk' } } });
    const stored = (await admin.routines.loadRecords(await adminModel())).find((r) => r.routine.key === 'vold');
    expect(parseItemVersion(stored?.etag)).toBe((parseItemVersion(record.etag) as number) + 1);
  });

  it('is "unknown", never "not saved", when the routine cannot be read back either', async () => {
    const model = await adminModel();
    const admin = await wb.admin();
    const record = (await admin.routines.loadRecords(model)).find((r) => r.routine.key === 'vold');
    if (!record) throw new Error('fixture');
    dropWriteAndReads(itemUpdate);
    const outcome = await admin.routines.save(record, { ...record.routine, summary: 'Ukjent utfall' }, ['summary'], model);
    globalThis.fetch = realFetch;
    expect(outcome).toEqual({ kind: 'failed', reason: 'unknown' });
    // It did land: "nothing was saved" would have been false.
    const stored = (await admin.routines.loadRecords(await adminModel())).find((r) => r.routine.key === 'vold');
    expect(stored?.routine.summary).toBe('Ukjent utfall');
  }, 60000);
});

describe('an import write whose answer is lost', () => {
  const bupCreate: Matcher = (url, init) => /\/items$/.test(new URL(url).pathname) && String(init.body).includes('"ServiceKey":"bup"');

  function nybyDocument(): ReturnType<typeof tinyModelDocument> {
    const doc = tinyModelDocument();
    doc.settings.municipality = 'Nyby kommune';
    doc.services.push({ key: 'bup', title: 'BUP', role: 'Spesialist', mandate: '', tierMeasures: [], reach: {}, placements: [] });
    return doc;
  }

  it('finds the create that landed unseen and goes on: complete, one item, no rollback', async () => {
    const admin = await wb.admin();
    await admin.transfer.applyImport(await admin.transfer.prepareImport(tinyModelDocument()));
    const plan = await admin.transfer.prepareImport(nybyDocument());
    const drops = dropNextWrite(bupCreate, 'after');
    const outcome = await admin.transfer.applyImport(plan);
    expect(drops()).toBe(1);
    expect(outcome).toEqual({ kind: 'applied', written: plan.writes.length });
    const services = (await wb.snapshot())['TB Tjenester'].map((s) => s.ServiceKey);
    expect(services.filter((k) => k === 'bup')).toHaveLength(1);
  });

  it('takes the browser resend\'s 400 (duplicate key) for what it is: the first attempt landed', async () => {
    const admin = await wb.admin();
    await admin.transfer.applyImport(await admin.transfer.prepareImport(tinyModelDocument()));
    // The tiny model has no "bup": the previous test's one is still there, so remove it for this one.
    const bup = (await wb.snapshot())['TB Tjenester'].find((s) => s.ServiceKey === 'bup');
    if (bup) await wb.rest('admin', 'POST', `web/lists/getByTitle('TB%20Tjenester')/items(${bup.Id})`, undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' });
    const plan = await admin.transfer.prepareImport(nybyDocument());
    const drops = dropNextWrite(bupCreate, 'after', true);
    const outcome = await admin.transfer.applyImport(plan);
    expect(drops()).toBe(1);
    expect(outcome.kind).toBe('applied');
    expect((await wb.snapshot())['TB Tjenester'].filter((s) => s.ServiceKey === 'bup')).toHaveLength(1);
  });

  it('undoes the write that landed unseen when a later write fails, and verifies the site is as before', async () => {
    const admin = await wb.admin();
    await admin.transfer.applyImport(await admin.transfer.prepareImport(tinyModelDocument()));
    const bup = (await wb.snapshot())['TB Tjenester'].find((s) => s.ServiceKey === 'bup');
    if (bup) await wb.rest('admin', 'POST', `web/lists/getByTitle('TB%20Tjenester')/items(${bup.Id})`, undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' });
    const doc = nybyDocument();
    doc.contacts[0].description = 'Ny beskrivelse';
    const plan = await admin.transfer.prepareImport(doc);
    expect(plan.writes.map((w) => `${w.list}:${w.ref}:${w.kind}`)).toEqual(['settings:municipality:update', 'services:bup:create', 'contacts:bvv:update']);
    // Someone else edits the contact the import updates last: that write fails for real (412), after the "bup"
    // create landed without an answer.
    const concurrent = await wb.rest('admin', 'POST', `web/lists/getByTitle('TB%20Kontakter')/items(${plan.writes[2].id})`, { Title: 'Barnevernvakta' }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    expect(concurrent.status).toBe(204);
    const before = await wb.snapshot();
    const drops = dropNextWrite(bupCreate, 'after');
    const outcome = await admin.transfer.applyImport(plan);
    expect(drops()).toBe(1);
    expect(outcome).toMatchObject({ kind: 'rolledBack', failedAt: { list: 'contacts', ref: 'bvv', reason: 'conflict' }, verified: true, notRestored: [] });
    if (outcome.kind !== 'rolledBack') throw new Error('not rolled back');
    expect(outcome.restored.map((r) => `${r.list}:${r.ref}`).sort()).toEqual(['services:bup', 'settings:municipality']);
    const after = await wb.snapshot();
    expect(after['TB Tjenester'].map((s) => s.ServiceKey)).toEqual(before['TB Tjenester'].map((s) => s.ServiceKey));
    expect(after['TB Innstillinger'].find((s) => s.Title === 'municipality')?.SettingValue).toBe('Testvik kommune');
    expect(after['TB Kontakter'].find((c) => c.ContactKey === 'bvv')?.Title).toBe('Barnevernvakta');
  });
});
