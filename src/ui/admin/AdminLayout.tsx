import * as React from 'react';
import { makeStyles, Text, Title2, tokens } from '@fluentui/react-components';
import { formatRoute, type AdminSection } from '../app/routes';
import { useWordsStrings } from './words/wordsStrings';
import { useAdminStrings } from './strings';

const useStyles = makeStyles({
  // minmax(0, 1fr): a wide table scrolls inside its own region instead of widening the page on a phone.
  root: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalM },
  nav: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBlockEnd: tokens.spacingVerticalS },
  list: { display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`, listStyle: 'none', margin: 0, padding: 0 },
  link: {
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'none',
    display: 'inline-block',
    paddingBlock: tokens.spacingVerticalXS,
    ':hover': { textDecorationLine: 'underline' },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' }
  },
  current: { fontWeight: tokens.fontWeightBold, borderBottom: `3px solid ${tokens.colorBrandStroke1}` }
});

const SECTIONS: readonly AdminSection[] = ['routines', 'review', 'readiness', 'words', 'transfer', 'setup'];

/** The admin views' frame: what this part is for, and its sections as links (so each has an address). */
export function AdminLayout(props: { current: AdminSection; children: React.ReactNode }): React.ReactElement {
  const s = useAdminStrings();
  const words = useWordsStrings();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Title2 as="h1">{s.title}</Title2>
      <Text as="p">{s.intro}</Text>
      <nav className={styles.nav} aria-label={s.sectionsLabel}>
        <ul className={styles.list}>
          {SECTIONS.map((section) => {
            const current = section === props.current;
            return (
              <li key={section}>
                <a className={`${styles.link} ${current ? styles.current : ''}`} href={formatRoute({ view: 'admin', section })} aria-current={current ? 'page' : undefined}>
                  {section === 'words' ? words.nav : s.sections[section]}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      {props.children}
    </div>
  );
}
