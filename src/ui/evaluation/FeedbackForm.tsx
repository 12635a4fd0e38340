import * as React from 'react';
import { Button, Checkbox, Field, Input, makeStyles, mergeClasses, MessageBar, MessageBarBody, Select, Textarea, tokens } from '@fluentui/react-components';
import { modelLookupIndex } from '../../core/mapping/modelLookupIndex';
import { TEXT_MAX_LENGTH } from '../../core/schema/FieldSchema';
import { fieldSchema, listSchema } from '../../core/schema/lists';
import { useApp } from '../app/AppContext';
import { useServices } from '../shell/ServicesContext';
import { PersonalDataWarning } from '../common/PersonalDataWarning';
import { usePersonalDataGate } from './usePersonalDataGate';
import { useFieldStyles } from './common/useFieldStyles';
import { SendFormFooter } from './common/SendFormFooter';
import { sendOutcomeStrings } from './common/sendOutcomeStrings';
import { useSubmission } from './common/useSubmission';
import { useEvaluationStrings } from './strings';
import { compareNorwegian } from '../../core/i18n/compareNorwegian';

const useStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalM, maxWidth: '40em' },
  note: { color: tokens.colorNeutralForeground2, margin: 0 }
});

const BODY_MAX_LENGTH = fieldSchema(listSchema('feedback'), 'Body').maxLength ?? 4000;

export interface FeedbackFormProps {
  /** On a routine's page: the feedback is about that routine, and no routine is asked for. */
  routineKey?: string;
  /** Makes the form's ids unique when it is on a page with another form. */
  idPrefix: string;
}

/**
 * "Alle skal med": a short form anyone can send. Anonymous unless the person ticks "include my name"; text that
 * looks like a child's name, age or birth number is shown back before anything is sent.
 */
export function FeedbackForm(props: FeedbackFormProps): React.ReactElement {
  const { model, host, locale } = useApp();
  const ev = useEvaluationStrings();
  const outcome = sendOutcomeStrings(locale);
  const s = useEvaluationStrings().feedback;
  const { feedback } = useServices();
  const styles = useStyles();
  const fields = useFieldStyles();
  const gate = usePersonalDataGate();
  const [title, setTitle] = React.useState('');
  const [body, setBody] = React.useState('');
  const [routine, setRoutine] = React.useState(props.routineKey ?? '');
  const [giveName, setGiveName] = React.useState(false);
  const [showErrors, setShowErrors] = React.useState(false);
  const bodyRef = React.useRef<HTMLTextAreaElement>(null);
  const id = (name: string): string => `${props.idPrefix}-${name}`;
  const content = { title: title.trim(), body: body.trim(), routine: routine || undefined, submittedBy: giveName ? host.user.displayName : undefined };
  // The same submission id until the person changes what is sent: a resend can never store it twice.
  const submission = useSubmission((submissionId) => feedback.submit(content, modelLookupIndex(model), submissionId));
  const state = submission.state;
  const busy = state === 'sending' || state === 'checking';
  const send = (): void => submission.submit(JSON.stringify(content));

  const onSubmit = (event: React.FormEvent): void => {
    event.preventDefault();
    if (!title.trim() || !body.trim()) {
      setShowErrors(true);
      return;
    }
    if (busy) return;
    if (gate.check([title, body])) send();
  };

  const edited = (update: () => void): void => {
    update();
    gate.reset();
    submission.edited();
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
              setTitle('');
              setBody('');
              setShowErrors(false);
              submission.reset();
            }}
          >
            {s.sendAnother}
          </Button>
        </div>
      </div>
    );
  }

  const required = (value: string): string | undefined => (showErrors && !value.trim() ? ev.common.required : undefined);
  return (
    <form className={mergeClasses(styles.form, fields.form)} onSubmit={onSubmit} noValidate aria-label={s.title}>
      <Field className={fields.field} label={s.subject} required validationMessage={required(title)}>
        <Input id={id('subject')} readOnly={busy} value={title} maxLength={TEXT_MAX_LENGTH} onChange={(_e, data) => edited(() => setTitle(data.value))} />
      </Field>
      <Field className={fields.field} label={s.body} required hint={s.bodyHint} validationMessage={required(body)}>
        <Textarea id={id('body')} ref={bodyRef} readOnly={busy} value={body} maxLength={BODY_MAX_LENGTH} resize="vertical" rows={5} onChange={(_e, data) => edited(() => setBody(data.value))} />
      </Field>
      {props.routineKey === undefined && (
        <Field className={fields.field} label={s.routine}>
          <Select className={fields.select} id={id('routine')} value={routine} disabled={busy} onChange={(_e, data) => edited(() => setRoutine(data.value))}>
            <option value="">{s.noRoutine}</option>
            {[...model.routines]
              .sort((a, b) => compareNorwegian(a.title, b.title))
              .map((r) => (
                <option key={r.key} value={r.key}>
                  {r.title}
                </option>
              ))}
          </Select>
        </Field>
      )}
      <div>
        <Checkbox id={id('give-name')} checked={giveName} disabled={busy} onChange={(_e, data) => edited(() => setGiveName(data.checked === true))} label={s.giveName} />
        <p className={styles.note}>{giveName ? s.namedAs(host.user.displayName) : s.anonymousNote}</p>
      </div>
      {gate.findings && (
        <PersonalDataWarning
          findings={gate.findings}
          onEdit={() => {
            gate.reset();
            bodyRef.current?.focus();
          }}
          onConfirm={() => {
            gate.confirm([title, body]);
            send();
          }}
        />
      )}
      <SendFormFooter
        state={state}
        sendLabel={s.send}
        sendingLabel={s.sending}
        failedText={outcome.notStored('feedback')}
        checkingText={outcome.checking}
        stillCheckingText={outcome.stillChecking}
        stillChecking={submission.stillChecking}
        checkNowLabel={outcome.checkNow}
        onCheckNow={submission.checkNow}
      />
    </form>
  );
}
