import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { routineTitleOrder } from '../../core/model/routineTitleOrder';
import type { CachedModel, ModelCache } from '../ports/ModelCache';

/** 2: the entry also holds the resolved model site, the user's access and the search index. */
const CACHE_FORMAT = 2;

interface StoredModel extends CachedModel {
  format: number;
}

/**
 * The model in the browser's IndexedDB, one entry per site and user so two people sharing a device, or one
 * person in two municipalities, never see each other's (draft-including) model. A cache that cannot be read
 * or written is treated as empty: the product then simply loads from SharePoint.
 */
export class IndexedDbModelCache implements ModelCache {
  private readonly store: UseStore | undefined;
  private readonly key: string;

  /** `scope`: the model site, or for a page's session the page's web and its web part setting. */
  public constructor(scope: string, userLogin: string) {
    this.key = `model:${scope.toLowerCase()}:${userLogin.toLowerCase()}`;
    this.store = typeof indexedDB === 'undefined' ? undefined : createStore('trygge-barn', 'model-cache');
  }

  public async read(): Promise<CachedModel | undefined> {
    if (!this.store) return undefined;
    try {
      const stored = await get<StoredModel>(this.key, this.store);
      if (!stored || stored.format !== CACHE_FORMAT) return undefined;
      // The search index lives under its own key: the first paint reads the model only.
      return { loaded: stored.loaded, stamp: stored.stamp, site: stored.site, access: stored.access };
    } catch {
      return undefined;
    }
  }

  public async write(model: CachedModel): Promise<void> {
    if (!this.store) return;
    try {
      const { searchIndex, ...entry } = model;
      // Sorted here, after the paint that showed this model, so the next open's routines view need not sort.
      const loaded = { ...entry.loaded, routineTitleOrder: routineTitleOrder(entry.loaded.model.routines) };
      await set(this.key, { ...entry, loaded, format: CACHE_FORMAT }, this.store);
      if (searchIndex) await set(`${this.key}:search`, { loadedAt: model.loaded.loadedAt, json: searchIndex, format: CACHE_FORMAT }, this.store);
    } catch {
      // Full or blocked storage: the next open loads from SharePoint, which is correct, only slower.
    }
  }

  /** The search index saved with the model read at `loadedAt` (read after the first paint). */
  public async readSearchIndex(loadedAt: string): Promise<string | undefined> {
    if (!this.store) return undefined;
    try {
      const stored = await get<{ loadedAt: string; json: string; format: number }>(`${this.key}:search`, this.store);
      return stored && stored.format === CACHE_FORMAT && stored.loadedAt === loadedAt ? stored.json : undefined;
    } catch {
      return undefined;
    }
  }

  public async clear(): Promise<void> {
    if (!this.store) return;
    await del(this.key, this.store).catch(() => undefined);
    await del(`${this.key}:search`, this.store).catch(() => undefined);
  }
}
