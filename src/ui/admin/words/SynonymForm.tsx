import * as React from 'react';
import { Button, Field, Input, Title3 } from '@fluentui/react-components';
import { parseSynonymGroup, synonymGroupProblems, type SynonymGroup } from '../../../core/editing/settingLines';
import { useAdminStyles } from '../common/useAdminStyles';
import { useWordsStrings } from './wordsStrings';

/** Adding or changing one synonym group: the words people type, and what else to search for. */
export function SynonymForm(props: { initial?: SynonymGroup; busy: boolean; onSave(group: SynonymGroup): void; onCancel(): void }): React.ReactElement {
  const s = useWordsStrings();
  const shared = useAdminStyles();
  const [words, setWords] = React.useState(props.initial?.words.join(', ') ?? '');
  const [also, setAlso] = React.useState(props.initial?.alsoSearch.join(', ') ?? '');
  const [attempted, setAttempted] = React.useState(false);
  const group = parseSynonymGroup(`${words} => ${also}`);
  const problems = synonymGroupProblems(group);
  const message = attempted && problems.length > 0 ? problems.map((p) => s.problems[p]).join(' ') : undefined;
  return (
    <form
      className={shared.stack}
      noValidate
      aria-labelledby="tb-synonym-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        setAttempted(true);
        if (problems.length === 0) props.onSave(group);
      }}
    >
      <Title3 as="h4" id="tb-synonym-form-title">
        {props.initial ? s.synonyms.editTitle : s.synonyms.addTitle}
      </Title3>
      <Field label={s.synonyms.words} hint={s.synonyms.wordsHint} required validationMessage={message} validationState={message ? 'error' : 'none'}>
        <Input value={words} onChange={(_e, d) => setWords(d.value)} />
      </Field>
      <Field label={s.synonyms.alsoSearch} hint={s.synonyms.alsoSearchHint}>
        <Input value={also} onChange={(_e, d) => setAlso(d.value)} />
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
