import { fireEvent, screen, within } from '@testing-library/react';
import { fakeProductServices, type FakeProductServices } from '../../../support/fakeProductServices';
import { openApp } from '../../../support/renderApp';
import { tinyModelDocument } from '../../../unit/core/tinyModel';

// The review overview and the readiness check as the project group opens them ("#/admin/review", "#/admin/readiness").

afterEach(() => {
  window.location.hash = '';
});

/** The tiny model with "Uro for et barn" long past its review date; "Mistanke om vold" has none. */
function overdue(): FakeProductServices {
  const doc = tinyModelDocument();
  doc.routines[0].nextReview = '2020-01-10';
  return fakeProductServices({ document: doc, canEdit: true });
}

describe('review of routines', () => {
  it('counts what is due and groups it by owner, with a reminder to each owner', async () => {
    const services = overdue();
    openApp(services, { hash: '#/admin/review' });
    expect((await screen.findByTestId('review-counts')).textContent).toBe('1 forfalt · 0 forfaller snart · 1 uten dato');
    const groups = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(groups).toEqual(expect.arrayContaining(['Rektor', 'Barnevernleder']));
    const rektor = screen.getByRole('heading', { level: 3, name: 'Rektor' }).closest('section') as HTMLElement;
    expect(within(rektor).getByText('Forfalt')).toBeTruthy();
    expect(within(rektor).getByRole('link', { name: 'Uro for et barn' }).getAttribute('href')).toBe('#/admin/routine/niva-0');
    expect(within(rektor).getByRole('button', { name: 'Merk Uro for et barn som gjennomgått i dag' })).toBeTruthy();
  });

  it('groups by responsible service on request', async () => {
    const services = overdue();
    openApp(services, { hash: '#/admin/review' });
    await screen.findByTestId('review-counts');
    fireEvent.click(screen.getByRole('radio', { name: 'Ansvarlig tjeneste' }));
    const groups = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(groups).toEqual(expect.arrayContaining(['Skole', 'Uten ansvarlig tjeneste']));
    // Reminders go to owners, not to services.
    expect(screen.queryByText('Send påminnelse')).toBeNull();
  });

  it('says so when SharePoint refuses', async () => {
    const services = overdue();
    services.adminServices.routines.save.mockResolvedValueOnce({ kind: 'failed', reason: 'denied' });
    openApp(services, { hash: '#/admin/review' });
    fireEvent.click(await screen.findByRole('button', { name: 'Merk Uro for et barn som gjennomgått i dag' }));
    expect(await screen.findByText('SharePoint avviste endringen: du har ikke rettighet til å endre dette. Ingenting er lagret.')).toBeTruthy();
    // What was sent: only the review dates, today and a year on (the municipality reviews every 12 months).
    const [, draft, fields] = services.adminServices.routines.save.mock.calls[0];
    expect(fields).toEqual(['lastReviewed', 'nextReview']);
    const today = draft.lastReviewed as string;
    expect(draft.nextReview).toBe(`${Number(today.slice(0, 4)) + 1}${today.slice(4)}`);
  });
});

describe('ready for use', () => {
  it('lists the placeholder emergency number as a blocker, with its list and what is wrong', async () => {
    const services = fakeProductServices({ canEdit: true });
    openApp(services, { hash: '#/admin/readiness' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Klar til bruk?' })).toBeTruthy();
    const blockers = screen.getByRole('table', { name: /nødnumre? (og kontakter )?må legges inn$/ });
    const row = within(blockers).getByRole('row', { name: /^Barnevernvakt Kontakter/ });
    expect(within(row).getByText('Kontakter')).toBeTruthy();
    expect(within(row).getByText('Nummeret er plassholderen 00 00 00 00')).toBeTruthy();
    expect(screen.getByText(/Hastende rutiner kan ikke publiseres før disse er rettet\./)).toBeTruthy();
    expect(screen.queryByText('Alle numre og kontakter er lagt inn.')).toBeNull();
  });
});
