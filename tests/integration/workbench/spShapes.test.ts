import * as fs from 'node:fs';
import * as path from 'node:path';
import { shapeDifferences } from '../../fixtures/workbench/expectSameShape';
import { byTitle, getJson, MINIMAL, NOMETADATA, spHeaders, startWorkbench, VERBOSE, type TestWorkbench } from './testWorkbench';

const fixture = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(__dirname, '../../fixtures/microsoft', name), 'utf8'));

let wb: TestWorkbench;
const routines = (): string => `${wb.api}/${byTitle('TB Rutiner')}`;

beforeAll(async () => {
  wb = await startWorkbench();
});

afterAll(async () => {
  await wb.close();
});

describe('the Accept header decides the JSON shape, as documented by Microsoft', () => {
  it('odata=nometadata: plain items in value, paged with odata.nextLink', async () => {
    const body = await getJson(`${routines()}/items?$top=1`, spHeaders(wb.tokens.staff, NOMETADATA));
    expect(shapeDifferences(body, fixture('sp-items-nometadata.json'))).toEqual([]);
    expect(Object.keys(body)).toEqual(['value', 'odata.nextLink']);
    expect(Object.keys((body.value as object[])[0]).some((k) => k.startsWith('odata.'))).toBe(false);
  });

  it('odata=minimalmetadata, and application/json as its default', async () => {
    for (const accept of [MINIMAL, 'application/json']) {
      const body = await getJson<Record<string, unknown>>(`${routines()}/items?$top=1`, spHeaders(wb.tokens.staff, accept));
      expect(shapeDifferences(body, fixture('sp-items-minimalmetadata.json'))).toEqual([]);
      const item = (body.value as Record<string, unknown>[])[0];
      expect(item['odata.type']).toBe('SP.Data.TBRutinerListItem');
      expect(item['odata.etag']).toBe('"1"');
      expect(item['odata.editLink']).toMatch(/^Web\/Lists\(guid'[0-9a-f-]{36}'\)\/Items\(1\)$/);
      expect(body['odata.metadata']).toBe(`${wb.site}/_api/$metadata#SP.ListData.TBRutinerListItems`);
    }
  });

  it('odata=verbose: d.results, __metadata per item, __next, multi-lookup ids as a Collection(Edm.Int32)', async () => {
    const body = await getJson<{ d: { results: Record<string, unknown>[]; __next: string } }>(`${routines()}/items?$top=1`, spHeaders(wb.tokens.staff, VERBOSE));
    expect(shapeDifferences(body, fixture('sp-items-verbose.json'))).toEqual([]);
    const item = body.d.results[0];
    expect(item.__metadata).toEqual({
      id: expect.stringMatching(/^Web\/Lists\(guid'[0-9a-f-]{36}'\)\/Items\(1\)$/),
      uri: expect.stringMatching(new RegExp(`^${wb.site}/_api/Web/Lists\\(guid'[0-9a-f-]{36}'\\)/Items\\(1\\)$`)),
      etag: '"1"',
      type: 'SP.Data.TBRutinerListItem'
    });
    expect(item.AudienceId).toEqual({ __metadata: { type: 'Collection(Edm.Int32)' }, results: [1, 3] });
    expect(item.ArenasId).toEqual({ __metadata: { type: 'Collection(Edm.Int32)' }, results: [1] });
    expect(body.d.__next).toContain('%24skiptoken=Paged%3dTRUE%26p_ID%3d1');
  });

  it('the same item in JSON light carries lookups as <Field>Id, multi-lookups as arrays', async () => {
    const item = await getJson(`${routines()}/items(1)`, spHeaders(wb.tokens.staff, NOMETADATA));
    expect(item).toMatchObject({ Id: 1, ID: 1, Title: 'Når du er bekymret', RoutineKey: 'bekymring', ResponsibleServiceId: 1, AudienceId: [1, 3], ArenasId: [1], Urgent: false });
    expect(item).toMatchObject({ Created: expect.stringMatching(/Z$/), Modified: expect.stringMatching(/Z$/), AuthorId: 13, EditorId: 13, GUID: expect.any(String) });
    // A DateOnly date as the list form stores it on an Oslo site: local midnight in UTC (sp-dev-docs#6083).
    expect(item.NextReview).toBe('2025-01-14T23:00:00Z');
    const second = await getJson(`${routines()}/items/getById(2)`, spHeaders(wb.tokens.staff, NOMETADATA));
    expect(second).toMatchObject({ Id: 2, ArenasId: [], NextReview: null, LastReviewed: null, Urgent: true });
  });

  it('a single item has an ETag header and /@Element metadata', async () => {
    const response = await fetch(`${routines()}/items(1)`, { headers: spHeaders(wb.tokens.staff, MINIMAL) });
    expect(response.headers.get('etag')).toBe('"1"');
    expect(response.headers.get('content-type')).toBe('application/json;odata=minimalmetadata;streaming=true;charset=utf-8');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body['odata.metadata']).toBe(`${wb.site}/_api/$metadata#SP.ListData.TBRutinerListItems/@Element`);
  });

  it('a list, in minimal metadata', async () => {
    const list = await getJson(routines(), spHeaders(wb.tokens.staff, MINIMAL));
    expect(shapeDifferences(list, fixture('sp-list-minimalmetadata.json'))).toEqual([]);
    expect(list).toMatchObject({ Title: 'TB Rutiner', ItemCount: 2, EnableVersioning: true, EnableModeration: false, ListItemEntityTypeFullName: 'SP.Data.TBRutinerListItem', EntityTypeName: 'TBRutinerList' });
  });

  it('contextinfo, verbose', async () => {
    const response = await fetch(`${wb.api}/contextinfo`, { method: 'POST', headers: spHeaders(wb.tokens.staff, VERBOSE) });
    expect(shapeDifferences(await response.json(), fixture('sp-contextinfo-verbose.json'))).toEqual([]);
  });

  it('errors: {"odata.error"} in JSON light, {"error"} in verbose', async () => {
    const light = await fetch(`${wb.api}/${byTitle('Finnes ikke')}/items`, { headers: spHeaders(wb.tokens.staff, NOMETADATA) });
    expect(light.status).toBe(404);
    expect(await light.json()).toEqual({
      'odata.error': { code: '-1, System.ArgumentException', message: { lang: 'en-US', value: `List 'Finnes ikke' does not exist at site with URL '${wb.site}'.` } }
    });
    const verbose = await fetch(`${wb.api}/${byTitle('Finnes ikke')}`, { headers: spHeaders(wb.tokens.staff, VERBOSE) });
    expect(await verbose.json()).toEqual({ error: { code: '-1, System.ArgumentException', message: { lang: 'en-US', value: expect.stringContaining("List 'Finnes ikke'") } } });
    const missingItem = await fetch(`${routines()}/items(999)`, { headers: spHeaders(wb.tokens.staff) });
    expect(missingItem.status).toBe(404);
  });
});

