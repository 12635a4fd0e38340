import { EvaluationAggregator, MAX_REPORTED_ISSUES } from '../../../../src/core/evaluation/EvaluationAggregator';
import { meanOf, overallMean } from '../../../../src/core/evaluation/EvaluationTally';
import { groupBy, summarizeEvaluations } from '../../../../src/core/evaluation/summarizeEvaluations';
import { describeIssue } from '../../../../src/core/mapping/ItemIssue';
import { manyRawItems, rawItem, serviceLookups } from './evaluationItems';

function aggregate(items: readonly unknown[]): ReturnType<EvaluationAggregator['result']> {
  const aggregator = new EvaluationAggregator(serviceLookups());
  aggregator.addItems(items);
  return aggregator.result();
}

describe('EvaluationAggregator', () => {
  it('gives nothing for no items: no cells, no means, empty groups', () => {
    const result = aggregate([]);
    expect(result).toEqual({ cells: [], counted: 0, skipped: 0, issues: [] });
    const summary = summarizeEvaluations(result.cells);
    expect(summary.overall.evaluations).toBe(0);
    expect(overallMean(summary.overall)).toBeUndefined();
    expect(meanOf(summary.overall.scores.heard)).toBeUndefined();
    expect([summary.byLevel, summary.byService, summary.byPeriod]).toEqual([[], [], []]);
  });

  it('sums per level, per service and per period', () => {
    const result = aggregate([
      rawItem(1, { level: '0', service: 'skole', period: '2026-01', scores: { heard: 5, respect: 3 } }),
      rawItem(2, { level: '0', service: 'barnevern', period: '2026-01', scores: { heard: 3 }, nextStep: 'close' }),
      rawItem(3, { level: '2', service: 'skole', period: '2026-02', scores: { heard: 1, change: 4 }, form: 'together' })
    ]);
    expect(result.counted).toBe(3);
    const summary = summarizeEvaluations(result.cells);
    expect(summary.byLevel.map((g) => [g.key, g.tally.evaluations])).toEqual([
      ['0', 2],
      ['2', 1]
    ]);
    expect(summary.byService.map((g) => [g.key, g.tally.evaluations])).toEqual([
      ['barnevern', 1],
      ['skole', 2]
    ]);
    expect(summary.byPeriod.map((g) => [g.key, g.tally.evaluations])).toEqual([
      ['2026-01', 2],
      ['2026-02', 1]
    ]);
    const level0 = summary.byLevel[0].tally;
    expect(meanOf(level0.scores.heard)).toBe(4);
    expect(level0.scores.heard.distribution).toEqual([0, 0, 1, 0, 1]);
    expect(level0.nextSteps).toEqual({ close: 1, continue: 0, moveUp: 0 });
    // (5 + 3 + 3 + 1 + 4) / 5 answers
    expect(overallMean(summary.overall)).toBeCloseTo(16 / 5);
  });

  it('filters by service, form and a range of months before summing', () => {
    const { cells } = aggregate([
      rawItem(1, { service: 'skole', period: '2025-12', scores: { heard: 1 } }),
      rawItem(2, { service: 'skole', period: '2026-01', scores: { heard: 5 }, form: 'together' }),
      rawItem(3, { service: 'barnevern', period: '2026-06', scores: { heard: 3 } })
    ]);
    expect(summarizeEvaluations(cells, { service: 'skole' }).overall.evaluations).toBe(2);
    expect(summarizeEvaluations(cells, { form: 'together' }).overall.evaluations).toBe(1);
    expect(summarizeEvaluations(cells, { fromPeriod: '2026-01', toPeriod: '2026-12' }).overall.evaluations).toBe(2);
    expect(groupBy(cells, 'service', { fromPeriod: '2026-01' }).map((g) => g.key)).toEqual(['barnevern', 'skole']);
  });

  it('skips malformed items, counts the rest, and reports each by list, item and field', () => {
    const result = aggregate([
      rawItem(1),
      rawItem(2, {}, { Period: '2026-13' }),
      rawItem(3, {}, { ScoreHeard: 9 }),
      rawItem(4, {}, { ScoreChange: 2.5 }),
      rawItem(5, {}, { ServiceId: 77 }),
      rawItem(6, {}, { Level: 'Nivå 1' }),
      rawItem(7, {}, { EvaluationForm: 'parents' }),
      rawItem(8, {}, { Period: null }),
      'not an item',
      null,
      rawItem(9)
    ]);
    expect(result.counted).toBe(2);
    expect(result.skipped).toBe(9);
    const described = result.issues.map(describeIssue);
    expect(described).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^TB Evalueringer, item 2, field Period: must be a month as yyyy-mm/),
        expect.stringMatching(/item 3, field ScoreHeard: must be between 1 and 5, got 9/),
        expect.stringMatching(/item 4, field ScoreChange: must be a whole number/),
        expect.stringMatching(/item 5, field Service: points to item 77, which does not exist/),
        expect.stringMatching(/item 6, field Level: may hold only/),
        expect.stringMatching(/item 7, field EvaluationForm: must be one of staff, together/),
        expect.stringMatching(/item 8, field Period: is required but empty/),
        expect.stringMatching(/item row 9, field \(item\): is not a list item/),
        expect.stringMatching(/item row 10, field \(item\): is not a list item/)
      ])
    );
  });

  it('reports at most MAX_REPORTED_ISSUES problems however many items are broken, but counts them all', () => {
    const broken = Array.from({ length: MAX_REPORTED_ISSUES * 3 }, (_, i) => rawItem(i + 1, {}, { Period: 'soon' }));
    const result = aggregate(broken);
    expect(result.skipped).toBe(MAX_REPORTED_ISSUES * 3);
    expect(result.issues).toHaveLength(MAX_REPORTED_ISSUES);
  });

  it('gives the same cells whether items arrive in one page or many', () => {
    const items = manyRawItems(1000);
    const whole = aggregate(items);
    const aggregator = new EvaluationAggregator(serviceLookups());
    for (let i = 0; i < items.length; i += 137) aggregator.addItems(items.slice(i, i + 137));
    expect(aggregator.result()).toEqual(whole);
  });

  it('keeps one cell per level × service × month × form, so memory does not grow with the items', () => {
    const result = aggregate(manyRawItems(20000));
    expect(result.counted).toBe(20000);
    // 4 levels × 2 services × 12 months × 2 forms at most; the pattern of the generator uses 96 of them.
    expect(result.cells.length).toBeLessThanOrEqual(4 * 2 * 12 * 2);
    expect(summarizeEvaluations(result.cells).overall.evaluations).toBe(20000);
  });
});
