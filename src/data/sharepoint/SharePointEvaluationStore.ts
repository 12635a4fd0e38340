import type { SPFI } from '@pnp/sp';
import type { EvaluationAggregate } from '../../core/evaluation/EvaluationAggregator';
import { isPeriod, type PeriodRange } from '../../core/evaluation/period';
import { toRestValues } from '../../core/mapping/EntityMapping';
import type { LookupIndex } from '../../core/mapping/LookupIndex';
import { evaluationMapping } from '../../core/mapping/evaluationMapping';
import type { Evaluation } from '../../core/model/Evaluation';
import { listSchema } from '../../core/schema/lists';
import type { EvaluationStore } from '../ports/EvaluationStore';
import { readIdWindows } from './readListPages';
import { selectFields } from './selectFields';
import { createItemOnce, newSubmissionId } from './createItemOnce';

const EVALUATIONS = listSchema('evaluations');

/**
 * The fields the sums need. The free-text comment is left out: it is not counted, and 20,000 comments would
 * multiply what is downloaded.
 */
const AGGREGATE_FIELDS = selectFields(EVALUATIONS).filter((f) => f !== 'Comment');

/**
 * Evaluations in the "TB Evalueringer" list. The sums read a range of months in windows of 5,000 item ids, each
 * narrowed further by the indexed Period column: one `Period ge … and Period le …` filter over a year of more than
 * 5,000 evaluations is refused by SharePoint's list view threshold (see readIdWindows).
 */
export class SharePointEvaluationStore implements EvaluationStore {
  public constructor(private readonly sp: SPFI) {}

  public async submit(evaluation: Evaluation, lookups: LookupIndex, submissionId: string = newSubmissionId()): Promise<void> {
    await createItemOnce(this.sp.web.lists.getByTitle(EVALUATIONS.title), toRestValues(evaluationMapping.write(evaluation, lookups)), submissionId);
  }

  public async aggregate(range: PeriodRange, lookups: LookupIndex, onProgress?: (itemsRead: number) => void): Promise<EvaluationAggregate> {
    // Checked here because the values go into an OData filter string.
    if (!isPeriod(range.from) || !isPeriod(range.to)) throw new Error(`Not a range of months: ${range.from}–${range.to}`);
    // Only the project group's views sum evaluations: the aggregation comes with their chunk, not the staff bundle.
    const { EvaluationAggregator } = await import(/* webpackChunkName: 'evaluation' */ '../../core/evaluation/EvaluationAggregator');
    const aggregator = new EvaluationAggregator(lookups);
    let read = 0;
    await readIdWindows(this.sp.web.lists.getByTitle(EVALUATIONS.title).items, AGGREGATE_FIELDS, `Period ge '${range.from}' and Period le '${range.to}'`, (page) => {
      aggregator.addItems(page);
      read += page.length;
      onProgress?.(read);
    });
    return aggregator.result();
  }
}
