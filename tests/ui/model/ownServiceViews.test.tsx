import * as React from 'react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ModelDocument } from '../../../src/core/model/ModelDocument';
import type { TryggeBarnModel } from '../../../src/core/model/TryggeBarnModel';
import { AppContext, type AppContextValue } from '../../../src/ui/app/AppContext';
import { ServiceView } from '../../../src/ui/directory/ServicesView';
import { GuideView } from '../../../src/ui/guide/GuideView';
import { RoutineView } from '../../../src/ui/model/RoutineView';
import { STRINGS } from '../../../src/ui/strings';
import { fakeServices, withServices } from '../../support/renderWithApp';

function starter(locale: 'nb' | 'nn'): TryggeBarnModel {
  return JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'sharepoint', 'seed', `starter-model.${locale}.json`), 'utf8')) as ModelDocument as unknown as TryggeBarnModel;
}

function renderAs(ui: React.ReactElement, locale: 'nb' | 'nn' | 'en', myService?: string): void {
  const value = {
    model: starter(locale === 'nn' ? 'nn' : 'nb'),
    strings: STRINGS[locale],
    locale,
    host: { kind: 'sharepoint', siteUrl: 'https://contoso.sharepoint.com/sites/tb', culture: 'nb-NO', theme: 'light', pageUrl: 'https://contoso.sharepoint.com/sites/tb/SitePages/Home.aspx' },
    navigate: jest.fn(),
    myService,
    setMyService: jest.fn()
  } as unknown as AppContextValue;
  render(
    <FluentProvider theme={webLightTheme}>
      <AppContext.Provider value={value}>
        {withServices(fakeServices(false), ui)}
      </AppContext.Provider>
    </FluentProvider>
  );
}

function responsibleSection(): HTMLElement {
  return screen.getByRole('heading', { level: 2, name: /^Ansvarl(ig|eg) teneste$|^Ansvarlig tjeneste$|^Responsible service$/ }).closest('section') as HTMLElement;
}

describe('the routine view of an own-service routine', () => {
  it.each([
    ['nb', 'Din egen tjeneste'],
    ['nn', 'Di eiga teneste'],
    ['en', 'Your own service']
  ] as const)('says "%s: %s" and points to For meg when no service is chosen, never Familiesenteret', (locale, words) => {
    renderAs(<RoutineView routineKey="bti-niva-1-egen-tjeneste" />, locale);
    const section = responsibleSection();
    expect(within(section).getByTestId('routine-responsible').textContent).toBe(words);
    expect(section.textContent).not.toMatch(/Familiesenter/);
    expect(within(section).getByRole('link').getAttribute('href')).toBe('#/for-me');
  });

  it('names the service chosen in For meg, with a link to it and how to reach it', () => {
    renderAs(<RoutineView routineKey="bti-niva-1-egen-tjeneste" />, 'nb', 'skole');
    const section = responsibleSection();
    expect(within(section).getByTestId('routine-responsible').textContent).toBe('Skole og SFO (din tjeneste)');
    expect(within(section).getByRole('link', { name: 'Skole og SFO' }).getAttribute('href')).toBe('#/service/skole');
  });

  it('keeps naming the one responsible service of an ordinary routine', () => {
    renderAs(<RoutineView routineKey="bekymringsmelding-barnevern" />, 'nb', 'skole');
    expect(within(responsibleSection()).getByTestId('routine-responsible').textContent).toBe('Barnevernstjenesten');
  });
});

describe('the guide outcome and the service directory', () => {
  it('the guide’s level-1 routine says the user’s own service is responsible', () => {
    renderAs(<GuideView />, 'nn', 'skole');
    fireEvent.click(screen.getByRole('button', { name: 'Nei' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja' }));
    const lines = screen.getAllByTestId('guide-routine-responsible').map((e) => e.textContent);
    expect(lines[0]).toBe('Ansvarleg: Skule og SFO (tenesta di)');
    expect(lines.join(' ')).not.toMatch(/Familiesenter/);
  });

  it('the school’s page lists the own-service routines meant for schools beside its own', () => {
    renderAs(<ServiceView serviceKey="skole" />, 'nb');
    const school = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(school).toEqual(expect.arrayContaining(['#/routine/bti-niva-1-egen-tjeneste', '#/routine/skolefravaer']));
    expect(school).not.toContain('#/routine/mistanke-vold-overgrep');
  });
});
