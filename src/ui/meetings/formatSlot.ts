import type { Locale } from '../../core/i18n/Locale';
import { MEETING_TIME_ZONE } from '../../core/meetings';
import type { SlotTime } from '../../core/scheduling';

const CULTURE: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/**
 * A meeting time as the organizer reads it, always in Norwegian time (the meeting's zone), whatever the device's
 * zone is: "tirsdag 31. mars 09:00–10:00".
 */
export function formatSlot(slot: SlotTime, locale: Locale, timeZone: string = MEETING_TIME_ZONE): string {
  const culture = CULTURE[locale];
  const day = new Intl.DateTimeFormat(culture, { weekday: 'long', day: 'numeric', month: 'long', timeZone }).format(new Date(slot.start));
  const time = new Intl.DateTimeFormat(culture, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
  return `${day} ${time.format(new Date(slot.start))}–${time.format(new Date(slot.end))}`;
}

/** A yyyy-mm-dd date in the short form lists of dates need: "14. mai". */
export function formatShortDate(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(CULTURE[locale], { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T12:00:00Z`));
}
