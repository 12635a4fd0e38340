import { createProductServices } from '../../../src/data/compose/createProductServices';
import { readTenantProperty } from '../../../src/data/compose/loadSharePointChunk';
import type { GraphClientLike } from '../../../src/data/graph/GraphClientLike';

// The entry's side of the 'sharepoint' chunk against the real chunk (PnPjs over a fake fetch): what the web part
// calls reaches SharePoint at the right web.

const realFetch = globalThis.fetch;
let urls: string[] = [];
let answer: () => Response;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

beforeEach(() => {
  urls = [];
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    urls.push(String(input));
    return answer();
  }) as typeof fetch;
});
afterAll(() => {
  globalThis.fetch = realFetch;
});

const tenant = 'https://kommune.sharepoint.com';

describe('the sharepoint chunk, loaded on demand', () => {
  it('reads the tenant property from the given web', async () => {
    answer = () => json(200, { Value: `${tenant}/sites/tryggebarn` });
    await expect(readTenantProperty(`${tenant}/sites/h1`, { kind: 'pageSession' })).resolves.toEqual({ kind: 'set', value: `${tenant}/sites/tryggebarn` });
    expect(new URL(urls[0]).pathname).toBe("/sites/h1/_api/web/getStorageEntity('TryggeBarnModelSite')");
  });

  it('builds the model site’s services on the site the product services were made for', async () => {
    answer = () => json(200, { High: '2147483647', Low: '4294967295' });
    const services = createProductServices({ siteUrl: `${tenant}/sites/h2`, userLogin: 'ola', sharePointAuth: { kind: 'pageSession' }, graphClient: async () => ({}) as GraphClientLike });
    expect(urls).toEqual([]);
    await expect(services.siteAccess.canManageModelSite()).resolves.toBe(true);
    expect(urls).toEqual([`${tenant}/sites/h2/_api/web/EffectiveBasePermissions`]);
  });
});