describe('$select and $expand', () => {
  it('projects lookup fields with $expand, in every shape', async () => {
    const query = '$select=Id,Title,ResponsibleService/Title,Audience/Title,Audience/ServiceKey&$expand=ResponsibleService,Audience&$filter=Id eq 1';
    const light = await getJson<{ value: Record<string, unknown>[] }>(`${routines()}/items?${query}`, spHeaders(wb.tokens.staff, NOMETADATA));
    expect(light.value).toEqual([
      { Id: 1, Title: 'Når du er bekymret', ResponsibleService: { Title: 'Skole' }, Audience: [{ Title: 'Skole', ServiceKey: 'skole' }, { Title: 'Helsestasjon', ServiceKey: 'helsestasjon' }] }
    ]);
    const verbose = await getJson<{ d: { results: Record<string, { __metadata?: unknown; results?: unknown[] }>[] } }>(`${routines()}/items?${query}`, spHeaders(wb.tokens.staff, VERBOSE));
    const item = verbose.d.results[0];
    expect(item.ResponsibleService.__metadata).toMatchObject({ type: 'SP.Data.TBTjenesterListItem' });
    expect(item.Audience.results).toHaveLength(2);
  });

  it('refuses a projection without $expand and an unknown field', async () => {
    const noExpand = await fetch(`${routines()}/items?$select=ResponsibleService/Title`, { headers: spHeaders(wb.tokens.staff) });
    expect(noExpand.status).toBe(400);
    expect(JSON.stringify(await noExpand.json())).toContain('$expand query string must contains ResponsibleService');
    const unknown = await fetch(`${routines()}/items?$select=NoSuchField`, { headers: spHeaders(wb.tokens.staff) });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(await unknown.json())).toContain("The field or property 'NoSuchField' does not exist.");
  });

  it('Author and Editor project to the site user', async () => {
    const body = await getJson<{ value: Record<string, unknown>[] }>(`${routines()}/items?$select=Id,Author/Title,Author/EMail&$expand=Author&$top=1`, spHeaders(wb.tokens.staff));
    expect(body.value[0].Author).toEqual({ Title: 'Marit Berge', EMail: 'marit.berge@demo-kommune.example' });
  });
});

