import * as React from 'react';
import { makeStyles, Text, tokens, typographyStyles } from '@fluentui/react-components';
import { callNowEntries } from '../../core/readiness/callNow';
import { useApp } from '../app/AppContext';
import { useCallNowStrings } from './callNowStrings';

const useStyles = makeStyles({
  card: {
    borderLeft: `6px solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    marginBlock: tokens.spacingVerticalS,
    boxShadow: tokens.shadow4,
    borderRadius: tokens.borderRadiusMedium
  },
  title: { ...typographyStyles.subtitle1, margin: 0 },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalS,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 10.5em), 1fr))',
    marginBlockStart: tokens.spacingVerticalS
  },
  link: {
    display: 'grid',
    minHeight: '44px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' }
  },
  role: { ...typographyStyles.caption1Strong },
  number: { ...typographyStyles.title3, color: tokens.colorBrandForegroundLink },
  note: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 }
});

/**
 * The four numbers to call, as `tel:` links, at the very top of the emergency view so a phone shows them without
 * scrolling. A municipal number still set to the starter placeholder is never shown as "not set": a national number
 * that reaches the right service around the clock (Alarmtelefonen 116 111) stands in, and says so.
 */
export function CallNowCard(props: { headingLevel: 'h2' | 'h3' }): React.ReactElement {
  const { model } = useApp();
  const s = useCallNowStrings();
  const styles = useStyles();
  const Heading = props.headingLevel;
  return (
    <section className={styles.card} aria-labelledby="tb-call-now-title" data-testid="call-now">
      <Heading className={styles.title} id="tb-call-now-title">
        {s.title}
      </Heading>
      <ul className={styles.list}>
        {callNowEntries(model).map((entry) => {
          const who = s.roles[entry.role];
          return (
            <li key={entry.role}>
              <a className={styles.link} href={entry.href} aria-label={s.callLabel(who, entry.phone)} data-role={entry.role} data-fallback={entry.fallback || undefined}>
                <span className={styles.role}>{who}</span>
                <span className={styles.number}>{entry.phone}</span>
                {entry.fallback && <Text className={styles.note}>{s.fallbackNote}</Text>}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
