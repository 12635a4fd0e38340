import * as React from 'react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { AppContext, type AppContextValue } from '../../../src/ui/app/AppContext';
import { STRINGS } from '../../../src/ui/strings';
import type { ModelDocument } from '../../../src/core/model/ModelDocument';
import { GuideView } from '../../../src/ui/guide/GuideView';
import { UrgentView } from '../../../src/ui/guide/UrgentView';
import { SearchBox } from '../../../src/ui/search/SearchBox';
import { fakeServices, renderWithApp } from '../../support/renderWithApp';

/** The app context with a service of one's own ("For meg"), which the shared helper leaves unset. */
function renderAsMe(ui: React.ReactElement, model: ModelDocument, locale: 'nb' | 'nn', myService: string): void {
  const value = {
    model,
    strings: STRINGS[locale],
    locale,
    host: { kind: 'sharepoint', siteUrl: 'https://contoso.sharepoint.com/sites/tb', culture: 'nb-NO', theme: 'light', pageUrl: 'https://contoso.sharepoint.com/sites/tb/SitePages/Home.aspx' },
    navigate: jest.fn(),
    myService,
    setMyService: jest.fn()
  } as unknown as AppContextValue;
  render(
    <FluentProvider theme={webLightTheme}>
      <AppContext.Provider value={value}>{ui}</AppContext.Provider>
    </FluentProvider>
  );
}

function starter(locale: 'nb' | 'nn'): ModelDocument {
  return JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'sharepoint', 'seed', `starter-model.${locale}.json`), 'utf8')) as ModelDocument;
}

describe.each(['nb', 'nn'] as const)('the emergency view on the starter model (%s)', (locale) => {
  it('opens with a call-now card of four tel: links and never says a number is not set', () => {
    renderWithApp(<UrgentView />, { services: fakeServices(false), model: starter(locale), locale });
    const card = screen.getByTestId('call-now');
    const links = within(card).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['tel:116111', 'tel:116111', 'tel:02800', 'tel:112']);
    // The card comes right after the heading, before any other text of the view.
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.nextElementSibling).toBe(card);
    expect(document.body.textContent).not.toMatch(/00 00 00 00|ikke satt|ikkje sett/);
    expect(document.querySelectorAll('a[href="tel:00000000"]')).toHaveLength(0);
  });
});

describe('the worry guide', () => {
  it('offers «Usikker», which leads to an anonymous consultation with a deadline and a pointer to For meg', () => {
    renderWithApp(<GuideView />, { services: fakeServices(false), model: starter('nb'), locale: 'nb' });
    fireEvent.click(screen.getByRole('button', { name: 'Usikker' }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/Drøft anonymt først/);
    expect(screen.getByTestId('guide-deadline').textContent).toMatch(/^Frist: i dag, /);
    expect(screen.getAllByRole('link').map((a) => a.textContent)[0]).toMatch(/Anonym drøfting/);
    expect(screen.getByRole('link', { name: /Velg tjenesten din/ })).toBeTruthy();
  });

  it('names the contact in the user’s own service and a date 14 days ahead on level 0', () => {
    const model = starter('nn');
    model.contacts = model.contacts.map((c) => (c.key === 'skolekontor' ? { ...c, reach: { ...c.reach, phone: '33 44 55 66' } } : c));
    renderAsMe(<GuideView />, model, 'nn', 'skole');
    fireEvent.click(screen.getByRole('button', { name: 'Nei' }));
    fireEvent.click(screen.getByRole('button', { name: 'Nei' }));
    expect(screen.getByTestId('guide-deadline').textContent).toMatch(/^Frist: \d+\. \w+ \d{4}$/);
    expect(screen.getByText(/er meldeplikta utløyst: meld straks/)).toBeTruthy();
    const contact = screen.getByTestId('guide-contact');
    expect(contact.textContent).toMatch(/Skulekontoret/);
    expect(within(contact).getByRole('link', { name: '33 44 55 66' }).getAttribute('href')).toBe('tel:33445566');
  });
});

describe('search with no hits', () => {
  it('offers the worry guide and the emergency view instead of a dead end', async () => {
    renderWithApp(<SearchBox />, { services: fakeServices(false), model: starter('nb'), locale: 'nb' });
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'xyzzyqq' } });
    // The index loads after the first paint (its own chunk).
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options).toEqual(['Ingen treff. Prøv et annet ord.', 'Jeg er bekymret for et barn', 'Akutt: vold eller overgrep']);
  });
});
