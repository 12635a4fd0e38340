import { checkGraphScopes } from '../../../workbench/server/auth/scopes';
import { byTitle, getJson, NOMETADATA, spHeaders, startWorkbench, VERBOSE, type TestWorkbench } from './testWorkbench';

let wb: TestWorkbench;

beforeAll(async () => {
  wb = await startWorkbench();
});

afterAll(async () => {
  await wb.close();
});

function claims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
}

async function token(user: string, client?: 'spfx'): Promise<string> {
  const answer = (await (await fetch(`${wb.url}/workbench/token/${user}${client ? `?client=${client}` : ''}`)).json()) as { access_token: string };
  return answer.access_token;
}

describe('several sites on one workbench', () => {
  it('each site answers its own web: root, team site and model site', async () => {
    const root = await getJson(`${wb.url}/_api/web`, spHeaders(wb.tokens.staff));
    expect(root).toMatchObject({ Title: 'Intranett', Url: wb.url, ServerRelativeUrl: '/' });
    const team = await getJson(`${wb.url}/sites/barnehage-team/_api/web`, spHeaders(wb.tokens.member));
    expect(team).toMatchObject({ Title: 'Barnehage-teamet', Url: `${wb.url}/sites/barnehage-team`, ServerRelativeUrl: '/sites/barnehage-team', WebTemplate: 'GROUP' });
    const model = await getJson(`${wb.api}/web`, spHeaders(wb.tokens.staff));
    expect(model).toMatchObject({ Title: 'Trygge Barn', ServerRelativeUrl: '/sites/tryggebarn' });
  });

  it('every user reads the root site (Everyone except external users is a Visitor); the team site only its members', async () => {
    for (const user of ['staff', 'staff2', 'member', 'lead', 'admin', 'owner'] as const) {
      expect([user, (await fetch(`${wb.url}/_api/web`, { headers: spHeaders(wb.tokens[user]) })).status]).toEqual([user, 200]);
    }
    const visitors = await getJson<{ value: { Title: string; PrincipalType: number }[] }>(`${wb.url}/_api/web/associatedvisitorgroup/users`, spHeaders(wb.tokens.staff));
    expect(visitors.value).toEqual([expect.objectContaining({ Title: 'Everyone except external users', PrincipalType: 4 })]);
    for (const user of ['staff2', 'admin'] as const) {
      const response = await fetch(`${wb.url}/sites/barnehage-team/_api/web`, { headers: spHeaders(wb.tokens[user]) });
      expect([user, response.status]).toEqual([user, 403]);
    }
    const members = await getJson<{ value: { Id: number }[] }>(`${wb.url}/sites/barnehage-team/_api/web/associatedmembergroup/users`, spHeaders(wb.tokens.staff));
    expect(members.value.map((u) => u.Id)).toEqual([11, 12, 15]);
    // Staff is a Visitor of the model site but a Member (Edit) of the team site: ManageLists there.
    const teamWeb = await getJson<{ High: string; Low: string }>(`${wb.url}/sites/barnehage-team/_api/web/EffectiveBasePermissions`, spHeaders(wb.tokens.staff));
    expect((BigInt(teamWeb.Low) & 2048n) !== 0n).toBe(true);
  });

  it('lists belong to their site: the model lists are not on the team site', async () => {
    expect((await fetch(`${wb.url}/sites/barnehage-team/_api/${byTitle('TB Rutiner')}`, { headers: spHeaders(wb.tokens.member) })).status).toBe(404);
    const created = await fetch(`${wb.url}/sites/barnehage-team/_api/web/lists`, { method: 'POST', headers: spHeaders(wb.tokens.member), body: JSON.stringify({ Title: 'TB Rutiner' }) });
    expect(created.status).toBe(201);
    expect(await getJson(`${wb.url}/sites/barnehage-team/_api/${byTitle('TB Rutiner')}?$select=ParentWebUrl`, spHeaders(wb.tokens.member))).toEqual({ ParentWebUrl: '/sites/barnehage-team' });
  });

  it('a $batch may only address its own site', async () => {
    const boundary = 'batch_sites';
    const body = [`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '', `GET ${wb.api}/web HTTP/1.1`, 'Accept: application/json;odata=nometadata', '', '', `--${boundary}--`, ''].join('\r\n');
    const response = await fetch(`${wb.url}/_api/$batch`, { method: 'POST', headers: { Authorization: `Bearer ${wb.tokens.staff}`, 'Content-Type': `multipart/mixed; boundary=${boundary}` }, body });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/HTTP\/1\.1 400[\s\S]*same site/);
  });

  it('a form digest is bound to the user and the site: one from the root site is refused on the model site', async () => {
    const signin = await fetch(`${wb.url}/workbench/signin/staff`, { method: 'POST' });
    const cookie = (signin.headers.get('set-cookie') ?? '').split(';')[0];
    const base = { Cookie: cookie, Accept: NOMETADATA, 'Content-Type': 'application/json' };
    const rootDigest = ((await (await fetch(`${wb.url}/_api/contextinfo`, { method: 'POST', headers: base })).json()) as { FormDigestValue: string; WebFullUrl: string });
    expect(rootDigest.WebFullUrl).toBe(wb.url);
    const feedback = `${wb.api}/${byTitle('TB Tilbakemeldinger')}/items`;
    const body = JSON.stringify({ Title: 'Digest', Body: 'x', FeedbackStatus: 'new' });
    const refused = await fetch(feedback, { method: 'POST', headers: { ...base, 'X-RequestDigest': rootDigest.FormDigestValue }, body });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { 'odata.error': { message: { value: string } } })['odata.error'].message.value).toMatch(/security validation/);
    const modelDigest = ((await (await fetch(`${wb.api}/contextinfo`, { method: 'POST', headers: base })).json()) as { FormDigestValue: string });
    expect((await fetch(feedback, { method: 'POST', headers: { ...base, 'X-RequestDigest': modelDigest.FormDigestValue }, body })).status).toBe(201);
  });
});

describe('tokens as Entra ID issues them', () => {
  it('our app registration’s token carries AllSites.Write and the Graph scopes; the SPFx principal’s only Graph scopes', async () => {
    expect(claims(wb.tokens.staff)).toMatchObject({ scp: 'AllSites.Write Calendars.ReadBasic Calendars.ReadWrite User.ReadBasic.All' });
    const spfx = claims(await token('staff', 'spfx'));
    expect(spfx).toMatchObject({ scp: 'Calendars.ReadBasic Calendars.ReadWrite User.ReadBasic.All', app_displayname: 'SharePoint Online Client Extensibility Web Application Principal' });
  });

  it('SharePoint: a token without a SharePoint scope reads but every write is refused (pnp/pnpjs #2570, #2571)', async () => {
    const spfx = await token('staff', 'spfx');
    const feedback = `${wb.api}/${byTitle('TB Tilbakemeldinger')}/items`;
    expect((await fetch(`${wb.api}/${byTitle('TB Rutiner')}/items?$top=1`, { headers: spHeaders(spfx) })).status).toBe(200);
    const refused = await fetch(feedback, { method: 'POST', headers: spHeaders(spfx), body: JSON.stringify({ Title: 'x', Body: 'x', FeedbackStatus: 'new' }) });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({
      'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access is denied. (Exception from HRESULT: 0x80070005 (E_ACCESSDENIED))' } }
    });
    expect((await fetch(feedback, { method: 'POST', headers: spHeaders(wb.tokens.staff), body: JSON.stringify({ Title: 'x', Body: 'x', FeedbackStatus: 'new' }) })).status).toBe(201);
  });

  it('Graph: each operation needs one of the permissions Microsoft lists for it', () => {
    const spfxScopes = ['Calendars.ReadBasic', 'Calendars.ReadWrite', 'User.ReadBasic.All'];
    expect(checkGraphScopes(spfxScopes, 'getSchedule')).toBeUndefined();
    expect(checkGraphScopes(spfxScopes, 'createEvent')).toBeUndefined();
    expect(checkGraphScopes(spfxScopes, 'readUsers')).toBeUndefined();
    expect(checkGraphScopes(['Calendars.ReadBasic'], 'createEvent')).toEqual({ status: 403, code: 'ErrorAccessDenied', message: 'Access is denied. Check credentials and try again.' });
    expect(checkGraphScopes(['AllSites.Write'], 'readUsers')).toEqual({ status: 403, code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' });
    expect(checkGraphScopes(['Calendars.Read'], 'getSchedule')).toBeUndefined();
  });
});

describe('tenant property (storage entity) naming the model site', () => {
  it('is readable from any site as { Value, Comment, Description }, with the caller’s origin', async () => {
    for (const site of [wb.url, `${wb.url}/sites/barnehage-team`, wb.site]) {
      const user = site.includes('barnehage') ? wb.tokens.member : wb.tokens.staff;
      const entity = await getJson(`${site}/_api/web/GetStorageEntity('TryggeBarnModelSite')`, spHeaders(user));
      expect(entity).toEqual({ Value: `${wb.url}/sites/tryggebarn`, Comment: null, Description: expect.any(String) });
    }
    const other = `http://localhost:${new URL(wb.url).port}`;
    expect(await getJson(`${other}/_api/web/GetStorageEntity('TryggeBarnModelSite')`, spHeaders(wb.tokens.staff))).toMatchObject({ Value: `${other}/sites/tryggebarn` });
  });

  it('answers odata.null for a key that does not exist; SetStorageEntity is refused outside an app catalog', async () => {
    expect(await getJson(`${wb.url}/_api/web/GetStorageEntity('Nothing')`, spHeaders(wb.tokens.staff))).toEqual({ 'odata.null': true });
    expect(await getJson(`${wb.url}/_api/web/GetStorageEntity('Nothing')`, spHeaders(wb.tokens.staff, VERBOSE))).toEqual({ d: { GetStorageEntity: null } });
    const refused = await fetch(`${wb.url}/_api/web/SetStorageEntity`, { method: 'POST', headers: spHeaders(wb.tokens.owner), body: JSON.stringify({ key: 'X', value: 'Y' }) });
    expect(refused.status).toBe(403);
  });

  it('PUT/DELETE /workbench/tenant-properties/:key set and clear it', async () => {
    const url = `${wb.url}/workbench/tenant-properties/TryggeBarnModelSite`;
    expect((await fetch(url, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ value: 'https://example.org/sites/annen' }) })).status).toBe(204);
    expect(await getJson(`${wb.api}/web/GetStorageEntity('TryggeBarnModelSite')`, spHeaders(wb.tokens.staff))).toMatchObject({ Value: 'https://example.org/sites/annen' });
    expect((await fetch(url, { method: 'DELETE' })).status).toBe(204);
    expect(await getJson(`${wb.api}/web/GetStorageEntity('TryggeBarnModelSite')`, spHeaders(wb.tokens.staff))).toEqual({ 'odata.null': true });
  });

  it('can start without it', async () => {
    const bare = await startWorkbench({ modelSiteProperty: false });
    try {
      expect(await getJson(`${bare.url}/_api/web/GetStorageEntity('TryggeBarnModelSite')`, spHeaders(bare.tokens.staff))).toEqual({ 'odata.null': true });
    } finally {
      await bare.close();
    }
  });
});
