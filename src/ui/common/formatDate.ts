import type { Locale } from '../../core/i18n/Locale';

// Browsers (Chromium among them) often lack Nynorsk date data and fall back to English; Nynorsk month names
// are the same as Bokmål's, so Bokmål formatting is right for both.
const CULTURE: Record<Locale, string> = { nb: 'nb-NO', nn: 'nb-NO', en: 'en-GB' };

/** A yyyy-mm-dd date as the user's language writes it ("3. mars 2026"). */
export function formatDate(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  return new Intl.DateTimeFormat(CULTURE[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
