import * as React from 'react';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { levelDimension } from '../../../core/evaluation/levelDimension';
import { overallMean } from '../../../core/evaluation/EvaluationTally';
import type { EvaluationSummary } from '../../../core/evaluation/summarizeEvaluations';
import { useApp } from '../../app/AppContext';
import { formatScore } from '../common/formatting';
import { BarChart } from './BarChart';
import { largest, levelBars, MIN_ANSWERS_FOR_MEAN, nextStepBars, periodBars, questionBars, serviceBars, type ChartContext } from './evaluationCharts';
import { useEvaluationStrings } from '../strings';

const useStyles = makeStyles({
  headline: { display: 'block', fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, marginBlock: tokens.spacingVerticalM },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 22em), 1fr))', columnGap: tokens.spacingHorizontalXXL }
});

/** The figures a leader reads at a glance: how many, the mean, then per level, question, service, month and outcome. */
export function EvaluationFigures(props: { summary: EvaluationSummary; year: number; idPrefix: string }): React.ReactElement {
  const { locale, model } = useApp();
  const ev = useEvaluationStrings();
  const s = useEvaluationStrings().results;
  const styles = useStyles();
  const context: ChartContext = { strings: ev, locale, levels: levelDimension(model.dimensions), services: model.services };
  const { summary } = props;
  const mean = overallMean(summary.overall);
  if (summary.overall.evaluations === 0) return <p>{s.noData}</p>;
  const levels = levelBars(summary, context);
  const questions = questionBars(summary, context);
  const services = serviceBars(summary, context);
  const periods = periodBars(summary, props.year, context);
  const nextSteps = nextStepBars(summary, context);
  const id = (name: string): string => `${props.idPrefix}-${name}`;
  return (
    <div>
      <Text as="p" className={styles.headline} data-testid="evaluation-headline">
        {s.count(summary.overall.evaluations)}
        {mean !== undefined &&
          (summary.overall.evaluations < MIN_ANSWERS_FOR_MEAN ? ` · ${ev.chart.tooFewForMean}` : ` · ${s.mean(formatScore(mean, locale))}`)}
      </Text>
      <div className={styles.grid}>
        <BarChart id={id('levels')} title={s.byLevel} bars={levels} max={5} categoryHeader={ev.form.level} valueHeader={s.averageColumn} extraHeader={s.evaluationsColumn} />
        <BarChart id={id('questions')} title={s.byQuestion} bars={questions} max={5} categoryHeader={s.questionColumn} valueHeader={s.averageColumn} extraHeader={s.answersColumn} />
        <BarChart id={id('services')} title={s.byService} bars={services} max={5} categoryHeader={s.service} valueHeader={s.averageColumn} extraHeader={s.evaluationsColumn} />
        <BarChart id={id('periods')} title={s.byPeriod} bars={periods} max={largest(periods)} categoryHeader={ev.form.period} valueHeader={s.evaluationsColumn} />
        <BarChart id={id('next-steps')} title={s.nextSteps} bars={nextSteps} max={largest(nextSteps)} categoryHeader={ev.form.nextStep} valueHeader={s.evaluationsColumn} />
      </div>
    </div>
  );
}
