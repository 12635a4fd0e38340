import type { Locale } from '../../core/i18n/Locale';
import { MEETING_TIME_ZONE } from '../../core/meetings';
import type { SlotTime } from '../../core/scheduling';

/**
 * Chromium (and so Teams and Edge) ships without Nynorsk date names and silently falls back to English. Nynorsk
 * dates are written like Bokmål ones except for the weekdays, so Nynorsk is formatted as Bokmål and the weekday
 * swapped.
 */
const CULTURE: Record<Locale, string> = { nb: 'nb-NO', nn: 'nb-NO', en: 'en-GB' };
const NYNORSK_WEEKDAYS: Readonly<Record<string, string>> = { mandag: 'måndag', tirsdag: 'tysdag', lørdag: 'laurdag', søndag: 'sundag' };

function format(date: Date, locale: Locale, options: Intl.DateTimeFormatOptions): string {
  const parts = new Intl.DateTimeFormat(CULTURE[locale], options).formatToParts(date);
  return parts.map((part) => (locale === 'nn' && part.type === 'weekday' ? NYNORSK_WEEKDAYS[part.value.toLowerCase()] ?? part.value : part.value)).join('');
}

/**
 * A meeting time as the organizer reads it, always in Norwegian time (the meeting's zone), whatever the device's
 * zone is: "tirsdag 31. mars 09:00–10:00".
 */
export function formatSlot(slot: SlotTime, locale: Locale, timeZone: string = MEETING_TIME_ZONE): string {
  const day = format(new Date(slot.start), locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone });
  const time = (iso: string): string => format(new Date(iso), locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
  return `${day} ${time(slot.start)}–${time(slot.end)}`;
}

/** A yyyy-mm-dd date in the short form lists of dates need: "14. mai". */
export function formatShortDate(isoDate: string, locale: Locale): string {
  return format(new Date(`${isoDate}T12:00:00Z`), locale, { day: 'numeric', month: 'long', timeZone: 'UTC' });
}

/** A yyyy-mm-dd date in full: "7. desember 2026". */
export function formatLongDate(isoDate: string, locale: Locale): string {
  return format(new Date(`${isoDate}T12:00:00Z`), locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
