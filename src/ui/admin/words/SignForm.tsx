import * as React from 'react';
import { Button, Field, Input, Select, Title3 } from '@fluentui/react-components';
import { guideSignProblems, SIGN_QUESTIONS, type GuideSign } from '../../../core/editing/settingLines';
import type { GuideQuestion } from '../../../core/guide/worryGuide';
import { useApp } from '../../app/AppContext';
import { useAdminStyles } from '../common/useAdminStyles';
import { useWordsStrings } from './wordsStrings';

/** Adding or changing one sign of worry: the question it stands beside, and its text. */
export function SignForm(props: { initial?: GuideSign; busy: boolean; onSave(sign: GuideSign): void; onCancel(): void }): React.ReactElement {
  const { strings } = useApp();
  const s = useWordsStrings();
  const shared = useAdminStyles();
  const [question, setQuestion] = React.useState<GuideQuestion>(props.initial?.question ?? SIGN_QUESTIONS[0]);
  const [text, setText] = React.useState(props.initial?.text ?? '');
  const [attempted, setAttempted] = React.useState(false);
  const sign: GuideSign = { question, text: text.trim() };
  const problems = guideSignProblems(sign);
  const message = attempted && problems.length > 0 ? problems.map((p) => s.problems[p]).join(' ') : undefined;
  return (
    <form
      className={shared.stack}
      noValidate
      aria-labelledby="tb-sign-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        setAttempted(true);
        if (problems.length === 0) props.onSave(sign);
      }}
    >
      <Title3 as="h4" id="tb-sign-form-title">
        {props.initial ? s.signs.editTitle : s.signs.addTitle}
      </Title3>
      <Field label={s.signs.question}>
        <Select value={question} onChange={(_e, d) => setQuestion(d.value as GuideQuestion)}>
          {SIGN_QUESTIONS.map((q) => (
            <option key={q} value={q}>
              {strings.guide.questions[q]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.signs.text} hint={s.signs.textHint} required validationMessage={message} validationState={message ? 'error' : 'none'}>
        <Input value={text} onChange={(_e, d) => setText(d.value)} />
      </Field>
      <div className={shared.actions}>
        <Button appearance="primary" type="submit" disabled={props.busy}>
          {props.busy ? s.saving : s.save}
        </Button>
        <Button onClick={props.onCancel}>{s.cancel}</Button>
      </div>
    </form>
  );
}
