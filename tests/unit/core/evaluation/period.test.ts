import { isPeriod, periodOfDate, periodsOfYear, recentPeriods, splitPeriod, yearRange } from '../../../../src/core/evaluation/period';

describe('periods (months)', () => {
  it.each([
    ['2026-01', true],
    ['2026-12', true],
    ['2026-13', false],
    ['2026-00', false],
    ['2026-1', false],
    ['26-01', false],
    ['2026-01-15', false]
  ])('%s is a period: %s', (value, expected) => {
    expect(isPeriod(value)).toBe(expected);
  });

  it('counts back across the new year, newest first', () => {
    expect(recentPeriods('2026-02-15', 4)).toEqual(['2026-02', '2026-01', '2025-12', '2025-11']);
  });

  it('gives the months of a year and the range filtering them', () => {
    expect(periodsOfYear(2026)).toHaveLength(12);
    expect(periodsOfYear(2026)[0]).toBe('2026-01');
    expect(yearRange(2026)).toEqual({ from: '2026-01', to: '2026-12' });
    expect(periodOfDate('2026-05-31T22:00:00Z')).toBe('2026-05');
    expect(splitPeriod('2026-09')).toEqual({ year: 2026, month: 9 });
    expect(() => splitPeriod('September')).toThrow(/not a period/);
  });
});
