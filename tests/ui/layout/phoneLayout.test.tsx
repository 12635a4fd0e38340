import * as React from 'react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { AppContext, type AppContextValue } from '../../../src/ui/app/AppContext';
import { STRINGS } from '../../../src/ui/strings';
import { withFeatureStrings } from '../../support/withFeatureStrings';
import type { ModelDocument } from '../../../src/core/model/ModelDocument';
import type { TryggeBarnModel } from '../../../src/core/model/TryggeBarnModel';
import { AppShell } from '../../../src/ui/shell/AppShell';
import { LayoutContext } from '../../../src/ui/layout/LayoutContext';
import { OverviewView } from '../../../src/ui/model/OverviewView';
import { ForMeView } from '../../../src/ui/forMe/ForMeView';
import { ServiceView } from '../../../src/ui/directory/ServicesView';
import { ToolsView } from '../../../src/ui/directory/ToolsView';
import { fakeServices, withServices } from '../../support/renderWithApp';

function starter(locale: 'nb' | 'nn' = 'nb'): TryggeBarnModel {
  return JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'sharepoint', 'seed', `starter-model.${locale}.json`), 'utf8')) as ModelDocument as unknown as TryggeBarnModel;
}

function renderApp(ui: React.ReactElement, options: { narrow?: boolean; locale?: 'nb' | 'nn' | 'en'; myService?: string; siteUrl?: string; model?: TryggeBarnModel } = {}): void {
  const locale = options.locale ?? 'nb';
  const value = {
    model: options.model ?? starter(locale === 'nn' ? 'nn' : 'nb'),
    strings: STRINGS[locale],
    locale,
    host: {
      kind: 'sharepoint',
      siteUrl: options.siteUrl ?? 'https://contoso.sharepoint.com/sites/tryggebarn',
      culture: 'nb-NO',
      user: { displayName: 'Kari', email: 'kari@testvik.example', loginName: 'kari' },
      theme: 'light',
      pageUrl: 'https://contoso.sharepoint.com/sites/tryggebarn/SitePages/Home.aspx'
    },
    navigate: jest.fn(),
    myService: options.myService,
    setMyService: jest.fn()
  } as unknown as AppContextValue;
  render(
    <FluentProvider theme={webLightTheme}>
      <AppContext.Provider value={value}>
        {withServices(fakeServices(false), <LayoutContext.Provider value={{ narrow: options.narrow ?? false }}>{withFeatureStrings(locale, ui)}</LayoutContext.Provider>)}
      </AppContext.Provider>
    </FluentProvider>
  );
}

describe('the Lier tiers as a matrix of services × tiers (issue #13: the same 16 services on every tier)', () => {
  it('shows each service’s own task on each tier in a table on a wide screen', () => {
    renderApp(<OverviewView />);
    const matrix = screen.getByTestId('tier-matrix');
    const headers = within(matrix).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Tjeneste', 'Universelle tiltak', 'Selektive tiltak', 'Indikative tiltak']);
    const school = within(matrix).getByRole('rowheader', { name: 'Skole og SFO' }).closest('tr') as HTMLElement;
    const cells = within(school).getAllByRole('cell').map((c) => c.textContent ?? '');
    expect(cells).toHaveLength(3);
    expect(cells[0]).toMatch(/^Godt skolemiljø for alle/);
    // Each tier says something different for the school: the view tells who does what where.
    expect(new Set(cells).size).toBe(3);
  });

  it('reflows to one card per service on a phone, each tier named beside its task', () => {
    renderApp(<OverviewView />, { narrow: true });
    expect(screen.queryByTestId('tier-matrix')).toBeNull();
    const cards = screen.getByTestId('tier-cards');
    const school = within(cards).getByRole('link', { name: 'Skole og SFO' }).closest('li') as HTMLElement;
    const terms = within(school).getAllByRole('term').map((t) => t.textContent);
    expect(terms).toEqual(['Universelle tiltak', 'Selektive tiltak', 'Indikative tiltak']);
    expect(within(school).getAllByRole('definition')[0].textContent).toMatch(/^Godt skolemiljø for alle/);
    // The phases × levels table becomes cards too: no table on the overview at all.
    expect(screen.getByTestId('phase-cards')).toBeTruthy();
    expect(screen.queryAllByRole('table')).toHaveLength(0);
  });

  it('is in Nynorsk and English too', () => {
    renderApp(<OverviewView />, { locale: 'nn' });
    expect(within(screen.getByTestId('tier-matrix')).getAllByRole('columnheader')[0].textContent).toBe('Teneste');
  });
});

