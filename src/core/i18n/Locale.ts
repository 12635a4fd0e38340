/** The three languages of the product. Bokmål and Nynorsk are first-class; English is third. */
export type Locale = 'nb' | 'nn' | 'en';

export const LOCALES: readonly Locale[] = ['nb', 'nn', 'en'];

/** A text given in every language the product speaks. */
export interface LocalizedText {
  nb: string;
  nn: string;
  en: string;
}

export function isLocale(value: unknown): value is Locale {
  return value === 'nb' || value === 'nn' || value === 'en';
}

/**
 * Maps a SharePoint or Teams culture name (e.g. "nb-NO", "nn-no", "no", "en-US") to a product locale.
 * Anything Norwegian that is not explicitly Nynorsk is Bokmål; anything unknown falls back to `fallback`.
 */
export function localeFromCulture(culture: string | undefined, fallback: Locale = 'nb'): Locale {
  const lower = (culture ?? '').toLowerCase();
  if (lower.startsWith('nn')) return 'nn';
  if (lower.startsWith('nb') || lower === 'no' || lower.startsWith('no-')) return 'nb';
  if (lower.startsWith('en')) return 'en';
  return fallback;
}

/** Picks the text for a locale, falling back nb → nn → en so a half-translated value still shows something. */
export function pickText(text: LocalizedText, locale: Locale): string {
  return text[locale] || text.nb || text.nn || text.en;
}
