import { DateTime } from 'luxon';
import { buildRecurrence, defaultSeriesEnd, holidayOccurrences, occurrenceDates, seasonEnd, suggestedRepeatKind, weekIndexOf } from '../../../../src/core/meetings';
import { toGraphTimeZone } from '../../../../src/core/scheduling';
import { expandOccurrences, validateRecurrence } from '../../../../workbench/server/graph/recurrence';

// Tuesday 8 September 2026, 10:00 in Oslo (summer time, UTC+2).
const firstStart = '2026-09-08T08:00:00Z';

describe('buildRecurrence', () => {
  it('repeats weekly on the first meeting’s weekday until the end date, in Europe/Oslo', () => {
    expect(buildRecurrence(firstStart, { kind: 'weekly', everyWeeks: 1, until: '2026-12-18' })).toEqual({
      pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'], firstDayOfWeek: 'monday' },
      range: { type: 'endDate', startDate: '2026-09-08', endDate: '2026-12-18', recurrenceTimeZone: 'Europe/Oslo' }
    });
  });

  it('repeats every second week', () => {
    const recurrence = buildRecurrence(firstStart, { kind: 'weekly', everyWeeks: 2, until: '2026-10-31' });
    expect(recurrence?.pattern).toEqual({ type: 'weekly', interval: 2, daysOfWeek: ['tuesday'], firstDayOfWeek: 'monday' });
    expect(occurrenceDates(recurrence!)).toEqual(['2026-09-08', '2026-09-22', '2026-10-06', '2026-10-20']);
  });

  it('repeats monthly on the same weekday of the same week (relativeMonthly)', () => {
    const recurrence = buildRecurrence(firstStart, { kind: 'monthly', until: '2026-12-20' });
    expect(recurrence?.pattern).toEqual({ type: 'relativeMonthly', interval: 1, daysOfWeek: ['tuesday'], index: 'second' });
    expect(occurrenceDates(recurrence!)).toEqual(['2026-09-08', '2026-10-13', '2026-11-10', '2026-12-08']);
  });

  it('uses "last" for a fifth weekday, which not every month has', () => {
    // Tuesday 29 September 2026 is the fifth Tuesday of the month.
    const recurrence = buildRecurrence('2026-09-29T08:00:00Z', { kind: 'monthly', until: '2026-12-31' });
    expect(recurrence?.pattern).toMatchObject({ type: 'relativeMonthly', index: 'last' });
    expect(occurrenceDates(recurrence!)).toEqual(['2026-09-29', '2026-10-27', '2026-11-24', '2026-12-29']);
  });

  it('takes the weekday from the Oslo date, not the UTC date', () => {
    // 23:30 UTC on Monday is 01:30 on Tuesday in Oslo.
    expect(buildRecurrence('2026-09-07T23:30:00Z', { kind: 'weekly', everyWeeks: 1, until: '2026-10-01' })?.pattern.daysOfWeek).toEqual(['tuesday']);
  });

  it('is undefined for no repeat', () => {
    expect(buildRecurrence(firstStart, { kind: 'none' })).toBeUndefined();
  });

  it('refuses an end before the first meeting, a malformed date or a series longer than a year', () => {
    expect(() => buildRecurrence(firstStart, { kind: 'weekly', everyWeeks: 1, until: '2026-09-08' })).toThrow(/after its first/);
    expect(() => buildRecurrence(firstStart, { kind: 'monthly', until: '08.12.2026' })).toThrow(/yyyy-mm-dd/);
    expect(() => buildRecurrence(firstStart, { kind: 'monthly', until: '2027-12-01' })).toThrow(/366/);
  });
});

describe('around the series', () => {
  it('finds occurrences on public holidays', () => {
    // Thursdays from 7 May 2026: Kristi himmelfartsdag is Thursday 14 May.
    const recurrence = buildRecurrence('2026-05-07T08:00:00Z', { kind: 'weekly', everyWeeks: 1, until: '2026-05-28' });
    expect(holidayOccurrences(recurrence!)).toEqual(['2026-05-14']);
  });

  it('suggests the repeat from the arena’s frequency', () => {
    expect(suggestedRepeatKind('weekly')).toEqual({ kind: 'weekly', everyWeeks: 1 });
    expect(suggestedRepeatKind('biweekly')).toEqual({ kind: 'weekly', everyWeeks: 2 });
    expect(suggestedRepeatKind('monthly')).toEqual({ kind: 'monthly' });
    expect(suggestedRepeatKind('asNeeded')).toEqual({ kind: 'none' });
    expect(suggestedRepeatKind('termly')).toEqual({ kind: 'none' });
  });

  it('ends the season at the end of the school half-year', () => {
    expect(seasonEnd('2026-02-03')).toBe('2026-06-20');
    expect(seasonEnd('2026-06-30')).toBe('2026-06-20');
    expect(seasonEnd('2026-08-17')).toBe('2026-12-20');
  });

  it('defaults a series to the end of the half-year six weeks after its first meeting', () => {
    expect(defaultSeriesEnd('2026-09-08T08:00:00Z')).toBe('2026-12-20');
    expect(defaultSeriesEnd('2026-12-07T08:00:00Z')).toBe('2027-06-20');
    expect(defaultSeriesEnd('2026-02-02T08:00:00Z')).toBe('2026-06-20');
  });

  it.each([
    [1, 'first'],
    [7, 'first'],
    [8, 'second'],
    [22, 'fourth'],
    [28, 'fourth'],
    [29, 'last']
  ] as const)('day %i is the %s of its weekday', (day, index) => {
    expect(weekIndexOf(day)).toBe(index);
  });
});

describe('agreement with the workbench’s expansion of Graph recurrences', () => {
  // The workbench expands series the way Graph documents it; the preview the organizer sees must match.
  it.each([
    ['2026-09-08T08:00:00Z', { kind: 'weekly', everyWeeks: 1, until: '2026-12-18' }],
    ['2026-09-08T08:00:00Z', { kind: 'weekly', everyWeeks: 2, until: '2027-06-20' }],
    ['2026-09-08T08:00:00Z', { kind: 'monthly', until: '2027-06-20' }],
    ['2026-09-29T08:00:00Z', { kind: 'monthly', until: '2027-06-20' }],
    ['2027-01-04T08:00:00Z', { kind: 'monthly', until: '2027-06-20' }]
  ] as const)('%s %j', (start, choice) => {
    const recurrence = buildRecurrence(start, choice)!;
    const first = DateTime.fromISO(start, { zone: 'utc' });
    // As sent: buildMeetingEvent gives Graph the Windows name of the series' zone.
    const sent = { ...recurrence, range: { ...recurrence.range, recurrenceTimeZone: toGraphTimeZone(recurrence.range.recurrenceTimeZone) } };
    const expanded = expandOccurrences(first, first.plus({ hours: 1 }), 'W. Europe Standard Time', validateRecurrence(JSON.parse(JSON.stringify(sent))));
    expect(expanded.map((o) => o.start.setZone('Europe/Oslo').toISODate())).toEqual(occurrenceDates(recurrence));
  });
});
