import type { ItemIssue } from '../../core/mapping/ItemIssue';
import type { ModelDocument } from '../../core/model/ModelDocument';
import type { ListKey } from '../../core/schema/ListSchema';
import type { ImportPlan } from '../../core/transfer/planImport';
import type { WriteFailure } from './WriteFailure';

export interface ModelExport {
  document: ModelDocument;
  /** Items left out because they have errors in the lists (they are not part of the model staff see either). */
  skipped: ItemIssue[];
}

export interface ImportProgress {
  phase: 'writing' | 'rollingBack';
  done: number;
  total: number;
}

export type ImportOutcome =
  | { kind: 'applied'; written: number }
  /**
   * A write failed; everything this import had written was put back as it was. `rollbackProblems` names what
   * could not be put back (someone changed it meanwhile, or SharePoint failed again) — normally empty.
   */
  | { kind: 'rolledBack'; failedAt: { list: ListKey; ref: string; reason: WriteFailure }; rollbackProblems: string[] };

/** Export and import of the whole model as the documented JSON format (docs/model-format.md). */
export interface ModelTransfer {
  exportModel(): Promise<ModelExport>;
  /** What importing a validated document would write to this site now. */
  prepareImport(document: ModelDocument): Promise<ImportPlan>;
  /** Writes the plan in order; on the first failure, undoes what it wrote (SharePoint has no transactions). */
  applyImport(plan: ImportPlan, onProgress?: (progress: ImportProgress) => void): Promise<ImportOutcome>;
}
