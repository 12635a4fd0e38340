import { byTitle, getJson, NOMETADATA, spHeaders, startWorkbench, VERBOSE, type TestWorkbench } from './testWorkbench';

let wb: TestWorkbench;

beforeAll(async () => {
  wb = await startWorkbench();
});

afterAll(async () => {
  await wb.close();
});

function decodeClaims(token: string): Record<string, unknown> {
  const [, payload] = token.split('.');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('workbench endpoints', () => {
  it('answers health', async () => {
    await expect(getJson(`${wb.url}/workbench/health`, {})).resolves.toEqual({ ok: true });
  });

  it('issues an HS256 JWT per demo user with name, upn, oid and roles', async () => {
    const answer = await getJson<{ access_token: string; token_type: string; expires_in: number }>(`${wb.url}/workbench/token/lead`, {});
    expect(answer).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 3600 });
    const [header] = answer.access_token.split('.');
    expect(JSON.parse(Buffer.from(header, 'base64url').toString('utf8'))).toEqual({ alg: 'HS256', typ: 'JWT' });
    const claims = decodeClaims(answer.access_token);
    expect(claims).toMatchObject({ name: 'Jonas Haugland', upn: 'jonas.haugland@demo-kommune.example', oid: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(claims.roles).toContain('TryggeBarn.TeamLead');
    expect(decodeClaims(wb.tokens.admin).roles).toContain('TryggeBarn.Admin');
  });

  it('answers 404 for an unknown user', async () => {
    const response = await fetch(`${wb.url}/workbench/token/mallory`);
    expect(response.status).toBe(404);
  });
});

describe('401 without or with a bad token, in each API’s error shape', () => {
  const spUrl = (): string => `${wb.api}/${byTitle('TB Rutiner')}/items`;

  it('SharePoint, JSON light', async () => {
    const response = await fetch(spUrl(), { headers: { Accept: NOMETADATA } });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ 'odata.error': { code: expect.stringContaining('UnauthorizedAccessException'), message: { lang: 'en-US', value: expect.any(String) } } });
  });

  it('SharePoint, verbose, with a tampered token', async () => {
    const tampered = `${wb.tokens.staff.slice(0, -4)}AAAA`;
    const response = await fetch(spUrl(), { headers: spHeaders(tampered, VERBOSE) });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: expect.stringContaining('UnauthorizedAccessException'), message: { lang: 'en-US', value: expect.any(String) } } });
  });

  it('Graph, without and with a bad token', async () => {
    for (const headers of [{}, { Authorization: 'Bearer not-a-jwt' }] as Record<string, string>[]) {
      const response = await fetch(`${wb.graph}/me`, { headers });
      expect(response.status).toBe(401);
      const body = (await response.json()) as { error: { code: string; message: string; innerError: Record<string, string> } };
      expect(body.error.code).toBe('InvalidAuthenticationToken');
      expect(body.error.innerError).toEqual({ date: expect.any(String), 'request-id': expect.any(String), 'client-request-id': expect.any(String) });
    }
  });

  it('a token signed with another secret is refused', async () => {
    const other = await startWorkbench();
    try {
      const response = await fetch(`${wb.graph}/me`, { headers: { Authorization: `Bearer ${other.tokens.staff}` } });
      expect(response.status).toBe(401);
    } finally {
      await other.close();
    }
  });
});

describe('current user and form digest', () => {
  it('web/currentuser tells who the token belongs to', async () => {
    const me = await getJson(`${wb.api}/web/currentuser`, spHeaders(wb.tokens.admin));
    // The admin edits the model (a Member and in the editors group) but is no site collection administrator; the owner is.
    expect(me).toMatchObject({ Id: 13, Title: 'Marit Berge', Email: 'marit.berge@demo-kommune.example', LoginName: 'i:0#.f|membership|marit.berge@demo-kommune.example', IsSiteAdmin: false });
    const staff = await getJson(`${wb.api}/web/currentuser`, spHeaders(wb.tokens.staff));
    expect(staff).toMatchObject({ Id: 11, IsSiteAdmin: false });
    expect(await getJson(`${wb.api}/web/currentuser`, spHeaders(wb.tokens.owner))).toMatchObject({ Id: 16, IsSiteAdmin: true });
  });

  it('contextinfo returns a form digest in SharePoint’s format', async () => {
    const response = await fetch(`${wb.api}/contextinfo`, { method: 'POST', headers: spHeaders(wb.tokens.staff, 'application/json') });
    expect(response.status).toBe(200);
    const info = (await response.json()) as Record<string, unknown>;
    expect(info).toMatchObject({
      FormDigestTimeoutSeconds: 1800,
      FormDigestValue: expect.stringMatching(/^0x[0-9A-F]{128},\d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} -0000$/),
      WebFullUrl: wb.site,
      SiteFullUrl: wb.site,
      LibraryVersion: expect.stringMatching(/^16\.0\./)
    });
  });

  it('with a cookie session, a write needs a valid X-RequestDigest; a bearer token needs none', async () => {
    const signin = await fetch(`${wb.url}/workbench/signin/staff`, { method: 'POST' });
    const cookie = (signin.headers.get('set-cookie') ?? '').split(';')[0];
    expect(cookie).toMatch(/^tb_workbench_token=/);
    const feedback = `${wb.api}/${byTitle('TB Tilbakemeldinger')}/items`;
    const body = JSON.stringify({ Title: 'Fra økt', Body: 'Tekst', FeedbackStatus: 'new' });
    const base = { Cookie: cookie, Accept: NOMETADATA, 'Content-Type': 'application/json' };
    const withoutDigest = await fetch(feedback, { method: 'POST', headers: base, body });
    expect(withoutDigest.status).toBe(403);
    expect(((await withoutDigest.json()) as { 'odata.error': { message: { value: string } } })['odata.error'].message.value).toMatch(/security validation/);
    const info = (await (await fetch(`${wb.api}/contextinfo`, { method: 'POST', headers: base })).json()) as { FormDigestValue: string };
    const withDigest = await fetch(feedback, { method: 'POST', headers: { ...base, 'X-RequestDigest': info.FormDigestValue }, body });
    expect(withDigest.status).toBe(201);
    const bearer = await fetch(feedback, { method: 'POST', headers: spHeaders(wb.tokens.staff), body });
    expect(bearer.status).toBe(201);
    // Graph never takes the cookie.
    expect((await fetch(`${wb.graph}/me`, { headers: { Cookie: cookie } })).status).toBe(401);
  });
});
