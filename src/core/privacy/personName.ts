import { isCommonCapitalizedWord } from './commonCapitalizedWords';
import { COMMON_FIRST_NAMES } from './commonFirstNames';
import { finding, type Finding, type FindingConfidence } from './Finding';
import { isWordChar } from './textBoundaries';

/** A capitalized word, hyphenated names included ("Anne-Lise"). All-capitals words (NAV, PPT) are acronyms, not names. */
const CAPITALIZED_WORD = /\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)*/gu;

/**
 * Words after which a capitalized word is someone's name: "gutten Per", "jenta Kari", "mora Anne". Definite forms,
 * because they point at one particular person.
 */
const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'gutten', 'guten', 'jenta', 'jenten', 'sonen', 'sønnen', 'dottera', 'dattera', 'datteren', 'barnet', 'eleven', 'ungen',
  'babyen', 'lillebror', 'veslebror', 'storebror', 'lillesøster', 'veslesyster', 'storesøster', 'bror', 'broren',
  'søster', 'søstera', 'søsteren', 'syster', 'systera', 'mor', 'mora', 'moren', 'far', 'faren', 'mamma', 'pappa',
  'stefar', 'stemor', 'bestemor', 'bestefar', 'onkel', 'tante', 'boy', 'girl', 'son', 'daughter', 'brother', 'sister',
  'mother', 'father', 'pupil'
]);

const FIRST_NAMES: ReadonlySet<string> = new Set(COMMON_FIRST_NAMES.map((n) => n.toLowerCase()));

/** Characters that may stand between a sentence end and the next word: spaces, quotes, opening brackets. */
const TRANSPARENT_BEFORE_WORD = /[\s"'«»“”‘’([]/;
/** Characters that end a sentence or a heading ("Tema: Oppfølging"), or set off a clause ("– Neste punkt"). */
const SENTENCE_END = /[.!?:…–—]/;
/** Bullets at the start of a line: "- Oppfølging", "• Tiltak", "* Ansvar". */
const BULLET = /[-*•·]/;

interface CapitalizedWord {
  start: number;
  end: number;
  text: string;
}

/** Whether the word at `index` begins a sentence, a line or a list item, where capitals say nothing about names. */
export function isSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && TRANSPARENT_BEFORE_WORD.test(text.charAt(i))) {
    if (text.charAt(i) === '\n') return true;
    i--;
  }
  if (i < 0 || SENTENCE_END.test(text.charAt(i))) return true;
  if (!BULLET.test(text.charAt(i))) return false;
  let j = i - 1;
  while (j >= 0 && (text.charAt(j) === ' ' || text.charAt(j) === '\t')) j--;
  return j < 0 || text.charAt(j) === '\n';
}

function capitalizedWords(text: string): CapitalizedWord[] {
  const words: CapitalizedWord[] = [];
  for (const m of text.matchAll(CAPITALIZED_WORD)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // "McDonald", "iPhone", "NAVs": part of a longer word, not a word of its own.
    if (isWordChar(text.charAt(start - 1)) || isWordChar(text.charAt(end))) continue;
    words.push({ start, end, text: m[0] });
  }
  return words;
}

/** Whether the word, or each part of a hyphenated name, or the word without a genitive s ("Karis"), is a common first name. */
function isCommonFirstName(word: string): boolean {
  const lower = word.toLowerCase();
  if (FIRST_NAMES.has(lower)) return true;
  if (lower.endsWith('s') && FIRST_NAMES.has(lower.slice(0, -1))) return true;
  return lower.includes('-') && lower.split('-').some((part) => FIRST_NAMES.has(part));
}

/** The word right before `start`, if only one space separates them. */
function previousWord(text: string, start: number): string {
  if (text.charAt(start - 1) !== ' ') return '';
  let i = start - 2;
  while (i >= 0 && isWordChar(text.charAt(i))) i--;
  return text.slice(i + 1, start - 1).toLowerCase();
}

/** "Kari (7)", "Kari (7 år)": a word followed by an age in brackets. */
function isFollowedByAge(text: string, end: number): boolean {
  return /^\s?\(\d{1,2}(?:\s*(?:år|years?))?\)/u.test(text.slice(end, end + 12));
}

function confidenceOf(text: string, word: CapitalizedWord, allowWords: ReadonlySet<string>): FindingConfidence | undefined {
  if (isCommonCapitalizedWord(word.text, allowWords)) return undefined;
  if (isCommonFirstName(word.text)) return 'high';
  if (PERSON_NOUNS.has(previousWord(text, word.start)) || isFollowedByAge(text, word.end)) return 'high';
  return isSentenceStart(text, word.start) ? undefined : 'medium';
}

/** Joins "Kari" and "Nordmann" into one finding when only a space or a hyphen separates them. */
function mergeAdjacent(text: string, names: Finding[]): Finding[] {
  const merged: Finding[] = [];
  for (const name of names) {
    const last = merged[merged.length - 1];
    if (last && /^[ -]$/.test(text.slice(last.end, name.start))) {
      const confidence = last.confidence === 'high' || name.confidence === 'high' ? 'high' : 'medium';
      merged[merged.length - 1] = finding(text, 'name', last.start, name.end, confidence);
    } else {
      merged.push(name);
    }
  }
  return merged;
}

/**
 * Words that look like personal names: a capitalized word that is not at the start of a sentence and not a known
 * non-name (months, services, domain terms, `allowWords`) is `medium`; a common first name (even at the start of
 * a sentence), a name after "gutten"/"jenta"/"mora", or a name followed by an age in brackets is `high`. A
 * capitalized word at a sentence start right before a flagged name is taken as its first name ("Trond Hansen").
 */
export function findPersonNames(text: string, allowWords: ReadonlySet<string> = new Set()): Finding[] {
  const words = capitalizedWords(text);
  const names: Finding[] = [];
  words.forEach((word, i) => {
    const confidence = confidenceOf(text, word, allowWords);
    if (!confidence) return;
    const before = words[i - 1];
    const isFirstNameOfThis =
      before && text.slice(before.end, word.start) === ' ' && !isCommonCapitalizedWord(before.text, allowWords);
    const last = names[names.length - 1];
    if (isFirstNameOfThis && (!last || last.end <= before.start)) {
      names.push(finding(text, 'name', before.start, before.end, confidence));
    }
    names.push(finding(text, 'name', word.start, word.end, confidence));
  });
  return mergeAdjacent(text, names);
}
