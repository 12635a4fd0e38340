import { ListRepository, type ListRecord } from '../../../workbench/server/sharepoint/ListRepository';
import { byTitle, getJson, MINIMAL, NOMETADATA, spHeaders, startWorkbench, VERBOSE, type TestWorkbench } from './testWorkbench';

let wb: TestWorkbench;

beforeAll(async () => {
  wb = await startWorkbench();
});

afterAll(async () => {
  await wb.close();
});

async function send(method: string, url: string, token: string, body?: unknown, extra: Record<string, string> = {}, contentType = 'application/json;charset=utf-8'): Promise<Response> {
  return fetch(url, {
    method: method === 'MERGE' ? 'POST' : method,
    headers: { ...spHeaders(token, NOMETADATA, extra), 'Content-Type': contentType, ...(method === 'MERGE' ? { 'X-HTTP-Method': 'MERGE' } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
}

describe('regional settings', () => {
  it('answers the site time zone in SharePoint shape: id 4, Amsterdam … Vienna, biases in minutes', async () => {
    const zone = await getJson(`${wb.api}/web/RegionalSettings/TimeZone`, spHeaders(wb.tokens.staff));
    expect(zone).toEqual({
      Description: '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna',
      Id: 4,
      Information: { Bias: -60, DaylightBias: -60, StandardBias: 0 }
    });
    const verbose = await getJson<{ d: { Information: { __metadata: { type: string } } } }>(`${wb.api}/web/RegionalSettings/TimeZone`, spHeaders(wb.tokens.staff, VERBOSE));
    expect(verbose.d.Information.__metadata.type).toBe('SP.TimeZoneInformation');
    const settings = await getJson<{ LocaleId: number; TimeZone: { Id: number } }>(`${wb.api}/web/RegionalSettings?$expand=TimeZone`, spHeaders(wb.tokens.staff));
    expect(settings.LocaleId).toBe(1044);
    expect(settings.TimeZone.Id).toBe(4);
  });
});

describe('DateOnly values', () => {
  it('are seeded as the list form stores them: local midnight in UTC (winter 23:00Z, summer 22:00Z)', async () => {
    const page = await getJson<{ value: { LastReviewed: string | null; NextReview: string | null }[] }>(
      `${wb.api}/${byTitle('TB Rutiner')}/items?$select=LastReviewed,NextReview`,
      spHeaders(wb.tokens.admin)
    );
    const dates = page.value.flatMap((i) => [i.LastReviewed, i.NextReview]).filter((d): d is string => d !== null);
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date).toMatch(/T2[23]:00:00Z$/);
  });

  it('are stored as a REST write gives them (the list form truncates, REST does not)', async () => {
    const url = `${wb.api}/${byTitle('TB Rutiner')}/items(1)`;
    expect((await send('MERGE', url, wb.tokens.admin, { NextReview: '2026-03-10T00:00:00Z' }, { 'IF-MATCH': '*' })).status).toBe(204);
    expect((await getJson<{ NextReview: string }>(`${url}?$select=NextReview`, spHeaders(wb.tokens.admin))).NextReview).toBe('2026-03-10T00:00:00Z');
  });
});

describe('Hyperlink (URL) columns', () => {
  let itemUrl: string;

  beforeAll(() => {
    // A real Hyperlink column (FieldTypeKind 11), as a site set up by hand can have where the schema has text.
    const lists = new ListRepository(wb.workbench.db);
    const tools = lists.byTitle('TB Verktoy') as ListRecord;
    lists.addField(tools.num, { internalName: 'Lenke', title: 'Lenke', type: 'URL', required: false, indexed: false, unique: false, props: {} });
    itemUrl = `${wb.api}/${byTitle('TB Verktoy')}/items(1)`;
  });

  it('refuse a plain string, as SharePoint refuses a primitive for SP.FieldUrlValue', async () => {
    const response = await send('MERGE', itemUrl, wb.tokens.admin, { Lenke: 'https://example.org/a' }, { 'IF-MATCH': '*' });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain("A 'StartObject' node was expected");
  });

  it('take { Url, Description } in JSON light and answer it back; verbose needs the type, light refuses __metadata', async () => {
    expect((await send('MERGE', itemUrl, wb.tokens.admin, { Lenke: { Url: 'https://example.org/a', Description: 'Skjema A' } }, { 'IF-MATCH': '*' })).status).toBe(204);
    expect((await getJson<{ Lenke: unknown }>(`${itemUrl}?$select=Lenke`, spHeaders(wb.tokens.staff))).Lenke).toEqual({ Description: 'Skjema A', Url: 'https://example.org/a' });
    const verbose = await getJson<{ d: { Lenke: unknown } }>(`${itemUrl}?$select=Lenke`, spHeaders(wb.tokens.staff, VERBOSE));
    expect(verbose.d.Lenke).toEqual({ __metadata: { type: 'SP.FieldUrlValue' }, Description: 'Skjema A', Url: 'https://example.org/a' });
    const light = await send('MERGE', itemUrl, wb.tokens.admin, { Lenke: { __metadata: { type: 'SP.FieldUrlValue' }, Url: 'https://example.org/b' } }, { 'IF-MATCH': '*' });
    expect(light.status).toBe(400);
    expect(JSON.stringify(await light.json())).toContain("The property '__metadata' does not exist on type 'SP.FieldUrlValue'");
    const typed = await send(
      'MERGE',
      itemUrl,
      wb.tokens.admin,
      { __metadata: { type: 'SP.Data.TBVerktoyListItem' }, Lenke: { __metadata: { type: 'SP.FieldUrlValue' }, Url: 'https://example.org/b', Description: 'B' } },
      { 'IF-MATCH': '*' },
      'application/json;odata=verbose'
    );
    expect([204, 400]).toContain(typed.status);
  });
});

describe('item ETags', () => {
  it('are "N" on reads and "{guid},N" on an update answer; IF-MATCH takes both, a stale one of either form is 412', async () => {
    const url = `${wb.api}/${byTitle('TB Rutiner')}/items(2)`;
    const item = await getJson<{ 'odata.etag': string; GUID: string }>(`${url}?$select=Title,GUID`, spHeaders(wb.tokens.admin, MINIMAL));
    expect(item['odata.etag']).toMatch(/^"\d+"$/);
    const first = await send('MERGE', url, wb.tokens.admin, { Owner: 'Ola' }, { 'IF-MATCH': item['odata.etag'] });
    expect(first.status).toBe(204);
    const long = first.headers.get('etag') as string;
    expect(long).toBe(`"{${item.GUID.toUpperCase()}},${Number(item['odata.etag'].replace(/"/g, '')) + 1}"`);
    expect((await send('MERGE', url, wb.tokens.admin, { Owner: 'Kari' }, { 'IF-MATCH': long })).status).toBe(204);
    expect((await send('MERGE', url, wb.tokens.admin, { Owner: 'Per' }, { 'IF-MATCH': long })).status).toBe(412);
    expect((await send('MERGE', url, wb.tokens.admin, { Owner: 'Per' }, { 'IF-MATCH': item['odata.etag'] })).status).toBe(412);
    const other = long.replace(/\{[0-9A-F-]+\}/, '{00000000-0000-0000-0000-000000000000}').replace(/,\d+"$/, `,${Number(item['odata.etag'].replace(/"/g, '')) + 2}"`);
    expect((await send('MERGE', url, wb.tokens.admin, { Owner: 'Per' }, { 'IF-MATCH': other })).status).toBe(412);
  });
});

describe('content approval (EnableModeration)', () => {
  // A model list with content approval switched on in the database, so this tests moderation and nothing else.
  // Who contributes, reads and approves is asked of the workbench (EffectiveBasePermissions), not assumed.
  const TITLE = 'TB Kontakter';
  const list = (): string => `${wb.api}/${byTitle(TITLE)}`;
  const repository = (): ListRepository => new ListRepository(wb.workbench.db);
  // SP.PermissionKind: ViewListItems 1, AddListItems 2, ApproveItems 5 → bits 0, 1 and 4 of Low.
  const VIEW = 0x1;
  const ADD = 0x2;
  const APPROVE = 0x10;
  let contributor: string;
  let reader: string;
  let approver: string;

  beforeAll(async () => {
    const record = repository().byTitle(TITLE) as ListRecord;
    repository().update(record.num, { enableModeration: true });
    const tokens: string[] = Object.values(wb.tokens);
    const owner = await fetch(`${wb.url}/workbench/token/owner`);
    if (owner.ok) tokens.push(((await owner.json()) as { access_token: string }).access_token);
    const people = await Promise.all(
      tokens.map(async (token) => {
        const response = await fetch(`${list()}/EffectiveBasePermissions`, { headers: spHeaders(token) });
        const mask = response.ok ? Number(((await response.json()) as { Low: string }).Low) : 0;
        return { token, mask };
      })
    );
    approver = (people.find((p) => (p.mask & APPROVE) !== 0) as { token: string }).token;
    contributor = (people.find((p) => (p.mask & ADD) !== 0 && (p.mask & APPROVE) === 0) as { token: string }).token;
    reader = (people.find((p) => (p.mask & VIEW) !== 0 && (p.mask & APPROVE) === 0 && p.token !== contributor) as { token: string }).token;
  });

  afterAll(() => {
    const record = repository().byTitle(TITLE) as ListRecord;
    repository().update(record.num, { enableModeration: false });
  });

  const idsFor = async (token: string): Promise<number[]> =>
    (await getJson<{ value: { Id: number }[] }>(`${list()}/items?$select=Id&$top=5000`, spHeaders(token))).value.map((i) => i.Id);

  it("makes a contributor's new item pending, visible to its author and approvers only, until an approver approves it", async () => {
    const created = await send('POST', `${list()}/items`, contributor, { Title: 'Ny kontakt', ContactKey: 'ny-kontakt' });
    expect(created.status).toBe(201);
    const item = (await created.json()) as { Id: number; OData__ModerationStatus: number };
    expect(item.OData__ModerationStatus).toBe(2);
    expect(await idsFor(contributor)).toContain(item.Id);
    expect(await idsFor(approver)).toContain(item.Id);
    expect(await idsFor(reader)).not.toContain(item.Id);
    expect((await fetch(`${list()}/items(${item.Id})`, { headers: spHeaders(reader) })).status).toBe(404);
    // Items from before approval was switched on count as approved: readers still see them.
    expect((await idsFor(reader)).length).toBeGreaterThan(0);
    // Only an approver may set the status.
    expect((await send('MERGE', `${list()}/items(${item.Id})`, contributor, { OData__ModerationStatus: 0 }, { 'IF-MATCH': '*' })).status).toBe(403);
    expect((await send('MERGE', `${list()}/items(${item.Id})`, approver, { OData__ModerationStatus: 0 }, { 'IF-MATCH': '*' })).status).toBe(204);
    expect(await idsFor(reader)).toContain(item.Id);
    // A contributor's edit makes it pending again (the workbench hides it; SharePoint would show the last approved version).
    expect((await send('MERGE', `${list()}/items(${item.Id})`, contributor, { Phone: '12345678' }, { 'IF-MATCH': '*' })).status).toBe(204);
    expect(await idsFor(reader)).not.toContain(item.Id);
    const pending = await getJson<{ value: { Id: number; OData__ModerationStatus: number }[] }>(
      `${list()}/items?$select=Id,OData__ModerationStatus&$filter=OData__ModerationStatus eq 2`,
      spHeaders(approver)
    );
    expect(pending.value).toEqual([{ Id: item.Id, OData__ModerationStatus: 2 }]);
  });

  it("approves an approver's own item at once", async () => {
    const created = await send('POST', `${list()}/items`, approver, { Title: 'Fra eieren', ContactKey: 'fra-eieren' });
    expect(created.status).toBe(201);
    const item = (await created.json()) as { Id: number; OData__ModerationStatus: number };
    expect(item.OData__ModerationStatus).toBe(0);
    expect(await idsFor(reader)).toContain(item.Id);
  });
});
