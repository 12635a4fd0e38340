import type { TokenSource } from './sharepoint/BearerToken';
import { createSharePointClient, type SharePointAuth } from './sharepoint/createSharePointClient';
import { SharePointModelStore } from './sharepoint/SharePointModelStore';
import type { GraphClientLike } from './graph/GraphClientLike';
import type { CalendarService } from './ports/CalendarService';
import { GraphCalendarService } from './graph/GraphCalendarService';
import type { ModelStore } from './ModelStore';
import type { ModelCache } from './cache/ModelCache';
import { IndexedDbModelCache } from './cache/IndexedDbModelCache';
import type { EvaluationStore } from './EvaluationStore';
import type { FeedbackStore } from './FeedbackStore';
import type { ModelPermissions, ModelSiteAccess } from './ModelPermissions';
import type { RoutineHistoryStore } from './RoutineHistoryStore';
import type { AdminAccess } from './admin/AdminServices';
import { SharePointEvaluationStore } from './sharepoint/SharePointEvaluationStore';
import { SharePointFeedbackStore } from './sharepoint/SharePointFeedbackStore';
import { SharePointModelPermissions } from './sharepoint/SharePointModelPermissions';
import { SharePointRoutineHistoryStore } from './sharepoint/SharePointRoutineHistoryStore';

export interface ProductServiceOptions {
  /** The model site: where the model's lists are (not necessarily the page's web). */
  siteUrl: string;
  /** Scopes the device cache to one user. */
  userLogin: string;
  /** The page's session (cookie + request digest) in SharePoint and Teams; a token source for tools and tenant mode. */
  sharePointAuth: SharePointAuth | TokenSource;
  graphClient: GraphClientLike;
}

/** Everything the UI needs from the outside world, behind small interfaces. */
export interface ProductServices {
  modelStore: ModelStore;
  modelCache: ModelCache;
  graph: GraphClientLike;
  /** People, free/busy and meeting booking through Graph. */
  calendar: CalendarService;
  /** Whether the user may edit the model (SharePoint's effective permissions). */
  permissions: ModelPermissions;
  /** Whether the user may set up the model site (ManageWeb), for the "Set up this site" offer. */
  siteAccess: ModelSiteAccess;
  /** "Alle skal med" feedback and its triage. */
  feedback: FeedbackStore;
  /** Evaluation forms and their sums. */
  evaluations: EvaluationStore;
  /** Routines' added/changed/reviewed dates, for the yearly report. */
  routineHistory: RoutineHistoryStore;
  /** Editing, review, provisioning, import/export: loaded on demand, so staff never download it. */
  admin: AdminAccess;
}

export function createProductServices(options: ProductServiceOptions): ProductServices {
  const sp = createSharePointClient(options.siteUrl, options.sharePointAuth);
  const permissions = new SharePointModelPermissions(sp);
  return {
    modelStore: new SharePointModelStore(sp),
    modelCache: new IndexedDbModelCache(options.siteUrl, options.userLogin),
    graph: options.graphClient,
    calendar: new GraphCalendarService(options.graphClient),
    permissions,
    siteAccess: permissions,
    feedback: new SharePointFeedbackStore(sp, permissions),
    evaluations: new SharePointEvaluationStore(sp),
    routineHistory: new SharePointRoutineHistoryStore(sp),
    admin: {
      load: () => import(/* webpackChunkName: 'admin' */ './admin/createAdminServices').then((m) => m.createAdminServices(sp, options.siteUrl))
    }
  };
}
