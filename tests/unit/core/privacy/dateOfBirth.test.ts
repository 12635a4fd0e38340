import { findDatesOfBirth } from '../../../../src/core/privacy';

const today = new Date(2026, 10, 23);
const found = (text: string): string[] => findDatesOfBirth(text, today).map((f) => f.text);

describe('findDatesOfBirth', () => {
  it.each([
    ['Eleven er født 12.03.2015.', 'født 12.03.2015'],
    ['Eleven, f. 12.03.15, har byta skule.', 'f. 12.03.15'],
    ['født 12/3-17', 'født 12/3-17'],
    ['DOB: 2015-03-12', 'DOB: 2015-03-12'],
    ['Jenta er født 2016.', 'født 2016'],
    ['Guten er fødd i 2016.', 'fødd i 2016'],
    ['Født 3. mai 2015 på Ullevål.', 'Født 3. mai 2015']
  ])('finds a date after a birth cue: %s', (text, date) => {
    expect(found(text)).toEqual([date]);
  });

  it.each([
    'Rutinen ble sist revidert 15.01.2025',
    'Planperioden 01.01.2024–31.12.2027',
    'Møtet er 2026-03-12',
    'Hendinga 3. mai 2015 vart meldt.',
    'ref. 12.03.15',
    'Stubborn 12.03.2015'
  ])('takes dates without a cue as ordinary: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
