import { pickText, type Locale } from '../../../core/i18n/Locale';
import type { EvaluationSummary } from '../../../core/evaluation/summarizeEvaluations';
import { meanOf, overallMean, type EvaluationTally } from '../../../core/evaluation/EvaluationTally';
import { periodsOfYear } from '../../../core/evaluation/period';
import type { ModelDimension } from '../../../core/model/Dimension';
import { EVALUATION_NEXT_STEPS, EVALUATION_QUESTIONS } from '../../../core/model/Evaluation';
import type { Service } from '../../../core/model/Service';
import type { EvaluationStrings } from '../strings';
import { formatScore } from '../common/formatting';
import type { ChartBar } from './BarChart';
import { compareNorwegian } from '../../../core/i18n/compareNorwegian';

/** The bars of each chart of the results and the yearly report, from a summary: pure, so both views agree. */
export interface ChartContext {
  strings: EvaluationStrings;
  locale: Locale;
  levels: ModelDimension | undefined;
  services: readonly Service[];
}

/**
 * Fewest answers behind a mean that is shown. A mean of one answer is that one person's scores: with fewer, the row
 * says "for få svar" (too few answers) and no bar is drawn.
 */
export const MIN_ANSWERS_FOR_MEAN = 2;

/** A mean as a bar, or "too few answers" for fewer than MIN_ANSWERS_FOR_MEAN (and nothing for none). */
function meanOrTooFew(mean: number | undefined, answers: number, context: ChartContext): Pick<ChartBar, 'value' | 'valueText'> {
  if (mean === undefined || answers === 0) return { value: undefined, valueText: '' };
  if (answers < MIN_ANSWERS_FOR_MEAN) return { value: undefined, valueText: context.strings.chart.tooFew };
  return { value: mean, valueText: formatScore(mean, context.locale) };
}

function meanBar(key: string, label: string, tally: EvaluationTally | undefined, context: ChartContext): ChartBar {
  const mean = tally ? overallMean(tally) : undefined;
  return { key, label, ...meanOrTooFew(mean, tally?.evaluations ?? 0, context), extraText: String(tally?.evaluations ?? 0) };
}

/** Every level of the model in its order, those without evaluations too: a gap is worth seeing. */
export function levelBars(summary: EvaluationSummary, context: ChartContext): ChartBar[] {
  const byKey = new Map(summary.byLevel.map((g) => [g.key, g.tally]));
  const known = (context.levels?.values ?? []).map((v) => meanBar(v.key, pickText(v.name, context.locale), byKey.get(v.key), context));
  const knownKeys = new Set(known.map((b) => b.key));
  const unknown = summary.byLevel.filter((g) => !knownKeys.has(g.key)).map((g) => meanBar(g.key, g.key, g.tally, context));
  return [...known, ...unknown];
}

export function questionBars(summary: EvaluationSummary, context: ChartContext): ChartBar[] {
  return EVALUATION_QUESTIONS.map((q) => {
    const stats = summary.overall.scores[q];
    const mean = meanOf(stats);
    return {
      key: q,
      label: context.strings.results.questionShort[q],
      ...meanOrTooFew(mean, stats.answers, context),
      extraText: String(stats.answers)
    };
  });
}

export function serviceBars(summary: EvaluationSummary, context: ChartContext): ChartBar[] {
  const titles = new Map(context.services.map((s) => [s.key, s.title]));
  return summary.byService
    .map((g) => meanBar(g.key, titles.get(g.key) ?? g.key, g.tally, context))
    .sort((a, b) => compareNorwegian(a.label, b.label));
}

/** Evaluations in each month of the year, empty months included. */
export function periodBars(summary: EvaluationSummary, year: number, context: ChartContext): ChartBar[] {
  const byKey = new Map(summary.byPeriod.map((g) => [g.key, g.tally.evaluations]));
  return periodsOfYear(year).map((period, i) => {
    const count = byKey.get(period) ?? 0;
    return { key: period, label: context.strings.common.monthNames[i], value: count, valueText: String(count) };
  });
}

export function nextStepBars(summary: EvaluationSummary, context: ChartContext): ChartBar[] {
  return EVALUATION_NEXT_STEPS.map((step) => {
    const count = summary.overall.nextSteps[step];
    return { key: step, label: context.strings.form.nextSteps[step], value: count, valueText: String(count) };
  });
}

/** The largest value of some bars, at least 1 so an empty chart still draws. */
export function largest(bars: readonly ChartBar[]): number {
  return Math.max(1, ...bars.map((b) => b.value ?? 0));
}
