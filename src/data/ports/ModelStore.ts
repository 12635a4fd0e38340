import type { ItemIssue } from '../../core/mapping/ItemIssue';
import type { TryggeBarnModel } from '../../core/model/TryggeBarnModel';

export interface LoadedModel {
  model: TryggeBarnModel;
  /** Items skipped or references dropped, for admins. */
  issues: ItemIssue[];
  /** ISO time the model was read from the lists. */
  loadedAt: string;
  /**
   * The site's time zone (IANA) its DateOnly values were read in, from `web/RegionalSettings/TimeZone`; pass it
   * to `new LookupIndex(…)` when writing dates back. Absent in models cached before it was recorded.
   */
  siteTimeZone?: string;
  /**
   * The routines' keys in Norwegian title order, as the device cache keeps them with the model, so the routines
   * view needs no collator while the page starts. Absent on a model read from SharePoint.
   */
  routineTitleOrder?: string[];
}

export interface ModelLoadOptions {
  /** Admins see drafts; staff see published routines only. */
  includeDrafts: boolean;
}

/** Reads the municipality's model from wherever it lives. */
export interface ModelStore {
  loadModel(options: ModelLoadOptions): Promise<LoadedModel>;
  /**
   * A cheap stamp that changes whenever any model list changes (an item added, edited or deleted), so a
   * cached model can be revalidated with one small request.
   */
  modelStamp(options: ModelLoadOptions): Promise<string>;
}

/** What SharePoint's effective permissions say the user may do on the model site. */
export interface ModelAccess {
  /** EditListItems on «TB Rutiner»: a model editor. */
  canEditModel: boolean;
  /** ManageWeb on the model site: may set it up. */
  canManageModelSite: boolean;
}

/** What the tenant property `TryggeBarnModelSite` gave. */
export type TenantPropertyRead = { kind: 'set'; value: string } | { kind: 'unset' } | { kind: 'unreadable' };

/** The parts of the one opening request. */
export interface ModelOpenRequest {
  /** Read the tenant property too (only when the model site may be the page's own web). */
  tenantProperty?: boolean;
  /** Read the user's effective permissions (web and «TB Rutiner»). */
  access: boolean;
  /** The model's lists (and the site's time zone): none (stamps only), published routines, or with drafts. */
  model: 'none' | 'published' | 'withDrafts';
}

export interface ModelOpenAnswer {
  tenantProperty?: TenantPropertyRead;
  access?: ModelAccess;
  /** The lists' stamp, read in the same request as the lists (undefined when it could not be read). */
  stamp?: string;
  /** The model as staff see it (published routines). */
  loaded?: LoadedModel;
  /** The model with drafts, for editors' views. */
  withDrafts?: LoadedModel;
  /** Why the model's lists could not be read (e.g. a site without them). */
  modelError?: unknown;
}

/** A store that opens the model in one request (SharePoint: one `$batch`). */
export interface ModelOpenStore {
  open(request: ModelOpenRequest): Promise<ModelOpenAnswer>;
  /** The lists' stamp alone, with one GET (no request digest needed). */
  listsStamp(): Promise<string>;
}
