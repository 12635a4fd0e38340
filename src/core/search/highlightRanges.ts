import { analyseNorwegianWord, normalizeNorwegian } from './normalizeNorwegian';
import type { TextRange } from './TextRange';
import { phrasesStartingAt, phraseSpans } from './tokenizeForSearch';
import { wordSpans } from './wordSpans';

/** About two lines of a result list: enough to see why a result matched. */
export const DEFAULT_SNIPPET_LENGTH = 160;

/** A single character, so a snippet's length and its highlight offsets stay simple to reason about. */
export const ELLIPSIS = '…';

/** A short passage of a longer text, with the ranges to highlight in it. */
export interface Snippet {
  text: string;
  highlights: TextRange[];
}

/** Sorts ranges and joins those that overlap or touch, so the UI never nests or doubles a highlight. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ start: range.start, end: range.end });
  }
  return merged;
}

/**
 * The ranges of `text` whose words (or known phrases) normalize to one of `matchedTerms`, the normalized keys a
 * search matched. Ranges point into the original text, so "Barnevernstenesta" or "bekymringa" is highlighted as
 * written, æøå included; whole words are highlighted even when only a prefix was typed.
 */
export function highlightRanges(text: string, matchedTerms: Iterable<string>): TextRange[] {
  const terms = new Set(matchedTerms);
  if (terms.size === 0 || !text) return [];
  const isMatched = (key: string): boolean => terms.has(key);
  const words = wordSpans(text);
  // Words through the cached analysis: highlighting runs on every hit shown, on every keystroke.
  const ranges = words.filter((word) => analyseNorwegianWord(word.text).keys.some(isMatched));
  for (const phrase of phraseSpans(text, words)) if (normalizeNorwegian(phrase.text).some(isMatched)) ranges.push(phrase);
  return mergeRanges(ranges);
}

/**
 * The ranges `highlightRanges` gives that a snippet of `maxLength` around the first of them can show: every range
 * starting before the first one's start plus `maxLength`, or before the end of any range found. The words after
 * that are not analysed: a long text's snippet needs only its first match and what follows it.
 */
export function leadingHighlightRanges(text: string, matchedTerms: Iterable<string>, maxLength: number = DEFAULT_SNIPPET_LENGTH): TextRange[] {
  const terms = new Set(matchedTerms);
  if (terms.size === 0 || !text) return [];
  const isMatched = (key: string): boolean => terms.has(key);
  const words = wordSpans(text);
  const ranges: TextRange[] = [];
  let stopAt = Number.POSITIVE_INFINITY;
  for (let i = 0; i < words.length && words[i]!.start < stopAt; i++) {
    const word = words[i]!; // i < words.length
    if (analyseNorwegianWord(word.text).keys.some(isMatched)) ranges.push(word);
    for (const phrase of phrasesStartingAt(text, words, i)) if (normalizeNorwegian(phrase.text).some(isMatched)) ranges.push(phrase);
    if (ranges.length === 0) continue;
    // Ranges found so far may still merge with ranges starting inside them.
    stopAt = Math.max(ranges[0]!.start + maxLength, // ranges is not empty here
      ...ranges.map((r) => r.end));
  }
  return ranges.map((r) => ({ start: r.start, end: r.end }));
}

function isSpace(ch: string): boolean {
  return /\s/.test(ch);
}

/** Moves a window start that falls inside a word to the start of the next word. */
function startOfNextWord(text: string, index: number): number {
  let i = index;
  if (i > 0 && !isSpace(text.charAt(i - 1))) while (i < text.length && !isSpace(text.charAt(i))) i++;
  while (i < text.length && isSpace(text.charAt(i))) i++;
  return i;
}

/** Moves a window end that falls inside a word back to the end of the previous word. */
function endOfPreviousWord(text: string, index: number): number {
  let i = index;
  if (i < text.length && !isSpace(text.charAt(i))) while (i > 0 && !isSpace(text.charAt(i - 1))) i--;
  while (i > 0 && isSpace(text.charAt(i - 1))) i--;
  return i;
}

/**
 * A window of about `maxLength` characters of `text` around its first highlight, cut on word boundaries and marked
 * with ellipses where text was left out. `highlights` are ranges in `text` (from `highlightRanges`); the returned
 * highlights are ranges in the snippet. Without highlights the window is the start of the text.
 */
export function extractSnippet(text: string, highlights: readonly TextRange[], maxLength: number = DEFAULT_SNIPPET_LENGTH): Snippet {
  const sorted = mergeRanges(highlights);
  if (text.length <= maxLength) return { text, highlights: sorted };

  const first = sorted[0] ?? { start: 0, end: 0 };
  // Centre the first match, so the reader sees what leads up to it as well as what follows.
  const context = Math.max(0, Math.floor((maxLength - (first.end - first.start)) / 2));
  const roughStart = Math.min(Math.max(0, first.start - context), text.length - maxLength);
  const roughEnd = Math.min(text.length, roughStart + maxLength);

  let start = roughStart > 0 ? startOfNextWord(text, roughStart) : 0;
  if (start > first.start) start = first.start;
  let end = roughEnd < text.length ? endOfPreviousWord(text, roughEnd) : text.length;
  if (end < first.end) end = Math.min(text.length, first.end);

  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < text.length ? ELLIPSIS : '';
  const shift = prefix.length - start;
  const inWindow = sorted
    .filter((r) => r.end > start && r.start < end)
    .map((r) => ({ start: Math.max(r.start, start) + shift, end: Math.min(r.end, end) + shift }));
  return { text: prefix + text.slice(start, end) + suffix, highlights: inWindow };
}
