import type { ReviewState } from '../../../core/model/reviewStatus';
import type { Routine } from '../../../core/model/Routine';
import type { WriteFailure } from '../../../data/ports/WriteFailure';

/** The routine fields a conflict can show, named as admins know them. */
type ComparedField = keyof Pick<
  Routine,
  'title' | 'summary' | 'steps' | 'status' | 'owner' | 'responsibleService' | 'legalBasis' | 'lastReviewed' | 'nextReview' | 'placements' | 'arenas' | 'audience' | 'urgent'
>;

/** Every string of the admin views (editing, review, provisioning, import/export), in nb, nn and en. */
export interface AdminStrings {
  /** Items the mapping skipped, shown to admins (used before the admin views existed; kept). */
  issuesTitle: (n: number) => string;
  issuesIntro: string;
  issueLine: (list: string, item: string, field: string, message: string) => string;

  title: string;
  intro: string;
  sectionsLabel: string;
  sections: { routines: string; review: string; readiness: string; transfer: string; setup: string };
  failures: Record<WriteFailure, string>;

  routinesTitle: string;
  routinesIntro: string;
  routinesCaption: string;
  columns: { title: string; status: string; owner: string; nextReview: string; changed: string };
  status: { draft: string; published: string };
  noDate: string;
  changedOn: (date: string, who: string | undefined) => string;
  editRoutine: (title: string) => string;

  editorTitle: (title: string) => string;
  backToList: string;
  notFound: string;
  fields: Record<ComparedField, string>;
  stepsTitle: string;
  stepsHint: string;
  stepLegend: (n: number, total: number) => string;
  step: { what: string; how: string; who: string; deadline: string; tools: string };
  toolsChosen: (n: number) => string;
  addStep: string;
  /** Step buttons; each is described by its step's legend ("Trinn 2 av 4"). */
  moveUp: string;
  moveDown: string;
  removeStep: string;
  save: string;
  saving: string;
  discard: string;
  publish: string;
  unpublish: string;
  noChanges: string;
  unsavedChanges: string;
  saved: string;
  publishedNow: string;
  unpublishedNow: string;
  fixProblems: (n: number) => string;
  validation: {
    required: string;
    tooLong: (length: number, limit: number) => string;
    noSteps: string;
    tooManySteps: (count: number, limit: number) => string;
    noWhat: string;
  };
  previewTitle: string;
  previewDraftNote: string;
  versionHistory: string;
  lastChanged: (date: string, who: string | undefined) => string;
  editInListNote: string;

  conflictTitle: string;
  conflictIntro: (who: string | undefined, when: string | undefined) => string;
  conflictCaption: string;
  conflictColumns: { field: string; mine: string; theirs: string; changedBy: string };
  changedBy: { me: string; them: string; both: string };
  keepMine: string;
  keepMineHint: string;
  takeTheirs: string;
  takeTheirsHint: string;
  keptMine: string;
  tookTheirs: string;
  empty: string;
  yes: string;
  no: string;

  reviewTitle: string;
  reviewIntro: string;
  reviewCounts: (overdue: number, dueSoon: number, unknown: number) => string;
  groupBy: string;
  byOwner: string;
  byService: string;
  noOwner: string;
  noService: string;
  reviewState: Record<ReviewState, string>;
  reviewColumns: { routine: string; state: string; nextReview: string; action: string };
  markReviewed: string;
  markReviewedLabel: (title: string) => string;
  markedReviewed: (title: string, next: string) => string;
  changedMeanwhile: (title: string) => string;
  remind: string;
  remindLabel: (owner: string) => string;
  reminderSubject: (municipality: string) => string;
  reminderBody: (owner: string, routines: string, interval: number) => string;
  reminderLine: (title: string, state: string, link: string) => string;
  reminderNote: string;
  /** Beside a reminder whose owner has no e-mail address in the model. */
  reminderNoAddress: (owner: string) => string;
  nothingDue: string;

  transferTitle: string;
  exportTitle: string;
  exportIntro: string;
  exportButton: string;
  exporting: string;
  exported: (file: string) => string;
  exportSkipped: (n: number) => string;
  importTitle: string;
  importIntro: string;
  chooseFile: string;
  checkingFile: string;
  problemsTitle: (n: number) => string;
  problemsIntro: string;
  problemsCaption: string;
  problemColumns: { where: string; row: string; field: string; message: string };
  planTitle: string;
  planIntro: string;
  planCaption: string;
  planColumns: { list: string; create: string; update: string; unchanged: string; onlyOnSite: string };
  onlyOnSiteNote: string;
  nothingToImport: string;
  importButton: string;
  cancel: string;
  importing: (done: number, total: number) => string;
  rollingBack: (done: number, total: number) => string;
  imported: (n: number) => string;
  rolledBack: (list: string, ref: string, reason: string) => string;
  rollbackProblems: string;

  setupTitle: string;
  setupIntro: string;
  checkingSite: string;
  setupNotAllowed: string;
  upToDate: (version: number) => string;
  changesNeeded: (n: number, version: number) => string;
  setupButton: string;
  settingUp: (done: number, total: number) => string;
  setupDone: (n: number) => string;
  setupStopped: (action: string, reason: string) => string;
  setupWarningsTitle: string;
  setupOffer: string;
  actions: {
    createList: (list: string) => string;
    renameList: (from: string, list: string) => string;
    configureTitleField: (list: string) => string;
    addField: (list: string, field: string) => string;
    indexField: (list: string, field: string) => string;
    enableVersioning: (list: string) => string;
    disableContentApproval: (list: string) => string;
    createEditorsGroup: (group: string) => string;
    breakInheritance: (list: string) => string;
    grantRole: (list: string, principal: string, level: string) => string;
    setItemSecurity: (list: string) => string;
  };
}
