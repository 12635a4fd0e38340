import { act, fireEvent, screen, within } from '@testing-library/react';
import { fakeProductServices } from '../../support/fakeProductServices';
import { openApp } from '../../support/renderApp';

// The shell around every view: routing by the address, the way back from a link that cannot be read, the menu
// for editors, and the language the person chooses.

afterEach(() => {
  window.location.hash = '';
});

function go(hash: string): void {
  act(() => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

describe('the shell', () => {
  it('opens the view a link names, follows the address, and marks where the person is in the menu', async () => {
    openApp(fakeProductServices(), { hash: '#/routine/niva-0' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Uro for et barn' })).toBeTruthy();
    go('#/contacts');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kontakter' })).toBeTruthy();
    const menu = screen.getByRole('navigation', { name: 'Hovedmeny' });
    expect(within(menu).getByRole('link', { name: 'Kontakter' }).getAttribute('aria-current')).toBe('page');
    expect(within(menu).getByRole('link', { name: 'Rutiner' }).getAttribute('aria-current')).toBeNull();
  });

  it('shows "not found" with the way home for #/routine/%E0, keeps the shell, and recovers on the next link', async () => {
    openApp(fakeProductServices(), { hash: '#/routine/%E0' });
    const message = await screen.findByTestId('route-not-found');
    expect(within(message).getByRole('link').getAttribute('href')).toBe('#/');
    expect(screen.getByRole('navigation', { name: 'Hovedmeny' })).toBeTruthy();
    go('#/routines');
    expect(await screen.findByRole('heading', { level: 1, name: 'Rutiner' })).toBeTruthy();
    expect(screen.queryByTestId('route-not-found')).toBeNull();
  });

  it('offers the editors’ menu only to those who can edit the model', async () => {
    openApp(fakeProductServices({ canEdit: false }), { hash: '#/' });
    const staffMenu = await screen.findByRole('navigation', { name: 'Hovedmeny' });
    await act(async () => undefined);
    expect(within(staffMenu).queryByRole('link', { name: 'Administrasjon' })).toBeNull();
  });

  it('shows the editors’ menu to the project group', async () => {
    openApp(fakeProductServices({ canEdit: true }), { hash: '#/' });
    const menu = await screen.findByRole('navigation', { name: 'Hovedmeny' });
    expect((await within(menu).findByRole('link', { name: 'Administrasjon' })).getAttribute('href')).toBe('#/admin');
  });

  it.each([
    ['nn', 'Nynorsk', 'Språk', 'nn'],
    ['en', 'English', 'Language', 'en']
  ])('switches the whole app to %s when the person chooses %s', async (value, _name, label, lang) => {
    openApp(fakeProductServices(), { hash: '#/routines' });
    await screen.findByRole('heading', { level: 1, name: 'Rutiner' });
    fireEvent.change(screen.getByLabelText('Språk'), { target: { value } });
    expect(screen.getByLabelText(label)).toBeTruthy();
    expect(document.querySelector(`[lang="${lang}"]`)).not.toBeNull();
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.textContent).toBe(value === 'en' ? 'Routines' : 'Rutinar');
    // The content is the model's own: the tiny model has its text in Bokmål only.
    expect(screen.getByRole('link', { name: 'Uro for et barn' })).toBeTruthy();
  });

  it('starts in the host’s language', async () => {
    openApp(fakeProductServices(), { hash: '#/routines', culture: 'en-US' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Routines' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: /menu/i })).toBeTruthy();
  });
});
