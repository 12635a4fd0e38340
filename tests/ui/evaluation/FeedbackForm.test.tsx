import * as React from 'react';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { WriteOutcomeUnknownError } from '../../../src/data/ports/WriteOutcomeUnknownError';
import { WriteNotStoredError } from '../../../src/data/ports/WriteNotStoredError';
import { RECHECK_DELAYS_MS } from '../../../src/ui/evaluation/common/useSubmission';
import { FeedbackForm } from '../../../src/ui/evaluation/FeedbackForm';
import { fakeServices, renderWithApp } from '../../support/renderWithApp';

function fill(subject: string, body: string): void {
  fireEvent.change(screen.getByLabelText(/^Emne/), { target: { value: subject } });
  fireEvent.change(screen.getByLabelText(/^Tilbakemelding/), { target: { value: body } });
}

const send = (): void => {
  fireEvent.click(screen.getByRole('button', { name: 'Send tilbakemelding' }));
};

describe('FeedbackForm', () => {
  it('sends plain feedback anonymously, about the routine of the page', async () => {
    const services = fakeServices(false);
    renderWithApp(<FeedbackForm routineKey="niva-0" idPrefix="t" />, { services });
    fill('Nummer mangler', 'Rutinen mangler telefonnummeret til PPT.');
    send();
    await screen.findByText('Takk! Tilbakemeldingen er sendt til prosjektgruppen.');
    expect(services.feedback.submit).toHaveBeenCalledWith(
      { title: 'Nummer mangler', body: 'Rutinen mangler telefonnummeret til PPT.', routine: 'niva-0', submittedBy: undefined },
      expect.anything(),
      expect.stringMatching(/^[0-9a-f-]{36}$/)
    );
  });

  it('sends the display name only when the person ticks "include my name"', async () => {
    const services = fakeServices(false);
    renderWithApp(<FeedbackForm idPrefix="t" />, { services });
    fill('Takk', 'Veiviseren hjalp meg.');
    fireEvent.click(screen.getByLabelText('Send med navnet mitt'));
    expect(screen.getByText('Sendes med navnet Kari Lærer.')).toBeTruthy();
    send();
    await waitFor(() => expect(services.feedback.submit).toHaveBeenCalled());
    expect(services.feedback.submit.mock.calls[0][0]).toMatchObject({ submittedBy: 'Kari Lærer', routine: undefined });
  });

  it('warns before sending what looks like a child\'s name and age, and sends nothing until the person decides', async () => {
    const services = fakeServices(false);
    renderWithApp(<FeedbackForm idPrefix="t" />, { services });
    fill('Bekymring', 'Emma (7) virket lei seg etter foreldremøtet.');
    send();
    const warning = await screen.findByRole('alert');
    expect(warning.textContent).toContain('Dette kan være opplysninger om et barn');
    // The guard names the passage and what it looks like (its wording is the privacy detector's).
    expect(warning.textContent).toMatch(/navn/);
    expect(warning.textContent).toMatch(/alder/);
    expect(warning.textContent).toMatch(/Emma/);
    expect(services.feedback.submit).not.toHaveBeenCalled();
    // Sending again without a decision only shows the warning again.
    send();
    expect(services.feedback.submit).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Send likevel – det er ikke opplysninger om et barn' }));
    await waitFor(() => expect(services.feedback.submit).toHaveBeenCalledTimes(1));
  });

  it('checks again after the text is edited, and sends the edited text without a warning', async () => {
    const services = fakeServices(false);
    renderWithApp(<FeedbackForm idPrefix="t" />, { services });
    fill('Bekymring', 'Emma (7) virket lei seg.');
    send();
    await screen.findByRole('alert');
    fireEvent.click(screen.getByRole('button', { name: 'Endre teksten' }));
    expect(document.activeElement).toBe(screen.getByLabelText(/^Tilbakemelding/));
    fireEvent.change(screen.getByLabelText(/^Tilbakemelding/), { target: { value: 'Et barn virket lei seg etter foreldremøtet.' } });
    expect(screen.queryByRole('alert')).toBeNull();
    send();
    await waitFor(() => expect(services.feedback.submit).toHaveBeenCalledTimes(1));
    expect(services.feedback.submit.mock.calls[0][0].body).toBe('Et barn virket lei seg etter foreldremøtet.');
  });

  it('asks for the required fields instead of sending an empty form', () => {
    const services = fakeServices(false);
    renderWithApp(<FeedbackForm idPrefix="t" />, { services });
    send();
    expect(screen.getAllByText('Fyll ut dette feltet.')).toHaveLength(2);
    expect(services.feedback.submit).not.toHaveBeenCalled();
  });

  it('says "not sent" only when it was checked that nothing was stored, and keeps the text', async () => {
    const services = fakeServices(false);
    services.feedback.submit.mockRejectedValueOnce(new WriteNotStoredError('unavailable', new Error('503')));
    renderWithApp(<FeedbackForm idPrefix="t" />, { services });
    fill('Nummer', 'Telefonnummeret mangler.');
    send();
    await screen.findByText(/Tilbakemeldingen ble ikke sendt – vi har sjekket, og ingenting er lagret/);
    expect((screen.getByLabelText(/^Tilbakemelding/) as HTMLTextAreaElement).value).toBe('Telefonnummeret mangler.');
  });

  it('resends with the same submission id after "not sent", and a new one once the text changes', async () => {
    const services = fakeServices(false);
    services.feedback.submit.mockRejectedValueOnce(new WriteNotStoredError('unavailable', new Error('503')));
    renderWithApp(<FeedbackForm idPrefix="t" />, { services });
    fill('Nummer', 'Telefonnummeret mangler.');
    send();
    await screen.findByRole('alert');
    send();
    await screen.findByText('Takk! Tilbakemeldingen er sendt til prosjektgruppen.');
    const ids = services.feedback.submit.mock.calls.map((call) => call[2]);
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0]);
    fireEvent.click(screen.getByRole('button', { name: 'Send en til' }));
    fill('Nummer', 'Et annet nummer mangler.');
    send();
    await waitFor(() => expect(services.feedback.submit).toHaveBeenCalledTimes(3));
    expect(services.feedback.submit.mock.calls[2][2]).not.toBe(ids[0]);
  });

  it('never says "not sent" when the outcome is unknown: it says it is checking, checks again with the same id, then says "sent"', async () => {
    jest.useFakeTimers();
    try {
      const services = fakeServices(false);
      services.feedback.submit.mockRejectedValueOnce(new WriteOutcomeUnknownError('POST', 'items', new TypeError('fetch failed')));
      renderWithApp(<FeedbackForm idPrefix="t" />, { services });
      fill('Nummer', 'Telefonnummeret mangler.');
      send();
      expect((await screen.findByTestId('send-checking')).textContent).toContain('Vi sjekker om det ble lagret');
      expect(screen.queryByRole('alert')).toBeNull();
      expect(screen.getByRole('button', { name: 'Send tilbakemelding' })).toHaveProperty('disabled', true);
      await act(async () => {
        jest.advanceTimersByTime(RECHECK_DELAYS_MS[0]);
      });
      await screen.findByText('Takk! Tilbakemeldingen er sendt til prosjektgruppen.');
      const ids = services.feedback.submit.mock.calls.map((call) => call[2]);
      expect(ids).toEqual([ids[0], ids[0]]);
    } finally {
      jest.useRealTimers();
    }
  });
});
