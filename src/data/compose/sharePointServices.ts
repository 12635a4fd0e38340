import type { TokenSource } from '../sharepoint/BearerToken';
import { createSharePointClient, type SharePointAuth } from '../sharepoint/createSharePointClient';
import { ModelSiteLocator } from '../sharepoint/ModelSiteLocator';
import { SharePointEvaluationStore } from '../sharepoint/SharePointEvaluationStore';
import { SharePointFeedbackStore } from '../sharepoint/SharePointFeedbackStore';
import { SharePointModelPermissions } from '../sharepoint/SharePointModelPermissions';
import { SharePointModelStore } from '../sharepoint/SharePointModelStore';
import { SharePointRoutineHistoryStore } from '../sharepoint/SharePointRoutineHistoryStore';
import type { AdminServices } from '../ports/admin/AdminServices';
import type { EvaluationStore } from '../ports/EvaluationStore';
import type { FeedbackStore } from '../ports/FeedbackStore';
import type { ModelPermissions, ModelSiteAccess } from '../ports/ModelPermissions';
import type { ModelOpenStore, ModelStore, TenantPropertyRead } from '../ports/ModelStore';
import type { RoutineHistoryStore } from '../ports/RoutineHistoryStore';

/** The SharePoint-backed ports of one model site, all on one PnPjs client. */
export interface SharePointSiteServices {
  modelStore: ModelStore & ModelOpenStore;
  permissions: Required<ModelPermissions> & ModelSiteAccess;
  feedback: FeedbackStore;
  evaluations: EvaluationStore;
  routineHistory: RoutineHistoryStore;
  /** The admin chunk, on the same client (base URL and session) as the staff services. */
  loadAdmin(): Promise<AdminServices>;
}

/**
 * The 'sharepoint' chunk's entry: PnPjs, the list mapping and schema and the time-zone library come with it. A
 * warm open paints from the device cache first, so the entry bundle never carries them (see LazySharePointSite).
 */
export function createSharePointServices(siteUrl: string, auth: SharePointAuth | TokenSource): SharePointSiteServices {
  const sp = createSharePointClient(siteUrl, auth);
  const permissions = new SharePointModelPermissions(sp);
  return {
    modelStore: new SharePointModelStore(sp),
    permissions,
    feedback: new SharePointFeedbackStore(sp, permissions),
    evaluations: new SharePointEvaluationStore(sp),
    routineHistory: new SharePointRoutineHistoryStore(sp),
    loadAdmin: () => import(/* webpackChunkName: 'admin' */ './createAdminServices').then((m) => m.createAdminServices(sp, siteUrl))
  };
}

/** The tenant property `TryggeBarnModelSite`, read from the given web (the page's). */
export function readTenantProperty(webUrl: string, auth: SharePointAuth | TokenSource): Promise<TenantPropertyRead> {
  return new ModelSiteLocator(createSharePointClient(webUrl, auth)).readTenantProperty();
}
