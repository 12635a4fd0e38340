import * as React from 'react';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { FeedbackForm } from '../../../src/ui/evaluation/FeedbackForm';
import { fakeServices, renderWithApp } from './renderWithApp';

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
      expect.anything()
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
    expect(warning.textContent).toContain('«Emma» kan være et navn');
    expect(warning.textContent).toContain('«(7)» kan være en alder');
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

  it('says so when sending failed, and keeps the text', async () => {
    const services = fakeServices(false);
    services.feedback.submit.mockRejectedValueOnce(new Error('offline'));
    renderWithApp(<FeedbackForm idPrefix="t" />, { services });
    fill('Nummer', 'Telefonnummeret mangler.');
    send();
    await screen.findByText('Tilbakemeldingen ble ikke sendt. Prøv igjen.');
    expect((screen.getByLabelText(/^Tilbakemelding/) as HTMLTextAreaElement).value).toBe('Telefonnummeret mangler.');
  });
});
