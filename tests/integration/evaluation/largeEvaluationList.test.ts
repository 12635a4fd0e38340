import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { EVALUATION_QUESTIONS, type EvaluationForm } from '../../../src/core/model/Evaluation';
import { LookupIndex } from '../../../src/core/mapping/LookupIndex';
import { SCORE_FIELDS, evaluationTitle } from '../../../src/core/mapping/evaluationMapping';
import { overallMean } from '../../../src/core/evaluation/EvaluationTally';
import { summarizeEvaluations } from '../../../src/core/evaluation/summarizeEvaluations';
import { listSchema } from '../../../src/core/schema/lists';
import { SharePointEvaluationStore } from '../../../src/data/sharepoint/SharePointEvaluationStore';
import { ItemRepository, type BulkItem } from '../../../workbench/server/sharepoint/ItemRepository';
import { ListRepository, spNow, type ListRecord } from '../../../workbench/server/sharepoint/ListRepository';
import { inTransaction } from '../../../workbench/server/storage/openDatabase';
import { startEvaluationWorkbench, type EvaluationWorkbench } from './evaluationWorkbench';

const ITEMS = 20000;
const BROKEN = 3;
const STAFF_SITE_USER_ID = 11;

let bench: EvaluationWorkbench;
let admin: SPFI;
const lookups = new LookupIndex();

/**
 * 20,000 evaluations over 2026 (plus a few from 2025 that the year's filter must leave out), written straight
 * into the workbench's database in one transaction: seconds instead of 20,000 HTTP calls.
 */
function insertEvaluations(list: ListRecord, bench: EvaluationWorkbench): void {
  const rows: BulkItem[] = [];
  for (let i = 0; i < ITEMS; i++) {
    const form: EvaluationForm = i % 3 === 0 ? 'together' : 'staff';
    const period = `2026-${String((i % 12) + 1).padStart(2, '0')}`;
    const level = String(i % 4);
    const data: Record<string, unknown> = {
      Title: evaluationTitle({ period, level, form }),
      EvaluationForm: form,
      Level: level,
      ServiceId: (i % 2) + 1,
      Period: period,
      NextStep: i % 5 === 0 ? 'moveUp' : null,
      Comment: null
    };
    EVALUATION_QUESTIONS.forEach((q, n) => (data[SCORE_FIELDS[q]] = ((i + n) % 5) + 1));
    rows.push({ data, authorId: STAFF_SITE_USER_ID });
  }
  // Broken items, as a list edited by hand can hold: they must be skipped and reported, not counted.
  rows[10].data.Level = 'Nivå 1';
  rows[20].data.ScoreHeard = 7;
  rows[30].data.ServiceId = 999;
  for (let i = 0; i < 5; i++) rows.push({ data: { ...rows[i + 40].data, Period: '2025-12' }, authorId: STAFF_SITE_USER_ID });
  const started = Date.now();
  inTransaction(bench.workbench.db, () => new ItemRepository(bench.workbench.db).bulkInsert(list, rows, spNow()));
  console.log(`inserted ${rows.length} evaluations in ${((Date.now() - started) / 1000).toFixed(2)} s`);
}

beforeAll(async () => {
  bench = await startEvaluationWorkbench();
  admin = await bench.clientFor('admin');
  lookups.add('services', 1, 'skole');
  lookups.add('services', 2, 'barnevern');
  const list = new ListRepository(bench.workbench.db).byTitle(listSchema('evaluations').title);
  if (!list) throw new Error('The workbench has no evaluations list: it creates its lists from src/core/schema/lists.ts');
  insertEvaluations(list, bench);
}, 60000);

afterAll(async () => {
  await bench?.stop();
});

describe('a 20,000-item evaluation list', () => {
  it('is read in pages of 5,000 with $skiptoken, filtered on the indexed Period column, and summed', async () => {
    const progress: number[] = [];
    const started = Date.now();
    const aggregate = await new SharePointEvaluationStore(admin).aggregate({ from: '2026-01', to: '2026-12' }, lookups, (read) => progress.push(read));
    const seconds = (Date.now() - started) / 1000;
    expect(progress).toEqual([5000, 10000, 15000, 20000]);
    expect(aggregate.counted).toBe(ITEMS - BROKEN);
    expect(aggregate.skipped).toBe(BROKEN);
    expect(aggregate.issues.map((i) => i.field).sort()).toEqual(['Level', 'ScoreHeard', 'Service']);
    const summary = summarizeEvaluations(aggregate.cells);
    expect(summary.byLevel.map((g) => g.key)).toEqual(['0', '1', '2', '3']);
    expect(summary.byPeriod).toHaveLength(12);
    expect(summary.byService.map((g) => g.key)).toEqual(['barnevern', 'skole']);
    expect(summary.overall.evaluations).toBe(ITEMS - BROKEN);
    // Every fifth item moves up a level; the three broken ones (rows 10, 20, 30) are among them and not counted.
    expect(summary.overall.nextSteps.moveUp).toBe(ITEMS / 5 - BROKEN);
    expect(overallMean(summary.overall)).toBeCloseTo(3, 1);
    console.log(`read and summed ${ITEMS} evaluations in ${seconds.toFixed(2)} s`);
  });

  it('refuses a filter on a column that is not indexed, as SharePoint does past 5,000 items', async () => {
    const attempt = admin.web.lists.getByTitle(listSchema('evaluations').title).items.filter("EvaluationForm eq 'staff'").top(10)();
    await expect(attempt).rejects.toMatchObject({ status: expect.any(Number) });
    const error = (await attempt.catch((e: unknown) => e)) as { status: number; message: string };
    expect(error.status).toBeGreaterThanOrEqual(400);
    expect(error.message).toMatch(/threshold/i);
  });
});
