import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { periodOfDate } from '../../../../src/core/evaluation/period';
import { isoToday } from '../../../../src/core/model/reviewStatus';
import { WriteNotStoredError } from '../../../../src/data/ports/WriteNotStoredError';
import { WriteOutcomeUnknownError } from '../../../../src/data/ports/WriteOutcomeUnknownError';
import { EvaluateView } from '../../../../src/ui/evaluation/form/EvaluateView';
import { EvaluationForm } from '../../../../src/ui/evaluation/form/EvaluationForm';
import { fakeServices, renderWithApp, tinyModel } from '../../../support/renderWithApp';

/** The radio group of one 1–5 question, by the question's text. */
function question(text: string): HTMLElement {
  return screen.getByRole('radiogroup', { name: text });
}

function answer(text: string, score: string): void {
  fireEvent.click(within(question(text)).getByLabelText(score));
}

function select(label: RegExp, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

const send = (): void => {
  fireEvent.click(screen.getByRole('button', { name: 'Send evaluering' }));
};

describe('EvaluationForm', () => {
  it('sends nothing until a service is chosen and one question answered, and says what is missing', () => {
    const services = fakeServices(false);
    renderWithApp(<EvaluationForm />, { services });
    send();
    expect(screen.getByText('Fyll ut dette feltet.')).toBeTruthy();
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain('Svar på minst ett spørsmål.');
    expect(services.evaluations.submit).not.toHaveBeenCalled();
    select(/^Tjeneste/, 'skole');
    expect(screen.queryByText('Fyll ut dette feltet.')).toBeNull();
    send();
    expect(services.evaluations.submit).not.toHaveBeenCalled();
  });

  it('sends the month, level, service, answered questions and next step — and no name — then starts afresh', async () => {
    const services = fakeServices(false);
    renderWithApp(<EvaluationForm level="1" />, { services });
    // The level from the route is chosen; the month is this one.
    expect((screen.getByLabelText(/^Nivå/) as HTMLSelectElement).value).toBe('1');
    expect((screen.getByLabelText(/^Måned/) as HTMLSelectElement).value).toBe(periodOfDate(isoToday()));
    fireEvent.click(screen.getByLabelText('Sammen med barnet eller foreldrene'));
    // The questions are the ones for filling in together with the family.
    expect(screen.queryByRole('radiogroup', { name: 'Ble barnets stemme hørt og tatt på alvor?' })).toBeNull();
    answer('Følte du deg hørt og tatt på alvor?', '4');
    answer('Har hjelpen gjort ting bedre?', '2');
    answer('Har hjelpen gjort ting bedre?', 'Vet ikke');
    answer('Ble du møtt med respekt?', '5');
    select(/^Tjeneste/, 'barnevern');
    select(/^Hva skjer videre/, 'moveUp');
    fireEvent.change(screen.getByLabelText(/^Kommentar/), { target: { value: '  Godt samarbeid.  ' } });
    send();
    expect(await screen.findByText('Takk! Evalueringen er lagret.')).toBeTruthy();
    expect(services.evaluations.submit).toHaveBeenCalledTimes(1);
    const [content, , submissionId] = services.evaluations.submit.mock.calls[0];
    expect(content).toEqual({
      form: 'together',
      level: '1',
      service: 'barnevern',
      period: periodOfDate(isoToday()),
      scores: { heard: 4, respect: 5, change: undefined },
      nextStep: 'moveUp',
      comment: 'Godt samarbeid.'
    });
    expect(submissionId).toMatch(/^[0-9a-f-]{36}$/);

    fireEvent.click(screen.getByRole('button', { name: 'Fyll ut en ny' }));
    // Answers and comment are cleared; the service and level stay for the next one.
    expect((within(question('Følte du deg hørt og tatt på alvor?')).getByLabelText('4') as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText(/^Kommentar/) as HTMLTextAreaElement).value).toBe('');
    expect((screen.getByLabelText(/^Tjeneste/) as HTMLSelectElement).value).toBe('barnevern');
    answer('Følte du deg hørt og tatt på alvor?', '3');
    send();
    await waitFor(() => expect(services.evaluations.submit).toHaveBeenCalledTimes(2));
    expect(services.evaluations.submit.mock.calls[1][2]).not.toBe(submissionId);
  });

  it('ignores a level the model does not have and starts at its first level', () => {
    renderWithApp(<EvaluationForm level="9" />, { services: fakeServices(false) });
    const level = screen.getByLabelText(/^Nivå/) as HTMLSelectElement;
    expect(level.value).toBe(level.options[0].value);
    expect([...level.options].map((o) => o.value).sort()).toEqual(['0', '1']);
  });

  it('says so when the model has no levels to evaluate', () => {
    const model = tinyModel();
    model.dimensions = [];
    renderWithApp(<EvaluationForm />, { services: fakeServices(false), model });
    expect(screen.getByText('Modellen har ingen nivåer å evaluere.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send evaluering' })).toBeNull();
  });

  it('keeps the answers after a checked "not stored", and sending again reuses the same submission id', async () => {
    const services = fakeServices(false);
    services.evaluations.submit.mockRejectedValueOnce(new WriteNotStoredError('unavailable', new Error('503')));
    renderWithApp(<EvaluationForm />, { services });
    select(/^Tjeneste/, 'skole');
    answer('Kom hjelpen til rett tid?', '1');
    send();
    expect(await screen.findByText('Evalueringen ble ikke lagret – vi har sjekket, og ingenting er lagret. Svarene dine er her fortsatt; prøv igjen.')).toBeTruthy();
    expect((within(question('Kom hjelpen til rett tid?')).getByLabelText('1') as HTMLInputElement).checked).toBe(true);
    send();
    await screen.findByText('Takk! Evalueringen er lagret.');
    const ids = services.evaluations.submit.mock.calls.map((call) => call[2]);
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0]);
  });

  it('tells the person it is checking when the answer was lost, with the send button disabled', async () => {
    const services = fakeServices(false);
    services.evaluations.submit.mockRejectedValue(new WriteOutcomeUnknownError('POST', 'items', new TypeError('fetch failed')));
    const { unmount } = renderWithApp(<EvaluationForm />, { services });
    select(/^Tjeneste/, 'skole');
    answer('Fungerte samarbeidet mellom tjenestene?', '3');
    send();
    expect((await screen.findByTestId('send-checking')).textContent).toBe('Svaret fra SharePoint kom ikke fram. Vi sjekker om det ble lagret …');
    expect((screen.getByRole('button', { name: 'Send evaluering' }) as HTMLButtonElement).disabled).toBe(true);
    unmount();
  });

  it('warns before sending a comment that looks like a child\'s name and age, and sends once the person confirms', async () => {
    const services = fakeServices(false);
    renderWithApp(<EvaluationForm />, { services });
    select(/^Tjeneste/, 'skole');
    answer('Bidro tiltaket til positiv endring?', '4');
    fireEvent.change(screen.getByLabelText(/^Kommentar/), { target: { value: 'Emma (7) har det bedre nå.' } });
    send();
    expect(screen.getByText('Dette kan være opplysninger om et barn')).toBeTruthy();
    expect(services.evaluations.submit).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Endre teksten' }));
    expect(document.activeElement).toBe(screen.getByLabelText(/^Kommentar/));
    expect(screen.queryByText('Dette kan være opplysninger om et barn')).toBeNull();
    send();
    fireEvent.click(screen.getByRole('button', { name: 'Send likevel – det er ikke opplysninger om et barn' }));
    await screen.findByText('Takk! Evalueringen er lagret.');
    expect(services.evaluations.submit.mock.calls[0][0]).toMatchObject({ comment: 'Emma (7) har det bedre nå.', scores: { change: 4 } });
  });
});

