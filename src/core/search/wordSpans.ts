import type { TextSpan } from './TextRange';

/**
 * Letters (with combining marks, for text typed in decomposed form) and digits. Everything else separates words:
 * spaces, punctuation, hyphens ("BUP-en" is "BUP" and "en") and § signs.
 */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The words of a text with their positions in it, so matches can be shown on the original, unfolded text. */
export function wordSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    spans.push({ text: match[0], start, end: start + match[0].length });
  }
  return spans;
}
