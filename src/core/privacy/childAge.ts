import { finding, type Finding } from './Finding';
import { isWordChar } from './textBoundaries';

/** Ages of the services' users: children and young people up to 25 (aftercare). Larger numbers are something else. */
const MAX_AGE = 25;

/**
 * "jenta på 8 år", "gutten på 12", "sønnen (7)": a definite noun points at one particular child. Indefinite ones
 * ("barn under 12 år", "en jente på 8 år") describe groups and cases in routines and are ordinary text.
 */
const CHILD_AGED =
  /(?:gutten|guten|jenta|jenten|sonen|sønnen|dottera|dattera|datteren|barnet|eleven|ungen|babyen|veslebror|lillebror|lillesøster|veslesyster)\s*(?:(?:på|paa|of|aged)\s+(\d{1,2})(?:\s*(?:år|mnd|måneder|månader|uker|veker|years?|months?))?|\(\s*(\d{1,2})\s*(?:år)?\s*\))/giu;
/** "8-åringen", "8 åringen": the definite form again. */
const AGE_NOUN = /(\d{1,2})\s*-?\s*(?:åringen|åringa)(?![\p{L}])/giu;

/** Ages of particular children. Ages next to a name are reported with the name (personName). */
export function findChildAges(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const pattern of [CHILD_AGED, AGE_NOUN]) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      if (isWordChar(text.charAt(start - 1)) || Number(m[1] ?? m[2]) > MAX_AGE) continue;
      findings.push(finding(text, 'age', 'childAge', start, start + m[0].length));
    }
  }
  return findings;
}
