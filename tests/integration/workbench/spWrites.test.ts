import { byTitle, getJson, MINIMAL, NOMETADATA, spHeaders, startWorkbench, VERBOSE, type TestWorkbench } from './testWorkbench';

let wb: TestWorkbench;
const feedback = (): string => `${wb.api}/${byTitle('TB Tilbakemeldinger')}`;
const services = (): string => `${wb.api}/${byTitle('TB Tjenester')}`;

async function post(url: string, token: string, body: unknown, headers: Record<string, string> = {}, accept = NOMETADATA): Promise<Response> {
  return fetch(url, { method: 'POST', headers: spHeaders(token, accept, headers), body: JSON.stringify(body) });
}

async function errorText(response: Response): Promise<string> {
  const body = (await response.json()) as { 'odata.error'?: { code: string; message: { value: string } } };
  return `${body['odata.error']?.code} | ${body['odata.error']?.message.value}`;
}

beforeAll(async () => {
  wb = await startWorkbench();
});

afterAll(async () => {
  await wb.close();
});

describe('create, MERGE and DELETE with ETags', () => {
  it('creates an item: 201 with the item, ETag "1", Location', async () => {
    const response = await post(`${feedback()}/items`, wb.tokens.staff, { Title: 'Mangler nummer', Body: 'PPT mangler', FeedbackStatus: 'new', RoutineId: 1 }, {}, MINIMAL);
    expect(response.status).toBe(201);
    expect(response.headers.get('etag')).toBe('"1"');
    expect(response.headers.get('location')).toMatch(/\/_api\/Web\/Lists\(guid'[0-9a-f-]{36}'\)\/Items\(1\)$/);
    const item = (await response.json()) as Record<string, unknown>;
    expect(item).toMatchObject({ 'odata.type': 'SP.Data.TBTilbakemeldingerListItem', 'odata.etag': '"1"', Id: 1, Title: 'Mangler nummer', RoutineId: 1, SubmittedBy: null, AuthorId: 11, EditorId: 11 });
  });

  it('updates with MERGE and the current ETag (204, new ETag), then refuses the stale one with 412', async () => {
    const merge = await post(`${feedback()}/items(1)`, wb.tokens.admin, { FeedbackStatus: 'inProgress' }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '"1"' });
    expect(merge.status).toBe(204);
    // An update's answer names the item's GUID and version (pnp/pnpjs#2569); reads say "2".
    expect(merge.headers.get('etag')).toMatch(/^"\{[0-9A-F-]{36}\},2"$/);
    const item = await getJson(`${feedback()}/items(1)`, spHeaders(wb.tokens.admin));
    expect(item).toMatchObject({ FeedbackStatus: 'inProgress', Title: 'Mangler nummer', EditorId: 13, OData__UIVersionString: '2.0' });
    const stale = await post(`${feedback()}/items(1)`, wb.tokens.admin, { FeedbackStatus: 'done' }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '"1"' });
    expect(stale.status).toBe(412);
    expect(await stale.json()).toEqual({ 'odata.error': { code: '-2130575305, Microsoft.SharePoint.SPException', message: { lang: 'en-US', value: 'Version conflict.' } } });
    expect(await getJson(`${feedback()}/items(1)`, spHeaders(wb.tokens.admin))).toMatchObject({ FeedbackStatus: 'inProgress' });
  });

  it('accepts IF-MATCH *, no IF-MATCH, the PATCH and MERGE verbs and the guid,version ETag form', async () => {
    expect((await post(`${feedback()}/items(1)`, wb.tokens.admin, { SubmittedBy: 'A' }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' })).status).toBe(204);
    expect((await post(`${feedback()}/items(1)`, wb.tokens.admin, { SubmittedBy: 'B' }, { 'X-HTTP-Method': 'MERGE' })).status).toBe(204);
    const patch = await fetch(`${feedback()}/items(1)`, { method: 'PATCH', headers: spHeaders(wb.tokens.admin, NOMETADATA, { 'IF-MATCH': '"4"' }), body: JSON.stringify({ SubmittedBy: 'C' }) });
    expect(patch.status).toBe(204);
    const item = await getJson<{ GUID: string }>(`${feedback()}/items(1)`, spHeaders(wb.tokens.admin));
    const merge = await fetch(`${feedback()}/items(1)`, { method: 'MERGE', headers: spHeaders(wb.tokens.admin, NOMETADATA, { 'IF-MATCH': `"${item.GUID},5"` }), body: JSON.stringify({ SubmittedBy: 'D' }) });
    expect(merge.status).toBe(204);
    expect(merge.headers.get('etag')).toBe(`"{${item.GUID.toUpperCase()}},6"`);
  });

  it('PUT replaces all fields', async () => {
    const created = (await (await post(`${feedback()}/items`, wb.tokens.staff, { Title: 'Erstatt', Body: 'b', FeedbackStatus: 'new', SubmittedBy: 'X' })).json()) as { Id: number };
    const put = await fetch(`${feedback()}/items(${created.Id})`, { method: 'PUT', headers: spHeaders(wb.tokens.staff), body: JSON.stringify({ Title: 'Ny', Body: 'c', FeedbackStatus: 'new' }) });
    expect(put.status).toBe(204);
    expect(await getJson(`${feedback()}/items(${created.Id})`, spHeaders(wb.tokens.staff))).toMatchObject({ Title: 'Ny', SubmittedBy: null });
  });

  it('deletes with X-HTTP-Method DELETE or the DELETE verb, honouring IF-MATCH; ids are never reused', async () => {
    const a = (await (await post(`${feedback()}/items`, wb.tokens.staff, { Title: 'Slett meg', Body: 'x', FeedbackStatus: 'new' })).json()) as { Id: number };
    const stale = await post(`${feedback()}/items(${a.Id})`, wb.tokens.staff, {}, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '"7"' });
    expect(stale.status).toBe(412);
    const deleted = await post(`${feedback()}/items(${a.Id})`, wb.tokens.staff, {}, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '"1"' });
    expect(deleted.status).toBe(200);
    expect((await fetch(`${feedback()}/items(${a.Id})`, { headers: spHeaders(wb.tokens.staff) })).status).toBe(404);
    const b = (await (await post(`${feedback()}/items`, wb.tokens.staff, { Title: 'Neste', Body: 'x', FeedbackStatus: 'new' })).json()) as { Id: number };
    expect(b.Id).toBe(a.Id + 1);
    expect((await fetch(`${feedback()}/items(${b.Id})`, { method: 'DELETE', headers: spHeaders(wb.tokens.staff) })).status).toBe(200);
  });

  it('creates with a verbose body carrying __metadata, and answers verbose', async () => {
    const response = await fetch(`${feedback()}/items`, {
      method: 'POST',
      headers: spHeaders(wb.tokens.staff, VERBOSE, { 'Content-Type': 'application/json;odata=verbose' }),
      body: JSON.stringify({ __metadata: { type: 'SP.Data.TBTilbakemeldingerListItem' }, Title: 'Verbose', Body: 'v', FeedbackStatus: 'new' })
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { d: Record<string, unknown> };
    expect(body.d).toMatchObject({ Title: 'Verbose', __metadata: expect.objectContaining({ type: 'SP.Data.TBTilbakemeldingerListItem', etag: '"1"' }) });
    const wrongType = await fetch(`${feedback()}/items`, {
      method: 'POST',
      headers: spHeaders(wb.tokens.staff, NOMETADATA, { 'Content-Type': 'application/json;odata=verbose' }),
      body: JSON.stringify({ __metadata: { type: 'SP.Data.WrongListItem' }, Title: 'x' })
    });
    expect(wrongType.status).toBe(400);
    expect(await errorText(wrongType)).toContain("A type named 'SP.Data.WrongListItem' could not be resolved");
  });

  it('multi-lookups: arrays in JSON light, {results} in verbose, each refused in the other', async () => {
    const light = await post(`${wb.api}/${byTitle('TB Arenaer')}/items(1)`, wb.tokens.admin, { ServicesId: [1, 2, 3] }, { 'X-HTTP-Method': 'MERGE' });
    expect(light.status).toBe(204);
    const verbose = await fetch(`${wb.api}/${byTitle('TB Arenaer')}/items(1)`, {
      method: 'POST',
      headers: spHeaders(wb.tokens.admin, NOMETADATA, { 'X-HTTP-Method': 'MERGE', 'Content-Type': 'application/json;odata=verbose' }),
      body: JSON.stringify({ __metadata: { type: 'SP.Data.TBArenaerListItem' }, ServicesId: { results: [2] } })
    });
    expect(verbose.status).toBe(204);
    expect(await getJson(`${wb.api}/${byTitle('TB Arenaer')}/items(1)`, spHeaders(wb.tokens.admin))).toMatchObject({ ServicesId: [2] });
    const wrong = await post(`${wb.api}/${byTitle('TB Arenaer')}/items(1)`, wb.tokens.admin, { ServicesId: { results: [1] } }, { 'X-HTTP-Method': 'MERGE' });
    expect(wrong.status).toBe(400);
  });
});

describe('validation against the field metadata, as SharePoint does', () => {
  it('refuses an unknown property', async () => {
    const response = await post(`${feedback()}/items`, wb.tokens.staff, { Title: 'x', Nope: 1 });
    expect(response.status).toBe(400);
    expect(await errorText(response)).toBe(
      "-1, Microsoft.SharePoint.Client.InvalidClientQueryException | The property 'Nope' does not exist on type 'SP.Data.TBTilbakemeldingerListItem'. Make sure to only use property names that are defined by the type."
    );
  });

  it('refuses wrong types, choices outside the list and too-long text', async () => {
    expect((await post(`${feedback()}/items`, wb.tokens.staff, { Title: 5 })).status).toBe(400);
    expect((await post(`${feedback()}/items`, wb.tokens.staff, { RoutineId: 'one' })).status).toBe(400);
    expect((await post(`${wb.api}/${byTitle('TB Kontakter')}/items`, wb.tokens.admin, { Emergency: 'yes' })).status).toBe(400);
    expect((await post(`${wb.api}/${byTitle('TB Kontakter')}/items`, wb.tokens.admin, { SortOrder: 'many' })).status).toBe(400);
    expect((await post(`${wb.api}/${byTitle('TB Rutiner')}/items`, wb.tokens.admin, { NextReview: 'next year' })).status).toBe(400);
    const choice = await post(`${feedback()}/items`, wb.tokens.staff, { Title: 'x', FeedbackStatus: 'closed' });
    expect(choice.status).toBe(400);
    expect(await errorText(choice)).toContain('is not one of the choices');
    const long = await post(`${wb.api}/${byTitle('TB Innstillinger')}/items`, wb.tokens.admin, { Title: 'x'.repeat(65), SettingValue: 'v' });
    expect(long.status).toBe(400);
  });

  it('does not enforce required fields on create (SharePoint REST does not)', async () => {
    const response = await post(`${feedback()}/items`, wb.tokens.staff, { Title: 'Uten tekst' });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ Body: null, FeedbackStatus: null });
  });

  it('applies column defaults and enforces unique columns', async () => {
    const created = await post(`${wb.api}/${byTitle('TB Kontakter')}/items`, wb.tokens.admin, { Title: 'Legevakt', ContactKey: 'legevakt' });
    expect(await created.json()).toMatchObject({ Emergency: false });
    const duplicate = await post(`${wb.api}/${byTitle('TB Kontakter')}/items`, wb.tokens.admin, { Title: 'Igjen', ContactKey: 'LEGEVAKT' });
    expect(duplicate.status).toBe(400);
    expect(await errorText(duplicate)).toContain('SPDuplicateValuesFoundException');
  });

  it('refuses to set system properties', async () => {
    expect((await post(`${feedback()}/items`, wb.tokens.staff, { Title: 'x', Id: 99 })).status).toBe(400);
  });
});

