import * as React from 'react';
import { Field, Input } from '@fluentui/react-components';
import { parseSynonymGroup, synonymGroupProblems, type SynonymGroup } from '../../../core/editing/settingLines';
import { SettingForm } from './SettingForm';
import { useWordsStrings } from './wordsStrings';

/** Adding or changing one synonym group: the words people type, and what else to search for. */
export function SynonymForm(props: { initial?: SynonymGroup; busy: boolean; onSave(group: SynonymGroup): void; onCancel(): void }): React.ReactElement {
  const s = useWordsStrings();
  const [words, setWords] = React.useState(props.initial?.words.join(', ') ?? '');
  const [also, setAlso] = React.useState(props.initial?.alsoSearch.join(', ') ?? '');
  const group = parseSynonymGroup(`${words} => ${also}`);
  return (
    <SettingForm
      titleId="tb-synonym-form-title"
      title={props.initial ? s.synonyms.editTitle : s.synonyms.addTitle}
      problems={synonymGroupProblems(group)}
      busy={props.busy}
      onSave={() => props.onSave(group)}
      onCancel={props.onCancel}
    >
      {(message) => (
        <>
          <Field label={s.synonyms.words} hint={s.synonyms.wordsHint} required validationMessage={message} validationState={message ? 'error' : 'none'}>
            <Input value={words} onChange={(_e, d) => setWords(d.value)} />
          </Field>
          <Field label={s.synonyms.alsoSearch} hint={s.synonyms.alsoSearchHint}>
            <Input value={also} onChange={(_e, d) => setAlso(d.value)} />
          </Field>
        </>
      )}
    </SettingForm>
  );
}
