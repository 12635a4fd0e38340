import type { CalendarService } from './CalendarService';
import type { AdminAccess } from './admin/AdminServices';
import type { EvaluationStore } from './EvaluationStore';
import type { FeedbackStore } from './FeedbackStore';
import type { ModelCache } from './ModelCache';
import type { ModelPermissions, ModelSiteAccess } from './ModelPermissions';
import type { ModelStore } from './ModelStore';
import type { RoutineHistoryStore } from './RoutineHistoryStore';

/** Everything the UI needs from the outside world, behind small interfaces. */
export interface ProductServices {
  modelStore: ModelStore;
  modelCache: ModelCache;
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