describe('the compact header on a phone', () => {
  const realRect = HTMLElement.prototype.getBoundingClientRect;
  beforeEach(() => {
    HTMLElement.prototype.getBoundingClientRect = function rect(): DOMRect {
      return { width: 390, height: 100, top: 0, left: 0, right: 390, bottom: 100, x: 0, y: 0, toJSON: () => ({}) } as DOMRect;
    };
  });
  afterEach(() => {
    HTMLElement.prototype.getBoundingClientRect = realRect;
  });

  it('keeps the emergency and worry buttons and search one tap away and folds the menu and language away', () => {
    renderApp(
      <AppShell route={{ view: 'home' }} onLocaleChange={jest.fn()}>
        <p>content</p>
      </AppShell>
    );
    expect(screen.getByRole('button', { name: 'Akutt: vold eller overgrep' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Jeg er bekymret for et barn' })).toBeTruthy();
    expect(screen.getByRole('combobox')).toBeTruthy();
    // The menu is closed: no navigation and no language choice until asked for.
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.getByLabelText('Språk').closest('[hidden]')).not.toBeNull();
    const menu = screen.getByRole('button', { name: 'Meny' });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(menu);
    const nav = screen.getByRole('navigation', { name: 'Hovedmeny' });
    expect(within(nav).getByRole('link', { name: 'For meg' })).toBeTruthy();
    expect(screen.getByLabelText('Språk')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lukk menyen' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('shows the full header on a wide screen', () => {
    HTMLElement.prototype.getBoundingClientRect = function rect(): DOMRect {
      return { width: 1366, height: 100, top: 0, left: 0, right: 1366, bottom: 100, x: 0, y: 0, toJSON: () => ({}) } as DOMRect;
    };
    renderApp(
      <AppShell route={{ view: 'home' }} onLocaleChange={jest.fn()}>
        <p>content</p>
      </AppShell>
    );
    expect(screen.queryByRole('button', { name: 'Meny' })).toBeNull();
    expect(screen.getByRole('navigation', { name: 'Hovedmeny' })).toBeTruthy();
  });
});

describe('headings and text are separate blocks (issue #13: «Skole og SFORolle», «…enheten.Rutiner»)', () => {
  const display = (el: Element): string => window.getComputedStyle(el).display;

  it('a service page’s title and its first section heading are block headings', () => {
    renderApp(<ServiceView serviceKey="skole" />);
    const h1 = screen.getByRole('heading', { level: 1, name: 'Skole og SFO' });
    const h2 = screen.getAllByRole('heading', { level: 2 })[0];
    expect(h2.textContent).toBe('Rolle');
    expect(display(h1)).toBe('block');
    expect(display(h2)).toBe('block');
  });

  it('For meg: the note about this device is its own paragraph, apart from the heading after it', () => {
    renderApp(<ForMeView />, { myService: 'skole' });
    const note = screen.getByText('Valget huskes på denne enheten.');
    expect(note.tagName).toBe('P');
    expect(display(screen.getByRole('heading', { level: 2, name: 'Rutiner' }))).toBe('block');
  });
});

describe('For meg', () => {
  it('shows what a school does by level, and the rest of the school’s routines only behind «Vis alle»', () => {
    renderApp(<ForMeView />, { myService: 'skole' });
    const group = (name: RegExp): string[] =>
      within(screen.getByRole('heading', { level: 3, name }).closest('section') as HTMLElement)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href') ?? '');
    expect(group(/^Akutt – gjelder alle/)).toHaveLength(2);
    expect(group(/^Nivå 1/)).toContain('#/routine/bti-niva-1-egen-tjeneste');
    expect(group(/^Nivå 1/)).toContain('#/routine/skolefravaer');
    expect(group(/^Nivå 0/)).toContain('#/routine/bekymringsmelding-barnevern');
    expect(group(/^Annet tjenesten din gjør/)).toContain('#/routine/overgang-barnehage-skole');
    const shown = (): number => screen.getAllByRole('heading', { level: 3 }).flatMap((h) => within(h.closest('section') as HTMLElement).getAllByRole('link')).length;
    const model = starter();
    const meant = model.routines.filter((r) => r.urgent || r.responsibleService === 'skole' || r.audience.includes('skole')).length;
    const before = shown();
    expect(before).toBeLessThanOrEqual(16);
    expect(screen.queryByRole('link', { name: /Politiets bekymringssamtale/ })).toBeNull();
    const button = screen.getByRole('button', { name: /^Vis alle – \d+ rutiner til$/ });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(screen.getByRole('button', { name: 'Skjul de andre rutinene' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('link', { name: /Politiets bekymringssamtale/ })).toBeTruthy();
    expect(shown()).toBe(meant);
  });

  it('lists tools as links to their documents on the model site', () => {
    renderApp(<ForMeView />, { myService: 'skole' });
    const tools = screen.getByRole('heading', { level: 2, name: 'Verktøy' }).nextElementSibling as HTMLElement;
    const links = within(tools).getAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) expect(a.getAttribute('href')).toMatch(/^https:\/\/(contoso\.sharepoint\.com\/sites\/tryggebarn\/Verktoy\/|www\.)/);
  });
});

describe('tool links in the directory', () => {
  it('resolve a path on the model site, and on the workbench’s own http://localhost site too', () => {
    renderApp(<ToolsView />, { siteUrl: 'http://localhost:4321/sites/tryggebarn' });
    const link = screen.getByLabelText('Åpne verktøyet: Fem trinn fra bekymring til melding');
    expect(link.getAttribute('href')).toBe('http://localhost:4321/sites/tryggebarn/Verktoy/fem-trinn.pdf');
  });

  it('show an address that is neither https nor on the model site as text', () => {
    const model = starter();
    model.tools = [{ ...model.tools[0], documentUrl: '//evil.example/x.pdf' }];
    renderApp(<ToolsView />, { model, siteUrl: 'https://contoso.sharepoint.com/sites/tryggebarn' });
    expect(screen.queryByLabelText(/^Åpne verktøyet/)).toBeNull();
    expect(screen.getByText('//evil.example/x.pdf')).toBeTruthy();
  });
});
