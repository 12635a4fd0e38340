import type { TokenSource } from '../sharepoint/BearerToken';
import { createSharePointClient, type SharePointAuth } from '../sharepoint/createSharePointClient';
import { SharePointModelStore } from '../sharepoint/SharePointModelStore';
import type { GraphClientLike } from '../graph/GraphClientLike';
import { LazyCalendarService } from '../graph/LazyCalendarService';
import { IndexedDbModelCache } from '../cache/IndexedDbModelCache';
import type { ProductServices } from '../ports/ProductServices';
import { SharePointEvaluationStore } from '../sharepoint/SharePointEvaluationStore';
import { SharePointFeedbackStore } from '../sharepoint/SharePointFeedbackStore';
import { SharePointModelPermissions } from '../sharepoint/SharePointModelPermissions';
import { SharePointRoutineHistoryStore } from '../sharepoint/SharePointRoutineHistoryStore';

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

/** The composition root of the product's services: the SharePoint, Graph and IndexedDB implementations behind the ports. */
export function createProductServices(options: ProductServiceOptions): ProductServices {
  const sp = createSharePointClient(options.siteUrl, options.sharePointAuth);
  const permissions = new SharePointModelPermissions(sp);
  return {
    modelStore: new SharePointModelStore(sp),
    modelCache: new IndexedDbModelCache(options.siteUrl, options.userLogin),
    calendar: new LazyCalendarService(options.graphClient),
    permissions,
    siteAccess: permissions,
    feedback: new SharePointFeedbackStore(sp, permissions),
    evaluations: new SharePointEvaluationStore(sp),
    routineHistory: new SharePointRoutineHistoryStore(sp),
    admin: {
      load: () => import(/* webpackChunkName: 'admin' */ './createAdminServices').then((m) => m.createAdminServices(sp, options.siteUrl))
    }
  };
}
