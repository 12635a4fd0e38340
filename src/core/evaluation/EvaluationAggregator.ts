import type { ItemIssue } from '../mapping/ItemIssue';
import { ItemReader } from '../mapping/ItemReader';
import type { LookupIndex } from '../mapping/LookupIndex';
import { isRawListItem, itemIdOf } from '../mapping/RawListItem';
import { evaluationMapping } from '../mapping/evaluationMapping';
import type { Evaluation, EvaluationForm } from '../model/Evaluation';
import { listSchema } from '../schema/lists';
import { countEvaluation, emptyTally, type EvaluationTally } from './EvaluationTally';

/** The finest grain kept: one month, one level, one service, one form. Every chart is a sum of cells. */
export interface EvaluationCell {
  level: string;
  service: string;
  period: string;
  form: EvaluationForm;
  tally: EvaluationTally;
}

export interface EvaluationAggregate {
  cells: EvaluationCell[];
  /** Evaluations counted. */
  counted: number;
  /** Items skipped because they could not be read. */
  skipped: number;
  /** Why, for the first MAX_REPORTED_ISSUES skipped items (a flood of bad items must not flood memory). */
  issues: ItemIssue[];
}

export const MAX_REPORTED_ISSUES = 100;

/**
 * Folds evaluation list items, page by page as they arrive, into cells. One pass, constant work per item and
 * memory proportional to the number of cells (months × levels × services × forms), not to the number of
 * items: 20,000 evaluations never sit in memory at once.
 */
export class EvaluationAggregator {
  private readonly cells = new Map<string, EvaluationCell>();
  private readonly issues: ItemIssue[] = [];
  private counted = 0;
  private skipped = 0;
  private rows = 0;
  private readonly schema = listSchema('evaluations');

  /** `lookups` resolves the Service lookup's ids to service keys. */
  public constructor(private readonly lookups: LookupIndex) {}

  /** Reads and counts one page of raw list items; unreadable items are skipped and reported. */
  public addItems(items: readonly unknown[]): void {
    for (const item of items) {
      this.rows += 1;
      if (!isRawListItem(item)) {
        this.skip([{ severity: 'error', list: this.schema.title, item: `row ${this.rows}`, field: '(item)', message: 'is not a list item' }]);
        continue;
      }
      const reader = new ItemReader(this.schema, item, this.lookups, itemIdOf(item) ?? `row ${this.rows}`);
      let evaluation: Evaluation;
      try {
        evaluation = evaluationMapping.read(reader);
      } catch (e) {
        reader.error('(item)', `could not be read: ${(e as Error).message}`);
        this.skip(reader.issues);
        continue;
      }
      if (reader.hasErrors) this.skip(reader.issues);
      else this.add(evaluation);
    }
  }

  /** Counts one evaluation that is already known to be valid. */
  public add(evaluation: Evaluation): void {
    const key = `${evaluation.level}\u0000${evaluation.service}\u0000${evaluation.period}\u0000${evaluation.form}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { level: evaluation.level, service: evaluation.service, period: evaluation.period, form: evaluation.form, tally: emptyTally() };
      this.cells.set(key, cell);
    }
    countEvaluation(cell.tally, evaluation);
    this.counted += 1;
  }

  public result(): EvaluationAggregate {
    return { cells: [...this.cells.values()], counted: this.counted, skipped: this.skipped, issues: [...this.issues] };
  }

  private skip(issues: readonly ItemIssue[]): void {
    this.skipped += 1;
    for (const issue of issues) {
      if (this.issues.length >= MAX_REPORTED_ISSUES) break;
      if (issue.severity === 'error') this.issues.push(issue);
    }
  }
}
