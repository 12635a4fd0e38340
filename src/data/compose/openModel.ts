import { chooseModelSite, sameSite, type ModelSiteChoice } from '../../core/hosting/modelSiteUrl';
import type { CachedModel, ModelCache } from '../ports/ModelCache';
import type { SessionState } from '../ports/ModelSession';
import type { LoadedModel, ModelAccess, ModelLoadOptions, ModelOpenAnswer, ModelOpenRequest, ModelOpenStore, ModelStore, TenantPropertyRead } from '../ports/ModelStore';

export interface OpenModelCallbacks {
  /** Called with the cached model first (if any), then with a fresh one if the lists changed. */
  onModel(loaded: LoadedModel, source: 'cache' | 'network'): void;
}

/**
 * For a known model site (tests, tools): paints from the device cache before any response, then revalidates
 * with one cheap request (the lists' version stamp) and reloads the model — one `$batch` — only when something
 * changed. Without a cache it loads the model; without a network it keeps showing the cache.
 */
export async function openModel(store: ModelStore, cache: ModelCache, options: ModelLoadOptions, callbacks: OpenModelCallbacks): Promise<'cache-fresh' | 'reloaded'> {
  const cached = await cache.read();
  if (cached) callbacks.onModel(cached.loaded, 'cache');
  try {
    const stamp = await store.modelStamp(options);
    if (cached && cached.stamp === stamp) return 'cache-fresh';
    const loaded = await store.loadModel(options);
    callbacks.onModel(loaded, 'network');
    await cache.write({ loaded, stamp });
    return 'reloaded';
  } catch (error) {
    if (cached) return 'cache-fresh';
    throw error;
  }
}

/** A model site's side of the session: its store and where its permission answers go. */
export interface SessionSite<S> {
  /** Whatever the caller builds per model site (the product's services); handed back in each state. */
  services: S;
  store: ModelStore & Partial<ModelOpenStore>;
  /** Takes permission answers already known, so the app never asks for them again. */
  primeAccess?(access: ModelAccess): void;
}

export interface ModelSessionInput {
  /** The page's web (pageContext.web.absoluteUrl). */
  pageWebUrl: string;
  /** The web part's `modelSiteUrl` property, if set. */
  webPartValue?: string;
  /**
   * The page is a SharePoint page whose web is likely the model site: the tenant property is read inside the
   * model's `$batch` on the page's web (the page's digest), so the usual open is one request. Teams hosts run on
   * the tenant root or a team site, never the model site.
   */
  pageMayBeModelSite: boolean;
}

export interface ModelSessionDeps<S> {
  /** The session's device cache (keyed by page web, web part setting and user). */
  cache: ModelCache;
  /** The store and services of a model site (building them sends nothing). */
  siteFor(siteUrl: string): SessionSite<S>;
  /** The tenant property, read from the page's web (a GET). */
  readTenantProperty(): Promise<TenantPropertyRead>;
  now?(): number;
  /**
   * Told once the device cache was read: on a warm open right after the cached model's state, on a cold open
   * before its first request. The web part waits for this before its first render, so a warm open's first frame
   * is the model itself rather than a spinner followed by the model.
   */
  onCacheRead?(): void;
  /**
   * Resolves once the cached model is on screen; a warm open revalidates only then, so no request, response or
   * re-render competes with the first paint. At once when not given.
   */
  afterPaint?(): Promise<void>;
}

/** After this long a warm open on a site other than the page's re-reads the tenant property (after painting). */
export const TENANT_PROPERTY_RECHECK_MS = 12 * 60 * 60 * 1000;

/** A store without `open` (fakes, older stores): the same answers from its separate calls. */
async function openVia(store: SessionSite<unknown>['store'], request: ModelOpenRequest): Promise<ModelOpenAnswer> {
  if (store.open) return store.open(request);
  const answer: ModelOpenAnswer = {};
  try {
    answer.stamp = await store.modelStamp({ includeDrafts: false });
  } catch (error) {
    if (request.model === 'none') throw error;
  }
  if (request.model !== 'none') {
    try {
      answer.loaded = await store.loadModel({ includeDrafts: false });
    } catch (error) {
      answer.modelError = error;
    }
  }
  return answer;
}

