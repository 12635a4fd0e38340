import * as React from 'react';
import { Button, Field, makeStyles, mergeClasses, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Textarea, tokens } from '@fluentui/react-components';
import { levelDimension } from '../../../core/evaluation/levelDimension';
import { periodOfDate, recentPeriods } from '../../../core/evaluation/period';
import { pickText } from '../../../core/i18n/Locale';
import { modelLookupIndex } from '../../../core/mapping/modelLookupIndex';
import { EVALUATION_FORMS, EVALUATION_NEXT_STEPS, EVALUATION_QUESTIONS, type Evaluation, type EvaluationForm as FormKind, type EvaluationNextStep } from '../../../core/model/Evaluation';
import { isoToday } from '../../../core/model/reviewStatus';
import { fieldSchema, listSchema } from '../../../core/schema/lists';
import { useApp } from '../../app/AppContext';
import { formatPeriod } from '../common/formatting';
import { useServices } from '../../shell/ServicesContext';
import { PersonalDataWarning } from '../../common/PersonalDataWarning';
import { usePersonalDataGate } from '../usePersonalDataGate';
import { ScaleQuestion } from './ScaleQuestion';
import { useFieldStyles } from '../common/useFieldStyles';
import { SendFormFooter } from '../common/SendFormFooter';
import { sendOutcomeStrings } from '../common/sendOutcomeStrings';
import { useSubmission } from '../common/useSubmission';
import { useEvaluationStrings } from '../strings';

const useStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalL, maxWidth: '44em' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  questions: { display: 'grid', gap: tokens.spacingVerticalM, border: 'none', margin: 0, padding: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS }
});

const COMMENT_MAX_LENGTH = fieldSchema(listSchema('evaluations'), 'Comment').maxLength ?? 2000;

/**
 * One evaluation form for a level of the model: the staff version after a course of action, or the version
 * filled in together with the child or the parents. A few 1–5 questions and free text; it asks for no name and
 * no date, only the month.
 */
