import * as React from 'react';
import { Button, Title3 } from '@fluentui/react-components';
import type { SettingLineProblem } from '../../../core/editing/settingLines';
import { useAdminStyles } from '../common/useAdminStyles';
import { useWordsStrings } from './wordsStrings';

export interface SettingFormProps {
  /** The form's heading id (its accessible name). */
  titleId: string;
  title: string;
  /** What is wrong with the line as typed now; shown only once the admin has tried to save. */
  problems: readonly SettingLineProblem[];
  busy: boolean;
  onSave(): void;
  onCancel(): void;
  /** The fields, given the message to show on the field that carries the line's problems. */
  children(validationMessage: string | undefined): React.ReactNode;
}

/** The frame of a form that adds or changes one settings line: heading, save (only when valid) and cancel. */
export function SettingForm(props: SettingFormProps): React.ReactElement {
  const s = useWordsStrings();
  const shared = useAdminStyles();
  const [attempted, setAttempted] = React.useState(false);
  const message = attempted && props.problems.length > 0 ? props.problems.map((p) => s.problems[p]).join(' ') : undefined;
  return (
    <form
      className={shared.stack}
      noValidate
      aria-labelledby={props.titleId}
      onSubmit={(e) => {
        e.preventDefault();
        setAttempted(true);
        if (props.problems.length === 0) props.onSave();
      }}
    >
      <Title3 as="h4" id={props.titleId}>
        {props.title}
      </Title3>
      {props.children(message)}
      <div className={shared.actions}>
        <Button appearance="primary" type="submit" disabled={props.busy}>
          {props.busy ? s.saving : s.save}
        </Button>
        <Button onClick={props.onCancel}>{s.cancel}</Button>
      </div>
    </form>
  );
}
