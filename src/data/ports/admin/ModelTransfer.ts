import type { ItemIssue } from '../../../core/mapping/ItemIssue';
import type { ModelDocument } from '../../../core/model/ModelDocument';
import type { ListKey } from '../../../core/schema/ListSchema';
import type { ImportPlan } from '../../../core/transfer/planImport';
import type { WriteFailure } from '../WriteFailure';

export interface ModelExport {
  document: ModelDocument;
  /** Items left out because they have errors in the lists (they are not part of the model staff see either). */
  skipped: ItemIssue[];
}

export interface ImportProgress {
  phase: 'writing' | 'rollingBack' | 'verifying';
  done: number;
  total: number;
}

/** An item of the model as admins know it: its list and its key (or "dimension:value", or the setting's name). */
export interface ImportItemRef {
  list: ListKey;
  ref: string;
}

/**
 * Why an item the import had written is not as it was before the import:
 * - changedBySomeoneElse: after the import wrote it, someone else changed it (their change is kept);
 * - deletedBySomeoneElse: it is gone from the list;
 * - unavailable / denied: SharePoint kept failing, or refused, when it was put back;
 * - notChecked: the site could not be read afterwards, so it is not known whether it is as before.
 */
export type RestoreProblem = 'changedBySomeoneElse' | 'deletedBySomeoneElse' | 'unavailable' | 'denied' | 'notChecked';

export interface UnrestoredItem extends ImportItemRef {
  problem: RestoreProblem;
  /** The fields that differ from before the import, when known. */
  fields?: string[];
}

export type ImportOutcome =
  | { kind: 'applied'; written: number }
  /**
   * A write failed and the import was undone. The site was read again afterwards and every item the import may
   * have written was compared with its content (hash) from before the import: `restored` are the items the import
   * had changed and that are now as before; `notRestored` those that are not, and why. `verified` is true only
   * when that check ran and found nothing left — only then may the UI say "everything is as before".
   * `rollbackProblems` is `notRestored` as English lines (logs).
   */
  | {
      kind: 'rolledBack';
      failedAt: { list: ListKey; ref: string; reason: WriteFailure };
      verified: boolean;
      restored: ImportItemRef[];
      notRestored: UnrestoredItem[];
      rollbackProblems: string[];
    };

/** Export and import of the whole model as the documented JSON format (docs/model-format.md). */
export interface ModelTransfer {
  exportModel(): Promise<ModelExport>;
  /** What importing a validated document would write to this site now. */
  prepareImport(document: ModelDocument): Promise<ImportPlan>;
  /**
   * Writes the plan in order; a write whose answer is lost (or whose resend got 400/412) is settled by reading
   * it back. On the first real failure it undoes what it wrote (SharePoint has no transactions) and verifies it.
   */
  applyImport(plan: ImportPlan, onProgress?: (progress: ImportProgress) => void): Promise<ImportOutcome>;
}