export function EvaluationForm(props: { level?: string }): React.ReactElement {
  const { model, locale, myService } = useApp();
  const ev = useEvaluationStrings();
  const s = useEvaluationStrings().form;
  const { evaluations } = useServices();
  const styles = useStyles();
  const fields = useFieldStyles();
  const gate = usePersonalDataGate();
  const levels = levelDimension(model.dimensions);
  const periods = React.useMemo(() => recentPeriods(isoToday(), 12), []);
  const [form, setForm] = React.useState<FormKind>('staff');
  const [level, setLevel] = React.useState(props.level && levels?.values.some((v) => v.key === props.level) ? props.level : levels?.values[0]?.key ?? '');
  const [service, setService] = React.useState(myService && model.services.some((x) => x.key === myService) ? myService : '');
  const [period, setPeriod] = React.useState(periodOfDate(isoToday()));
  const [scores, setScores] = React.useState<Evaluation['scores']>({});
  const [nextStep, setNextStep] = React.useState<EvaluationNextStep | ''>('');
  const [comment, setComment] = React.useState('');
  const [showErrors, setShowErrors] = React.useState(false);
  const commentRef = React.useRef<HTMLTextAreaElement>(null);
  const outcome = sendOutcomeStrings(locale);
  const content: Evaluation = { form, level, service, period, scores, nextStep: nextStep || undefined, comment: comment.trim() };
  // The same submission id until an answer changes: a resend can never store the evaluation twice.
  const submission = useSubmission((submissionId) => evaluations.submit(content, modelLookupIndex(model), submissionId));
  const state = submission.state;
  const busy = state === 'sending' || state === 'checking';

  if (!levels || levels.values.length === 0) return <p>{s.noLevels}</p>;

  const answered = EVALUATION_QUESTIONS.some((q) => scores[q] !== undefined);
  const send = (): void => submission.submit(JSON.stringify(content));
  const onSubmit = (event: React.FormEvent): void => {
    event.preventDefault();
    if (!service || !answered) {
      setShowErrors(true);
      return;
    }
    if (busy) return;
    if (gate.check([comment])) send();
  };

  if (state === 'sent') {
    return (
      <div className={styles.form}>
        <MessageBar intent="success">
          <MessageBarBody>
            <span role="status">{s.sent}</span>
          </MessageBarBody>
        </MessageBar>
        <div>
          <Button
            onClick={() => {
              setScores({});
              setNextStep('');
              setComment('');
              setShowErrors(false);
              submission.reset();
            }}
          >
            {s.another}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form className={mergeClasses(styles.form, fields.form)} onSubmit={onSubmit} noValidate aria-labelledby="tb-evaluation-form-title">
      <Field className={fields.field} label={s.who}>
        <RadioGroup value={form} onChange={(_e, data) => setForm(data.value as FormKind)}>
          {EVALUATION_FORMS.map((f) => (
            <Radio key={f} value={f} label={s.forms[f]} />
          ))}
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        <Field className={fields.field} label={s.level}>
          <Select className={fields.select} value={level} onChange={(_e, data) => setLevel(data.value)}>
            {levels.values.map((v) => (
              <option key={v.key} value={v.key}>
                {pickText(v.name, locale)}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={fields.field} label={s.service} required validationMessage={showErrors && !service ? ev.common.required : undefined}>
          <Select className={fields.select} value={service} onChange={(_e, data) => setService(data.value)}>
            <option value="">{s.chooseService}</option>
            {model.services.map((x) => (
              <option key={x.key} value={x.key}>
                {x.title}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={fields.field} label={s.period}>
          <Select className={fields.select} value={period} onChange={(_e, data) => setPeriod(data.value)}>
            {periods.map((p) => (
              <option key={p} value={p}>
                {formatPeriod(p, ev)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <fieldset className={styles.questions}>
        <legend className={styles.legend}>{s.scaleHint}</legend>
        {EVALUATION_QUESTIONS.map((q) => (
          <ScaleQuestion
            key={q}
            label={s.questions[form][q]}
            dontKnow={s.dontKnow}
            value={scores[q]}
            onChange={(value) => setScores({ ...scores, [q]: value })}
          />
        ))}
        {showErrors && !answered && (
          <MessageBar intent="error">
            <MessageBarBody>
              <span role="alert">{s.answerOne}</span>
            </MessageBarBody>
          </MessageBar>
        )}
      </fieldset>
      <Field className={fields.field} label={s.nextStep}>
        <Select className={fields.select} value={nextStep} onChange={(_e, data) => setNextStep(data.value as EvaluationNextStep | '')}>
          <option value="">{s.notDecided}</option>
          {EVALUATION_NEXT_STEPS.map((step) => (
            <option key={step} value={step}>
              {s.nextSteps[step]}
            </option>
          ))}
        </Select>
      </Field>
      <Field className={fields.field} label={s.comment} hint={s.commentHint}>
        <Textarea
          ref={commentRef}
          readOnly={busy}
          value={comment}
          maxLength={COMMENT_MAX_LENGTH}
          resize="vertical"
          rows={4}
          onChange={(_e, data) => {
            setComment(data.value);
            gate.reset();
            submission.edited();
          }}
        />
      </Field>
      {gate.findings && (
        <PersonalDataWarning
          findings={gate.findings}
          onEdit={() => {
            gate.reset();
            commentRef.current?.focus();
          }}
          onConfirm={() => {
            gate.confirm([comment]);
            send();
          }}
        />
      )}
      <SendFormFooter
        state={state}
        sendLabel={s.send}
        sendingLabel={ev.feedback.sending}
        failedText={outcome.notStored('evaluation')}
        checkingText={outcome.checking}
        stillCheckingText={outcome.stillChecking}
        stillChecking={submission.stillChecking}
        checkNowLabel={outcome.checkNow}
        onCheckNow={submission.checkNow}
      />
    </form>
  );
}
