import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { LookupIndex } from '../../../src/core/mapping/LookupIndex';
import type { Evaluation } from '../../../src/core/model/Evaluation';
import { listSchema } from '../../../src/core/schema/lists';
import { isPermissionDenied, PermissionDeniedError } from '../../../src/data/ports/PermissionDeniedError';
import { SharePointEvaluationStore } from '../../../src/data/sharepoint/SharePointEvaluationStore';
import { SharePointFeedbackStore } from '../../../src/data/sharepoint/SharePointFeedbackStore';
import { SharePointModelPermissions } from '../../../src/data/sharepoint/SharePointModelPermissions';
import { SharePointRoutineHistoryStore } from '../../../src/data/sharepoint/SharePointRoutineHistoryStore';
import { startEvaluationWorkbench, type EvaluationWorkbench } from './evaluationWorkbench';

let bench: EvaluationWorkbench;
let staff: SPFI;
let admin: SPFI;
/** The tiny model's ids: services skole=1, barnevern=2; routines niva-0=1, vold=2. */
const lookups = new LookupIndex();

beforeAll(async () => {
  bench = await startEvaluationWorkbench();
  staff = await bench.clientFor('staff');
  admin = await bench.clientFor('admin');
  lookups.add('services', 1, 'skole');
  lookups.add('services', 2, 'barnevern');
  lookups.add('routines', 1, 'niva-0');
  lookups.add('routines', 2, 'vold');
});

afterAll(async () => {
  await bench?.stop();
});

/** The same client, recording the HTTP status of every answer it parses. */
function recordingStatuses(sp: SPFI, statuses: number[]): SPFI {
  return sp.using((instance) => {
    instance.on.parse.prepend(async (url: URL, response: Response, result: unknown): Promise<[URL, Response, unknown]> => {
      statuses.push(response.status);
      return [url, response, result];
    });
    return instance;
  });
}

async function feedbackItems(sp: SPFI): Promise<Array<Record<string, unknown>>> {
  return sp.web.lists.getByTitle(listSchema('feedback').title).items.select('Id', 'Title', 'FeedbackStatus', 'RoutineId', 'SubmittedBy')();
}

describe('permissions', () => {
  it('says staff cannot edit the model and the admin can, from SharePoint effective permissions', async () => {
    await expect(new SharePointModelPermissions(staff).canEditModel()).resolves.toBe(false);
    await expect(new SharePointModelPermissions(admin).canEditModel()).resolves.toBe(true);
  });
});

describe('feedback', () => {
  it('is created by staff (201), anonymous unless a name is given, linked to its routine', async () => {
    const statuses: number[] = [];
    const store = new SharePointFeedbackStore(recordingStatuses(staff, statuses), new SharePointModelPermissions(staff));
    await store.submit({ title: 'Telefonnummer mangler', body: 'Rutinen for nivå 0 mangler nummeret til PPT.', routine: 'niva-0' }, lookups);
    await store.submit({ title: 'Takk', body: 'Veiviseren var til god hjelp.', submittedBy: 'Kari Lærer' }, lookups);
    expect(statuses).toEqual([201, 201]);
    const items = await feedbackItems(admin);
    expect(items).toEqual([
      expect.objectContaining({ Title: 'Telefonnummer mangler', FeedbackStatus: 'new', RoutineId: 1, SubmittedBy: null }),
      expect.objectContaining({ Title: 'Takk', FeedbackStatus: 'new', RoutineId: null, SubmittedBy: 'Kari Lærer' })
    ]);
  });

  it('cannot be triaged by staff: a permission error with a clear message, and nothing changes', async () => {
    const store = new SharePointFeedbackStore(staff, new SharePointModelPermissions(staff));
    const [first] = await feedbackItems(admin);
    const attempt = store.triage(first.Id as number, { status: 'done' }, lookups);
    await expect(attempt).rejects.toBeInstanceOf(PermissionDeniedError);
    const error = await attempt.catch((e: unknown) => e);
    expect(isPermissionDenied(error)).toBe(true);
    // The product asks SharePoint first (effective permissions), so no write was even attempted.
    expect((error as PermissionDeniedError).status).toBe(403);
    expect((error as Error).message).toMatch(/Triaging feedback needs the right to edit the model/);
    expect((await feedbackItems(admin))[0]).toMatchObject({ FeedbackStatus: 'new' });
  });

  it('is triaged by the admin: new → in progress → done, and linked to a routine', async () => {
    const store = new SharePointFeedbackStore(admin, new SharePointModelPermissions(admin));
    const { feedback, issues } = await store.readAll(lookups);
    expect(issues).toEqual([]);
    const thanks = feedback.find((f) => f.title === 'Takk')!;
    expect(thanks).toMatchObject({ status: 'new', submittedBy: 'Kari Lærer' });
    expect(thanks.created).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await store.triage(thanks.id!, { status: 'inProgress', routine: 'vold' }, lookups);
    await store.triage(thanks.id!, { status: 'done', routine: 'vold' }, lookups);
    const after = (await store.readAll(lookups)).feedback.find((f) => f.id === thanks.id);
    expect(after).toMatchObject({ status: 'done', routine: 'vold' });
  });
});

describe('evaluations', () => {
  const evaluation: Evaluation = {
    form: 'together',
    level: '1',
    service: 'skole',
    period: '2026-03',
    scores: { heard: 4, respect: 5, timely: 3, change: 4 },
    nextStep: 'continue',
    comment: 'Samarbeidet fungerte godt.'
  };

  it('are created by staff (201) and summed by level, service and period', async () => {
    const statuses: number[] = [];
    const store = new SharePointEvaluationStore(recordingStatuses(staff, statuses));
    await store.submit(evaluation, lookups);
    await store.submit({ ...evaluation, form: 'staff', service: 'barnevern', scores: { heard: 2 }, nextStep: undefined, comment: '' }, lookups);
    expect(statuses).toEqual([201, 201]);
    const aggregate = await new SharePointEvaluationStore(admin).aggregate({ from: '2026-01', to: '2026-12' }, lookups);
    expect(aggregate).toMatchObject({ counted: 2, skipped: 0, issues: [] });
    expect(aggregate.cells.map((c) => `${c.level}/${c.service}/${c.period}/${c.form}`).sort()).toEqual(['1/barnevern/2026-03/staff', '1/skole/2026-03/together']);
    const outside = await new SharePointEvaluationStore(admin).aggregate({ from: '2025-01', to: '2025-12' }, lookups);
    expect(outside.counted).toBe(0);
  });

  it('refuses a score outside 1–5 at the list (400), as SharePoint validates Number min/max', async () => {
    const attempt = new SharePointEvaluationStore(staff).submit({ ...evaluation, scores: { heard: 9 } }, lookups);
    await expect(attempt).rejects.toMatchObject({ status: 400 });
  });
});

describe('routine history', () => {
  it('reads every routine with Created, Modified and review dates', async () => {
    const { routines, issues } = await new SharePointRoutineHistoryStore(admin).read();
    expect(issues).toEqual([]);
    expect(routines.map((r) => r.key).sort()).toEqual(['niva-0', 'vold']);
    expect(routines.find((r) => r.key === 'niva-0')).toMatchObject({ lastReviewed: '2026-01-10', nextReview: '2027-01-10', status: 'published' });
    expect(routines[0].created).toMatch(/^\d{4}-/);
    expect(routines[0].modified).toMatch(/^\d{4}-/);
  });
});
