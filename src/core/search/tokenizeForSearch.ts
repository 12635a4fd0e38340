import { analyseNorwegianWord } from './normalizeNorwegian';
import type { TextSpan } from './TextRange';
import { VARIANT_LOOKUP } from './variantLookup';
import { wordSpans } from './wordSpans';

/** Words of a phrase may be separated by spaces or a hyphen ("barne- og ungdomspsykiatrisk"), not by a full stop. */
const PHRASE_GAP = /^[\s-]*$/;

const NO_PHRASES: readonly TextSpan[] = [];

/** The known multi-word phrases of the variant table that start at `words[first]`, shortest first. */
export function phrasesStartingAt(text: string, words: readonly TextSpan[], first: number): readonly TextSpan[] {
  const { phraseStarts, phraseKeys, maxPhraseWords } = VARIANT_LOOKUP;
  // first and last stay below words.length: each index read is of a word that exists.
  let signature = analyseNorwegianWord(words[first]!.text).stem;
  // Most words start no phrase: answered without allocating anything, as highlighting asks for every word shown.
  if (!phraseStarts.has(signature)) return NO_PHRASES;
  const phrases: TextSpan[] = [];
  for (let last = first + 1; last < words.length && last - first < maxPhraseWords; last++) {
    if (!PHRASE_GAP.test(text.slice(words[last - 1]!.end, words[last]!.start))) break;
    signature += ` ${analyseNorwegianWord(words[last]!.text).stem}`;
    if (phraseKeys.has(signature)) {
      const start = words[first]!.start;
      const end = words[last]!.end;
      phrases.push({ text: text.slice(start, end), start, end });
    }
  }
  return phrases;
}

/** The known multi-word phrases of the variant table ("psykisk helse", "child welfare") found among `words`. */
export function phraseSpans(text: string, words: readonly TextSpan[] = wordSpans(text)): TextSpan[] {
  const phrases: TextSpan[] = [];
  for (let i = 0; i < words.length; i++) phrases.push(...phrasesStartingAt(text, words, i));
  return phrases;
}

/**
 * Splits text into the tokens search works on: every word, plus every known phrase as one extra token spanning its
 * words. Each token keeps its position in the text, so the same tokens serve indexing and highlighting.
 */
export function tokenizeForSearch(text: string): TextSpan[] {
  const words = wordSpans(text);
  return [...words, ...phraseSpans(text, words)];
}
