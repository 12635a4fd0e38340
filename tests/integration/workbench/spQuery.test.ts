import { BIG_LIST, createBigList } from './bigList';
import { byTitle, getJson, NOMETADATA, spHeaders, startWorkbench, VERBOSE, type TestWorkbench } from './testWorkbench';

const COUNT = 6500;
let wb: TestWorkbench;
const big = (): string => `${wb.api}/${byTitle(BIG_LIST)}`;

interface Page {
  value: Record<string, unknown>[];
  'odata.nextLink'?: string;
}

async function readAll(firstUrl: string, token: string): Promise<{ items: Record<string, unknown>[]; pages: number; links: string[] }> {
  const items: Record<string, unknown>[] = [];
  const links: string[] = [];
  let url: string | undefined = firstUrl;
  let pages = 0;
  while (url) {
    const page: Page = await getJson<Page>(url, spHeaders(token));
    items.push(...page.value);
    pages++;
    url = page['odata.nextLink'];
    if (url) links.push(url);
  }
  return { items, pages, links };
}

beforeAll(async () => {
  wb = await startWorkbench();
  createBigList(wb, COUNT);
}, 60000);

afterAll(async () => {
  await wb.close();
});

describe(`paging a ${COUNT}-item list`, () => {
  it('answers 100 items by default with SharePoint’s skiptoken link', async () => {
    const page = await getJson<Page>(`${big()}/items?$select=Id`, spHeaders(wb.tokens.staff));
    expect(page.value).toHaveLength(100);
    expect(page['odata.nextLink']).toBe(`${wb.api}/${byTitle(BIG_LIST)}/items?%24skiptoken=Paged%3dTRUE%26p_ID%3d100&%24select=Id`);
  });

  it('follows $skiptoken with the same $top/$select through the whole list, in id order, once each', async () => {
    const { items, pages, links } = await readAll(`${big()}/items?$select=Id,Code&$top=1000`, wb.tokens.staff);
    expect(pages).toBe(7);
    expect(items).toHaveLength(COUNT);
    expect(items.map((i) => i.Id)).toEqual(Array.from({ length: COUNT }, (_, n) => n + 1));
    expect(Object.keys(items[0])).toEqual(['Id', 'Code']);
    expect(links[0]).toContain('%24skiptoken=Paged%3dTRUE%26p_ID%3d1000');
    expect(links[0]).toContain('%24top=1000');
    expect(links[0]).toContain('%24select=Id%2cCode');
  });

  it('ignores $skip on items, as SharePoint does', async () => {
    const page = await getJson<Page>(`${big()}/items?$select=Id&$top=3&$skip=500`, spHeaders(wb.tokens.staff));
    expect(page.value.map((i) => i.Id)).toEqual([1, 2, 3]);
  });

  it('caps $top at 5000', async () => {
    const page = await getJson<Page>(`${big()}/items?$select=Id&$top=6000`, spHeaders(wb.tokens.staff));
    expect(page.value).toHaveLength(5000);
  });

  it('pages a filter on an indexed column', async () => {
    const { items, links } = await readAll(`${big()}/items?$select=Id,Category&$filter=Category eq 'b'&$top=500`, wb.tokens.staff);
    expect(items).toHaveLength(COUNT / 4);
    expect(items.every((i) => i.Category === 'b')).toBe(true);
    expect(links[0]).toContain('%24filter=Category%20eq%20%27b%27');
  });

  it('orders by an indexed column and carries its value in the skiptoken (p_Code)', async () => {
    const { items, links } = await readAll(`${big()}/items?$select=Id,Code&$orderby=Code desc&$top=2000`, wb.tokens.staff);
    expect(items).toHaveLength(COUNT);
    const codes = items.map((i) => i.Code as string);
    expect(codes).toEqual([...codes].sort().reverse());
    expect(new Set(items.map((i) => i.Id)).size).toBe(COUNT);
    expect(decodeURIComponent(links[0])).toMatch(/\$skiptoken=Paged=TRUE&p_Code=K\d{6}&p_ID=\d+/);
  });

  it('orders by several indexed columns, paging keeps the order', async () => {
    const { items } = await readAll(`${big()}/items?$select=Id,Category,Due&$orderby=Category asc,Due desc&$top=700`, wb.tokens.staff);
    expect(items).toHaveLength(COUNT);
    const keys = items.map((i) => `${i.Category as string}|${i.Due as string}`);
    const sorted = [...items].sort((a, b) => (a.Category as string).localeCompare(b.Category as string) || (b.Due as string).localeCompare(a.Due as string) || (a.Id as number) - (b.Id as number));
    expect(keys).toEqual(sorted.map((i) => `${i.Category as string}|${i.Due as string}`));
  });
});

