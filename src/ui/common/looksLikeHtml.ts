/** A tag or a character reference: text that needs the sanitizer to be shown as text. Prose with < or > does not. */
const LOOKS_LIKE_HTML = /<\/?[a-z][^>]*>|&[a-z#0-9]+;/i;

export function looksLikeHtml(value: string): boolean {
  return LOOKS_LIKE_HTML.test(value);
}
