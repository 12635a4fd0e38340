import { BIG_LIST, createBigList } from './bigList';
import { byTitle, getJson, MINIMAL, NOMETADATA, spHeaders, startWorkbench, type TestWorkbench } from './testWorkbench';

const COUNT = 20000;
const PAGE = 500;
// Times are printed, not asserted: speed goals live in `npm run bench`, where a loaded machine cannot fail CI.

let wb: TestWorkbench;

interface Page {
  value: Record<string, unknown>[];
  'odata.nextLink'?: string;
}

async function readPaged(url: string, accept: string): Promise<{ count: number; pages: number; slowestMs: number; totalMs: number }> {
  let next: string | undefined = url;
  let count = 0;
  let pages = 0;
  let slowestMs = 0;
  const started = performance.now();
  while (next) {
    const pageStarted = performance.now();
    const page: Page = await getJson<Page>(next, spHeaders(wb.tokens.staff, accept));
    slowestMs = Math.max(slowestMs, performance.now() - pageStarted);
    count += page.value.length;
    pages++;
    next = page['odata.nextLink'];
  }
  return { count, pages, slowestMs, totalMs: performance.now() - started };
}

beforeAll(async () => {
  wb = await startWorkbench();
  const started = performance.now();
  createBigList(wb, COUNT);
  console.log(`inserted ${COUNT} items in ${Math.round(performance.now() - started)} ms`);
}, 120000);

afterAll(async () => {
  await wb.close();
});

describe(`reading a ${COUNT}-item list in pages of ${PAGE}`, () => {
  it('through $skiptoken, every item exactly once', async () => {
    const fields = '$select=Id,Title,Category,Code,Due,Score,Label,Flag';
    for (const accept of [NOMETADATA, MINIMAL]) {
      const result = await readPaged(`${wb.api}/${byTitle(BIG_LIST)}/items?${fields}&$top=${PAGE}`, accept);
      console.log(`${accept}: ${result.count} items in ${result.pages} pages, ${Math.round(result.totalMs)} ms in all, slowest page ${result.slowestMs.toFixed(1)} ms`);
      expect(result.count).toBe(COUNT);
      expect(result.pages).toBe(COUNT / PAGE);
    }
  }, 120000);

  it('filtered on an indexed column, and ordered by one', async () => {
    const filtered = await readPaged(`${wb.api}/${byTitle(BIG_LIST)}/items?$select=Id,Category&$filter=Category eq 'c'&$top=${PAGE}`, NOMETADATA);
    console.log(`indexed filter: ${filtered.count} items in ${filtered.pages} pages, slowest page ${filtered.slowestMs.toFixed(1)} ms`);
    expect(filtered.count).toBe(COUNT / 4);
    const ordered = await readPaged(`${wb.api}/${byTitle(BIG_LIST)}/items?$select=Id,Code&$orderby=Code&$top=${PAGE}`, NOMETADATA);
    console.log(`ordered by an indexed column: ${ordered.count} items, slowest page ${ordered.slowestMs.toFixed(1)} ms`);
    expect(ordered.count).toBe(COUNT);
  }, 120000);

  it('still refuses an unindexed filter', async () => {
    expect((await fetch(`${wb.api}/${byTitle(BIG_LIST)}/items?$filter=Score eq 3`, { headers: spHeaders(wb.tokens.staff) })).status).toBe(500);
  });
});
