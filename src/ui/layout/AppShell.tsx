import * as React from 'react';
import { Button, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { LOCALES, type Locale } from '../../core/i18n/Locale';
import { useApp } from '../app/AppContext';
import { formatRoute, type Route } from '../app/routes';
import { SearchBox } from '../search/SearchBox';
import { useCanEditModel } from '../app/useCanEditModel';
import { EvaluationServicesContext } from '../evaluation/EvaluationServicesContext';

const useStyles = makeStyles({
  root: { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorNeutralBackground1, minHeight: '100%', fontFamily: tokens.fontFamilyBase },
  skip: {
    position: 'absolute',
    left: '-10000px',
    ':focus': { left: tokens.spacingHorizontalM, top: tokens.spacingVerticalM, zIndex: 10, backgroundColor: tokens.colorNeutralBackground1, padding: tokens.spacingHorizontalS }
  },
  header: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    '@media print': { display: 'none' }
  },
  topRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  brand: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  actionRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  language: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  nav: { overflowX: 'auto' },
  navList: { display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`, listStyle: 'none', margin: 0, padding: 0 },
  navLink: {
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'none',
    paddingBlock: tokens.spacingVerticalXS,
    display: 'inline-block',
    ':hover': { textDecorationLine: 'underline' },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' }
  },
  navCurrent: { fontWeight: tokens.fontWeightBold, borderBottom: `3px solid ${tokens.colorBrandStroke1}` },
  main: { padding: tokens.spacingHorizontalM, ':focus': { outline: 'none' } },
  urgent: {
    backgroundColor: tokens.colorPaletteRedBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': { backgroundColor: tokens.colorPaletteRedForeground1, color: tokens.colorNeutralForegroundOnBrand },
    ':hover:active': { backgroundColor: tokens.colorPaletteRedForeground1, color: tokens.colorNeutralForegroundOnBrand }
  }
});

const NAV: ReadonlyArray<{ route: Route; label: (s: ReturnType<typeof useApp>['strings']) => string }> = [
  { route: { view: 'home' }, label: (s) => s.nav.home },
  { route: { view: 'guide' }, label: (s) => s.nav.guide },
  { route: { view: 'routines' }, label: (s) => s.nav.routines },
  { route: { view: 'services' }, label: (s) => s.nav.services },
  { route: { view: 'tools' }, label: (s) => s.nav.tools },
  { route: { view: 'arenas' }, label: (s) => s.nav.arenas },
  { route: { view: 'contacts' }, label: (s) => s.nav.contacts },
  { route: { view: 'forMe' }, label: (s) => s.nav.forMe },
  // "Alle skal med": feedback is in the menu for everyone, as in Levanger's guide.
  { route: { view: 'feedback' }, label: (s) => s.evaluation.nav.feedback },
  { route: { view: 'evaluate' }, label: (s) => s.evaluation.nav.evaluate }
];

/** Only for those who can edit the model (the project group); SharePoint still checks every request. */
const EDITOR_NAV: typeof NAV = [
  { route: { view: 'feedbackTriage' }, label: (s) => s.evaluation.nav.triage },
  { route: { view: 'evaluationResults' }, label: (s) => s.evaluation.nav.results },
  { route: { view: 'yearlyReport' }, label: (s) => s.evaluation.nav.report },
  { route: { view: 'admin', section: 'routines' }, label: (s) => s.admin.navLabel }
];

export interface AppShellProps {
  route: Route;
  onLocaleChange: (locale: Locale) => void;
  children: React.ReactNode;
}

/** Header with the urgent path and the worry guide always one click away, search, language and the menu. */
export function AppShell(props: AppShellProps): React.ReactElement {
  const { strings, model, locale, navigate, myService } = useApp();
  const styles = useStyles();
  const mine = myService ? model.services.find((s) => s.key === myService) : undefined;
  const canEditModel = useCanEditModel(React.useContext(EvaluationServicesContext)?.permissions);
  return (
    <div className={styles.root} lang={locale}>
      <a className={styles.skip} href="#tb-main" onClick={(e) => { e.preventDefault(); document.getElementById('tb-main')?.focus(); }}>
        {strings.skipToContent}
      </a>
      <header className={styles.header}>
        <div className={styles.topRow}>
          <Text className={styles.brand}>
            {strings.appName} · {model.settings.municipality}
          </Text>
          <div className={styles.language}>
            <label htmlFor="tb-language">{strings.languageLabel}</label>
            <Select id="tb-language" value={locale} onChange={(_e, data) => props.onLocaleChange(data.value as Locale)}>
              {LOCALES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {strings.languageNames[l]}
                </option>
              ))}
            </Select>
          </div>
        </div>
        <div className={styles.actionRow}>
          <Button className={styles.urgent} appearance="primary" onClick={() => navigate({ view: 'urgent' })}>
            {strings.urgentButton}
          </Button>
          <Button appearance="primary" onClick={() => navigate({ view: 'guide' })}>
            {strings.worryButton}
          </Button>
          <SearchBox />
        </div>
        <nav className={styles.nav} aria-label={strings.mainNavigation}>
          <ul className={styles.navList}>
            {[...NAV, ...(canEditModel ? EDITOR_NAV : [])].map((item) => {
              // Editing one routine is part of the admin section.
              const current = item.route.view === props.route.view || (item.route.view === 'admin' && props.route.view === 'adminRoutine');
              return (
                <li key={item.route.view}>
                  <a
                    className={`${styles.navLink} ${current ? styles.navCurrent : ''}`}
                    href={formatRoute(item.route)}
                    aria-current={current ? 'page' : undefined}
                  >
                    {item.label(strings)}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
        {mine && <Text size={200}>{strings.forMe.filterActive(mine.title)}</Text>}
      </header>
      <main id="tb-main" className={styles.main} tabIndex={-1}>
        {props.children}
      </main>
    </div>
  );
}
