import * as React from 'react';
import { makeStyles, Title2, tokens } from '@fluentui/react-components';
import { FeedbackForm } from './FeedbackForm';
import { useEvaluationStrings } from './strings';

const useStyles = makeStyles({ intro: { maxWidth: '40em', marginBottom: tokens.spacingVerticalL } });

/** The feedback form from the menu ("Alle skal med"): open to everyone. */
export function FeedbackView(): React.ReactElement {
  const s = useEvaluationStrings().feedback;
  const styles = useStyles();
  return (
    <section aria-labelledby="tb-feedback-title">
      <Title2 as="h1" id="tb-feedback-title">
        {s.title}
      </Title2>
      <p className={styles.intro}>{s.intro}</p>
      <FeedbackForm idPrefix="tb-feedback" />
    </section>
  );
}
