import * as React from 'react';
import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ContentCard } from '../common/ContentCard';
import { hasPlaceholderNumber } from '../../core/model/Contact';
import { telHref } from '../../core/readiness/callNow';
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
  // Only numbers that ring someone: a placeholder is the admin's to fix (readiness check), and the call-now card
  // already gives a national number that stands in for it.
  const emergency = model.contacts.filter((c) => c.emergency && !!c.reach.phone && !hasPlaceholderNumber(c)).sort((a, b) => a.order - b.order);
  return (
    <ContentCard className={styles.panel}>
      <Text as={props.headingLevel} weight="bold" size={500}>
        {strings.urgentTitle}
      </Text>
      <p className={styles.strong}>{strings.urgentDoNotContactParents}</p>
      <p>{strings.urgentCallNow}</p>
      <ul className={styles.numbers} aria-label={strings.directory.emergency}>
        {emergency.map((c) => (
          <li key={c.key}>
            <Text>{c.title}: </Text>
            <Link className={styles.number} href={telHref(c.reach.phone ?? '')}>
              {c.reach.phone}
            </Link>
          </li>
        ))}
      </ul>
      <p>{strings.urgentDutyToReport}</p>
      <p>{strings.urgentDutyToAvert}</p>
    </ContentCard>
  );
}
