import { checkBirthNumber, detectPersonalData, findBirthNumbers, isValidBirthNumber } from '../../../src/core/privacy';
import { syntheticBirthNumber, withControlDigits, withWrongChecksum } from './syntheticBirthNumber';

// 15 August 2017: individual numbers 500–999 with a two-digit year up to 39 belong to the 2000s.
const valid = syntheticBirthNumber('150817', 500);
// D-nummer: the day plus 40.
const dNumber = syntheticBirthNumber('550817', 500);

describe('checkBirthNumber', () => {
  it('accepts a synthetic fødselsnummer with both control digits right', () => {
    expect(checkBirthNumber(valid)).toEqual({ kind: 'birthNumber', validDate: true, validChecksum: true });
    expect(isValidBirthNumber(valid)).toBe(true);
  });

  it('recognises a D-nummer (day + 40)', () => {
    expect(checkBirthNumber(dNumber)).toEqual({ kind: 'dNumber', validDate: true, validChecksum: true });
  });

  it('rejects a wrong control digit', () => {
    expect(checkBirthNumber(withWrongChecksum(valid)).validChecksum).toBe(false);
    expect(isValidBirthNumber(withWrongChecksum(valid))).toBe(false);
  });

  it('rejects a date that does not exist, even with right control digits', () => {
    const feb31 = syntheticBirthNumber('310217', 500);
    expect(checkBirthNumber(feb31)).toEqual({ kind: 'birthNumber', validDate: false, validChecksum: true });
  });

  it('checks 29 February against the century given by the individual number', () => {
    expect(checkBirthNumber(syntheticBirthNumber('290216', 500)).validDate).toBe(true); // 2016: leap year
    expect(checkBirthNumber(syntheticBirthNumber('290217', 500)).validDate).toBe(false);
    expect(checkBirthNumber(syntheticBirthNumber('290200', 100)).validDate).toBe(false); // 1900: not a leap year
    expect(checkBirthNumber(syntheticBirthNumber('290200', 500)).validDate).toBe(true); // 2000: leap year
  });

  it('rejects a day beyond D-number range', () => {
    const number = withControlDigits('720817500') ?? withControlDigits('720817501') ?? '';
    expect(number).toHaveLength(11);
    expect(checkBirthNumber(number).validDate).toBe(false);
  });
});

describe('findBirthNumbers', () => {
  it('finds a valid number with high confidence, at the right place', () => {
    const text = `Fnr ${valid} er oppgitt.`;
    expect(findBirthNumbers(text)).toEqual([{ kind: 'birthNumber', start: 4, end: 15, text: valid, confidence: 'high' }]);
  });

  it('finds a number written with a space after the date', () => {
    const spaced = `${valid.slice(0, 6)} ${valid.slice(6)}`;
    expect(findBirthNumbers(`Nr: ${spaced}.`)).toEqual([{ kind: 'birthNumber', start: 4, end: 16, text: spaced, confidence: 'high' }]);
  });

  it('finds a D-nummer with high confidence', () => {
    expect(findBirthNumbers(`D-nr ${dNumber}`).map((f) => f.confidence)).toEqual(['high']);
  });

  it('flags an 11-digit number failing the checksum as possible (medium)', () => {
    expect(findBirthNumbers(`Fnr ${withWrongChecksum(valid)}`).map((f) => f.confidence)).toEqual(['medium']);
  });

  it('ignores longer and shorter digit runs, phone and organisation numbers', () => {
    expect(findBirthNumbers(`${valid}9`)).toEqual([]);
    expect(findBirthNumbers(`9${valid}`)).toEqual([]);
    expect(findBirthNumbers(valid.slice(0, 10))).toEqual([]);
    expect(findBirthNumbers('Ring 22 33 44 55 eller 987 654 321.')).toEqual([]);
  });

  it('is what detectPersonalData reports for a birth number', () => {
    expect(detectPersonalData(`Fnr: ${valid}`)).toEqual([{ kind: 'birthNumber', start: 5, end: 16, text: valid, confidence: 'high' }]);
  });
});