describe('permissions as SharePoint permission levels', () => {
  const denied = {
    'odata.error': {
      code: '-2147024891, System.UnauthorizedAccessException',
      message: { lang: 'en-US', value: 'Access denied. You do not have permission to perform this action or access this resource.' }
    }
  };

  it('staff and lead get 403 writing a model list (Read), in create, update and delete', async () => {
    for (const user of ['staff', 'lead'] as const) {
      const create = await post(`${services()}/items`, wb.tokens[user], { Title: 'Ny tjeneste', ServiceKey: 'ny' });
      expect(create.status).toBe(403);
      expect(await create.json()).toEqual(denied);
      expect((await post(`${services()}/items(1)`, wb.tokens[user], { Title: 'Endret' }, { 'X-HTTP-Method': 'MERGE' })).status).toBe(403);
      expect((await fetch(`${services()}/items(1)`, { method: 'DELETE', headers: spHeaders(wb.tokens[user]) })).status).toBe(403);
    }
    expect(await getJson(`${services()}/items(1)`, spHeaders(wb.tokens.admin))).toMatchObject({ Title: 'Skole' });
  });

  it('staff and lead get 201 writing feedback (Contribute); admin writes anywhere', async () => {
    expect((await post(`${feedback()}/items`, wb.tokens.lead, { Title: 'Fra teamleder', Body: 'x', FeedbackStatus: 'new' })).status).toBe(201);
    const admin = await post(`${services()}/items`, wb.tokens.admin, { Title: 'PPT', ServiceKey: 'ppt', Role: 'Utreder' });
    expect(admin.status).toBe(201);
  });

  it('only the admin creates lists', async () => {
    const staff = await post(`${wb.api}/web/lists`, wb.tokens.staff, { Title: 'Hemmelig' });
    expect(staff.status).toBe(403);
  });
});
