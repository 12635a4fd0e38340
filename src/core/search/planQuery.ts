import type { Query, QueryCombination } from 'minisearch';
import { analyseNorwegianWord, normalizeNorwegian } from './normalizeNorwegian';
import { phraseSpans } from './tokenizeForSearch';
import type { SynonymLookup } from './synonyms';
import { wordSpans } from './wordSpans';

/** One key a word is searched under, and how: the same as one MiniSearch query term with its options. */
export interface PlannedTerm {
  key: string;
  /** Whether index terms starting with the key match too. */
  prefix: boolean;
  /** Edits tolerated; 0 for none. */
  fuzzy: number;
  /** Factor on the key's score (MiniSearch `boostTerm`). */
  weight: number;
}

/** One word of a query, ready for MiniSearch. */
export interface PlannedWord {
  /** The word as typed. */
  text: string;
  /** Every index key the word may match under; ranking counts how many words a result matched. */
  keys: ReadonlySet<string>;
  /** The keys to search, in the order `query` searches them. */
  terms: readonly PlannedTerm[];
  /** The same as `terms`, as a MiniSearch query (the reference the index's own scoring is tested against). */
  query: QueryCombination;
}

/** Shorter prefixes match too much of the index to be useful ("b" → everything). */
export const MIN_PREFIX_LENGTH = 3;
/** A variant ("vald" for "vold") is almost as good as the word typed; the typed spelling still wins a tie. */
const VARIANT_WEIGHT = 0.9;
/** What a synonym means ("redd" → vold) is a good answer, but below a text that uses the word itself. */
const SYNONYM_WEIGHT = 0.8;

/**
 * Typos tolerated, by length of the stem: none below five letters (where one edit makes another word: vold/volt, rus/ris),
 * one up to seven, two from eight ("bekymrnig", "barnvern").
 */
export function fuzzyDistanceFor(stem: string): number {
  if (stem.length >= 8) return 2;
  if (stem.length >= 5) return 1;
  return 0;
}

/**
 * Turns what a person typed into one MiniSearch sub-query per word. The word's own stem is searched exactly, as a
 * prefix (as-you-type: "bekym" finds "bekymring") and with typo tolerance; its variants and phrases only exactly.
 * Compound parts are used when indexing ("melding" finds "bekymringsmelding") but not here: splitting the query
 * "barnevern" into "barn" would return everything about children. Keys are already normalized, so the search must
 * not normalize them again. A function word is dropped, except as a prefix while it is still being typed ("for" on
 * the way to "foreldre").
 */
export function planQuery(query: string, synonyms?: SynonymLookup): PlannedWord[] {
  const words = wordSpans(query);
  const lastIsBeingTyped = words[words.length - 1]?.end === query.length;
  const phraseKeysOfWord: string[][] = words.map(() => []);
  for (const phrase of phraseSpans(query, words)) {
    const keys = normalizeNorwegian(phrase.text);
    words.forEach((w, i) => {
      if (w.start >= phrase.start && w.end <= phrase.end) phraseKeysOfWord[i]!.push(...keys); // one list per word
    });
  }

  const planned: PlannedWord[] = [];
  words.forEach((word, i) => {
    const analysis = analyseNorwegianWord(word.text);
    // Function words and single letters have no keys of their own.
    const meaningful = analysis.keys.length > 0;
    const beingTyped = lastIsBeingTyped && i === words.length - 1;
    const own = meaningful || (beingTyped && analysis.stem.length >= MIN_PREFIX_LENGTH) ? analysis.stem : undefined;
    const variants = meaningful ? analysis.variants.filter((k) => k !== own) : [];
    const phrases = phraseKeysOfWord[i]!; // one list per word
    const meanings = (synonyms?.get(analysis.stem) ?? []).filter((k) => k !== own && !variants.includes(k));

    const queries: Query[] = [];
    const terms: PlannedTerm[] = [];
    const exactly = (group: readonly string[], weight: number): void => {
      if (group.length === 0) return;
      queries.push({ queries: [...group], prefix: false, fuzzy: false, boostTerm: () => weight });
      terms.push(...group.map((key) => ({ key, prefix: false, fuzzy: 0, weight })));
    };
    if (own) {
      const fuzzy = meaningful ? fuzzyDistanceFor(own) : 0;
      const prefix = own.length >= MIN_PREFIX_LENGTH;
      queries.push({ queries: [own], prefix, fuzzy });
      terms.push({ key: own, prefix, fuzzy, weight: 1 });
    }
    exactly(variants, VARIANT_WEIGHT);
    exactly(phrases, 1);
    exactly(meanings, SYNONYM_WEIGHT);
    if (queries.length === 0) return;

    const keys = new Set<string>([...variants, ...phrases, ...meanings]);
    if (own) keys.add(own);
    planned.push({ text: word.text, keys, terms, query: { combineWith: 'OR', queries } });
  });
  return planned;
}
