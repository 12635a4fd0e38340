import * as React from 'react';
import { Field, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import { SCORE_MAX, SCORE_MIN } from '../../../core/model/Evaluation';

const useStyles = makeStyles({ options: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS } });

const SCORES = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => SCORE_MIN + i);

export interface ScaleQuestionProps {
  label: string;
  dontKnow: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
}

/** One 1–5 question as a radio group (arrow keys move between answers), with "don't know" for no answer. */
export function ScaleQuestion(props: ScaleQuestionProps): React.ReactElement {
  const styles = useStyles();
  return (
    <Field label={props.label}>
      <RadioGroup
        className={styles.options}
        layout="horizontal"
        value={props.value === undefined ? '' : String(props.value)}
        onChange={(_e, data) => props.onChange(data.value === '' ? undefined : Number(data.value))}
      >
        {SCORES.map((score) => (
          <Radio key={score} value={String(score)} label={String(score)} />
        ))}
        <Radio value="" label={props.dontKnow} />
      </RadioGroup>
    </Field>
  );
}
