import * as React from 'react';
import { Button, Field, makeStyles, Select, Text, Title2, Title3, tokens } from '@fluentui/react-components';
import { yearRange } from '../../../core/evaluation/period';
import { buildYearlyReport, type YearlyReport } from '../../../core/evaluation/yearlyReport';
import { LookupIndex } from '../../../core/mapping/LookupIndex';
import { modelLookupIndex } from '../../../core/mapping/modelLookupIndex';
import { isoToday, type ReviewState } from '../../../core/model/reviewStatus';
import type { RoutineHistoryEntry } from '../../../core/model/RoutineHistory';
import { useApp } from '../../app/AppContext';
import { formatDate } from '../../common/formatDate';
import { ActionPlanTable } from '../actionPlan/ActionPlanView';
import { EvaluationFigures } from '../charts/EvaluationFigures';
import { LoadStatus } from '../../common/LoadStatus';
import { RequireModelEditor } from '../common/RequireModelEditor';
import { useLoad } from '../../common/useLoad';
import { useServices } from '../../shell/ServicesContext';
import { selectableYears } from '../results/EvaluationResultsView';
import { useFieldStyles } from '../common/useFieldStyles';
import { useEvaluationStrings } from '../strings';

const useStyles = makeStyles({
  report: {
    maxWidth: '60em',
    '@media print': { maxWidth: 'none', fontSize: '11pt', color: '#000' }
  },
  controls: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalL, marginBlock: tokens.spacingVerticalM, '@media print': { display: 'none' } },
  section: { marginTop: tokens.spacingVerticalXL, breakInside: 'avoid-page' },
  pageBreak: { '@media print': { breakBefore: 'page' } },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  facts: { display: 'grid', gridTemplateColumns: 'max-content auto', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0, fontVariantNumeric: 'tabular-nums' },
  muted: { color: tokens.colorNeutralForeground2 }
});

const REVIEW_ORDER: readonly ReviewState[] = ['overdue', 'dueSoon', 'current', 'unknown'];

function RoutineList(props: { title: string; routines: readonly RoutineHistoryEntry[] }): React.ReactElement {
  const styles = useStyles();
  return (
    <>
      <Text as="h3" weight="semibold">
        {props.title}
      </Text>
      {props.routines.length > 0 && (
        <ul className={styles.list}>
          {props.routines.map((r) => (
            <li key={r.key}>{r.title}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function ReportBody(props: { report: YearlyReport }): React.ReactElement {
  const { locale } = useApp();
  const ev = useEvaluationStrings();
  const s = useEvaluationStrings().report;
  const styles = useStyles();
  const { report } = props;
  return (
    <>
      <Text as="p" className={styles.muted}>
        {s.madeOn(formatDate(report.madeOn, locale))}
      </Text>
      <section className={styles.section} aria-labelledby="tb-report-changes">
        <Title3 as="h2" id="tb-report-changes">
          {s.changesTitle}
        </Title3>
        <p>{s.routinesTotal(report.routines.total)}</p>
        <RoutineList title={s.added(report.routines.added.length)} routines={report.routines.added} />
        <RoutineList title={s.reviewed(report.routines.reviewed.length)} routines={report.routines.reviewed} />
        <RoutineList title={s.changedOnly(report.routines.changedOnly.length)} routines={report.routines.changedOnly} />
      </section>
      <section className={styles.section} aria-labelledby="tb-report-review">
        <Title3 as="h2" id="tb-report-review">
          {s.reviewTitle}
        </Title3>
        <dl className={styles.facts}>
          {REVIEW_ORDER.map((state) => (
            <React.Fragment key={state}>
              <dt className={styles.term}>{s.reviewStates[state]}</dt>
              <dd className={styles.detail}>{report.review.counts[state]}</dd>
            </React.Fragment>
          ))}
        </dl>
        {report.review.overdue.length > 0 && (
          <>
            <Text as="h3" weight="semibold">
              {s.overdueRoutines}
            </Text>
            <ul className={styles.list}>
              {report.review.overdue.map((r) => (
                <li key={r.key}>
                  {r.title} ({formatDate(r.nextReview as string, locale)})
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section className={`${styles.section} ${styles.pageBreak}`} aria-labelledby="tb-report-evaluations">
        <Title3 as="h2" id="tb-report-evaluations">
          {s.evaluationsTitle}
        </Title3>
        {report.evaluations.skipped > 0 && <p>{ev.common.unreadable(report.evaluations.skipped)}</p>}
        <EvaluationFigures summary={report.evaluations.summary} year={report.year} idPrefix="tb-report" />
      </section>
      <section className={`${styles.section} ${styles.pageBreak}`} aria-labelledby="tb-report-action-plan">
        <Title3 as="h2" id="tb-report-action-plan">
          {s.actionPlanTitle}
        </Title3>
        <ActionPlanTable headingId="tb-report-action-plan" />
      </section>
      <section className={styles.section} aria-labelledby="tb-report-feedback">
        <Title3 as="h2" id="tb-report-feedback">
          {s.feedbackTitle}
        </Title3>
        <p>{s.feedbackSummary(report.feedback.received, report.feedback.done)}</p>
      </section>
    </>
  );
}

function ReportContent(props: { year: number; onYearChange: (year: number) => void }): React.ReactElement {
  const { model } = useApp();
  const s = useEvaluationStrings().report;
  const { evaluations, routineHistory, feedback } = useServices();
  const styles = useStyles();
  const fields = useFieldStyles();
  const today = isoToday();
  const years = selectableYears(today);
  const { year } = props;
  const [state, reload] = useLoad<YearlyReport>(async () => {
    const [history, aggregate] = await Promise.all([routineHistory.read(), evaluations.aggregate(yearRange(year), modelLookupIndex(model))]);
    const routineIds = new LookupIndex();
    for (const r of history.routines) if (r.id !== undefined) routineIds.add('routines', r.id, r.key);
    const received = await feedback.readAll(routineIds);
    return buildYearlyReport({
      year,
      today,
      municipality: model.settings.municipality,
      routines: history.routines,
      actionPlan: model.actionPlan,
      evaluationCells: aggregate.cells,
      evaluationsSkipped: aggregate.skipped,
      feedback: received.feedback
    });
  }, [year, model, evaluations, routineHistory, feedback]);
  return (
    <>
      <div className={styles.controls}>
        <Field className={fields.field} label={s.year}>
          <Select className={fields.select} value={String(year)} onChange={(_e, data) => props.onYearChange(Number(data.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
        <Button appearance="primary" disabled={state.kind !== 'loaded'} onClick={() => window.print()}>
          {s.print}
        </Button>
      </div>
      <LoadStatus state={state} onRetry={reload} />
      {state.kind === 'loaded' && <ReportBody report={state.value} />}
    </>
  );
}

/**
 * One action makes the summary for the municipality's annual report ("det rapporteres årlig i årsrapporten"):
 * laid out for paper, so the browser's print or "save as PDF" gives the document to attach.
 */
export function YearlyReportView(): React.ReactElement {
  const { model } = useApp();
  const s = useEvaluationStrings().report;
  const styles = useStyles();
  const [year, setYear] = React.useState(() => selectableYears(isoToday())[0]);
  return (
    <article className={styles.report} aria-labelledby="tb-report-title">
      <Title2 as="h1" id="tb-report-title">
        {s.title(year)}
      </Title2>
      <Text as="p">{s.subtitle(model.settings.municipality)}</Text>
      <p className={styles.muted}>{s.intro}</p>
      <RequireModelEditor>
        <ReportContent year={year} onYearChange={setYear} />
      </RequireModelEditor>
    </article>
  );
}
