import type { ItemIssue } from '../core/mapping/ItemIssue';
import type { TryggeBarnModel } from '../core/model/TryggeBarnModel';

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
