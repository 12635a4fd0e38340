import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AnnualWheelView } from '../../../src/ui/evaluation/annualWheel/AnnualWheelView';
import { ActionPlanView } from '../../../src/ui/evaluation/actionPlan/ActionPlanView';
import { BarChart } from '../../../src/ui/evaluation/charts/BarChart';
import { LazyEvaluationView } from '../../../src/ui/evaluation/LazyEvaluationView';
import { fakeServices, renderWithApp, tinyModel } from '../../support/renderWithApp';

describe('the annual wheel', () => {
  it('draws one keyboard-focusable marker per activity, opens it with Enter and lists the same activities', () => {
    const model = tinyModel();
    model.annualWheel = [
      { key: 'w1', title: 'Foreldremøte', description: 'Tema rus', month: 8, audience: 'Foreldre', everyYears: 1, arena: 'team' },
      { key: 'w2', title: 'Opplæring', description: '', month: 10, audience: '', everyYears: 2 }
    ];
    renderWithApp(<AnnualWheelView />, { services: fakeServices(false), model });
    const markers = screen.getAllByRole('button', { name: /^\d\. / });
    expect(markers.map((m) => m.getAttribute('aria-label'))).toEqual(['1. Foreldremøte, august', '2. Opplæring, oktober']);
    expect(markers.every((m) => m.getAttribute('tabindex') === '0')).toBe(true);
    fireEvent.keyDown(markers[0], { key: 'Enter' });
    expect(markers[0].getAttribute('aria-pressed')).toBe('true');
    const details = screen.getByRole('heading', { level: 2, name: '1. Foreldremøte' }).closest('[aria-live]') as HTMLElement;
    expect(within(details).getByRole('link', { name: 'Book møte: Tverrfaglig team' }).getAttribute('href')).toBe('#/book/team');
    const list = screen.getByRole('heading', { name: 'Aktiviteter måned for måned' }).parentElement as HTMLElement;
    expect(within(list).getByText('Hvert 2. år', { exact: false })).toBeTruthy();
    expect(list.querySelectorAll('li[data-activity]')).toHaveLength(2);
  });
});

describe('the action plan', () => {
  it('marks an unfinished measure past its deadline as overdue, in words', () => {
    const model = tinyModel();
    model.actionPlan = [
      { key: 'late', focusArea: 'Kompetanse', goal: 'G', measure: 'Kurs', targetGroup: '', responsibleUnits: '', deadline: '2020-01-01', status: 'inProgress' },
      { key: 'done', focusArea: 'Kompetanse', goal: 'G', measure: 'Håndbok', targetGroup: '', responsibleUnits: '', deadline: '2020-01-01', status: 'done' }
    ];
    const { container } = renderWithApp(<ActionPlanView />, { services: fakeServices(false), model });
    expect(container.querySelector('tr[data-action="late"]')?.textContent).toContain('Forfalt');
    expect(container.querySelector('tr[data-action="done"]')?.textContent).not.toContain('Forfalt');
    expect(screen.getByText('1 av 2 tiltak gjennomført (50 %)')).toBeTruthy();
    expect(screen.getByText('1 tiltak har passert fristen')).toBeTruthy();
  });
});

describe('BarChart', () => {
  it('hides the drawing from screen readers and gives them the figures as a table', () => {
    const { container } = renderWithApp(
      <BarChart
        id="c"
        title="Snittskår per nivå"
        bars={[
          { key: '0', label: 'Nivå 0', value: 4.5, valueText: '4,5', extraText: '12' },
          { key: '1', label: 'Nivå 1', value: undefined, valueText: '' }
        ]}
        max={5}
        categoryHeader="Nivå"
        valueHeader="Snitt"
        extraHeader="Antall"
      />,
      { services: fakeServices(false) }
    );
    expect(container.querySelector('[data-chart="c"]')?.getAttribute('aria-hidden')).toBe('true');
    expect(container.querySelector('rect[data-value]')?.getAttribute('width')).toBe('90');
    const table = screen.getByRole('table', { name: 'Snittskår per nivå' });
    expect(within(table).getAllByRole('row').map((r) => r.textContent)).toEqual(['NivåSnittAntall', 'Nivå 04,512', 'Nivå 1Ingen svar']);
    fireEvent.click(screen.getByRole('button', { name: 'Vis som tabell' }));
    expect(screen.getByRole('button', { name: 'Skjul tabellen' }).getAttribute('aria-expanded')).toBe('true');
  });
});

describe('the evaluation views', () => {
  it('load on demand and tell staff that the results are for the project group', async () => {
    renderWithApp(<LazyEvaluationView route={{ view: 'evaluationResults' }} />, { services: fakeServices(false) });
    await screen.findByText('Dette er for prosjektgruppen: du har ikke tilgang til å redigere modellen.');
  });

  it('show the project group the results read from the store', async () => {
    const services = fakeServices(true);
    renderWithApp(<LazyEvaluationView route={{ view: 'evaluationResults' }} />, { services });
    await screen.findByText('Ingen evalueringer for dette utvalget.');
    await waitFor(() => expect(services.evaluations.aggregate).toHaveBeenCalledWith(expect.objectContaining({ from: expect.stringMatching(/-01$/), to: expect.stringMatching(/-12$/) }), expect.anything(), expect.any(Function)));
  });
});
