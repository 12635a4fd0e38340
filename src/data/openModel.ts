import type { ModelCache } from './cache/ModelCache';
import type { LoadedModel, ModelLoadOptions, ModelStore } from './ModelStore';

export interface OpenModelCallbacks {
  /** Called with the cached model first (if any), then with a fresh one if the lists changed. */
  onModel(loaded: LoadedModel, source: 'cache' | 'network'): void;
}

/**
 * Paints from the device cache before any response, then revalidates with one cheap request (the lists'
 * version stamp) and reloads the model — one `$batch` — only when something changed. Without a cache
 * it loads the model; without a network it keeps showing the cache.
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
