import * as React from 'react';
import { Field, Input, Select } from '@fluentui/react-components';
import { guideSignProblems, SIGN_QUESTIONS, type GuideSign } from '../../../core/editing/settingLines';
import type { GuideQuestion } from '../../../core/guide/worryGuide';
import { useApp } from '../../app/AppContext';
import { SettingForm } from './SettingForm';
import { useWordsStrings } from './wordsStrings';

/** Adding or changing one sign of worry: the question it stands beside, and its text. */
export function SignForm(props: { initial?: GuideSign; busy: boolean; onSave(sign: GuideSign): void; onCancel(): void }): React.ReactElement {
  const { strings } = useApp();
  const s = useWordsStrings();
  const [question, setQuestion] = React.useState<GuideQuestion>(props.initial?.question ?? SIGN_QUESTIONS[0]);
  const [text, setText] = React.useState(props.initial?.text ?? '');
  const sign: GuideSign = { question, text: text.trim() };
  return (
    <SettingForm
      titleId="tb-sign-form-title"
      title={props.initial ? s.signs.editTitle : s.signs.addTitle}
      problems={guideSignProblems(sign)}
      busy={props.busy}
      onSave={() => props.onSave(sign)}
      onCancel={props.onCancel}
    >
      {(message) => (
        <>
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
        </>
      )}
    </SettingForm>
  );
}
