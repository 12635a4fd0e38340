import type { Routine } from '../../../src/core/model/Routine';
import type { TryggeBarnModel } from '../../../src/core/model/TryggeBarnModel';
import type { RoutineRecord } from '../../../src/data/ports/admin/RoutineEditor';
import { listPath, startAdminWorkbench, type AdminWorkbench } from './adminWorkbench';

let wb: AdminWorkbench;
beforeAll(async () => {
  wb = await startAdminWorkbench();
});
afterAll(async () => {
  await wb?.stop();
});

async function adminModel(): Promise<TryggeBarnModel> {
  return (await (await wb.store()).loadModel({ includeDrafts: true })).model;
}

async function recordOf(key: string, model: TryggeBarnModel): Promise<RoutineRecord> {
  const records = await (await wb.admin()).routines.loadRecords(model);
  const record = records.find((r) => r.routine.key === key);
  if (!record) throw new Error(`no record ${key}`);
  return record;
}

describe('editing a routine with the admin services', () => {
  it('saves reordered and new steps, unpublishes and publishes, and records who changed it', async () => {
    const model = await adminModel();
    const record = await recordOf('niva-0', model);
    expect(record.etag).toMatch(/^"\d+"$/);
    const steps = [...record.routine.steps].reverse().concat({ what: 'Evaluer', how: 'Møte', who: 'Leder', tools: ['uro'], deadline: 'Innen 3 måneder' });
    const draft: Routine = { ...record.routine, steps, status: 'draft' };
    const outcome = await (await wb.admin()).routines.save(record, draft, ['steps', 'status'], model);
    if (outcome.kind !== 'saved') throw new Error(outcome.kind);
    expect(outcome.record.routine.steps).toEqual(steps);
    expect(outcome.record.etag).not.toBe(record.etag);
    expect(outcome.record.editor).toBeTruthy();
    expect(outcome.record.modified).toBeTruthy();
    // Staff see published routines only: the draft is gone from their model, admins still have it.
    const staff = await (await wb.store('staff')).loadModel({ includeDrafts: false });
    expect(staff.model.routines.map((r) => r.key)).toEqual(['vold']);
    const republished = await (await wb.admin()).routines.save(outcome.record, { ...outcome.record.routine, status: 'published' }, ['status'], model);
    expect(republished.kind).toBe('saved');
    const again = await (await wb.store('staff')).loadModel({ includeDrafts: false });
    expect(again.model.routines.find((r) => r.key === 'niva-0')?.steps).toEqual(steps);
  });

  it('links to the item’s version history', async () => {
    const model = await adminModel();
    const record = await recordOf('vold', model);
    const url = await (await wb.admin()).routines.versionHistoryUrl(record.routine.id as number);
    expect(url).toMatch(new RegExp(`^${wb.siteUrl}/_layouts/15/Versions\\.aspx\\?list=%7B[0-9a-f-]{36}%7D&ID=${record.routine.id}$`));
  });

  it('meets a concurrent change with a conflict (412), overwrites nothing, and "keep mine" keeps their other changes', async () => {
    const model = await adminModel();
    const mine = await recordOf('vold', model);
    // Someone else changes the summary in the list after I loaded the routine.
    const theirChange = await wb.rest('admin', 'POST', `${listPath('TB Rutiner')}/items(${mine.routine.id})`, { Summary: 'Endret av en annen' }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    expect(theirChange.status).toBe(204);
    const draft: Routine = { ...mine.routine, title: 'Mistanke om vold eller overgrep' };
    const admin = await wb.admin();
    const outcome = await admin.routines.save(mine, draft, ['title'], model);
    if (outcome.kind !== 'conflict') throw new Error(`expected a conflict, got ${outcome.kind}`);
    expect(outcome.theirs.routine.summary).toBe('Endret av en annen');
    expect(outcome.theirs.routine.title).toBe('Mistanke om vold');
    // Keep mine: my changed field over their version, with their ETag.
    const kept = await admin.routines.save(outcome.theirs, { ...outcome.theirs.routine, title: draft.title }, ['title'], model);
    if (kept.kind !== 'saved') throw new Error(kept.kind);
    expect(kept.record.routine).toMatchObject({ title: 'Mistanke om vold eller overgrep', summary: 'Endret av en annen' });
    // The stale version can no longer be written.
    expect((await admin.routines.save(mine, { ...mine.routine, summary: 'gammel' }, ['summary'], model)).kind).toBe('conflict');
  });

  it('refuses staff with 403 and leaves the routine as it was', async () => {
    const model = await adminModel();
    const record = await recordOf('niva-0', model);
    const staff = await wb.admin('staff');
    const outcome = await staff.routines.save(record, { ...record.routine, title: 'Staff was here' }, ['title'], model);
    expect(outcome).toEqual({ kind: 'failed', reason: 'denied' });
    expect((await recordOf('niva-0', await adminModel())).routine.title).toBe(record.routine.title);
    const raw = await wb.rest('staff', 'POST', `${listPath('TB Rutiner')}/items(${record.routine.id})`, { Title: 'x' }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    expect(raw.status).toBe(403);
  });
});
