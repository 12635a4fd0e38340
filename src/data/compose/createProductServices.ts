import type { TokenSource } from '../sharepoint/BearerToken';
import type { SharePointAuth } from '../sharepoint/createSharePointClient';
import type { GraphClientLike } from '../graph/GraphClientLike';
import { LazyCalendarService } from '../graph/LazyCalendarService';
import { IndexedDbModelCache } from '../cache/IndexedDbModelCache';
import type { ProductServices } from '../ports/ProductServices';
import { loadSharePointChunk } from './loadSharePointChunk';
import { LazySharePointSite } from './LazySharePointSite';
import { LazyAdminAccess, LazyEvaluationStore, LazyFeedbackStore, LazyModelPermissions, LazyModelStore, LazyRoutineHistoryStore } from './lazySharePointPorts';

export interface ProductServiceOptions {
  /** The model site: where the model's lists are (not necessarily the page's web). */
  siteUrl: string;
  /** Scopes the device cache to one user. */
  userLogin: string;
  /** The page's session (cookie + request digest) in SharePoint and Teams; a token source for tools and tenant mode. */
  sharePointAuth: SharePointAuth | TokenSource;
  /** SPFx's Graph client, asked for on the first Graph call (booking). */
  graphClient: () => Promise<GraphClientLike>;
}

/**
 * The composition root of the product's services: the SharePoint, Graph and IndexedDB implementations behind the
 * ports. The SharePoint ones load with the 'sharepoint' chunk on their first call (src/data/compose/sharePointServices.ts).
 */
export function createProductServices(options: ProductServiceOptions): ProductServices {
  const site = new LazySharePointSite(() => loadSharePointChunk().then((chunk) => chunk.createSharePointServices(options.siteUrl, options.sharePointAuth)));
  const permissions = new LazyModelPermissions(site);
  return {
    modelStore: new LazyModelStore(site),
    modelCache: new IndexedDbModelCache(options.siteUrl, options.userLogin),
    calendar: new LazyCalendarService(options.graphClient),
    permissions,
    siteAccess: permissions,
    feedback: new LazyFeedbackStore(site),
    evaluations: new LazyEvaluationStore(site),
    routineHistory: new LazyRoutineHistoryStore(site),
    admin: new LazyAdminAccess(site)
  };
}
