import type { EvaluationAggregate } from '../../core/evaluation/EvaluationAggregator';
import type { PeriodRange } from '../../core/evaluation/period';
import type { LookupIndex } from '../../core/mapping/LookupIndex';
import type { Evaluation } from '../../core/model/Evaluation';

/** Evaluation forms (Levanger's evaluation on every level): staff send them, the project group reads the sums. */
export interface EvaluationStore {
  /** As FeedbackStore.submit: once per `submissionId`, and never a false "not stored". */
  submit(evaluation: Evaluation, lookups: LookupIndex, submissionId?: string): Promise<void>;
  /**
   * Reads the evaluations of a range of months page by page and folds them into cells as they arrive.
   * `onProgress` hears the number of items read so far after each page.
   */
  aggregate(range: PeriodRange, lookups: LookupIndex, onProgress?: (itemsRead: number) => void): Promise<EvaluationAggregate>;
}