describe('the list view threshold (more than 5,000 items)', () => {
  const throttled = {
    'odata.error': {
      code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      message: { lang: 'en-US', value: 'The attempted operation is prohibited because it exceeds the list view threshold.' }
    }
  };

  it('refuses a filter on a column that is not indexed with 500 SPQueryThrottledException', async () => {
    const response = await fetch(`${big()}/items?$filter=Score gt 5`, { headers: spHeaders(wb.tokens.staff) });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual(throttled);
    const verbose = await fetch(`${big()}/items?$filter=Label eq 'L1'`, { headers: spHeaders(wb.tokens.staff, VERBOSE) });
    expect(verbose.status).toBe(500);
    expect(await verbose.json()).toEqual({ error: throttled['odata.error'] });
  });

  it('refuses sorting on a column that is not indexed, and an OR with an unindexed side', async () => {
    expect((await fetch(`${big()}/items?$orderby=Score`, { headers: spHeaders(wb.tokens.staff) })).status).toBe(500);
    expect((await fetch(`${big()}/items?$filter=Category eq 'a' or Score eq 1`, { headers: spHeaders(wb.tokens.staff) })).status).toBe(500);
    expect((await fetch(`${big()}/items?$filter=substringof('K00',Code)`, { headers: spHeaders(wb.tokens.staff) })).status).toBe(500);
  });

  it('allows an AND whose one side is indexed, startswith on an indexed column, and ID', async () => {
    const both = await getJson<Page>(`${big()}/items?$select=Id&$filter=Category eq 'a' and Score eq 4&$top=5000`, spHeaders(wb.tokens.staff));
    expect(both.value.length).toBe(COUNT / 20);
    const prefix = await getJson<Page>(`${big()}/items?$select=Code&$filter=startswith(Code,'K0000')&$top=5000`, spHeaders(wb.tokens.staff));
    expect(prefix.value.every((i) => (i.Code as string).startsWith('K0000'))).toBe(true);
    const ids = await getJson<Page>(`${big()}/items?$select=Id&$filter=ID gt 6490`, spHeaders(wb.tokens.staff));
    expect(ids.value.map((i) => i.Id)).toEqual([6491, 6492, 6493, 6494, 6495, 6496, 6497, 6498, 6499, 6500]);
  });

  it('does not apply below 5,000 items', async () => {
    const page = await getJson<Page>(`${wb.api}/${byTitle('TB Rutiner')}/items?$select=Id&$filter=Summary eq 'x'&$orderby=Owner`, spHeaders(wb.tokens.staff));
    expect(page.value).toEqual([]);
  });
});

describe('OData $filter on a small list', () => {
  const ids = async (filter: string, extra = ''): Promise<number[]> => {
    const page = await getJson<Page>(`${wb.api}/${byTitle('TB Rutiner')}/items?$select=Id&$filter=${encodeURIComponent(filter)}${extra}`, spHeaders(wb.tokens.staff, NOMETADATA));
    return page.value.map((i) => i.Id as number);
  };

  it.each([
    ["RoutineKey eq 'bekymring'", [1]],
    ["RoutineKey ne 'bekymring'", [2]],
    ["Title eq 'NÅR DU ER BEKYMRET'", [1]],
    ["startswith(Title,'Når')", [1]],
    ["startswith(Title, 'når')", [1]],
    ["substringof('VOLD',Title)", [2]],
    ['ResponsibleServiceId eq 2', [2]],
    ['ResponsibleService/Id eq 1', [1]],
    ['AudienceId eq 3', [1]],
    ['ArenasId eq 1', [1]],
    ['Urgent eq 1', [2]],
    ['Urgent eq true', [2]],
    ['not (Urgent eq 1)', [1]],
    ["NextReview gt datetime'2024-06-01T00:00:00Z'", [1]],
    ["NextReview lt '2030-01-01T00:00:00.000Z'", [1]],
    ['NextReview eq null', [2]],
    ['LastReviewed ne null', [1]],
    ["(RoutineStatus eq 'draft' or RoutineStatus eq 'published') and Urgent eq 0", [1]],
    ['Id ge 1 and Id le 2', [1, 2]],
    ["Created gt datetime'2000-01-01T00:00:00Z'", [1, 2]],
    ["'bekymring' eq RoutineKey", [1]]
  ])('%s', async (filter, expected) => {
    expect(await ids(filter)).toEqual(expected);
  });

  it('filters on a projected lookup column when it is expanded', async () => {
    expect(await ids("ResponsibleService/Title eq 'Barnevern'", '&$expand=ResponsibleService')).toEqual([2]);
    expect(await ids("Audience/Title eq 'Helsestasjon'", '&$expand=Audience')).toEqual([1]);
  });

  it("reads '' as one quote in a string literal", async () => {
    await fetch(`${wb.api}/${byTitle('TB Tilbakemeldinger')}/items`, {
      method: 'POST',
      headers: spHeaders(wb.tokens.staff),
      body: JSON.stringify({ Title: "Det er Kari's forslag", Body: 'x', FeedbackStatus: 'new' })
    });
    const page = await getJson<Page>(`${wb.api}/${byTitle('TB Tilbakemeldinger')}/items?$select=Title&$filter=${encodeURIComponent("Title eq 'Det er Kari''s forslag'")}`, spHeaders(wb.tokens.staff));
    expect(page.value).toEqual([{ Title: "Det er Kari's forslag" }]);
  });

  it('orders by several fields, asc and desc', async () => {
    const page = await getJson<Page>(`${wb.api}/${byTitle('TB Tjenester')}/items?$select=Title&$orderby=Title desc`, spHeaders(wb.tokens.staff));
    expect(page.value.map((i) => i.Title)).toEqual(['Skole', 'Helsestasjon', 'Barnevern']);
  });

  it('answers 400 for a malformed filter and an unknown field', async () => {
    expect((await fetch(`${wb.api}/${byTitle('TB Rutiner')}/items?$filter=${encodeURIComponent("Title eq 'open")}`, { headers: spHeaders(wb.tokens.staff) })).status).toBe(400);
    const unknown = await fetch(`${wb.api}/${byTitle('TB Rutiner')}/items?$filter=${encodeURIComponent('Nope eq 1')}`, { headers: spHeaders(wb.tokens.staff) });
    expect(unknown.status).toBe(400);
  });
});
