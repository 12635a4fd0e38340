import type { Locale } from '../../core/i18n/Locale';
import type { CallNowRole } from '../../core/readiness/callNow';
import { useApp } from '../app/AppContext';

/** The words of the call-now card at the top of the emergency view, in nb, nn and en. */
export interface CallNowStrings {
  title: string;
  roles: Record<CallNowRole, string>;
  /** The accessible name of a number's link: says it calls, whom, and the number. */
  callLabel: (who: string, phone: string) => string;
  /** Shown under a national number that stands in for the municipality's own, not yet set. */
  fallbackNote: string;
}

const nb: CallNowStrings = {
  title: 'Ring nå',
  roles: {
    barnevernDaytime: 'Barnevernstjenesten (dagtid)',
    barnevernvakt: 'Barnevernvakten (kveld, natt, helg)',
    police: 'Politiet – ikke akutt',
    emergency: 'Akutt fare – politiet'
  },
  callLabel: (who, phone) => `Ring ${who}: ${phone}`,
  fallbackNote: 'Alarmtelefonen for barn og unge, hele døgnet. Den setter deg over til barnevernvakten der barnet bor.'
};

const nn: CallNowStrings = {
  title: 'Ring no',
  roles: {
    barnevernDaytime: 'Barnevernstenesta (dagtid)',
    barnevernvakt: 'Barnevernvakta (kveld, natt, helg)',
    police: 'Politiet – ikkje akutt',
    emergency: 'Akutt fare – politiet'
  },
  callLabel: (who, phone) => `Ring ${who}: ${phone}`,
  fallbackNote: 'Alarmtelefonen for barn og unge, heile døgeret. Han set deg over til barnevernvakta der barnet bur.'
};

const en: CallNowStrings = {
  title: 'Call now',
  roles: {
    barnevernDaytime: 'Child welfare service (office hours)',
    barnevernvakt: 'Child welfare emergency service (evenings, nights, weekends)',
    police: 'Police – non-emergency',
    emergency: 'Immediate danger – police'
  },
  callLabel: (who, phone) => `Call ${who}: ${phone}`,
  fallbackNote: 'The national helpline for children and young people, around the clock. It puts you through to the child welfare emergency service where the child lives.'
};

export const CALL_NOW_STRINGS: Record<Locale, CallNowStrings> = { nb, nn, en };

export function useCallNowStrings(): CallNowStrings {
  return CALL_NOW_STRINGS[useApp().locale];
}
