import { isCommonCapitalizedWord } from './commonCapitalizedWords';
import { finding, type Finding, type FindingConfidence } from './Finding';
import { isWordChar } from './textBoundaries';

/** Ages of the services' users: children and young people up to 25 (aftercare). Larger numbers are something else. */
const MAX_AGE = 25;

/** "jenta på 8 år", "ein gut på 7 år", "a girl of 8 years". Group 1 is the noun, group 2 the age. */
const CHILD_AGED =
  /(gutten|guten|jenta|jenten|sonen|sønnen|dottera|dattera|datteren|barnet|eleven|ungen|babyen|gutt|gut|jente|barn|elev|baby|boy|girl|child)\s+(?:på|paa|of|aged)\s+(\d{1,2})\s*(?:år|mnd|måneder|månader|uker|veker|years?|months?)\b/giu;
/** "8 år gammel", "8 år gamal", "6 måneder gammel", "8 years old". */
const AGE_OLD = /(\d{1,2})\s*-?\s*(?:år|mnd|måneder|månader|uker|veker|years?|months?|weeks?)\s+(?:gammel|gammal|gamal|gamle|old)\b/giu;
/** "8-åring", "8-åringen", "8 åringar", "8-year-old". */
const AGE_NOUN = /(\d{1,2})\s*-?\s*(?:åringen|åringane|åringene|åringar|åringer|åring|year-old)\b/giu;
/** "aged 8", "alder 8", "alder: 8". */
const AGE_LABEL = /(?:aged|alder)\s*:?\s*(\d{1,2})\b/giu;
/** "Kari (7)", "Kari (7 år)", and "Kari på 7 år": an age right after a capitalized word. Group 1 is the word. */
const NAME_WITH_AGE = /(\p{Lu}[\p{Ll}\p{M}]+)\s?(?:\((\d{1,2})(?:\s*(?:år|years?))?\)|(?:på|paa)\s+(\d{1,2})\s*år\b)/gu;

/** Definite nouns ("jenta") point at one particular child; indefinite ones ("ei jente") less so. */
const DEFINITE_CHILD_NOUNS: ReadonlySet<string> = new Set([
  'gutten', 'guten', 'jenta', 'jenten', 'sonen', 'sønnen', 'dottera', 'dattera', 'datteren', 'barnet', 'eleven', 'ungen', 'babyen'
]);

/** Every noun CHILD_AGED knows; "Gutten på 12 år" at a sentence start is that pattern, not a name with an age. */
const CHILD_NOUNS: ReadonlySet<string> = new Set([
  ...Array.from(DEFINITE_CHILD_NOUNS),
  'gutt', 'gut', 'jente', 'barn', 'elev', 'baby', 'boy', 'girl', 'child'
]);

function isAge(value: string | undefined): boolean {
  return value !== undefined && Number(value) <= MAX_AGE;
}

/** Ages of particular children: `high` when tied to a name or a definite noun ("jenta på 8 år"), else `medium`. */
export function findChildAges(text: string, allowWords: ReadonlySet<string> = new Set()): Finding[] {
  const findings: Finding[] = [];
  const add = (start: number, end: number, confidence: FindingConfidence): void => {
    if (!isWordChar(text.charAt(start - 1))) findings.push(finding(text, 'age', start, end, confidence));
  };
  for (const m of text.matchAll(CHILD_AGED)) {
    if (!isAge(m[2])) continue;
    const start = m.index ?? 0;
    add(start, start + m[0].length, DEFINITE_CHILD_NOUNS.has(m[1].toLowerCase()) ? 'high' : 'medium');
  }
  for (const pattern of [AGE_OLD, AGE_NOUN, AGE_LABEL]) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      if (isAge(m[1])) add(start, start + m[0].length, 'medium');
    }
  }
  for (const m of text.matchAll(NAME_WITH_AGE)) {
    const start = m.index ?? 0;
    if (isWordChar(text.charAt(start - 1)) || isCommonCapitalizedWord(m[1], allowWords)) continue;
    if (CHILD_NOUNS.has(m[1].toLowerCase())) continue;
    if (!isAge(m[2] ?? m[3])) continue;
    // The age only: the name is reported by the name detector.
    const ageStart = start + m[1].length + (m[0].charAt(m[1].length) === ' ' ? 1 : 0);
    findings.push(finding(text, 'age', ageStart, start + m[0].length, 'high'));
  }
  return findings;
}
