import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { EvaluationCell } from '../../../../src/core/evaluation/EvaluationAggregator';
import { countEvaluation, emptyTally } from '../../../../src/core/evaluation/EvaluationTally';
import type { Evaluation } from '../../../../src/core/model/Evaluation';
import { isoToday } from '../../../../src/core/model/reviewStatus';
import { EvaluationResultsView, selectableYears } from '../../../../src/ui/evaluation/results/EvaluationResultsView';
import { fakeServices, renderWithApp } from '../../../support/renderWithApp';

const thisYear = Number(isoToday().slice(0, 4));

/** One aggregate cell holding the given evaluations (all of the cell's level, service, month and form). */
function cell(level: string, service: string, form: Evaluation['form'], evaluations: Array<Partial<Evaluation>>): EvaluationCell {
  const tally = emptyTally();
  const period = `${thisYear}-03`;
  for (const e of evaluations) countEvaluation(tally, { form, level, service, period, scores: {}, comment: '', ...e });
  return { level, service, period, form, tally };
}

const cells: EvaluationCell[] = [
  cell('0', 'skole', 'staff', [{ scores: { heard: 4 }, nextStep: 'close' }, { scores: { heard: 2 } }]),
  cell('1', 'barnevern', 'together', [{ scores: { heard: 5, respect: 5 } }])
];

const headline = (): string => screen.getByTestId('evaluation-headline').textContent ?? '';

describe('EvaluationResultsView', () => {
  it('offers this year and the four before it', () => {
    expect(selectableYears('2026-05-17')).toEqual([2026, 2025, 2024, 2023, 2022]);
  });

  it('shows the year\'s figures, and narrows them by service and form without reading again', async () => {
    const services = fakeServices(true);
    services.evaluations.aggregate.mockResolvedValue({ cells, counted: 3, skipped: 0, issues: [] });
    renderWithApp(<EvaluationResultsView />, { services });
    expect(screen.getByRole('heading', { level: 1, name: 'Resultater av evalueringene' })).toBeTruthy();
    // The mean of every answer given: (4 + 2 + 5 + 5) / 4.
    await waitFor(() => expect(headline()).toBe('3 evalueringer · Snitt 4,0 av 5'));
    const byService = screen.getByRole('table', { name: 'Snittskår per tjeneste' });
    expect(within(byService).getAllByRole('row').map((r) => r.textContent)).toContain('Skole3,02');

    fireEvent.change(screen.getByLabelText('Tjeneste'), { target: { value: 'barnevern' } });
    expect(headline()).toBe('1 evaluering · for få svar til å vise snitt');
    fireEvent.change(screen.getByLabelText('Tjeneste'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Skjema'), { target: { value: 'staff' } });
    expect(headline()).toBe('2 evalueringer · Snitt 3,0 av 5');
    fireEvent.change(screen.getByLabelText('Tjeneste'), { target: { value: 'barnevern' } });
    expect(screen.getByText('Ingen evalueringer for dette utvalget.')).toBeTruthy();
    expect(services.evaluations.aggregate).toHaveBeenCalledTimes(1);
  });

  it('reads the chosen year, and warns about items that could not be read', async () => {
    const services = fakeServices(true);
    services.evaluations.aggregate.mockResolvedValue({ cells: [], counted: 0, skipped: 3, issues: [] });
    renderWithApp(<EvaluationResultsView />, { services });
    expect(await screen.findByText('3 elementer i listen kunne ikke leses og er holdt utenfor.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('År'), { target: { value: String(thisYear - 2) } });
    await waitFor(() => expect(services.evaluations.aggregate).toHaveBeenCalledTimes(2));
    expect(services.evaluations.aggregate.mock.calls[1][0]).toEqual({ from: `${thisYear - 2}-01`, to: `${thisYear - 2}-12` });
  });

  it('tells how many it has read while a long read is under way', async () => {
    const services = fakeServices(true);
    services.evaluations.aggregate.mockImplementation((_range, _lookups, onProgress) => {
      onProgress?.(500);
      return new Promise(() => undefined);
    });
    renderWithApp(<EvaluationResultsView />, { services });
    expect(await screen.findByText('Leser evalueringer … 500')).toBeTruthy();
  });
});
