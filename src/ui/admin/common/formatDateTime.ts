import type { Locale } from '../../../core/i18n/Locale';

const CULTURE: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** A SharePoint timestamp (UTC) as Norwegian time, with date and hour ("23. november 2026, 14:03"). */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(CULTURE[locale], { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Oslo' }).format(date);
}
