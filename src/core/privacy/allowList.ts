/**
 * What a municipality's own texts make ordinary: the words of its service, tool, arena, routine, contact and law
 * names, and the phone numbers and e-mail addresses it publishes. Built from phrases (modelAllowWords gives them
 * from the loaded model) and cached per array, since the forms check on every keystroke.
 */
export interface AllowList {
  /** Lower-case words. */
  words: ReadonlySet<string>;
  /** Phone numbers as digits only, without a leading +47/0047. */
  numbers: ReadonlySet<string>;
  /** Lower-case e-mail addresses. */
  emails: ReadonlySet<string>;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const NUMBER = /\+?\d[\d \u00a0.-]{6,}\d/g;
const WORD = /[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*/gu;

const cache = new WeakMap<readonly string[], AllowList>();

export const EMPTY_ALLOW_LIST: AllowList = { words: new Set(), numbers: new Set(), emails: new Set() };

/** Digits of a phone number without the country code. */
export function phoneDigits(raw: string): string {
  const digits = raw.replace(/\D/g, '');
  if (digits.startsWith('0047') && digits.length === 12) return digits.slice(4);
  if (digits.startsWith('47') && digits.length === 10 && raw.trim().startsWith('+')) return digits.slice(2);
  return digits;
}

export function allowListOf(phrases: readonly string[] | undefined): AllowList {
  if (!phrases || phrases.length === 0) return EMPTY_ALLOW_LIST;
  const cached = cache.get(phrases);
  if (cached) return cached;
  const words = new Set<string>();
  const numbers = new Set<string>();
  const emails = new Set<string>();
  for (const phrase of phrases) {
    if (!phrase) continue;
    for (const m of phrase.matchAll(EMAIL)) emails.add(m[0].toLowerCase());
    for (const m of phrase.matchAll(NUMBER)) numbers.add(phoneDigits(m[0]));
    // Capitalized words only: names of places and services ("Helsestasjon Nord"), not the small words of a title
    // (nynorsk "anna" is "other" in a routine title, and a girl's name in feedback).
    for (const m of phrase.matchAll(WORD)) if (/^\p{Lu}/u.test(m[0])) words.add(m[0].toLowerCase());
  }
  const list = { words, numbers, emails };
  cache.set(phrases, list);
  return list;
}
