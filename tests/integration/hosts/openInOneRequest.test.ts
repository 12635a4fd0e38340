/**
 * Issue 14: the web part's open against the workbench, in page-session mode (cookie + the page's digest), as the
 * web part runs it (openModelSession + SharePointModelStore.open). Every SharePoint request is logged as
 * "METHOD path" to count round trips.
 */
import type { Queryable } from '@pnp/queryable';
import type { CachedModel, ModelCache } from '../../../src/data/ports/ModelCache';
import type { SessionState } from '../../../src/data/ports/ModelSession';
import { startWorkbench, type TestWorkbench } from '../workbench/testWorkbench';

type Modules = {
  client: typeof import('../../../src/data/sharepoint/createSharePointClient');
  store: typeof import('../../../src/data/sharepoint/SharePointModelStore');
  permissions: typeof import('../../../src/data/sharepoint/SharePointModelPermissions');
  locator: typeof import('../../../src/data/sharepoint/ModelSiteLocator');
  open: typeof import('../../../src/data/compose/openModel');
};

let wb: TestWorkbench;
const MODEL = '/sites/tryggebarn';
const TEAM = '/sites/barnehage-team';

beforeAll(async () => {
  wb = await startWorkbench();
  // A stamp read within 2 s of the newest change is never trusted (second-resolution dates): let the seed settle.
  await new Promise((resolve) => setTimeout(resolve, 2100));
});
afterAll(async () => {
  await wb?.close();
});

/** PnPjs caches digests per web for the process; each page load gets fresh modules, as a new browser page would. */
function fresh(): Modules {
  let modules: Modules | undefined;
  jest.isolateModules(() => {
    modules = {
      client: require('../../../src/data/sharepoint/createSharePointClient'),
      store: require('../../../src/data/sharepoint/SharePointModelStore'),
      permissions: require('../../../src/data/sharepoint/SharePointModelPermissions'),
      locator: require('../../../src/data/sharepoint/ModelSiteLocator'),
      open: require('../../../src/data/compose/openModel')
    };
  });
  return modules!;
}

class MemoryCache implements ModelCache {
  public value: CachedModel | undefined;
  public async read(): Promise<CachedModel | undefined> {
    return this.value && JSON.parse(JSON.stringify(this.value));
  }
  public async write(model: CachedModel): Promise<void> {
    this.value = JSON.parse(JSON.stringify(model));
  }
  public async clear(): Promise<void> {
    this.value = undefined;
  }
}

async function signIn(user: string): Promise<string> {
  const response = await fetch(`${wb.url}/workbench/signin/${user}`, { method: 'POST' });
  return (response.headers.get('set-cookie') ?? '').split(';')[0];
}

async function pageDigest(cookie: string, webPath: string): Promise<{ webUrl: string; value: string; timeoutSeconds: number }> {
  const response = await fetch(`${wb.url}${webPath}/_api/contextinfo`, { method: 'POST', headers: { Cookie: cookie, Accept: 'application/json' } });
  const info = (await response.json()) as { FormDigestValue: string; FormDigestTimeoutSeconds: number };
  return { webUrl: `${wb.url}${webPath}`, value: info.FormDigestValue, timeoutSeconds: info.FormDigestTimeoutSeconds };
}

/** Sends the page's cookie (Node's fetch keeps none). */
function asBrowser(cookie: string): (instance: Queryable) => Queryable {
  return (instance: Queryable) => {
    instance.on.pre(async function (url: string, init: RequestInit, result: unknown) {
      init.headers = { ...(init.headers as Record<string, string>), Cookie: cookie };
      return [url, init, result];
    });
    return instance;
  };
}

/** Logs every HTTP request that leaves the process (a batch's parts are inside one), as the network sees it. */
async function logFetches<T>(log: string[], run: () => Promise<T>): Promise<T> {
  const realFetch = globalThis.fetch;
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    log.push(`${init?.method ?? 'GET'} ${decodeURIComponent(new URL(url).pathname)}`);
    return realFetch(input, init);
  }) as typeof fetch;
  try {
    return await run();
  } finally {
    globalThis.fetch = realFetch;
  }
}

interface PageLoad {
  states: Array<SessionState<{ store: InstanceType<Modules['store']['SharePointModelStore']> }>>;
  /** Requests sent before the first state that shows a model. */
  beforePaint: string[];
  log: string[];
}

/** One page load of the web part: the session as TryggeBarnWebPart builds it, on the page `pageWeb`. */
async function openPage(user: string, pageWeb: string, cache: MemoryCache, pageMayBeModelSite: boolean): Promise<PageLoad> {
  const m = fresh();
  const cookie = await signIn(user);
  const digest = await pageDigest(cookie, pageWeb);
  const log: string[] = [];
  const pageWebUrl = `${wb.url}${pageWeb}`;
  const clientFor = (siteUrl: string): ReturnType<Modules['client']['createSharePointClient']> =>
    m.client.createSharePointClient(siteUrl, { kind: 'pageSession', pageDigest: digest }).using(asBrowser(cookie));
  const result: PageLoad = { states: [], beforePaint: [], log };
  let painted = false;
  await logFetches(log, () => m.open.openModelSession(
    { pageWebUrl, pageMayBeModelSite },
    {
      cache,
      siteFor: (siteUrl) => {
        const sp = clientFor(siteUrl);
        const store = new m.store.SharePointModelStore(sp);
        const permissions = new m.permissions.SharePointModelPermissions(sp);
        return { services: { store }, store, primeAccess: (a) => permissions.prime(a) };
      },
      readTenantProperty: () => new m.locator.ModelSiteLocator(clientFor(pageWebUrl)).readTenantProperty()
    },
    (state) => {
      if (!painted && state.kind === 'open') {
        painted = true;
        result.beforePaint = [...log];
      }
      result.states.push(state);
    }
  ));
  return result;
}

