/**
 * The product's SharePoint client in page-session mode (what the web part uses in SharePoint and Teams) against
 * the workbench: the cookie of a signed-in page plus X-RequestDigest, as PnPjs's SPFx(context) behaviour does.
 * Node's fetch keeps no cookies, so a small behaviour adds the session cookie the browser would send.
 */
import type { Queryable } from '@pnp/queryable';
import type { SPFI } from '@pnp/sp';
import { listSchema } from '../../../src/core/schema/lists';
import { startWorkbench, type TestWorkbench } from '../workbench/testWorkbench';

type ClientModule = typeof import('../../../src/data/sharepoint/createSharePointClient');
type LocatorModule = typeof import('../../../src/data/sharepoint/ModelSiteLocator');

let wb: TestWorkbench;
const MODEL = '/sites/tryggebarn';
const TEAM = '/sites/barnehage-team';

beforeAll(async () => {
  wb = await startWorkbench();
});
afterAll(async () => {
  await wb?.close();
});

/**
 * PnPjs caches request digests per web for the whole process (a browser page has one user); each test loads the
 * client modules afresh so one test's digest is not another user's.
 */
interface Fresh {
  client: ClientModule;
  locator: LocatorModule;
  sp: typeof import('@pnp/sp');
  queryable: typeof import('@pnp/queryable');
  permissions: typeof import('../../../src/data/sharepoint/SharePointModelPermissions');
}

function freshModules(): Fresh {
  let modules: Fresh | undefined;
  jest.isolateModules(() => {
    modules = {
      client: require('../../../src/data/sharepoint/createSharePointClient') as ClientModule,
      locator: require('../../../src/data/sharepoint/ModelSiteLocator') as LocatorModule,
      sp: require('@pnp/sp') as typeof import('@pnp/sp'),
      queryable: require('@pnp/queryable') as typeof import('@pnp/queryable'),
      permissions: require('../../../src/data/sharepoint/SharePointModelPermissions') as Fresh['permissions']
    };
  });
  return modules!;
}

async function signIn(user: string): Promise<string> {
  const response = await fetch(`${wb.url}/workbench/signin/${user}`, { method: 'POST' });
  expect(response.status).toBe(200);
  return (response.headers.get('set-cookie') ?? '').split(';')[0];
}

/** The digest SharePoint renders into a page of `webPath` (legacyPageContext.formDigestValue). */
async function pageDigest(cookie: string, webPath: string): Promise<{ webUrl: string; value: string; timeoutSeconds: number }> {
  const response = await fetch(`${wb.url}${webPath}/_api/contextinfo`, { method: 'POST', headers: { Cookie: cookie, Accept: 'application/json' } });
  expect(response.status).toBe(200);
  const info = (await response.json()) as { FormDigestValue: string; FormDigestTimeoutSeconds: number };
  return { webUrl: `${wb.url}${webPath}`, value: info.FormDigestValue, timeoutSeconds: info.FormDigestTimeoutSeconds };
}

/** Sends the page's cookie, and records each request as "METHOD path". */
function asBrowser(cookie: string, log: string[]): (instance: Queryable) => Queryable {
  return (instance: Queryable) => {
    instance.on.pre(async function (url: string, init: RequestInit, result: unknown) {
      init.headers = { ...(init.headers as Record<string, string>), Cookie: cookie };
      log.push(`${init.method ?? 'GET'} ${new URL(url).pathname}`);
      return [url, init, result];
    });
    return instance;
  };
}

function addFeedback(sp: SPFI, title: string): Promise<unknown> {
  return sp.web.lists.getByTitle(listSchema('feedback').title).items.add({ Title: title, Body: 'Generell tilbakemelding om rutinen.', FeedbackStatus: 'new' });
}

