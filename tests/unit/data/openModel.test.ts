import 'fake-indexeddb/auto';
import { IndexedDbModelCache } from '../../../src/data/cache/IndexedDbModelCache';
import type { CachedModel, ModelCache } from '../../../src/data/ports/ModelCache';
import type { LoadedModel, ModelStore } from '../../../src/data/ports/ModelStore';
import { openModel, openModelSession } from '../../../src/data/compose/openModel';
import type { SessionState } from '../../../src/data/ports/ModelSession';
import { assembleModel } from '../../../src/core/mapping/assembleModel';
import { documentToLists } from '../../../src/core/mapping/documentToLists';
import { tinyModelDocument } from '../core/tinyModel';

function loaded(municipality: string): LoadedModel {
  const { model } = assembleModel(documentToLists(tinyModelDocument()).lists);
  return { model: { ...model, settings: { ...model.settings, municipality } }, issues: [], loadedAt: '2026-11-23T10:00:00Z' };
}

class FakeStore implements ModelStore {
  public loads = 0;
  public stamps = 0;
  public constructor(public stamp: string, public model: LoadedModel, public offline = false) {}
  public async loadModel(): Promise<LoadedModel> {
    this.loads++;
    if (this.offline) throw new Error('offline');
    return this.model;
  }
  public async modelStamp(): Promise<string> {
    this.stamps++;
    if (this.offline) throw new Error('offline');
    return this.stamp;
  }
}

class MemoryCache implements ModelCache {
  public constructor(public value?: CachedModel) {}
  public async read(): Promise<CachedModel | undefined> {
    return this.value;
  }
  public async write(model: CachedModel): Promise<void> {
    this.value = model;
  }
  public async clear(): Promise<void> {
    this.value = undefined;
  }
}

const options = { includeDrafts: false };

describe('openModel', () => {
  it('loads from the network and fills the cache on a cold open', async () => {
    const store = new FakeStore('v1', loaded('Fresh'));
    const cache = new MemoryCache();
    const seen: string[] = [];
    await expect(openModel(store, cache, options, { onModel: (l, source) => seen.push(`${source}:${l.model.settings.municipality}`) })).resolves.toBe('reloaded');
    expect(seen).toEqual(['network:Fresh']);
    expect(cache.value?.stamp).toBe('v1');
  });

  it('paints from the cache first and stops after one stamp request when nothing changed', async () => {
    const store = new FakeStore('v1', loaded('Fresh'));
    const cache = new MemoryCache({ loaded: loaded('Cached'), stamp: 'v1' });
    const seen: string[] = [];
    await expect(openModel(store, cache, options, { onModel: (l, source) => seen.push(`${source}:${l.model.settings.municipality}`) })).resolves.toBe('cache-fresh');
    expect(seen).toEqual(['cache:Cached']);
    expect([store.stamps, store.loads]).toEqual([1, 0]);
  });

  it('reloads and replaces a stale cache', async () => {
    const store = new FakeStore('v2', loaded('Fresh'));
    const cache = new MemoryCache({ loaded: loaded('Cached'), stamp: 'v1' });
    const seen: string[] = [];
    await openModel(store, cache, options, { onModel: (l, source) => seen.push(`${source}:${l.model.settings.municipality}`) });
    expect(seen).toEqual(['cache:Cached', 'network:Fresh']);
    expect(cache.value?.stamp).toBe('v2');
  });

  it('keeps showing the cache when the network is down, and fails when there is no cache', async () => {
    const cache = new MemoryCache({ loaded: loaded('Cached'), stamp: 'v1' });
    await expect(openModel(new FakeStore('v1', loaded('x'), true), cache, options, { onModel: () => undefined })).resolves.toBe('cache-fresh');
    await expect(openModel(new FakeStore('v1', loaded('x'), true), new MemoryCache(), options, { onModel: () => undefined })).rejects.toThrow('offline');
  });
});

describe('openModelSession around the first paint', () => {
  const site = 'https://k.sharepoint.com/sites/tryggebarn';
  const input = { pageWebUrl: site, webPartValue: site, pageMayBeModelSite: true };

  it('warm: the cached state, then "cache read", and no store call until the paint is done', async () => {
    const store = new FakeStore('s2', loaded('Fresh'));
    const cache = new MemoryCache({ loaded: loaded('Cached'), stamp: 's1', site: { url: site, source: 'webPart', resolvedAt: '2026-12-01T00:00:00Z' } });
    const events: string[] = [];
    let painted: () => void = () => undefined;
    const session = openModelSession(
      input,
      {
        cache,
        siteFor: () => ({ services: null, store }),
        readTenantProperty: async () => ({ kind: 'unset' }),
        onCacheRead: () => events.push('cache read'),
        afterPaint: () => new Promise<void>((resolve) => (painted = resolve))
      },
      (state: SessionState<null>) => events.push(state.kind === 'open' ? `open ${state.source} ${state.loaded.model.settings.municipality}` : state.kind)
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(events).toEqual(['open cache Cached', 'cache read']);
    expect(store.stamps + store.loads).toBe(0);
    painted();
    await session;
    expect(events).toEqual(['open cache Cached', 'cache read', 'open network Fresh']);
  });

  it('cold: "cache read" comes before the first request, so the app can show its spinner at once', async () => {
    const store = new FakeStore('s1', loaded('Fresh'));
    const events: string[] = [];
    store.loadModel = async () => {
      events.push('request');
      return loaded('Fresh');
    };
    await openModelSession(
      input,
      { cache: new MemoryCache(), siteFor: () => ({ services: null, store }), readTenantProperty: async () => ({ kind: 'unset' }), onCacheRead: () => events.push('cache read') },
      (state: SessionState<null>) => events.push(state.kind)
    );
    expect(events.slice(0, 2)).toEqual(['cache read', 'request']);
    expect(events.at(-1)).toBe('open');
  });
});

describe('IndexedDbModelCache', () => {
  it('round-trips a model and keeps sites and users apart', async () => {
    const mine = new IndexedDbModelCache('https://x/sites/a', 'kari@x');
    const other = new IndexedDbModelCache('https://x/sites/a', 'ola@x');
    await mine.write({ loaded: loaded('Mine'), stamp: 's' });
    expect((await mine.read())?.loaded.model.settings.municipality).toBe('Mine');
    expect(await other.read()).toBeUndefined();
    await mine.clear();
    expect(await mine.read()).toBeUndefined();
  });

  it('keeps the routines’ title order with the model, so the next open need not sort them', async () => {
    const cache = new IndexedDbModelCache('https://x/sites/order', 'kari@x');
    const model = loaded('Ordered');
    await cache.write({ loaded: model, stamp: 's' });
    const titles = new Map(model.model.routines.map((r) => [r.key, r.title]));
    const kept = (await cache.read())?.loaded.routineTitleOrder ?? [];
    expect([...kept].sort()).toEqual([...titles.keys()].sort());
    expect(kept.map((key) => titles.get(key))).toEqual(['Mistanke om vold', 'Uro for et barn']);
  });
});
