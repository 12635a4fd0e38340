import * as React from 'react';
import { Button, makeStyles, mergeClasses, Select, Text, tokens } from '@fluentui/react-components';
import { LOCALES, type Locale } from '../../core/i18n/Locale';
import { useApp } from '../app/AppContext';
import { formatRoute, type Route } from '../app/routes';
import { SearchBox } from '../search/SearchBox';
import { useCanEditModel } from '../app/useCanEditModel';
import { useServices } from './ServicesContext';
import { LayoutContext } from '../layout/LayoutContext';
import { useNarrow } from '../layout/useNarrow';

const useStyles = makeStyles({
  root: {
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: '100%',
    fontFamily: tokens.fontFamilyBase,
    // Fluent's Text (and Title1–3) is inline unless told otherwise: a heading must never run into the text
    // around it ("Skole og SFORolle", "…på denne enheten.Rutiner").
    '& h1, & h2, & h3, & h4': { display: 'block' },
    // Long words (URLs, "Barneverntjenestens") break rather than push the page sideways on a phone.
    overflowWrap: 'break-word'
  },
  skip: {
    position: 'absolute',
    left: '-10000px',
    ':focus': { left: tokens.spacingHorizontalM, top: tokens.spacingVerticalM, zIndex: 10, backgroundColor: tokens.colorNeutralBackground1, padding: tokens.spacingHorizontalS }
  },
  header: {
    display: 'grid',
    // One column that may shrink below its content's natural width (a text input's is about 340 px), so a
    // 320 px phone never scrolls sideways.
    gridTemplateColumns: 'minmax(0, 1fr)',
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
  main: { padding: tokens.spacingHorizontalM, minWidth: 0, ':focus': { outline: 'none' } },
  compactHeader: { gap: tokens.spacingVerticalXS, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}` },
  compactTop: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  compactBrand: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  compactActions: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalS },
  compactButton: { minWidth: 0, height: 'auto', minHeight: '32px', paddingBlock: tokens.spacingVerticalXXS, whiteSpace: 'normal', lineHeight: tokens.lineHeightBase200 },
  compactNavList: { display: 'grid', gap: 0, listStyle: 'none', margin: 0, padding: 0 },
  compactNavLink: { display: 'block', paddingBlock: tokens.spacingVerticalS, minHeight: '24px' },
  menuPanel: { display: 'grid', gap: tokens.spacingVerticalS, paddingBlock: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
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
  const canEditModel = useCanEditModel(useServices().permissions);
  const rootRef = React.useRef<HTMLDivElement>(null);
  const narrow = useNarrow(rootRef);
  const [menuOpen, setMenuOpen] = React.useState(false);
  const layout = React.useMemo(() => ({ narrow }), [narrow]);
  // A view chosen from the menu closes it: the content, not the menu, is what the person came for.
  React.useEffect(() => setMenuOpen(false), [props.route]);
  const items = [...NAV, ...(canEditModel ? EDITOR_NAV : [])];
  const navList = (
    <ul id="tb-nav-list" className={narrow ? styles.compactNavList : styles.navList}>
      {items.map((item) => {
        // Editing one routine is part of the admin section.
        const current = item.route.view === props.route.view || (item.route.view === 'admin' && props.route.view === 'adminRoutine');
        return (
          <li key={item.route.view}>
            <a
              className={mergeClasses(styles.navLink, narrow && styles.compactNavLink, current && styles.navCurrent)}
              href={formatRoute(item.route)}
              aria-current={current ? 'page' : undefined}
            >
              {item.label(strings)}
            </a>
          </li>
        );
      })}
    </ul>
  );
  const language = (
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
  );
  const urgent = (
    <Button className={mergeClasses(styles.urgent, narrow && styles.compactButton)} appearance="primary" onClick={() => navigate({ view: 'urgent' })}>
      {strings.urgentButton}
    </Button>
  );
  const worry = (
    <Button className={narrow ? styles.compactButton : undefined} appearance="primary" onClick={() => navigate({ view: 'guide' })}>
      {strings.worryButton}
    </Button>
  );
  return (
    <div className={styles.root} lang={locale} ref={rootRef} data-layout={narrow ? 'narrow' : 'wide'}>
      <a className={styles.skip} href="#tb-main" onClick={(e) => { e.preventDefault(); document.getElementById('tb-main')?.focus(); }}>
        {strings.skipToContent}
      </a>
      {narrow ? (
        // On a phone: one short line with the menu button, the two ways to act at once side by side, and search.
        // Navigation and language fold into the menu, so content starts within the first fifth of the screen.
        <header className={mergeClasses(styles.header, styles.compactHeader)}>
          <div className={styles.compactTop}>
            <Text className={styles.compactBrand}>
              {strings.appName} · {model.settings.municipality}
            </Text>
            <Button appearance="subtle" aria-expanded={menuOpen} aria-controls="tb-menu-panel" onClick={() => setMenuOpen(!menuOpen)}>
              {menuOpen ? strings.menu.close : strings.menu.open}
            </Button>
          </div>
          <div className={styles.compactActions}>
            {urgent}
            {worry}
          </div>
          <SearchBox />
          <div id="tb-menu-panel" className={menuOpen ? styles.menuPanel : undefined} hidden={!menuOpen}>
            <nav aria-label={strings.mainNavigation}>{navList}</nav>
            {language}
            {mine && <Text size={200}>{strings.forMe.filterActive(mine.title)}</Text>}
          </div>
        </header>
      ) : (
        <header className={styles.header}>
          <div className={styles.topRow}>
            <Text className={styles.brand}>
              {strings.appName} · {model.settings.municipality}
            </Text>
            {language}
          </div>
          <div className={styles.actionRow}>
            {urgent}
            {worry}
            <SearchBox />
          </div>
          <nav className={styles.nav} aria-label={strings.mainNavigation}>
            {navList}
          </nav>
          {mine && <Text size={200}>{strings.forMe.filterActive(mine.title)}</Text>}
        </header>
      )}
      <main id="tb-main" className={styles.main} tabIndex={-1}>
        <LayoutContext.Provider value={layout}>{props.children}</LayoutContext.Provider>
      </main>
    </div>
  );
}
