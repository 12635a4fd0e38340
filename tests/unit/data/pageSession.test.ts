import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { createSharePointClient } from '../../../src/data/sharepoint/createSharePointClient';
import { ModelSiteLocator } from '../../../src/data/sharepoint/ModelSiteLocator';

interface Call {
  method: string;
  url: string;
  headers: Record<string, string>;
  credentials?: RequestCredentials;
}

const realFetch = globalThis.fetch;
let calls: Call[] = [];
let answer: (call: Call) => Response = () => json(200, { value: [] });

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** SharePoint's digest date: "0x…,03 Jun 2026 10:00:00 -0000" (no weekday, so the value has one comma). */
const spDate = (d: Date): string => d.toUTCString().slice(5).replace('GMT', '-0000');

beforeEach(() => {
  calls = [];
  answer = (call) => (/\/_api\/contextinfo$/.test(call.url) ? json(200, { FormDigestValue: `0xFETCHED,${spDate(new Date())}`, FormDigestTimeoutSeconds: 1800 }) : json(201, { Id: 1 }));
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, key) => (headers[key] = value));
    const call: Call = { method: init?.method ?? 'GET', url: String(input), headers, credentials: init?.credentials };
    calls.push(call);
    return answer(call);
  }) as typeof fetch;
});
afterAll(() => {
  globalThis.fetch = realFetch;
});

/** PnPjs caches digests per web for the whole process: every test uses webs of its own. */
const tenant = 'https://kommune.sharepoint.com';
const pageDigest = (webUrl: string): { webUrl: string; value: string; timeoutSeconds: number } => ({
  webUrl,
  value: `0xPAGE,${spDate(new Date())}`,
  timeoutSeconds: 1800
});

describe('page session (cookie + request digest, as PnPjs SPFx(context))', () => {
  it('sends no Authorization, asks for the cookie (same-origin) and signs a write with the page’s digest on the page’s own web', async () => {
    const web = `${tenant}/sites/a1`;
    const sp = createSharePointClient(web, { kind: 'pageSession', pageDigest: pageDigest(web) });
    await sp.web.lists.getByTitle('TB Tilbakemeldinger').items.add({ Title: 'x' });
    expect(calls.map((c) => `${c.method} ${new URL(c.url).pathname}`)).toEqual([`POST /sites/a1/_api/web/lists/getByTitle('TB%20Tilbakemeldinger')/items`]);
    expect(calls[0].headers['x-requestdigest']).toMatch(/^0xPAGE,/);
    expect(calls[0].headers.authorization).toBeUndefined();
    expect(calls[0].credentials).toBe('same-origin');
  });

  it('fetches a digest from the model site’s own contextinfo when the model site is not the page’s web, once', async () => {
    const page = `${tenant}/sites/team-b1`;
    const model = `${tenant}/sites/model-b1`;
    const sp = createSharePointClient(model, { kind: 'pageSession', pageDigest: pageDigest(page) });
    await sp.web.lists.getByTitle('L').items.add({ Title: 'x' });
    await sp.web.lists.getByTitle('L').items.add({ Title: 'y' });
    expect(calls.map((c) => `${c.method} ${new URL(c.url).pathname}`)).toEqual([
      'POST /sites/model-b1/_api/contextinfo',
      `POST /sites/model-b1/_api/web/lists/getByTitle('L')/items`,
      `POST /sites/model-b1/_api/web/lists/getByTitle('L')/items`
    ]);
    expect(calls[1].headers['x-requestdigest']).toMatch(/^0xFETCHED,/);
    expect(calls[2].headers['x-requestdigest']).toMatch(/^0xFETCHED,/);
    expect(calls.every((c) => c.headers.authorization === undefined)).toBe(true);
  });

  it('does not use an expired page digest', async () => {
    const web = `${tenant}/sites/c1`;
    const old = { webUrl: web, value: `0xOLD,${spDate(new Date(Date.now() - 3600_000))}`, timeoutSeconds: 1800 };
    const sp = createSharePointClient(web, { kind: 'pageSession', pageDigest: old });
    await sp.web.lists.getByTitle('L').items.add({ Title: 'x' });
    expect(calls[0].url).toBe(`${web}/_api/contextinfo`);
    expect(calls[1].headers['x-requestdigest']).toMatch(/^0xFETCHED,/);
  });

  it('reads without a digest', async () => {
    answer = () => json(200, { value: [] });
    const web = `${tenant}/sites/d1`;
    await createSharePointClient(web, { kind: 'pageSession', pageDigest: pageDigest(web) }).web.lists();
    expect(calls).toHaveLength(1);
    expect(calls[0].headers['x-requestdigest']).toBeUndefined();
  });
});

describe('bearer (tools and the workbench’s tenant mode only)', () => {
  it('signs with a token for the SharePoint origin and needs no digest', async () => {
    const resources: string[] = [];
    const sp = createSharePointClient(`${tenant}/sites/e1`, async (resource) => {
      resources.push(resource);
      return 'tok';
    });
    await sp.web.lists.getByTitle('L').items.add({ Title: 'x' });
    expect(calls).toHaveLength(1);
    expect(calls[0].headers.authorization).toBe('Bearer tok');
    expect(calls[0].headers['x-requestdigest']).toBeUndefined();
    expect(resources).toEqual([tenant]);
  });
});

describe('ModelSiteLocator', () => {
  const locate = (): Promise<unknown> => new ModelSiteLocator(createSharePointClient(`${tenant}/sites/f1`, { kind: 'pageSession' })).readTenantProperty();

  it('reads the tenant property TryggeBarnModelSite from the page’s web', async () => {
    answer = () => json(200, { Value: 'https://kommune.sharepoint.com/sites/tryggebarn', Comment: null, Description: null });
    await expect(locate()).resolves.toEqual({ kind: 'set', value: 'https://kommune.sharepoint.com/sites/tryggebarn' });
    expect(new URL(calls[0].url).pathname).toBe("/sites/f1/_api/web/getStorageEntity('TryggeBarnModelSite')");
  });

  it('tells an unset key (no Value, or odata.null) from a failed read', async () => {
    answer = () => json(200, { 'odata.null': true });
    await expect(locate()).resolves.toEqual({ kind: 'unset' });
    answer = () => json(200, { Value: null });
    await expect(locate()).resolves.toEqual({ kind: 'unset' });
    answer = () => json(403, { 'odata.error': { message: { value: 'Access denied.' } } });
    await expect(locate()).resolves.toEqual({ kind: 'unreadable' });
  });
});
