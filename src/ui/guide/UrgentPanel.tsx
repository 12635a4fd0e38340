import * as React from 'react';
import { Card, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { hasPlaceholderNumber } from '../../core/model/Contact';
import { useApp } from '../app/AppContext';

const useStyles = makeStyles({
  panel: { borderLeft: `6px solid ${tokens.colorPaletteRedBorder2}` },
  strong: { fontWeight: tokens.fontWeightBold },
  numbers: { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: tokens.spacingVerticalS },
  number: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold }
});

/** The exception path's essentials: do not contact the parents, who to call now, and the two duties. */
export function UrgentPanel(props: { headingLevel: 'h2' | 'h3' }): React.ReactElement {
  const { strings, model } = useApp();
  const styles = useStyles();
  const emergency = model.contacts.filter((c) => c.emergency).sort((a, b) => a.order - b.order);
  return (
    <Card className={styles.panel}>
      <Text as={props.headingLevel} weight="bold" size={500}>
        {strings.urgentTitle}
      </Text>
      <p className={styles.strong}>{strings.urgentDoNotContactParents}</p>
      <p>{strings.urgentCallNow}</p>
      <ul className={styles.numbers} aria-label={strings.directory.emergency}>
        {emergency.map((c) => (
          <li key={c.key}>
            <Text>{c.title}: </Text>
            {c.reach.phone && !hasPlaceholderNumber(c) ? (
              <Link className={styles.number} href={`tel:${c.reach.phone.replace(/\s+/g, '')}`}>
                {c.reach.phone}
              </Link>
            ) : (
              <Text>{strings.directory.placeholderNumber}</Text>
            )}
          </li>
        ))}
      </ul>
      <p>{strings.urgentDutyToReport}</p>
      <p>{strings.urgentDutyToAvert}</p>
    </Card>
  );
}
