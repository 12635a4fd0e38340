import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ItemIssue } from '../../../../src/core/mapping/ItemIssue';
import type { Feedback } from '../../../../src/core/model/Feedback';
import type { RoutineHistoryEntry } from '../../../../src/core/model/RoutineHistory';
import { PermissionDeniedError } from '../../../../src/data/ports/PermissionDeniedError';
import { FeedbackTriageView } from '../../../../src/ui/evaluation/triage/FeedbackTriageView';
import { fakeServices, renderWithApp, type FakeServices } from '../../../support/renderWithApp';

const routines: RoutineHistoryEntry[] = [
  { key: 'vold', title: 'Mistanke om vold', status: 'published', id: 12 },
  { key: 'niva-0', title: 'Uro for et barn', status: 'draft', id: 11 }
];

const feedback: Feedback[] = [
  { id: 1, title: 'Ferdig sak', body: 'Løst.', status: 'done', created: '2026-01-05T10:00:00Z' },
  { id: 2, title: 'Telefonnummer mangler', body: 'PPT mangler.\nSe rutinen.', status: 'new', routine: 'niva-0', created: '2026-02-01T08:00:00Z', submittedBy: 'Kari Lærer' },
  { id: 3, title: 'Under arbeid', body: 'Pågår.', status: 'inProgress' }
];

function servicesWith(items: Feedback[], issues = 0): FakeServices {
  const services = fakeServices(true);
  services.routineHistory.read.mockResolvedValue({ routines, issues: [] });
  services.feedback.readAll.mockResolvedValue({
    feedback: items,
    issues: Array.from({ length: issues }, (_, i): ItemIssue => ({ severity: 'error', list: 'Tilbakemeldinger', item: 100 + i, field: 'Status', message: 'Ukjent status' }))
  });
  return services;
}

function card(title: string): HTMLElement {
  return screen.getByText(title, { selector: 'h2' }).closest('[data-feedback-id]') as HTMLElement;
}

describe('FeedbackTriageView', () => {
  it('lists new feedback first, counts each status and says who sent it', async () => {
    renderWithApp(<FeedbackTriageView />, { services: servicesWith(feedback) });
    expect(await screen.findByText('1 nye · 1 under arbeid · 1 ferdige')).toBeTruthy();
    const titles = [...document.querySelectorAll('[data-feedback-id] h2')].map((h) => h.textContent);
    expect(titles).toEqual(['Telefonnummer mangler', 'Under arbeid', 'Ferdig sak']);
    const named = card('Telefonnummer mangler');
    expect(named.textContent).toContain('Fra Kari Lærer');
    expect(named.textContent).toContain('Mottatt');
    expect(named.querySelector('.fui-Badge')?.textContent).toBe('Ny');
    expect(card('Under arbeid').textContent).toContain('Anonym');
    // The routine select offers every routine, drafts too, sorted by title, with the linked one chosen.
    const routine = within(named).getByLabelText('Gjelder rutine') as HTMLSelectElement;
    expect([...routine.options].map((o) => o.textContent)).toEqual(['Ingen bestemt rutine', 'Mistanke om vold', 'Uro for et barn']);
    expect(routine.value).toBe('niva-0');
  });

  it('sends the new status and routine of one item to the store, and says it was saved', async () => {
    const services = servicesWith(feedback);
    renderWithApp(<FeedbackTriageView />, { services });
    await screen.findByText('Telefonnummer mangler');
    const item = card('Telefonnummer mangler');
    fireEvent.change(within(item).getByLabelText('Status'), { target: { value: 'inProgress' } });
    fireEvent.change(within(item).getByLabelText('Gjelder rutine'), { target: { value: '' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Lagre' }));
    await waitFor(() => expect(within(item).getByRole('status').textContent).toBe('Lagret.'));
    expect(services.feedback.triage).toHaveBeenCalledTimes(1);
    const [id, triage, lookups] = services.feedback.triage.mock.calls[0];
    expect(id).toBe(2);
    expect(triage).toEqual({ status: 'inProgress', routine: undefined });
    // Routine keys translate to the list's ids, drafts included.
    expect(lookups.idOf('routines', 'niva-0')).toBe(11);
  });

  it('says when a change was not saved, and when the user may not make it', async () => {
    const services = servicesWith(feedback);
    services.feedback.triage.mockRejectedValueOnce(new Error('503')).mockRejectedValueOnce(new PermissionDeniedError('triage'));
    renderWithApp(<FeedbackTriageView />, { services });
    await screen.findByText('Under arbeid', { selector: 'h2' });
    const item = card('Under arbeid');
    fireEvent.change(within(item).getByLabelText('Gjelder rutine'), { target: { value: 'vold' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Lagre' }));
    await waitFor(() => expect(within(item).getByRole('status').textContent).toBe('Endringen ble ikke lagret. Prøv igjen.'));
    fireEvent.click(within(item).getByRole('button', { name: 'Lagre' }));
    await waitFor(() => expect(within(item).getByRole('status').textContent).toBe('Dette er for prosjektgruppen: du har ikke tilgang til å redigere modellen.'));
    expect(services.feedback.triage.mock.calls.map((c) => [c[0], c[1]])).toEqual([
      [3, { status: 'inProgress', routine: 'vold' }],
      [3, { status: 'inProgress', routine: 'vold' }]
    ]);
  });

  it('says the queue is empty, and how many items could not be read', async () => {
    renderWithApp(<FeedbackTriageView />, { services: servicesWith([], 2) });
    expect(await screen.findByText('Ingen tilbakemeldinger ennå.')).toBeTruthy();
    expect(screen.getByText('2 elementer i listen kunne ikke leses og er holdt utenfor.')).toBeTruthy();
    expect(screen.getByText('0 nye · 0 under arbeid · 0 ferdige')).toBeTruthy();
  });

  it('offers to try again when the list could not be read, and reads it again', async () => {
    const services = servicesWith(feedback);
    services.feedback.readAll.mockRejectedValueOnce(new Error('503'));
    renderWithApp(<FeedbackTriageView />, { services });
    const retry = await screen.findByRole('button', { name: 'Prøv igjen' });
    expect(screen.queryByText('Telefonnummer mangler')).toBeNull();
    fireEvent.click(retry);
    expect(await screen.findByText('Telefonnummer mangler')).toBeTruthy();
    expect(services.feedback.readAll).toHaveBeenCalledTimes(2);
  });

  it('tells someone outside the project group that the read was refused', async () => {
    const services = servicesWith(feedback);
    services.feedback.readAll.mockRejectedValueOnce(new PermissionDeniedError('read feedback'));
    renderWithApp(<FeedbackTriageView />, { services });
    expect(await screen.findByText('Dette er for prosjektgruppen: du har ikke tilgang til å redigere modellen.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Prøv igjen' })).toBeNull();
  });

  it('shows staff the explanation and reads nothing', async () => {
    const services = fakeServices(false);
    renderWithApp(<FeedbackTriageView />, { services });
    expect(await screen.findByText('Dette er for prosjektgruppen: du har ikke tilgang til å redigere modellen.')).toBeTruthy();
    expect(services.feedback.readAll).not.toHaveBeenCalled();
  });
});
