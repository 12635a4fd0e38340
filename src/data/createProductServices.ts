import type { TokenSource } from './sharepoint/BearerToken';
import { createSharePointClient } from './sharepoint/createSharePointClient';
import { SharePointModelStore } from './sharepoint/SharePointModelStore';
import type { GraphClientLike } from './graph/GraphClientLike';
import type { ModelStore } from './ModelStore';
import type { ModelCache } from './cache/ModelCache';
import { IndexedDbModelCache } from './cache/IndexedDbModelCache';

export interface ProductServiceOptions {
  siteUrl: string;
  /** Scopes the device cache to one user. */
  userLogin: string;
  getSharePointToken: TokenSource;
  graphClient: GraphClientLike;
}

/** Everything the UI needs from the outside world, behind small interfaces. */
export interface ProductServices {
  modelStore: ModelStore;
  modelCache: ModelCache;
  graph: GraphClientLike;
}

export function createProductServices(options: ProductServiceOptions): ProductServices {
  const sp = createSharePointClient(options.siteUrl, options.getSharePointToken);
  return {
    modelStore: new SharePointModelStore(sp),
    modelCache: new IndexedDbModelCache(options.siteUrl, options.userLogin),
    graph: options.graphClient
  };
}
