import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { countEvaluation, emptyTally } from '../../../../src/core/evaluation/EvaluationTally';
import type { RoutineHistoryEntry } from '../../../../src/core/model/RoutineHistory';
import { isoToday } from '../../../../src/core/model/reviewStatus';
import { YearlyReportView } from '../../../../src/ui/evaluation/report/YearlyReportView';
import { fakeServices, renderWithApp, type FakeServices } from '../../../support/renderWithApp';

const year = Number(isoToday().slice(0, 4));

const history: RoutineHistoryEntry[] = [
  { key: 'ny', title: 'Ny rutine', status: 'published', id: 1, created: `${year}-02-01T10:00:00Z`, modified: `${year}-02-01T10:00:00Z`, nextReview: `${year + 2}-01-01` },
  { key: 'gjennomgatt', title: 'Gjennomgått rutine', status: 'published', id: 2, created: `${year - 3}-01-01T10:00:00Z`, lastReviewed: `${year}-01-15`, nextReview: `${year + 1}-06-01` },
  { key: 'endret', title: 'Endret rutine', status: 'published', id: 3, created: `${year - 3}-01-01T10:00:00Z`, modified: `${year}-03-03T10:00:00Z`, nextReview: '2001-05-01' },
  { key: 'gammel', title: 'Gammel rutine', status: 'published', id: 4, created: `${year - 3}-01-01T10:00:00Z` }
];

function reportServices(): FakeServices {
  const services = fakeServices(true);
  services.routineHistory.read.mockResolvedValue({ routines: history, issues: [] });
  const tally = emptyTally();
  countEvaluation(tally, { form: 'staff', level: '0', service: 'skole', period: `${year}-02`, scores: { heard: 4 }, comment: '' });
  services.evaluations.aggregate.mockResolvedValue({ cells: [{ level: '0', service: 'skole', period: `${year}-02`, form: 'staff', tally }], counted: 1, skipped: 2, issues: [] });
  services.feedback.readAll.mockResolvedValue({
    feedback: [
      { id: 1, title: 'A', body: 'a', status: 'done', created: `${year}-01-10T10:00:00Z` },
      { id: 2, title: 'B', body: 'b', status: 'new', created: `${year}-04-10T10:00:00Z` },
      { id: 3, title: 'C', body: 'c', status: 'done', created: `${year - 1}-04-10T10:00:00Z` }
    ],
    issues: []
  });
  return services;
}

/** The section under a level-2 heading. */
function section(name: string): HTMLElement {
  return screen.getByRole('heading', { level: 2, name }).closest('section') as HTMLElement;
}

describe('YearlyReportView', () => {
  it('summarises the year: routines added, reviewed and changed, review status, evaluations, action plan and feedback', async () => {
    renderWithApp(<YearlyReportView />, { services: reportServices() });
    expect(screen.getByRole('heading', { level: 1, name: `Årsrapport ${year}` })).toBeTruthy();
    expect(screen.getByText('Trygge Barn · Testvik kommune')).toBeTruthy();
    await screen.findByText('Modellen har 4 rutiner.');

    const changes = section('Endringer i modellen');
    expect(within(changes).getByText('Nye rutiner: 1').nextElementSibling?.textContent).toBe('Ny rutine');
    expect(within(changes).getByText('Gjennomgåtte rutiner: 1').nextElementSibling?.textContent).toBe('Gjennomgått rutine');
    expect(within(changes).getByText('Endret uten gjennomgang: 1').nextElementSibling?.textContent).toBe('Endret rutine');

    const review = section('Status for gjennomgang av rutiner');
    const facts = [...review.querySelectorAll('dt')].map((dt) => `${dt.textContent}=${dt.nextElementSibling?.textContent}`);
    expect(facts).toEqual(['Forfalt=1', 'Forfaller snart=0', 'I rute=2', 'Uten dato=1']);
    expect(within(review).getByText('Rutiner som skulle vært gjennomgått')).toBeTruthy();
    expect(within(review).getByText(/^Endret rutine \(/)).toBeTruthy();

    const evaluations = section('Evalueringer');
    expect(within(evaluations).getByText('2 elementer i listen kunne ikke leses og er holdt utenfor.')).toBeTruthy();
    expect(within(evaluations).getByTestId('evaluation-headline').textContent).toBe('1 evaluering · for få svar til å vise snitt');

    expect(within(section('Handlingsplanen')).getAllByRole('row').length).toBeGreaterThan(1);
    // Only this year's feedback counts.
    expect(within(section('Tilbakemeldinger («Alle skal med»)')).getByText('2 mottatt, 1 ferdig behandlet.')).toBeTruthy();
  });

  it('makes the report for another year when one is chosen, and prints it', async () => {
    const services = reportServices();
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    renderWithApp(<YearlyReportView />, { services });
    const printButton = (await screen.findByRole('button', { name: 'Skriv ut eller lagre som PDF' })) as HTMLButtonElement;
    await screen.findByText('Modellen har 4 rutiner.');
    expect(printButton.disabled).toBe(false);
    fireEvent.click(printButton);
    expect(print).toHaveBeenCalledTimes(1);
    fireEvent.change(screen.getByLabelText('År'), { target: { value: String(year - 1) } });
    expect(screen.getByRole('heading', { level: 1, name: `Årsrapport ${year - 1}` })).toBeTruthy();
    await waitFor(() => expect(services.evaluations.aggregate).toHaveBeenLastCalledWith({ from: `${year - 1}-01`, to: `${year - 1}-12` }, expect.anything()));
    expect(await screen.findByText('1 mottatt, 1 ferdig behandlet.')).toBeTruthy();
    print.mockRestore();
  });

  it('shows staff the explanation and reads nothing', async () => {
    const services = fakeServices(false);
    renderWithApp(<YearlyReportView />, { services });
    expect(await screen.findByText('Dette er for prosjektgruppen: du har ikke tilgang til å redigere modellen.')).toBeTruthy();
    expect(services.routineHistory.read).not.toHaveBeenCalled();
  });

  it.each([
    ['en', 'Yearly report', 'The model has 4 routines.', 'New routines: 1', '2 items in the list could not be read and are left out.', '2 received, 1 dealt with.', 'Made on'],
    ['nn', 'Årsrapport', 'Modellen har 4 rutinar.', 'Nye rutinar: 1', '2 element i lista kunne ikkje lesast og er haldne utanfor.', '2 motteke, 1 ferdig handsama.', 'Laga']
  ] as const)('speaks %s', async (locale, title, total, added, unreadable, feedback, madeOn) => {
    renderWithApp(<YearlyReportView />, { services: reportServices(), locale });
    expect(screen.getByRole('heading', { level: 1, name: `${title} ${year}` })).toBeTruthy();
    expect(await screen.findByText(total)).toBeTruthy();
    expect(screen.getByText(added)).toBeTruthy();
    expect(screen.getByText(unreadable)).toBeTruthy();
    expect(screen.getByText(feedback)).toBeTruthy();
    expect(screen.getByText(new RegExp(`^${madeOn} `))).toBeTruthy();
  });
});
