import type { ItemIssue } from '../core/mapping/ItemIssue';
import type { TryggeBarnModel } from '../core/model/TryggeBarnModel';

export interface LoadedModel {
  model: TryggeBarnModel;
  /** Items skipped or references dropped, for admins. */
  issues: ItemIssue[];
  /** ISO time the model was read from the lists. */
  loadedAt: string;
}

export interface ModelLoadOptions {
  /** Admins see drafts; staff see published routines only. */
  includeDrafts: boolean;
}

/** Reads the municipality's model from wherever it lives. */
export interface ModelStore {
  loadModel(options: ModelLoadOptions): Promise<LoadedModel>;
}