describe('opening the model in one round trip (page session)', () => {
  it('a SharePoint page on the model site: cold = one $batch (tenant property, permissions, stamps, zone, lists), no contextinfo; warm = nothing before paint, one $batch after', async () => {
    const cache = new MemoryCache();
    const cold = await openPage('staff', MODEL, cache, true);
    expect(cold.log).toEqual([`POST ${MODEL}/_api/$batch`]);
    const open = cold.states.at(-1);
    expect(open).toMatchObject({ kind: 'open', source: 'network', choice: { siteUrl: `${wb.url}${MODEL}`, source: 'tenant' }, access: { canEditModel: false, canManageModelSite: false } });
    expect(cache.value?.site).toMatchObject({ url: `${wb.url}${MODEL}`, source: 'tenant' });
    expect(open?.kind === 'open' && open.loaded.model.routines.length).toBeGreaterThan(0);

    const warm = await openPage('staff', MODEL, cache, true);
    expect(warm.beforePaint).toEqual([]);
    expect(warm.states.map((s) => s.kind === 'open' && s.source)).toEqual(['cache']);
    expect(warm.log).toEqual([`POST ${MODEL}/_api/$batch`]);
  });

  it('an editor: permissions come from the open; after a change the reload carries drafts, which the editors’ views then take without a request', async () => {
    const cache = new MemoryCache();
    const cold = await openPage('admin', MODEL, cache, true);
    expect(cold.log).toHaveLength(1);
    expect(cold.states.at(-1)).toMatchObject({ kind: 'open', access: { canEditModel: true } });

    // An editor takes a routine back to draft: the stamp changes.
    const token = ((await (await fetch(`${wb.url}/workbench/token/admin`)).json()) as { access_token: string }).access_token;
    const m = fresh();
    const sp = m.client.createSharePointClient(`${wb.url}${MODEL}`, async () => token);
    const routines = sp.web.lists.getByTitle('TB Rutiner').items;
    const [first] = (await routines.select('Id').filter("RoutineStatus eq 'published'").top(1)()) as Array<{ Id: number }>;
    await routines.getById(first.Id).update({ RoutineStatus: 'draft' });
    await new Promise((resolve) => setTimeout(resolve, 2100));

    const warm = await openPage('admin', MODEL, cache, true);
    expect(warm.beforePaint).toEqual([]);
    expect(warm.log).toEqual([`POST ${MODEL}/_api/$batch`, `POST ${MODEL}/_api/$batch`]);
    const last = warm.states.at(-1);
    expect(last).toMatchObject({ kind: 'open', source: 'network' });
    const before = warm.log.length;
    const store = last?.kind === 'open' ? last.services.store : undefined;
    const withDrafts = await store!.loadModel({ includeDrafts: true });
    expect(warm.log.length).toBe(before);
    expect(withDrafts.model.routines.length).toBeGreaterThan(last?.kind === 'open' ? last.loaded.model.routines.length : 0);
    expect(withDrafts.model.routines.some((r) => r.status === 'draft')).toBe(true);
  });

  it('a Teams channel tab (page on the team site): cold reads the tenant property, then the model site’s digest and its $batch; warm sends nothing before paint and one GET after', async () => {
    const cache = new MemoryCache();
    const cold = await openPage('staff', TEAM, cache, false);
    expect(cold.log).toEqual([`GET ${TEAM}/_api/web/getStorageEntity('TryggeBarnModelSite')`, `POST ${MODEL}/_api/contextinfo`, `POST ${MODEL}/_api/$batch`]);
    expect(cold.states.at(-1)).toMatchObject({ kind: 'open', choice: { siteUrl: `${wb.url}${MODEL}` } });

    const warm = await openPage('staff', TEAM, cache, false);
    expect(warm.beforePaint).toEqual([]);
    expect(warm.log).toEqual([`GET ${MODEL}/_api/web/lists`]);
  });

  it('a changed tenant property is seen by the warm open’s one request, and the app follows it', async () => {
    const cache = new MemoryCache();
    await openPage('staff', MODEL, cache, true);
    expect((await fetch(`${wb.url}/workbench/tenant-properties/TryggeBarnModelSite`, { method: 'DELETE' })).status).toBe(204);
    try {
      const warm = await openPage('staff', MODEL, cache, true);
      expect(warm.log).toEqual([`POST ${MODEL}/_api/$batch`]);
      expect(warm.states.map((s) => s.kind)).toEqual(['open', 'noSite']);
      expect(cache.value).toBeUndefined();
    } finally {
      await fetch(`${wb.url}/workbench/tenant-properties/TryggeBarnModelSite`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ value: `${wb.url}${MODEL}` })
      });
    }
  });
});
