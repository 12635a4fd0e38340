import { EvaluationAggregator } from '../../../../src/core/evaluation/EvaluationAggregator';
import { buildYearlyReport } from '../../../../src/core/evaluation/yearlyReport';
import { countByStatus, sortFeedbackQueue } from '../../../../src/core/feedback/feedbackQueue';
import type { ActionPlanItem } from '../../../../src/core/model/ActionPlanItem';
import type { Feedback } from '../../../../src/core/model/Feedback';
import type { RoutineHistoryEntry } from '../../../../src/core/model/RoutineHistory';
import { rawItem, serviceLookups } from './evaluationItems';

const routine = (key: string, patch: Partial<RoutineHistoryEntry>): RoutineHistoryEntry => ({ key, title: key, status: 'published', ...patch });
const action = (key: string, patch: Partial<ActionPlanItem>): ActionPlanItem => ({
  key,
  focusArea: 'F',
  goal: 'G',
  measure: key,
  targetGroup: '',
  responsibleUnits: '',
  status: 'inProgress',
  ...patch
});
const feedback = (id: number, status: Feedback['status'], created: string): Feedback => ({ id, title: `t${id}`, body: 'b', status, created });

describe('buildYearlyReport', () => {
  const aggregator = new EvaluationAggregator(serviceLookups());
  aggregator.addItems([rawItem(1, { period: '2026-02' }), rawItem(2, { period: '2026-11', level: '2' }), rawItem(3, { period: '2025-12' })]);
  const report = buildYearlyReport({
    year: 2026,
    today: '2026-12-01',
    municipality: 'Testvik kommune',
    routines: [
      routine('new-and-reviewed', { created: '2026-03-01T10:00:00Z', modified: '2026-03-02T10:00:00Z', lastReviewed: '2026-03-02', nextReview: '2027-03-02' }),
      routine('old-reviewed', { created: '2024-01-01T10:00:00Z', modified: '2026-05-01T10:00:00Z', lastReviewed: '2026-05-01', nextReview: '2026-12-20' }),
      routine('old-edited', { created: '2024-01-01T10:00:00Z', modified: '2026-08-01T10:00:00Z', lastReviewed: '2025-01-01', nextReview: '2026-01-01' }),
      routine('untouched', { created: '2024-01-01T10:00:00Z', modified: '2024-01-01T10:00:00Z' }),
      // 23:30 UTC on New Year's Eve is already 2027 in Norway: not this year's.
      routine('new-years-eve', { created: '2026-12-31T23:30:00Z', modified: '2026-12-31T23:30:00Z', nextReview: '2027-12-31', status: 'draft' })
    ],
    actionPlan: [action('a', { status: 'done' }), action('b', { deadline: '2026-06-01' }), action('c', { deadline: '2027-01-01' })],
    evaluationCells: aggregator.result().cells,
    evaluationsSkipped: 2,
    feedback: [feedback(1, 'done', '2026-02-01T08:00:00Z'), feedback(2, 'new', '2026-10-01T08:00:00Z'), feedback(3, 'done', '2025-10-01T08:00:00Z')]
  });

  it('lists routines added, reviewed and changed without a review this year (Norwegian time)', () => {
    expect(report.routines.total).toBe(5);
    expect(report.routines.added.map((r) => r.key)).toEqual(['new-and-reviewed']);
    expect(report.routines.reviewed.map((r) => r.key)).toEqual(['new-and-reviewed', 'old-reviewed']);
    expect(report.routines.changedOnly.map((r) => r.key)).toEqual(['old-edited']);
  });

  it('gives the review status as of today, overdue ones oldest first', () => {
    expect(report.review.counts).toEqual({ overdue: 1, dueSoon: 1, current: 2, unknown: 1 });
    expect(report.review.overdue.map((r) => r.key)).toEqual(['old-edited']);
  });

  it("sums this year's evaluations only, and says how many could not be read", () => {
    expect(report.evaluations.summary.overall.evaluations).toBe(2);
    expect(report.evaluations.summary.byLevel.map((g) => g.key)).toEqual(['1', '2']);
    expect(report.evaluations.skipped).toBe(2);
  });

  it('gives the action plan status and its overdue measures', () => {
    expect(report.actionPlan.progress).toMatchObject({ total: 3, done: 1, overdue: 1, percentDone: 33 });
    expect(report.actionPlan.overdue.map((a) => a.key)).toEqual(['b']);
  });

  it("counts this year's feedback and how much of it is done", () => {
    expect(report.feedback).toEqual({ received: 2, done: 1 });
  });
});

describe('the feedback queue', () => {
  it('puts new feedback first, then in progress, then done; newest first within each', () => {
    const queue = sortFeedbackQueue([
      feedback(1, 'done', '2026-05-01T00:00:00Z'),
      feedback(2, 'new', '2026-01-01T00:00:00Z'),
      feedback(3, 'inProgress', '2026-03-01T00:00:00Z'),
      feedback(4, 'new', '2026-04-01T00:00:00Z')
    ]);
    expect(queue.map((f) => f.id)).toEqual([4, 2, 3, 1]);
    expect(countByStatus(queue)).toEqual({ new: 2, inProgress: 1, done: 1 });
  });
});
