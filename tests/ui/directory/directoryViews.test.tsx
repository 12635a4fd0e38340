import { act, screen, within } from '@testing-library/react';
import { fakeProductServices } from '../../support/fakeProductServices';
import { openApp } from '../../support/renderApp';

// The directory as staff open it from the menu: the whole app at its address, over the tiny model.

afterEach(() => {
  window.location.hash = '';
});

function go(hash: string): void {
  act(() => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

describe('the directory', () => {
  it('lists routines urgent first, each linking to its page', async () => {
    openApp(fakeProductServices(), { hash: '#/routines' });
    const list = (await screen.findByRole('heading', { level: 1, name: 'Rutiner' })).closest('section') as HTMLElement;
    const links = within(list).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Mistanke om vold', '#/routine/vold'],
      ['Uro for et barn', '#/routine/niva-0']
    ]);
    expect(within(links[0].closest('li') as HTMLElement).getByText('Akutt')).toBeTruthy();
    expect(within(links[1].closest('li') as HTMLElement).queryByText('Akutt')).toBeNull();
  });

  it('lists contacts emergency numbers first, in their order, with a way to reach each', async () => {
    openApp(fakeProductServices(), { hash: '#/contacts' });
    const section = (await screen.findByRole('heading', { level: 1, name: 'Kontakter' })).closest('section') as HTMLElement;
    expect(within(section).getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Politi', 'Barnevernvakt']);
    expect(within(section).getAllByText('Nødnummer')).toHaveLength(2);
    expect(within(section).getByRole('link', { name: /112/ }).getAttribute('href')).toBe('tel:112');
  });

  it('shows the arenas with how often they meet, who takes part and whether consent is needed', async () => {
    openApp(fakeProductServices(), { hash: '#/arenas' });
    await screen.findByRole('heading', { level: 1, name: 'Samarbeidsarenaer' });
    const card = screen.getByRole('link', { name: 'Tverrfaglig team' }).closest('li') as HTMLElement;
    const facts = within(card).getAllByRole('term').map((t) => [t.textContent, t.nextElementSibling?.textContent]);
    expect(facts).toEqual([
      ['Hyppighet', 'Hver måned'],
      ['Leder', 'Leder'],
      ['Tjenester som deltar', 'Skole, Barnevern'],
      ['Krever samtykke', 'Ja']
    ]);
  });

  it('opens an arena with its purpose, agenda, routines and a way to book its meeting', async () => {
    openApp(fakeProductServices(), { hash: '#/arena/team' });
    const article = (await screen.findByRole('heading', { level: 1, name: 'Tverrfaglig team' })).closest('article') as HTMLElement;
    expect(within(article).getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Formål', 'Agenda', 'Rutiner']);
    expect(within(article).getByText('1. Velkommen')).toBeTruthy();
    expect(within(article).getByRole('link', { name: 'Uro for et barn' }).getAttribute('href')).toBe('#/routine/niva-0');
    expect(within(article).getByRole('link', { name: /Book/ }).getAttribute('href')).toBe('#/book/team');
    // An arena that is not in the model says so instead of showing an empty page.
    go('#/arena/finnes-ikke');
    expect(await screen.findByText('Fant ikke dette. Det kan være fjernet eller flyttet.')).toBeTruthy();
  });

  it('opens a service with its role and the routines it is responsible for', async () => {
    openApp(fakeProductServices(), { hash: '#/service/skole' });
    const heading = await screen.findByRole('heading', { level: 1, name: 'Skole' });
    const page = heading.closest('article') ?? (heading.parentElement as HTMLElement);
    expect(within(page as HTMLElement).getByText('Ser barna hver dag')).toBeTruthy();
    expect(within(page as HTMLElement).getByRole('link', { name: 'Uro for et barn' })).toBeTruthy();
  });
});
