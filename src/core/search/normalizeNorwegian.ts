import { foldNorwegian } from './foldNorwegian';
import { stemNorwegian } from './stemNorwegian';
import { STOP_WORDS } from './stopWords';
import { phraseSignature, VARIANT_LOOKUP, type VariantLookup } from './variantLookup';
import { wordSpans } from './wordSpans';

/** What search makes of one word. */
export interface WordAnalysis {
  /** The word folded and stemmed: what the person typed, as a search key. */
  stem: string;
  /** Function words are not indexed; as-you-type search may still use the stem as a prefix ("for" → "foreldre"). */
  isStopWord: boolean;
  /** Keys of the variant groups the word belongs to ("vald" → "vold"). */
  variants: readonly string[];
  /** Keys of the variant groups the word is compounded from ("voldsutsatt" → "vold"). */
  compoundParts: readonly string[];
  /** Every key the word is indexed under: the stem, then variants and compound parts; none for a function word. */
  keys: readonly string[];
}

const STOP_WORD_SET: ReadonlySet<string> = new Set(STOP_WORDS.map(foldNorwegian));

/** Linking letters between the parts of a Norwegian compound: "bekymring-s-melding", "barn-e-vern". */
const LINKING_LETTERS = 'se';
/** What must remain after a leading part for the word to count as a compound ("voldsom" is not vold + "om"). */
const MIN_TAIL_AFTER_PART = 4;
/** What must precede a trailing part ("fosterbarn" is foster + barn). */
const MIN_HEAD_BEFORE_PART = 3;

/** Words are analysed many times while an index is built; the cache is cleared rather than grown without bound. */
const CACHE_LIMIT = 50000;
const cache = new Map<string, WordAnalysis>();

function tailLengthAfter(folded: string, base: string): number {
  const rest = folded.length - base.length;
  return LINKING_LETTERS.indexOf(folded.charAt(base.length)) >= 0 ? rest - 1 : rest;
}

function compoundKeysOf(folded: string, stem: string, lookup: VariantLookup): string[] {
  const keys: string[] = [];
  for (const part of lookup.compoundParts) {
    const startsWithPart = folded.startsWith(part.base) && tailLengthAfter(folded, part.base) >= MIN_TAIL_AFTER_PART;
    const endsWithPart = stem.endsWith(part.stem) && stem.length - part.stem.length >= MIN_HEAD_BEFORE_PART;
    if (startsWithPart || endsWithPart) keys.push(...part.keys);
  }
  return keys;
}

/** Single letters other than digits carry no meaning for search ("a", "b" in a list). */
function isTooShort(word: string): boolean {
  return word.length < 2 && !/\d/.test(word);
}

function unique(values: readonly string[]): string[] {
  return values.filter((value, i) => values.indexOf(value) === i);
}

function analyse(word: string, lookup: VariantLookup): WordAnalysis {
  const folded = foldNorwegian(word);
  const stem = stemNorwegian(folded);
  if (STOP_WORD_SET.has(folded)) return { stem, isStopWord: true, variants: [], compoundParts: [], keys: [] };
  const variants = lookup.wordKeys.get(stem) ?? [];
  const compoundParts = /\d/.test(folded) ? [] : compoundKeysOf(folded, stem, lookup);
  const keys = isTooShort(word) ? [] : unique([stem, ...variants, ...compoundParts]);
  return { stem, isStopWord: false, variants, compoundParts, keys };
}

/** Analyses one word (no spaces): its stem, whether it is a function word, and the variant keys it carries. */
export function analyseNorwegianWord(word: string): WordAnalysis {
  const cached = cache.get(word);
  if (cached) return cached;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const analysis = analyse(word, VARIANT_LOOKUP);
  cache.set(word, analysis);
  return analysis;
}

/** The search keys of one word: its own stem first, then its variant and compound keys. */
export function searchKeysOfWord(word: string): string[] {
  return [...analyseNorwegianWord(word).keys];
}

/** A term that is one word, as the tokenizer produces: it needs no splitting and no phrase lookup. */
const SINGLE_WORD = /^[\p{L}\p{M}\p{N}]+$/u;

/**
 * Normalizes a term for the search index and for queries, the same way on both sides: lower-cased, folded
 * (å/aa, æ/ae, ø/oe), lightly stemmed (barnehagen → barnehag) and mapped onto the variant table
 * (vald → vold, uro → bekymring). Returns every key the term should be found under, the term's own stem first;
 * an empty list for function words. A known phrase ("mental health") returns its group's key; any other text of
 * several words returns the keys of all its words.
 */
export function normalizeNorwegian(term: string): string[] {
  if (SINGLE_WORD.test(term)) return searchKeysOfWord(term);
  const words = wordSpans(term);
  if (words.length === 1) return searchKeysOfWord(words[0]!.text);
  if (words.length === 0) return [];
  const phraseKeys = VARIANT_LOOKUP.phraseKeys.get(phraseSignature(term));
  if (phraseKeys) return [...phraseKeys];
  return unique(words.flatMap((w) => searchKeysOfWord(w.text)));
}
