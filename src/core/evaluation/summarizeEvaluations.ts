import type { EvaluationForm } from '../model/Evaluation';
import type { EvaluationCell } from './EvaluationAggregator';
import { emptyTally, mergeTally, type EvaluationTally } from './EvaluationTally';

/** Which cells to include: any mix of level, service, form and a closed range of months. */
export interface EvaluationFilter {
  level?: string;
  service?: string;
  form?: EvaluationForm;
  fromPeriod?: string;
  toPeriod?: string;
}

export type EvaluationDimension = 'level' | 'service' | 'period';

export interface EvaluationGroup {
  /** The level key, service key or period the group is for. */
  key: string;
  tally: EvaluationTally;
}

/** The same evaluations seen three ways, plus all of them together. */
export interface EvaluationSummary {
  overall: EvaluationTally;
  byLevel: EvaluationGroup[];
  byService: EvaluationGroup[];
  byPeriod: EvaluationGroup[];
}

export function matchesFilter(cell: EvaluationCell, filter: EvaluationFilter): boolean {
  return (
    (filter.level === undefined || cell.level === filter.level) &&
    (filter.service === undefined || cell.service === filter.service) &&
    (filter.form === undefined || cell.form === filter.form) &&
    (filter.fromPeriod === undefined || cell.period >= filter.fromPeriod) &&
    (filter.toPeriod === undefined || cell.period <= filter.toPeriod)
  );
}

/** Sums cells per value of one dimension, sorted by key (periods chronologically, levels "0"–"3"). */
export function groupBy(cells: readonly EvaluationCell[], dimension: EvaluationDimension, filter: EvaluationFilter = {}): EvaluationGroup[] {
  const groups = new Map<string, EvaluationTally>();
  for (const cell of cells) {
    if (!matchesFilter(cell, filter)) continue;
    const key = cell[dimension];
    let tally = groups.get(key);
    if (!tally) {
      tally = emptyTally();
      groups.set(key, tally);
    }
    mergeTally(tally, cell.tally);
  }
  return [...groups.entries()].map(([key, tally]) => ({ key, tally })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Per level, per service and per period, for the cells the filter lets through. Work grows with cells, not items. */
export function summarizeEvaluations(cells: readonly EvaluationCell[], filter: EvaluationFilter = {}): EvaluationSummary {
  const overall = emptyTally();
  for (const cell of cells) if (matchesFilter(cell, filter)) mergeTally(overall, cell.tally);
  return {
    overall,
    byLevel: groupBy(cells, 'level', filter),
    byService: groupBy(cells, 'service', filter),
    byPeriod: groupBy(cells, 'period', filter)
  };
}
