import * as React from 'react';
import { makeStyles, Title2 } from '@fluentui/react-components';

const useStyles = makeStyles({ intro: { maxWidth: '48em' } });

/** A page of the evaluation part: its heading (naming the section for screen readers), an introduction and the content. */
export function EvaluationPage(props: { headingId: string; title: string; intro: string; children: React.ReactNode }): React.ReactElement {
  const styles = useStyles();
  return (
    <section aria-labelledby={props.headingId}>
      <Title2 as="h1" id={props.headingId}>
        {props.title}
      </Title2>
      <p className={styles.intro}>{props.intro}</p>
      {props.children}
    </section>
  );
}
