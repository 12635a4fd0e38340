import { finding, type Finding } from './Finding';
import { isStandaloneNumber } from './textBoundaries';

/**
 * Six digits of date, then five (individual number and two control digits), optionally separated by a space
 * (also a non-breaking one, as pasted from Word) or a hyphen.
 */
const CANDIDATE = /\d{6}[ \u00a0-]?\d{5}/g;

const FIRST_CONTROL_WEIGHTS: readonly number[] = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const SECOND_CONTROL_WEIGHTS: readonly number[] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** A fødselsnummer, a D-nummer (day + 40, for people without one) or an H-nummer (month + 40, used in health care). */
export type BirthNumberKind = 'birthNumber' | 'dNumber' | 'hNumber';

export interface BirthNumberCheck {
  kind: BirthNumberKind;
  /** Whether the first six digits (and the century implied by the individual number) form a real date. */
  validDate: boolean;
  /** Whether both mod-11 control digits are right. */
  validChecksum: boolean;
}

/** The mod-11 control digit for the weighted digits; undefined where the remainder gives 10, which is never issued. */
function controlDigit(digits: readonly number[], weights: readonly number[]): number | undefined {
  const sum = weights.reduce((acc, weight, i) => acc + weight * digits[i], 0);
  const control = 11 - (sum % 11);
  if (control === 11) return 0;
  return control === 10 ? undefined : control;
}

function hasValidChecksum(digits: readonly number[]): boolean {
  return (
    controlDigit(digits, FIRST_CONTROL_WEIGHTS) === digits[9] && controlDigit(digits, SECOND_CONTROL_WEIGHTS) === digits[10]
  );
}

/** The century a birth year belongs to, read from the individual number as Skatteetaten allocates them. */
function centuryOf(individual: number, twoDigitYear: number): number | undefined {
  if (individual <= 499) return 1900;
  if (individual <= 749 && twoDigitYear >= 54) return 1800;
  if (twoDigitYear <= 39) return 2000;
  if (individual >= 900) return 1900;
  return undefined;
}

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Checks eleven digits as a Norwegian identity number: kind, date part and control digits. */
export function checkBirthNumber(elevenDigits: string): BirthNumberCheck {
  const digits = elevenDigits.replace(/\D/g, '').split('').map(Number);
  if (digits.length !== 11) return { kind: 'birthNumber', validDate: false, validChecksum: false };
  let day = digits[0] * 10 + digits[1];
  let month = digits[2] * 10 + digits[3];
  const year = digits[4] * 10 + digits[5];
  const individual = digits[6] * 100 + digits[7] * 10 + digits[8];
  let kind: BirthNumberKind = 'birthNumber';
  if (day > 40) {
    day -= 40;
    kind = 'dNumber';
  } else if (month > 40) {
    month -= 40;
    kind = 'hNumber';
  }
  const century = centuryOf(individual, year);
  const validDate = century !== undefined && isCalendarDate(century + year, month, day);
  return { kind, validDate, validChecksum: hasValidChecksum(digits) };
}

export function isValidBirthNumber(elevenDigits: string): boolean {
  const check = checkBirthNumber(elevenDigits);
  return check.validDate && check.validChecksum;
}

/**
 * Fødselsnumre and D-numre in free text. A number with a real date and both control digits right is `high`. Any
 * other standalone 11-digit number is still reported, as `medium`: a typo in a real number identifies the child
 * just as well, and numbers issued from 2032 will not all follow today's control digit rules.
 */
export function findBirthNumbers(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (!isStandaloneNumber(text, start, end)) continue;
    const confidence = isValidBirthNumber(match[0]) ? 'high' : 'medium';
    findings.push(finding(text, 'birthNumber', start, end, confidence));
  }
  return findings;
}