describe('web, lists and fields', () => {
  it('web/lists with $select and $filter on Title', async () => {
    const body = await getJson<{ value: unknown[] }>(`${wb.api}/web/lists?$select=Title,ItemCount&$filter=Title eq 'TB Tjenester'`, spHeaders(wb.tokens.staff));
    expect(body.value).toEqual([{ ItemCount: 3, Title: 'TB Tjenester' }]);
    const all = await getJson<{ value: { Title: string }[] }>(`${wb.api}/web/lists?$select=Title`, spHeaders(wb.tokens.staff));
    expect(all.value.map((l) => l.Title)).toEqual(expect.arrayContaining(['TB Rutiner', 'TB Tilbakemeldinger', 'TB Innstillinger']));
  });

  it('fields report InternalName, TypeAsString, Required, Indexed and Choices', async () => {
    const body = await getJson<{ value: Record<string, unknown>[] }>(`${routines()}/fields?$filter=InternalName eq 'RoutineStatus'`, spHeaders(wb.tokens.staff));
    expect(body.value[0]).toMatchObject({ InternalName: 'RoutineStatus', TypeAsString: 'Choice', FieldTypeKind: 6, Required: true, Indexed: true, Choices: ['draft', 'published'] });
    const verbose = await getJson<{ d: Record<string, unknown> }>(`${routines()}/fields/getByInternalNameOrTitle('Audience')`, spHeaders(wb.tokens.staff, VERBOSE));
    expect(verbose.d).toMatchObject({ TypeAsString: 'LookupMulti', AllowMultipleValues: true, LookupField: 'Title', __metadata: expect.objectContaining({ type: 'SP.FieldLookup' }) });
  });

  it('effective permissions are SharePoint’s {High, Low} masks per permission level', async () => {
    const read = await getJson(`${routines()}/effectiveBasePermissions`, spHeaders(wb.tokens.staff));
    expect(read).toEqual({ High: '176', Low: '138612833' });
    // Contribute as "Users, groups, and roles REST API reference" prints it (1011030767 would be Edit: + ManageLists).
    const contribute = await getJson(`${wb.api}/${byTitle('TB Tilbakemeldinger')}/effectiveBasePermissions`, spHeaders(wb.tokens.lead));
    expect(contribute).toEqual({ High: '432', Low: '1011028719' });
    const full = await getJson(`${routines()}/effectiveBasePermissions`, spHeaders(wb.tokens.owner));
    expect(full).toEqual({ High: '2147483647', Low: '4294967295' });
    const verbose = await getJson(`${wb.api}/web/effectiveBasePermissions`, spHeaders(wb.tokens.staff, VERBOSE));
    expect(verbose).toEqual({ d: { EffectiveBasePermissions: { __metadata: { type: 'SP.BasePermissions' }, High: '176', Low: '138612833' } } });
  });

  it('GET web tells the site, in the seed locale', async () => {
    const web = await getJson(`${wb.api}/web`, spHeaders(wb.tokens.staff));
    expect(web).toMatchObject({ Title: 'Trygge Barn', Url: wb.site, ServerRelativeUrl: '/sites/tryggebarn', Language: 1044 });
  });
});
