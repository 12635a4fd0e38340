/** A word of the text with its position: letters and digits, hyphenated parts joined ("Anne-Lise", "2C"). */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    tokens.push({ start, end: start + m[0].length, text: m[0], lower: m[0].toLowerCase() });
  }
  return tokens;
}

/** What stands between two tokens ("", " ", ", ", " (" …). */
export function gap(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}

/** Capitalized: first letter upper case. */
export function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Written all in capitals ("NOAH", "GJELDER"). */
export function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

const TRANSPARENT_BEFORE_WORD = /[\s"'«»“”‘’([]/;
const SENTENCE_END = /[.!?:…–—;]/;
const BULLET = /[-*•·]/;

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