/**
 * Opens the model for a page, in as few round trips as the platform allows:
 * - **warm** (this page and user opened it before): paints from the device cache with no request at all — the
 *   cache also holds the resolved model site and the user's permissions — then revalidates in ONE request: on
 *   the page's own web a `$batch` (page digest) with the tenant property, the permissions and the lists'
 *   stamps; on another site a GET of the stamps (a `$batch` there would first need that site's digest). Only
 *   when the stamp changed is the model read again (one `$batch`, drafts included for editors).
 * - **cold**: one `$batch` carrying the permissions, the stamps, the time zone and the model's lists — and, on
 *   a SharePoint page whose web may be the model site, the tenant property too. When the model site is
 *   elsewhere, the tenant property (a GET on the page's web) comes first.
 */
export async function openModelSession<S>(input: ModelSessionInput, deps: ModelSessionDeps<S>, onState: (state: SessionState<S>) => void): Promise<void> {
  const now = deps.now ?? Date.now;
  const webPartValue = input.webPartValue?.trim() || undefined;
  const cached = await deps.cache.read().catch(() => undefined);
  const cacheRead = (): void => deps.onCacheRead?.();

  /** Saves the index with the cached entry of the same model read, never with another. */
  let pendingWrite: Promise<void> = Promise.resolve();
  const write = (entry: CachedModel): Promise<void> => (pendingWrite = pendingWrite.then(() => deps.cache.write(entry)).catch(() => undefined));
  const saverFor = (loaded: LoadedModel): ((json: string) => Promise<void>) => {
    return async (json: string): Promise<void> => {
      await pendingWrite;
      const entry = await deps.cache.read().catch(() => undefined);
      if (entry && entry.loaded.loadedAt === loaded.loadedAt) await write({ ...entry, searchIndex: json });
    };
  };

  const settle = async (choice: ModelSiteChoice & { kind: 'configured' }, site: SessionSite<S>, answer: ModelOpenAnswer, access?: ModelAccess): Promise<void> => {
    const known = answer.access ?? access;
    if (known) site.primeAccess?.(known);
    if (!answer.loaded) {
      onState({ kind: 'failed', choice, services: site.services, error: answer.modelError });
      return;
    }
    onState({ kind: 'open', choice, services: site.services, loaded: answer.loaded, source: 'network', access: known, saveSearchIndex: saverFor(answer.loaded) });
    if (answer.stamp !== undefined) {
      await write({ loaded: answer.loaded, stamp: answer.stamp, access: known, site: { url: choice.siteUrl, source: choice.source, resolvedAt: new Date(now()).toISOString() } });
    }
  };

  const openSite = async (choice: ModelSiteChoice & { kind: 'configured' }, model: ModelOpenRequest['model'] = 'published'): Promise<void> => {
    const site = deps.siteFor(choice.siteUrl);
    await settle(choice, site, await openVia(site.store, { access: true, model }));
  };

  const fromSetting = async (read: TenantPropertyRead): Promise<void> => {
    const choice = chooseModelSite({ webPartValue, tenantValue: read.kind === 'set' ? read.value : undefined, pageWebUrl: input.pageWebUrl });
    if (choice.kind !== 'configured') {
      await deps.cache.clear();
      onState({ kind: 'noSite', choice, tenantUnreadable: read.kind === 'unreadable' });
      return;
    }
    await openSite(choice);
  };

  const cold = async (): Promise<void> => {
    if (webPartValue) {
      await fromSetting({ kind: 'unset' });
      return;
    }
    if (input.pageMayBeModelSite) {
      const pageSite = deps.siteFor(input.pageWebUrl);
      const answer = await openVia(pageSite.store, { tenantProperty: true, access: true, model: 'published' });
      const read = answer.tenantProperty ?? { kind: 'unreadable' };
      const choice = chooseModelSite({ tenantValue: read.kind === 'set' ? read.value : undefined, pageWebUrl: input.pageWebUrl });
      if (choice.kind === 'configured' && sameSite(choice.siteUrl, input.pageWebUrl)) {
        await settle(choice, pageSite, answer);
        return;
      }
      await fromSetting(read);
      return;
    }
    await fromSetting(await deps.readTenantProperty());
  };

  if (!cached?.site) {
    cacheRead();
    await cold();
    return;
  }

  // Warm: paint first, from the device alone.
  const cachedSite = cached.site;
  const choice = { kind: 'configured' as const, siteUrl: cachedSite.url, source: cachedSite.source };
  const site = deps.siteFor(choice.siteUrl);
  if (cached.access) site.primeAccess?.(cached.access);
  onState({ kind: 'open', choice, services: site.services, loaded: cached.loaded, source: 'cache', access: cached.access, loadSearchIndex: async () => cached.searchIndex ?? (await deps.cache.readSearchIndex?.(cached.loaded.loadedAt)), saveSearchIndex: saverFor(cached.loaded) });
  cacheRead();

  try {
    await deps.afterPaint?.();
    await revalidate(cached, cachedSite.url);
  } catch {
    // Offline or throttled: keep showing the cached model.
  }

  async function revalidate(entry: CachedModel, siteUrl: string): Promise<void> {
    const fromTenant = !webPartValue && choice.source === 'tenant';
    const onPageWeb = sameSite(siteUrl, input.pageWebUrl);
    let stamp: string | undefined;
    let access = entry.access;
    if (onPageWeb) {
      const answer = await openVia(site.store, { tenantProperty: fromTenant, access: true, model: 'none' });
      if (answer.tenantProperty && answer.tenantProperty.kind !== 'unreadable') {
        const current = chooseModelSite({ tenantValue: answer.tenantProperty.kind === 'set' ? answer.tenantProperty.value : undefined, pageWebUrl: input.pageWebUrl });
        if (current.kind !== 'configured' || !sameSite(current.siteUrl, siteUrl)) {
          // The tenant's model site changed: forget this one and open the new setting.
          await deps.cache.clear();
          await fromSetting(answer.tenantProperty);
          return;
        }
      }
      stamp = answer.stamp;
      if (answer.access) {
        access = answer.access;
        site.primeAccess?.(access);
      }
    } else {
      stamp = site.store.listsStamp ? await site.store.listsStamp() : (await openVia(site.store, { access: false, model: 'none' })).stamp;
      const age = now() - Date.parse(entry.site?.resolvedAt ?? '');
      if (fromTenant && !(age < TENANT_PROPERTY_RECHECK_MS)) {
        const read = await deps.readTenantProperty();
        if (read.kind !== 'unreadable') {
          const current = chooseModelSite({ tenantValue: read.kind === 'set' ? read.value : undefined, pageWebUrl: input.pageWebUrl });
          if (current.kind !== 'configured' || !sameSite(current.siteUrl, siteUrl)) {
            await deps.cache.clear();
            await fromSetting(read);
            return;
          }
          entry = { ...entry, site: { url: siteUrl, source: 'tenant', resolvedAt: new Date(now()).toISOString() } };
          if (stamp === entry.stamp) await write(entry);
        }
      }
    }
    if (stamp === undefined) return;
    if (stamp === entry.stamp) {
      if (JSON.stringify(access) !== JSON.stringify(entry.access)) await write({ ...(await deps.cache.read().catch(() => undefined) ?? entry), access });
      return;
    }
    const answer = await openVia(site.store, { access: false, model: access?.canEditModel ? 'withDrafts' : 'published' });
    if (!answer.loaded) return;
    onState({ kind: 'open', choice, services: site.services, loaded: answer.loaded, source: 'network', access, saveSearchIndex: saverFor(answer.loaded) });
    await write({ loaded: answer.loaded, stamp: answer.stamp ?? stamp, access, site: entry.site });
  }
}
