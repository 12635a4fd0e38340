import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ModelSearchIndex } from '../../../src/core/search/ModelSearchIndex';
import type { ModelDocument } from '../../../src/core/model/ModelDocument';
import type { CachedModel, ModelCache } from '../../../src/data/ports/ModelCache';
import { IndexedDbModelCache } from '../../../src/data/cache/IndexedDbModelCache';
import { openModelSession } from '../../../src/data/compose/openModel';
import type { SessionState } from '../../../src/data/ports/ModelSession';
import type { LoadedModel, ModelOpenAnswer, ModelOpenRequest, ModelStore, ModelOpenStore } from '../../../src/data/ports/ModelStore';
import { assembleModel } from '../../../src/core/mapping/assembleModel';
import { documentToLists } from '../../../src/core/mapping/documentToLists';

const starter = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'sharepoint', 'seed', 'starter-model.nb.json'), 'utf8')) as ModelDocument;
const searchable = { routines: starter.routines, services: [], tools: [], arenas: [], contacts: [] } as never;
const QUERIES = ['vold', 'vald', 'bekymrnig', 'psykisk helse', 'barnehagen', 'nav', 'redd'];

describe('the search index kept with the cached model', () => {
  it('loads from its JSON with the same results as a fresh build, and the async build equals the sync one', async () => {
    const built = new ModelSearchIndex(searchable);
    const loaded = ModelSearchIndex.fromJSON(searchable, built.toJSON());
    const sliced = await ModelSearchIndex.build(searchable, { chunkSize: 7 });
    // The same hits in the same order; a loaded tree may list matched terms in another order and differ in the
    // last bits of a float.
    const comparable = (hits: ReturnType<ModelSearchIndex['search']>): unknown[] =>
      hits.map((h) => ({ ...h, score: h.score.toFixed(9), matchedTerms: [...h.matchedTerms].sort() }));
    for (const q of QUERIES) {
      const expected = comparable(built.search(q, { limit: 50 }));
      expect(expected.length).toBeGreaterThan(0);
      expect(comparable(loaded.search(q, { limit: 50 }))).toEqual(expected);
      expect(comparable(sliced.search(q, { limit: 50 }))).toEqual(expected);
    }
    expect(loaded.size).toBe(built.size);
  });

  it('refuses JSON of another format, so an older index is built again rather than searched with other keys', () => {
    const json = new ModelSearchIndex(searchable).toJSON();
    expect(() => ModelSearchIndex.fromJSON(searchable, json.replace(/^[^\n]*/, 'tb-search-0'))).toThrow();
    expect(() => ModelSearchIndex.fromJSON(searchable, JSON.stringify({}))).toThrow();
  });
});

function loadedModel(): LoadedModel {
  const { model } = assembleModel(documentToLists(starter).lists);
  return { model, issues: [], loadedAt: '2026-11-23T10:00:00Z' };
}

class Store implements ModelStore, ModelOpenStore {
  public requests: ModelOpenRequest[] = [];
  public constructor(private readonly loaded: LoadedModel) {}
  public async open(request: ModelOpenRequest): Promise<ModelOpenAnswer> {
    this.requests.push(request);
    return {
      stamp: 's1',
      tenantProperty: request.tenantProperty ? { kind: 'set', value: 'https://k.sharepoint.com/sites/tryggebarn' } : undefined,
      access: request.access ? { canEditModel: false, canManageModelSite: false } : undefined,
      loaded: request.model === 'none' ? undefined : this.loaded
    };
  }
  public async listsStamp(): Promise<string> {
    return 's1';
  }
  public async loadModel(): Promise<LoadedModel> {
    return this.loaded;
  }
  public async modelStamp(): Promise<string> {
    return 's1';
  }
}

describe('openModelSession and the search index', () => {
  it('a built index saved with the model comes back with the warm open (IndexedDB)', async () => {
    const cache: ModelCache = new IndexedDbModelCache('page:https://k.sharepoint.com/sites/tryggebarn|', 'kari@k');
    const store = new Store(loadedModel());
    const run = async (): Promise<Array<SessionState<null>>> => {
      const states: Array<SessionState<null>> = [];
      await openModelSession(
        { pageWebUrl: 'https://k.sharepoint.com/sites/tryggebarn', pageMayBeModelSite: true },
        { cache, siteFor: () => ({ services: null, store }), readTenantProperty: async () => ({ kind: 'unset' }) },
        (s) => states.push(s)
      );
      return states;
    };
    const cold = await run();
    const open = cold[0];
    expect(open).toMatchObject({ kind: 'open', source: 'network' });
    if (open.kind !== 'open' || !open.saveSearchIndex) throw new Error('no saver');
    const json = new ModelSearchIndex(open.loaded.model).toJSON();
    await open.saveSearchIndex(json);
    const warm = await run();
    expect(warm[0]).toMatchObject({ kind: 'open', source: 'cache' });
    // The first paint read the model alone; the index comes from its own key afterwards.
    expect((await cache.read())?.searchIndex).toBeUndefined();
    expect(await (warm[0] as { loadSearchIndex(): Promise<string | undefined> }).loadSearchIndex()).toBe(json);
    expect(ModelSearchIndex.fromJSON((warm[0] as { loaded: LoadedModel }).loaded.model, json).search('vold').length).toBeGreaterThan(0);
    // Warm: the one revalidation asked for no model lists.
    expect(store.requests.at(-1)).toMatchObject({ model: 'none', tenantProperty: true, access: true });
    const stored = (await cache.read()) as CachedModel;
    expect(stored.site).toMatchObject({ url: 'https://k.sharepoint.com/sites/tryggebarn', source: 'tenant' });
  });
});
