import { easterSunday, holidaysOf, holidaysOn, isNorwegianHoliday } from '../../../../src/core/scheduling';

function datesByKey(year: number): Record<string, string> {
  return Object.fromEntries(holidaysOf(year).map((h) => [h.key, h.date]));
}

describe('easterSunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    // Edge years of the algorithm: earliest and latest possible Easter, and a century year.
    [2285, '2285-03-22'],
    [2038, '2038-04-25'],
    [2000, '2000-04-23']
  ])('%i is %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });
});

describe('holidaysOf', () => {
  it('lists the twelve Norwegian public holidays of 2024', () => {
    expect(datesByKey(2024)).toEqual({
      newYearsDay: '2024-01-01',
      maundyThursday: '2024-03-28',
      goodFriday: '2024-03-29',
      easterSunday: '2024-03-31',
      easterMonday: '2024-04-01',
      labourDay: '2024-05-01',
      ascensionDay: '2024-05-09',
      constitutionDay: '2024-05-17',
      whitSunday: '2024-05-19',
      whitMonday: '2024-05-20',
      christmasDay: '2024-12-25',
      boxingDay: '2024-12-26'
    });
  });

  it('puts the Easter cycle of 2025 around 20 April', () => {
    const dates = datesByKey(2025);
    expect(dates.maundyThursday).toBe('2025-04-17');
    expect(dates.goodFriday).toBe('2025-04-18');
    expect(dates.easterSunday).toBe('2025-04-20');
    expect(dates.easterMonday).toBe('2025-04-21');
    expect(dates.ascensionDay).toBe('2025-05-29');
    expect(dates.whitSunday).toBe('2025-06-08');
    expect(dates.whitMonday).toBe('2025-06-09');
  });

  it('puts Kristi himmelfartsdag 2026 on 14 May and Easter on 5 April', () => {
    const dates = datesByKey(2026);
    expect(dates.easterSunday).toBe('2026-04-05');
    expect(dates.maundyThursday).toBe('2026-04-02');
    expect(dates.goodFriday).toBe('2026-04-03');
    expect(dates.easterMonday).toBe('2026-04-06');
    expect(dates.ascensionDay).toBe('2026-05-14');
    expect(dates.whitMonday).toBe('2026-05-25');
  });

  it('keeps both names when Whit Monday falls on 17 May (2027)', () => {
    expect(holidaysOn('2027-05-17').map((h) => h.key).sort()).toEqual(['constitutionDay', 'whitMonday']);
    expect(holidaysOf(2027)).toHaveLength(12);
    expect(datesByKey(2027).easterSunday).toBe('2027-03-28');
    expect(datesByKey(2027).ascensionDay).toBe('2027-05-06');
  });

  it('sorts by date and names every holiday in Bokmål, Nynorsk and English', () => {
    const holidays = holidaysOf(2026);
    expect(holidays.map((h) => h.date)).toEqual([...holidays.map((h) => h.date)].sort());
    for (const h of holidays) {
      expect(h.name.nb).not.toBe('');
      expect(h.name.nn).not.toBe('');
      expect(h.name.en).not.toBe('');
    }
    expect(holidays.find((h) => h.key === 'ascensionDay')?.name).toEqual({
      nb: 'Kristi himmelfartsdag',
      nn: 'Kristi himmelfartsdag',
      en: 'Ascension Day'
    });
    expect(holidays.find((h) => h.key === 'labourDay')?.name.nn).toContain('Offentleg');
  });

  it('rejects years outside the Gregorian range it supports', () => {
    expect(() => holidaysOf(1500)).toThrow(RangeError);
    expect(() => holidaysOf(2026.5)).toThrow(RangeError);
  });
});

describe('isNorwegianHoliday', () => {
  it.each(['2024-05-17', '2025-05-17', '2026-05-17', '2027-05-17', '2026-05-14', '2026-01-01', '2026-12-26', '2025-04-21'])(
    '%s is a holiday',
    (date) => {
      expect(isNorwegianHoliday(date)).toBe(true);
    }
  );

  it.each(['2026-12-24', '2026-12-31', '2026-05-18', '2026-04-07', '2026-05-13'])('%s is not', (date) => {
    expect(isNorwegianHoliday(date)).toBe(false);
  });

  it('accepts only plain calendar dates, since a date-time needs a zone to name its day', () => {
    expect(() => isNorwegianHoliday('2026-05-17T10:00:00Z')).toThrow(RangeError);
    expect(() => isNorwegianHoliday('2026-02-30')).toThrow(RangeError);
  });
});
