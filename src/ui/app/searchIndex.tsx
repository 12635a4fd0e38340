import * as React from 'react';
import type { ModelSearchIndex } from '../../core/search/ModelSearchIndex';
import type { TryggeBarnModel } from '../../core/model/TryggeBarnModel';

/** The model's search index once it is ready; undefined while it is loaded or built (after the first paint). */
export const SearchIndexContext = React.createContext<{ index: ModelSearchIndex | undefined; provided: boolean }>({ index: undefined, provided: false });

/** The search code in its own chunk: the first paint never waits for it. */
function loadSearch(): Promise<typeof import('../../core/search/ModelSearchIndex')> {
  return import(/* webpackChunkName: 'search' */ '../../core/search/ModelSearchIndex');
}

/** Runs `task` once the browser is idle after painting (or soon, where requestIdleCallback is missing). */
function afterPaint(task: () => void): () => void {
  const w = window as Window & { requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => number; cancelIdleCallback?: (id: number) => void };
  if (w.requestIdleCallback && w.cancelIdleCallback) {
    const id = w.requestIdleCallback(task, { timeout: 1500 });
    return () => w.cancelIdleCallback?.(id);
  }
  const id = window.setTimeout(task, 50);
  return () => window.clearTimeout(id);
}

export interface SearchIndexProviderProps {
  model: TryggeBarnModel;
  /** Reads the index saved with the cached model (MiniSearch JSON): loaded instead of built. */
  loadCachedIndex?(): Promise<string | undefined>;
  /** Keeps a newly built index with the cached model. */
  saveIndex?(json: string): Promise<void>;
  children?: React.ReactNode;
}

/**
 * Gives the search box its index without holding up the first paint: after the app has painted, the search
 * chunk loads and the index is either loaded from the JSON cached with the model (a warm open never rebuilds
 * it) or built in slices, then saved beside the model.
 */
export function SearchIndexProvider(props: SearchIndexProviderProps): React.ReactElement {
  const { model, loadCachedIndex, saveIndex } = props;
  const [index, setIndex] = React.useState<ModelSearchIndex | undefined>(undefined);
  React.useEffect(() => {
    let current = true;
    const cancel = afterPaint(() => {
      Promise.all([loadSearch(), loadCachedIndex?.().catch(() => undefined)])
        .then(async ([{ ModelSearchIndex }, cachedIndex]) => {
          if (cachedIndex) {
            try {
              return { built: ModelSearchIndex.fromJSON(model, cachedIndex), fresh: false };
            } catch {
              // An index from another version of the code: build it again.
            }
          }
          return { built: await ModelSearchIndex.build(model), fresh: true };
        })
        .then(({ built, fresh }) => {
          if (!current) return;
          setIndex(built);
          if (fresh) saveIndex?.(built.toJSON()).catch(() => undefined);
        })
        .catch(() => undefined);
    });
    return () => {
      current = false;
      cancel();
    };
    // A new model (after revalidation) gets a new index; the cached JSON belongs to the model it came with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [model]);
  const value = React.useMemo(() => ({ index, provided: true }), [index]);
  return <SearchIndexContext.Provider value={value}>{props.children}</SearchIndexContext.Provider>;
}

/**
 * The index for the search box: from the app's provider, or — where a view is rendered alone (tests) — loaded
 * and built by the box itself.
 */
export function useSearchIndex(model: TryggeBarnModel): ModelSearchIndex | undefined {
  const provided = React.useContext(SearchIndexContext);
  const [own, setOwn] = React.useState<ModelSearchIndex | undefined>(undefined);
  React.useEffect(() => {
    if (provided.provided) return undefined;
    let current = true;
    loadSearch()
      .then(({ ModelSearchIndex }) => current && setOwn(new ModelSearchIndex(model)))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [provided.provided, model]);
  return provided.provided ? provided.index : own;
}
