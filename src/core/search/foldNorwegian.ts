/**
 * Lower-cases a word and folds spelling variants onto one form, so that what staff type meets what authors wrote:
 * "Aasen" and "Åsen", "Bjoern" and "Bjørn", "Saeter" and "Sæter" become the same; Swedish/German ä and ö meet æ
 * and ø; other accents (idé, café) are dropped. The folded form is only a search key: displayed text is never
 * folded, so æøå stay on screen exactly as written.
 *
 * The digraphs fold towards æ/ø/å (not the other way) so a word keeps the same length whichever way it was
 * typed; the stemmer that runs next counts letters, and would otherwise cut "Åsen" and "Aasen" differently.
 */
export function foldNorwegian(word: string): string {
  const lower = word.toLowerCase();
  if (isPlainAsciiWithoutDigraphs(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/a\u030a/g, 'å')
    .replace(/a\u0308/g, 'æ')
    .replace(/o\u0308/g, 'ø')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/aa/g, 'å')
    .replace(/ae/g, 'æ')
    .replace(/oe/g, 'ø');
}

/** Most words need no folding at all; skipping the Unicode work for them keeps indexing fast. */
function isPlainAsciiWithoutDigraphs(lower: string): boolean {
  return /^[a-z0-9]*$/.test(lower) && !/aa|ae|oe/.test(lower);
}
