import * as React from 'react';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { guideSignsFor } from '../../core/guide/guideSigns';
import type { GuideQuestion } from '../../core/guide/worryGuide';
import { useApp } from '../app/AppContext';
import { useGuideExtraStrings } from '../guide/guideStrings';

const useStyles = makeStyles({
  label: { display: 'block', marginTop: tokens.spacingVerticalS, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL }
});

/** The model's own signs of worry for one question of the guide (settings rows `guideSign`), as a short list. */
export function GuideSigns(props: { question: GuideQuestion }): React.ReactElement {
  const { model } = useApp();
  const extra = useGuideExtraStrings();
  const styles = useStyles();
  const signs = guideSignsFor(model.settings, props.question);
  if (signs.length === 0) return <></>;
  const id = `tb-guide-signs-${props.question}`;
  return (
    <div data-testid="guide-signs">
      <Text as="p" id={id} className={styles.label}>
        {extra.signsLabel}
      </Text>
      <ul className={styles.list} aria-labelledby={id}>
        {signs.map((sign) => (
          <li key={sign}>{sign}</li>
        ))}
      </ul>
    </div>
  );
}