describe('page session: cookie + request digest', () => {
  it('a cookie write without X-RequestDigest is refused (403); with the page’s digest it succeeds, no token involved', async () => {
    const { client, sp: pnp, queryable } = freshModules();
    const cookie = await signIn('staff');
    const { spfi, DefaultHeaders, DefaultInit } = pnp;
    const { DefaultParse, BrowserFetch } = queryable;
    const noDigest = spfi(`${wb.url}${MODEL}`).using(DefaultHeaders(), DefaultInit(), BrowserFetch(), DefaultParse(), asBrowser(cookie, []));
    await expect(addFeedback(noDigest, 'Uten digest')).rejects.toMatchObject({ status: 403 });

    const log: string[] = [];
    const sp = client.createSharePointClient(`${wb.url}${MODEL}`, { kind: 'pageSession', pageDigest: await pageDigest(cookie, MODEL) }).using(asBrowser(cookie, log));
    await expect(addFeedback(sp, 'Med sidens digest')).resolves.toBeTruthy();
    // The page's own digest served the page's own web: no contextinfo round trip.
    expect(log.filter((l) => l.endsWith('/_api/contextinfo'))).toEqual([]);
  });

  it('on a Teams channel tab (page on the team site) it fetches the model site’s own digest; the team site’s digest is refused there', async () => {
    const { client } = freshModules();
    const cookie = await signIn('member');
    const teamDigest = await pageDigest(cookie, TEAM);
    const wrong = await fetch(`${wb.url}${MODEL}/_api/web/lists/getByTitle('${encodeURIComponent(listSchema('feedback').title)}')/items`, {
      method: 'POST',
      headers: { Cookie: cookie, Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', 'X-RequestDigest': teamDigest.value },
      body: JSON.stringify({ Title: 'Feil digest', Body: 'x', FeedbackStatus: 'new' })
    });
    expect(wrong.status).toBe(403);

    const log: string[] = [];
    const sp = client.createSharePointClient(`${wb.url}${MODEL}`, { kind: 'pageSession', pageDigest: teamDigest }).using(asBrowser(cookie, log));
    await expect(addFeedback(sp, 'Fra kanalfanen')).resolves.toBeTruthy();
    expect(log.filter((l) => l.endsWith('/_api/contextinfo'))).toEqual([`POST ${MODEL}/_api/contextinfo`]);
  });

  it('refuses a write signed with the shared SPFx principal’s token (Graph scopes only), as SharePoint Online does', async () => {
    const { client } = freshModules();
    const spfx = ((await (await fetch(`${wb.url}/workbench/token/staff?client=spfx`)).json()) as { access_token: string }).access_token;
    const sp = client.createSharePointClient(`${wb.url}${MODEL}`, async () => spfx);
    await expect(addFeedback(sp, 'Med SPFx-token')).rejects.toMatchObject({ status: expect.any(Number) });
    const app = ((await (await fetch(`${wb.url}/workbench/token/staff`)).json()) as { access_token: string }).access_token;
    await expect(addFeedback(client.createSharePointClient(`${wb.url}${MODEL}`, async () => app), 'Med egen app-registrering')).resolves.toBeTruthy();
  });
});

describe('tenant property TryggeBarnModelSite', () => {
  it('is read from the page’s own web in every host, and can be cleared', async () => {
    const { client, locator } = freshModules();
    const cookie = await signIn('member');
    const read = (webPath: string): Promise<unknown> =>
      new locator.ModelSiteLocator(client.createSharePointClient(`${wb.url}${webPath}`, { kind: 'pageSession' }).using(asBrowser(cookie, []))).readTenantProperty();
    for (const web of ['', TEAM, MODEL]) await expect(read(web)).resolves.toEqual({ kind: 'set', value: `${wb.url}${MODEL}` });
    expect((await fetch(`${wb.url}/workbench/tenant-properties/TryggeBarnModelSite`, { method: 'DELETE' })).status).toBe(204);
    try {
      await expect(read(TEAM)).resolves.toEqual({ kind: 'unset' });
    } finally {
      await fetch(`${wb.url}/workbench/tenant-properties/TryggeBarnModelSite`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ value: `${wb.url}${MODEL}` })
      });
    }
  });
});

describe('who sees admin views and the set-up offer (model site permissions)', () => {
  it('edit the model: the editors group and owners; manage the site (set-up offer): owners only — not Members, who have Edit', async () => {
    const { client, permissions: module } = freshModules();
    const { SharePointModelPermissions } = module;
    const answers: Record<string, [boolean, boolean]> = {};
    for (const user of ['staff', 'member', 'lead', 'admin', 'owner']) {
      const token = ((await (await fetch(`${wb.url}/workbench/token/${user}`)).json()) as { access_token: string }).access_token;
      const permissions = new SharePointModelPermissions(client.createSharePointClient(`${wb.url}${MODEL}`, async () => token));
      answers[user] = [await permissions.canEditModel(), await permissions.canManageModelSite()];
    }
    expect(answers).toEqual({ staff: [false, false], member: [false, false], lead: [false, false], admin: [true, false], owner: [true, true] });
  });
});
