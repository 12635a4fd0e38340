import { findDatesOfBirth } from '../../../src/core/privacy';

// A fixed "today": 23 November 2026.
const today = new Date(2026, 10, 23);
const found = (text: string): Array<[string, string]> => findDatesOfBirth(text, today).map((f) => [f.text, f.confidence]);

describe('findDatesOfBirth', () => {
  describe('finds the numeric forms', () => {
    it.each([
      ['dd.mm.yyyy', 'Dato 12.03.2015 i notatet.', '12.03.2015'],
      ['dd.mm.yy', 'Dato 12.03.15 i notatet.', '12.03.15'],
      ['d.m.yyyy', 'Dato 3.5.2015 i notatet.', '3.5.2015'],
      ['d/m/yyyy', 'Dato 3/5/2015 i notatet.', '3/5/2015'],
      ['dd-mm-yyyy', 'Dato 03-05-2015 i notatet.', '03-05-2015'],
      ['yyyy-mm-dd', 'Dato 2015-03-12 i notatet.', '2015-03-12']
    ])('%s', (_form, text, date) => {
      expect(found(text)).toEqual([[date, 'medium']]);
    });
  });

  describe('finds the written forms', () => {
    it.each([
      ['3. mai 2015', 'Hendinga 3. mai 2015 vart meldt.'],
      ['3 mai 2015', 'Hendinga 3 mai 2015 vart meldt.'],
      ['12. des. 2016', 'Dato 12. des. 2016 i notatet.'],
      ['3 May 2015', 'On 3 May 2015 it happened.'],
      ['May 3, 2015', 'On May 3, 2015 it happened.']
    ])('%s', (date, text) => {
      expect(found(text)).toEqual([[date, 'medium']]);
    });
  });

  describe('is sure when a cue says it is a birth date, and includes the cue', () => {
    it.each([
      ['Jenta er født 2016.', 'født 2016'],
      ['Guten er fødd i 2016.', 'fødd i 2016'],
      ['Barnet (f. 2016) bur hjå mor.', 'f. 2016'],
      ['Født i mai 2016.', 'Født i mai 2016'],
      ['Eleven, f. 12.03.15, har byta skule.', 'f. 12.03.15'],
      ['Eleven er født 12.03.2015.', 'født 12.03.2015'],
      ['Han er født 3. mai 2015.', 'født 3. mai 2015'],
      ['Ho er fødd 3. mai.', 'fødd 3. mai'],
      ['DOB: 2015-03-12', 'DOB: 2015-03-12'],
      ['The boy was born in 2016.', 'born in 2016'],
      ['Ein nyfødt 03.02.2026 er meldt.', 'født 03.02.2026']
    ])('%s', (text, finding) => {
      expect(found(text)).toEqual([[finding, 'high']]);
    });
  });

  describe('leaves dates that are not birth dates alone', () => {
    it.each([
      ['this year, without a cue (a meeting)', 'Møtet blir 14.02.2026.'],
      ['in the future', 'Neste evaluering 01.09.2027.'],
      ['too long ago for a child, without a cue', 'Loven er frå 17.07.1992.'],
      ['impossible dates', 'Dato 31.02.2015 og 12.13.2015.'],
      ['clock times', 'Møtet er kl. 12.30.'],
      ['parts of longer number sequences', 'Versjon 1.12.03.2015 og konto 1234.56.78903.'],
      ['mixed separators', 'Dato 12.03-2015.'],
      ['"ref." and "jf." are not "f."', 'Sjå jf. 2016 og ref. 2016.'],
      ['a year without a cue', 'I 2016 vart rutinen endra.'],
      ['a day and month without a cue', 'Fristen er 3. mai.']
    ])('%s', (_case, text) => {
      expect(found(text)).toEqual([]);
    });
  });

  it('reports positions in the text', () => {
    const text = 'Dato 12.03.2015.';
    expect(findDatesOfBirth(text, today)).toEqual([{ kind: 'dateOfBirth', start: 5, end: 15, text: '12.03.2015', confidence: 'medium' }]);
  });

  it('uses the current date when none is given', () => {
    const lastYear = new Date().getFullYear() - 1;
    expect(findDatesOfBirth(`Dato 01.06.${lastYear}`)).toHaveLength(1);
  });
});
