import type { TokenSource } from './sharepoint/BearerToken';
import { createSharePointClient } from './sharepoint/createSharePointClient';
import { SharePointModelStore } from './sharepoint/SharePointModelStore';
import type { GraphClientLike } from './graph/GraphClientLike';
import type { ModelStore } from './ModelStore';

export interface ProductServiceOptions {
  siteUrl: string;
  getSharePointToken: TokenSource;
  graphClient: GraphClientLike;
}

/** Everything the UI needs from the outside world, behind small interfaces. */
export interface ProductServices {
  modelStore: ModelStore;
  graph: GraphClientLike;
}

export function createProductServices(options: ProductServiceOptions): ProductServices {
  const sp = createSharePointClient(options.siteUrl, options.getSharePointToken);
  return {
    modelStore: new SharePointModelStore(sp),
    graph: options.graphClient
  };
}