describe('EvaluateView', () => {
  it('links everyone to feedback, the action plan and the annual wheel, and shows the form', async () => {
    renderWithApp(<EvaluateView />, { services: fakeServices(false) });
    expect(screen.getByRole('heading', { level: 1, name: 'Evaluere og forbedre' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Evaluere og forbedre' });
    expect(within(nav).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Gi tilbakemelding', '#/feedback'],
      ['Handlingsplan', '#/action-plan'],
      ['Årshjul', '#/annual-wheel']
    ]);
    expect(screen.getByRole('heading', { level: 2, name: 'Evaluering' })).toBeTruthy();
    // Staff who cannot edit the model never see the project group's links.
    await waitFor(() => expect(screen.queryByText('For prosjektgruppen')).toBeNull());
  });

  it('adds the project group\'s links for those who edit the model', async () => {
    renderWithApp(<EvaluateView level="0" />, { services: fakeServices(true) });
    const group = await screen.findByRole('navigation', { name: 'For prosjektgruppen' });
    expect(within(group).getAllByRole('link')).toHaveLength(3);
    expect(within(group).getByRole('link', { name: 'Resultater av evalueringene' })).toBeTruthy();
    expect((screen.getByLabelText(/^Nivå/) as HTMLSelectElement).value).toBe('0');
  });
});
