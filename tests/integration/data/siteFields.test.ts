import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { LookupIndex } from '../../../src/core/mapping/LookupIndex';
import { EVALUATION_QUESTIONS } from '../../../src/core/model/Evaluation';
import { SCORE_FIELDS, evaluationTitle } from '../../../src/core/mapping/evaluationMapping';
import { listSchema } from '../../../src/core/schema/lists';
import { SharePointEvaluationStore } from '../../../src/data/sharepoint/SharePointEvaluationStore';
import { SharePointModelStore } from '../../../src/data/sharepoint/SharePointModelStore';
import { ItemRepository, type BulkItem } from '../../../workbench/server/sharepoint/ItemRepository';
import { ListRepository, spNow, type ListRecord } from '../../../workbench/server/sharepoint/ListRepository';
import { inTransaction } from '../../../workbench/server/storage/openDatabase';
import { startEvaluationWorkbench, type EvaluationWorkbench } from '../evaluation/evaluationWorkbench';

let bench: EvaluationWorkbench;
let admin: SPFI;
const realFetch = globalThis.fetch;
let requests: string[] = [];

beforeAll(async () => {
  bench = await startEvaluationWorkbench();
  admin = await bench.clientFor('admin');
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(`${init?.method ?? 'GET'} ${String(input).replace(bench.running.url, '')}`);
    return realFetch(input, init);
  }) as typeof fetch;
}, 60000);

afterAll(async () => {
  globalThis.fetch = realFetch;
  await bench?.stop();
});

beforeEach(() => {
  requests = [];
});

describe('a DateOnly value typed as 10 March on an Oslo site', () => {
  it('reads as 10 March in the product, with the time zone read in the same $batch as the model', async () => {
    // What the list form stores for 10 March on a site in (UTC+01:00) Amsterdam, Berlin, …: local midnight in UTC.
    const routines = new ListRepository(bench.workbench.db).byTitle(listSchema('routines').title) as ListRecord;
    const items = new ItemRepository(bench.workbench.db);
    const first = items.get(routines, 1);
    if (!first) throw new Error('The tiny model has no routine 1');
    items.update(routines, first, { ...first.data, LastReviewed: '2026-03-09T23:00:00Z', NextReview: '2026-06-09T22:00:00Z' }, first.editorId, spNow());
    requests = [];
    const loaded = await new SharePointModelStore(admin).loadModel({ includeDrafts: true });
    expect(requests).toEqual([expect.stringMatching(/^POST \/sites\/tryggebarn\/_api\/\$batch/)]);
    expect(loaded.siteTimeZone).toBe('Europe/Oslo');
    const routine = loaded.model.routines.find((r) => r.id === 1);
    expect(routine?.lastReviewed).toBe('2026-03-10');
    expect(routine?.nextReview).toBe('2026-06-10');
  });
});

describe('a year of more than 5,000 evaluations', () => {
  const YEAR = 6000;
  const OTHER = 4000;

  beforeAll(() => {
    const list = new ListRepository(bench.workbench.db).byTitle(listSchema('evaluations').title) as ListRecord;
    const rows: BulkItem[] = [];
    const row = (period: string, i: number): BulkItem => {
      const data: Record<string, unknown> = {
        Title: evaluationTitle({ period, level: String(i % 4), form: 'staff' }),
        EvaluationForm: 'staff',
        Level: String(i % 4),
        ServiceId: (i % 2) + 1,
        Period: period,
        NextStep: null,
        Comment: null
      };
      EVALUATION_QUESTIONS.forEach((q, n) => (data[SCORE_FIELDS[q]] = ((i + n) % 5) + 1));
      return { data, authorId: 11 };
    };
    // Last year's first, then this year's, then next year's: no single Period range is under the threshold.
    for (let i = 0; i < OTHER / 2; i++) rows.push(row('2025-11', i));
    for (let i = 0; i < YEAR; i++) rows.push(row(`2026-${String((i % 12) + 1).padStart(2, '0')}`, i));
    for (let i = 0; i < OTHER / 2; i++) rows.push(row('2027-01', i));
    inTransaction(bench.workbench.db, () => new ItemRepository(bench.workbench.db).bulkInsert(list, rows, spNow()));
  }, 60000);

  it('is refused by SharePoint as one Period range (the first clause alone passes 5,000)', async () => {
    const attempt = admin.web.lists.getByTitle(listSchema('evaluations').title).items.select('Id').filter("Period ge '2026-01' and Period le '2026-12'").top(5000)();
    await expect(attempt).rejects.toMatchObject({ status: 500 });
  });

  it('is summed in full by the product, reading windows of 5,000 ids', async () => {
    const lookups = new LookupIndex();
    lookups.add('services', 1, 'skole');
    lookups.add('services', 2, 'barnevern');
    const aggregate = await new SharePointEvaluationStore(admin).aggregate({ from: '2026-01', to: '2026-12' }, lookups);
    expect(aggregate.counted).toBe(YEAR);
    expect(aggregate.skipped).toBe(0);
    // One request for the newest id, then one per window of 5,000 ids (10,000 items → 2).
    expect(requests.filter((r) => r.includes('TB%20Evalueringer') || r.includes('TB Evalueringer')).length).toBe(3);
  });
});
