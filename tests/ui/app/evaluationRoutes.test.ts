import { formatRoute, parseRoute, type Route } from '../../../src/ui/app/routes';

describe('the routes of evaluate and improve', () => {
  it.each<[string, Route]>([
    ['#/feedback', { view: 'feedback' }],
    ['#/evaluate', { view: 'evaluate' }],
    ['#/evaluate/2', { view: 'evaluate', level: '2' }],
    ['#/action-plan', { view: 'actionPlan' }],
    ['#/annual-wheel', { view: 'annualWheel' }],
    ['#/feedback-triage', { view: 'feedbackTriage' }],
    ['#/evaluation-results', { view: 'evaluationResults' }],
    ['#/yearly-report', { view: 'yearlyReport' }]
  ])('%s parses and formats back', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    expect(formatRoute(route)).toBe(hash);
  });

  it('sends an unsafe level key to "not found" rather than into the form', () => {
    expect(parseRoute('#/evaluate/<b>')).toEqual({ view: 'notFound' });
    expect(parseRoute('#/actionPlan')).toEqual({ view: 'home' });
  });
});
