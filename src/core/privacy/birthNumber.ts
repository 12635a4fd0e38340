import { idnr, getType } from '@navikt/fnrvalidator';
import { finding, type Finding } from './Finding';
import { isDigit } from './textBoundaries';

/** Eleven digits (ddmmåå + five), in one run or grouped any way with single spaces, dots or hyphens (6+5, 3+3+3+2, …). */
const CANDIDATE = /\d(?:[ \u00a0.-]?\d){10}/g;
/** Words that say the number after them is an identity number, whatever its control digits. */
const CUE_BEFORE = /(?:fnr|f\.nr|fødselsnummer|fødselsnr|fødselsnummeret|personnummer|personnr|pnr|d-nummer|d-nr|dnr|h-nummer|id-nummer|idnr|ssn)\.?\s*:?\s*$/iu;

/** A fødselsnummer, a D-nummer (day + 40) or an H-nummer (month + 40), as @navikt/fnrvalidator tells them apart. */
export type BirthNumberKind = 'birthNumber' | 'dNumber' | 'hNumber';

export interface BirthNumberCheck {
  kind: BirthNumberKind;
  /** Valid: a real date and both control digits right (NAV's validator). */
  valid: boolean;
}

/** Checks eleven digits (separators ignored) as a Norwegian identity number with NAV's maintained validator. */
export function checkBirthNumber(elevenDigits: string): BirthNumberCheck {
  const digits = elevenDigits.replace(/\D/g, '');
  if (digits.length !== 11) return { kind: 'birthNumber', valid: false };
  const type = getType(digits);
  const kind: BirthNumberKind = type.startsWith('dnr') ? 'dNumber' : type === 'hnr' ? 'hNumber' : 'birthNumber';
  return { kind, valid: idnr(digits).status === 'valid' };
}

export function isValidBirthNumber(elevenDigits: string): boolean {
  return checkBirthNumber(elevenDigits).valid;
}

/**
 * Fødselsnumre and D-numre in free text, in any grouping of their eleven digits. A valid number is reported
 * wherever it stands; eleven digits after "fnr", "fødselsnummer", "personnummer" or "d-nummer" are reported even
 * with wrong control digits (a typo identifies the child just as well), as `medium`.
 */
export function findBirthNumbers(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (isDigit(text.charAt(start - 1)) || isDigit(text.charAt(end))) continue;
    // Part of a longer dotted or dashed sequence ("1234.56.78903.1").
    if (/[.-]/.test(text.charAt(end)) && isDigit(text.charAt(end + 1))) continue;
    const check = checkBirthNumber(match[0]);
    if (check.valid) {
      findings.push(finding(text, 'birthNumber', check.kind === 'birthNumber' ? 'birthNumber' : 'dNumber', start, end));
    } else {
      const cue = CUE_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
      if (cue) findings.push(finding(text, 'birthNumber', 'markedBirthNumber', start - cue[0].length, end, 'medium'));
    }
  }
  return findings;
}
