import { analyseNorwegianWord } from './normalizeNorwegian';
import type { TextSpan } from './TextRange';
import { VARIANT_LOOKUP } from './variantLookup';
import { wordSpans } from './wordSpans';

/** Words of a phrase may be separated by spaces or a hyphen ("barne- og ungdomspsykiatrisk"), not by a full stop. */
const PHRASE_GAP = /^[\s-]*$/;

/** The known multi-word phrases of the variant table ("psykisk helse", "child welfare") found among `words`. */
export function phraseSpans(text: string, words: readonly TextSpan[] = wordSpans(text)): TextSpan[] {
  const phrases: TextSpan[] = [];
  const { phraseStarts, phraseKeys, maxPhraseWords } = VARIANT_LOOKUP;
  const stems = words.map((w) => analyseNorwegianWord(w.text).stem);
  // i and last stay below words.length, and stems has one stem per word.
  for (let i = 0; i < words.length; i++) {
    let signature = stems[i]!;
    if (!phraseStarts.has(signature)) continue;
    for (let last = i + 1; last < words.length && last - i < maxPhraseWords; last++) {
      if (!PHRASE_GAP.test(text.slice(words[last - 1]!.end, words[last]!.start))) break;
      signature += ` ${stems[last]!}`;
      if (phraseKeys.has(signature)) {
        const start = words[i]!.start;
        const end = words[last]!.end;
        phrases.push({ text: text.slice(start, end), start, end });
      }
    }
  }
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
