import * as React from 'react';
import { Field, makeStyles, MessageBar, MessageBarBody, Select, tokens } from '@fluentui/react-components';
import type { EvaluationAggregate } from '../../../core/evaluation/EvaluationAggregator';
import { yearRange } from '../../../core/evaluation/period';
import { summarizeEvaluations, type EvaluationFilter } from '../../../core/evaluation/summarizeEvaluations';
import { modelLookupIndex } from '../../../core/mapping/modelLookupIndex';
import { EVALUATION_FORMS, type EvaluationForm } from '../../../core/model/Evaluation';
import { isoToday } from '../../../core/model/reviewStatus';
import { useApp } from '../../app/AppContext';
import { EvaluationFigures } from '../charts/EvaluationFigures';
import { LoadStatus } from '../../common/LoadStatus';
import { RequireModelEditor } from '../common/RequireModelEditor';
import { useLoad } from '../../common/useLoad';
import { useServices } from '../../shell/ServicesContext';
import { useFieldStyles } from '../common/useFieldStyles';
import { EvaluationPage } from '../common/EvaluationPage';
import { useEvaluationStrings } from '../strings';

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, marginBlock: tokens.spacingVerticalM }
});

/** The last five years, this one first. */
export function selectableYears(today: string): number[] {
  const year = Number(today.slice(0, 4));
  return [0, 1, 2, 3, 4].map((n) => year - n);
}

function ResultsContent(): React.ReactElement {
  const { model } = useApp();
  const ev = useEvaluationStrings();
  const s = useEvaluationStrings().results;
  const { evaluations } = useServices();
  const styles = useStyles();
  const fields = useFieldStyles();
  const years = selectableYears(isoToday());
  const [year, setYear] = React.useState(years[0]);
  const [service, setService] = React.useState('');
  const [form, setForm] = React.useState('');
  const [progress, setProgress] = React.useState(0);
  const [state, reload] = useLoad<EvaluationAggregate>(() => {
    setProgress(0);
    return evaluations.aggregate(yearRange(year), modelLookupIndex(model), setProgress);
  }, [year, evaluations, model]);
  const filter: EvaluationFilter = { service: service || undefined, form: (form || undefined) as EvaluationForm | undefined };
  return (
    <>
      <div className={styles.filters}>
        <Field className={fields.field} label={s.year}>
          <Select className={fields.select} value={String(year)} onChange={(_e, data) => setYear(Number(data.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={fields.field} label={s.service}>
          <Select className={fields.select} value={service} onChange={(_e, data) => setService(data.value)}>
            <option value="">{s.allServices}</option>
            {model.services.map((svc) => (
              <option key={svc.key} value={svc.key}>
                {svc.title}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={fields.field} label={s.form}>
          <Select className={fields.select} value={form} onChange={(_e, data) => setForm(data.value)}>
            <option value="">{s.bothForms}</option>
            {EVALUATION_FORMS.map((f) => (
              <option key={f} value={f}>
                {ev.form.forms[f]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <LoadStatus state={state} onRetry={reload} loadingLabel={progress > 0 ? s.reading(progress) : undefined} />
      {state.kind === 'loaded' && (
        <>
          {state.value.skipped > 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>{ev.common.unreadable(state.value.skipped)}</MessageBarBody>
            </MessageBar>
          )}
          <EvaluationFigures summary={summarizeEvaluations(state.value.cells, filter)} year={year} idPrefix="tb-results" />
        </>
      )}
    </>
  );
}

/** The evaluations' results for the project group, as charts with tables beside them. */
export function EvaluationResultsView(): React.ReactElement {
  const s = useEvaluationStrings().results;
  return (
    <EvaluationPage headingId="tb-results-title" title={s.title} intro={s.intro}>
      <RequireModelEditor>
        <ResultsContent />
      </RequireModelEditor>
    </EvaluationPage>
  );
}
