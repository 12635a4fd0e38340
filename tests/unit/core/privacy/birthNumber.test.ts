import navfaker from 'nav-faker';
import { checkBirthNumber, findBirthNumbers } from '../../../../src/core/privacy';

navfaker.seed('birth-number-test');
/** Fictional numbers with valid control digits, made by NAV's test-data generator. */
const fnr = navfaker.personIdentifikator.fødselsnummer(new Date(2017, 2, 12));
const dnr = navfaker.personIdentifikator.dnummer(new Date(2015, 1, 1));

describe('birth numbers and D-numbers (validated by @navikt/fnrvalidator)', () => {
  it('tells a valid fødselsnummer and a D-number apart', () => {
    expect(checkBirthNumber(fnr)).toEqual({ kind: 'birthNumber', valid: true });
    expect(checkBirthNumber(dnr)).toEqual({ kind: 'dNumber', valid: true });
    const wrong = `${fnr.slice(0, 10)}${(Number(fnr[10]) + 1) % 10}`;
    expect(checkBirthNumber(wrong).valid).toBe(false);
  });

  it.each([
    ['together', fnr],
    ['6 + 5', `${fnr.slice(0, 6)} ${fnr.slice(6)}`],
    ['3-3-3-2', `${fnr.slice(0, 3)} ${fnr.slice(3, 6)} ${fnr.slice(6, 9)} ${fnr.slice(9)}`],
    ['2-2-2-5', `${fnr.slice(0, 2)} ${fnr.slice(2, 4)} ${fnr.slice(4, 6)} ${fnr.slice(6)}`],
    ['with a hyphen', `${fnr.slice(0, 6)}-${fnr.slice(6)}`]
  ])('finds a valid number grouped %s', (_how, written) => {
    const text = `Barnet har nummer ${written} i journalen`;
    expect(findBirthNumbers(text).map((f) => [f.reason, f.text])).toEqual([['birthNumber', written]]);
  });

  it('finds a D-number', () => {
    expect(findBirthNumbers(`d-nr ${dnr}`).map((f) => f.reason)).toEqual(['dNumber']);
  });

  it('reports eleven digits after "fnr" even with wrong control digits, and ignores other eleven-digit numbers', () => {
    expect(findBirthNumbers('fnr 01011512345').map((f) => [f.reason, f.text])).toEqual([['markedBirthNumber', 'fnr 01011512345']]);
    expect(findBirthNumbers('Kontonummer 1234 56 78903')).toEqual([]);
    expect(findBirthNumbers('Saksnummer 01011512345')).toEqual([]);
  });
});
