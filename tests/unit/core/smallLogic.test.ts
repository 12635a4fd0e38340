import { localeFromCulture, pickText } from '../../../src/core/i18n/Locale';
import { reviewState, isoToday } from '../../../src/core/model/reviewStatus';
import { filterModelForService } from '../../../src/core/model/personalFilter';
import { placementFromToken } from '../../../src/core/model/Dimension';
import { assembleModel } from '../../../src/core/mapping/assembleModel';
import { documentToLists } from '../../../src/core/mapping/documentToLists';
import { tinyModelDocument } from './tinyModel';

describe('localeFromCulture', () => {
  it.each([
    ['nb-NO', 'nb'],
    ['nn-NO', 'nn'],
    ['no', 'nb'],
    ['en-US', 'en'],
    ['sv-SE', 'nb'],
    [undefined, 'nb']
  ])('%s → %s', (culture, locale) => {
    expect(localeFromCulture(culture)).toBe(locale);
  });

  it('falls back between languages when a text is missing', () => {
    expect(pickText({ nb: '', nn: 'Nynorsk', en: 'English' }, 'nb')).toBe('Nynorsk');
    expect(pickText({ nb: 'Bokmål', nn: 'Nynorsk', en: 'English' }, 'en')).toBe('English');
  });
});

describe('reviewState', () => {
  it.each([
    [undefined, 'unknown'],
    ['2026-11-22', 'overdue'],
    ['2026-11-23', 'dueSoon'],
    ['2026-12-23', 'dueSoon'],
    ['2026-12-24', 'current']
  ])('next review %s on 2026-11-23 is %s', (nextReview, state) => {
    expect(reviewState({ nextReview }, '2026-11-23')).toBe(state);
  });

  it("takes today's date in Oslo, not UTC", () => {
    expect(isoToday(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-24');
  });
});

describe('filterModelForService', () => {
  it('keeps what concerns the service and urgent routines for everyone', () => {
    const { model } = assembleModel(documentToLists(tinyModelDocument()).lists);
    const mine = filterModelForService(model, 'barnevern');
    expect(mine.routines.map((r) => r.key).sort()).toEqual(['niva-0', 'vold']);
    expect(mine.tools.map((t) => t.key)).toEqual(['uro']);
    const none = filterModelForService(model, 'nav');
    expect(none.routines.map((r) => r.key)).toEqual(['vold']);
    expect(none.arenas).toEqual([]);
  });
});

describe('placementFromToken', () => {
  it('parses dimension:value and rejects anything else', () => {
    expect(placementFromToken(' bti:0 ')).toEqual({ dimension: 'bti', value: '0' });
    expect(placementFromToken('bti')).toBeUndefined();
    expect(placementFromToken('BTI:0')).toBeUndefined();
  });
});
