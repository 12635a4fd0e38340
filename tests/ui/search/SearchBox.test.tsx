import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeProductServices } from '../../support/fakeProductServices';
import { openApp } from '../../support/renderApp';

// Search as staff use it in the header: type, see the hits, choose one with the keyboard or the mouse.

afterEach(() => {
  window.location.hash = '';
});

async function typeInSearch(text: string): Promise<HTMLElement> {
  const box = await screen.findByRole('combobox', { name: 'Søk i modellen' });
  fireEvent.change(box, { target: { value: text } });
  return box;
}

describe('search in the header', () => {
  it('shows the hits as options with the match marked, and opens the one chosen with the keyboard', async () => {
    openApp(fakeProductServices(), { hash: '#/' });
    // The index is built after the first paint; the box then lists hits as the person types.
    const box = await typeInSearch('vold');
    const list = await screen.findByRole('listbox', { name: 'Søk i modellen' });
    const options = within(list).getAllByRole('option');
    expect(options[0].textContent).toContain('Mistanke om vold');
    expect(options[0].querySelector('mark')?.textContent?.toLowerCase()).toBe('vold');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe('tb-hit-0');
    expect(screen.getByText(/^\d+ treff$/)).toBeTruthy();

    fireEvent.keyDown(box, { key: 'Enter' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Mistanke om vold' })).toBeTruthy();
    expect(window.location.hash).toBe('#/routine/vold');
    // The query is not kept anywhere: the box is empty again.
    expect((box as HTMLInputElement).value).toBe('');
  });

  it('moves through the options with the arrow keys and closes on Escape', async () => {
    openApp(fakeProductServices(), { hash: '#/' });
    const box = await typeInSearch('barn');
    const options = within(await screen.findByRole('listbox')).getAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe('tb-hit-1');
    expect(document.getElementById('tb-hit-1')?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(box.getAttribute('aria-activedescendant')).toBe('tb-hit-0');
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('opens a hit chosen with the mouse', async () => {
    openApp(fakeProductServices(), { hash: '#/' });
    await typeInSearch('Tverrfaglig');
    const option = within(await screen.findByRole('listbox')).getAllByRole('option').find((o) => o.textContent?.includes('Tverrfaglig team')) as HTMLElement;
    fireEvent.mouseDown(option);
    expect(await screen.findByRole('heading', { level: 1, name: 'Tverrfaglig team' })).toBeTruthy();
    expect(window.location.hash).toBe('#/arena/team');
  });

  it('with no hits offers the worry guide and the urgent path instead of a dead end', async () => {
    openApp(fakeProductServices(), { hash: '#/' });
    const box = await typeInSearch('zzqxw');
    const list = await screen.findByRole('listbox');
    expect(within(list).getByText('Ingen treff. Prøv et annet ord.')).toBeTruthy();
    const fallbacks = within(list)
      .getAllByRole('option')
      .filter((o) => o.getAttribute('data-fallback'));
    expect(fallbacks.map((o) => o.getAttribute('data-fallback'))).toEqual(['guide', 'urgent']);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(window.location.hash).toBe('#/urgent'));
  });

  it('lists nothing for a single letter', async () => {
    openApp(fakeProductServices(), { hash: '#/' });
    const box = await typeInSearch('v');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('listbox')).toBeNull();
  });
});
