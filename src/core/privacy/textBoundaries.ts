/**
 * JavaScript's \b only knows ASCII letters, so "Bjørn" would have a boundary after "Bj". These checks use Unicode
 * letters instead, and look at the text around a regex match rather than relying on lookbehind, which older
 * browsers in Teams clients do not support.
 */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const DIGIT = /\d/;

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && WORD_CHAR.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && DIGIT.test(ch);
}

/** Whether text[start, end) is not glued to letters or digits on either side. */
export function isStandaloneWord(text: string, start: number, end: number): boolean {
  return !isWordChar(text.charAt(start - 1)) && !isWordChar(text.charAt(end));
}

/**
 * Whether a run of digits at text[start, end) stands alone: not part of a longer number, and not part of a dotted
 * or dashed sequence such as "1.12.03.2015" or an account number "1234.56.78903".
 */
export function isStandaloneNumber(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  if (isDigit(before) || isDigit(after)) return false;
  if ('./-'.includes(before) && before !== '' && isDigit(text.charAt(start - 2))) return false;
  if ('./-'.includes(after) && after !== '' && isDigit(text.charAt(end + 1))) return false;
  return true;
}
