import type { Locale } from '../../../core/i18n/Locale';

/** What a form says after "send" when the answer was not a plain success. */
export interface SendOutcomeStrings {
  /** Checked: nothing was stored. Sending again is safe. */
  notStored: (what: 'feedback' | 'evaluation') => string;
  /** The answer was lost and the check could not be made yet; the form keeps checking by itself. */
  checking: string;
  /** The check has been tried several times; the form keeps trying. */
  stillChecking: string;
  checkNow: string;
}

const STRINGS: Record<Locale, SendOutcomeStrings> = {
  nb: {
    notStored: (what) =>
      what === 'feedback'
        ? 'Tilbakemeldingen ble ikke sendt – vi har sjekket, og ingenting er lagret. Teksten din er her fortsatt; prøv igjen.'
        : 'Evalueringen ble ikke lagret – vi har sjekket, og ingenting er lagret. Svarene dine er her fortsatt; prøv igjen.',
    checking: 'Svaret fra SharePoint kom ikke fram. Vi sjekker om det ble lagret …',
    stillChecking: 'Vi får ikke kontakt med SharePoint for å sjekke om det ble lagret. La siden stå åpen, vi prøver videre. Det blir ikke lagret to ganger.',
    checkNow: 'Sjekk nå'
  },
  nn: {
    notStored: (what) =>
      what === 'feedback'
        ? 'Tilbakemeldinga vart ikkje send – vi har sjekka, og ingenting er lagra. Teksten din er her framleis; prøv igjen.'
        : 'Evalueringa vart ikkje lagra – vi har sjekka, og ingenting er lagra. Svara dine er her framleis; prøv igjen.',
    checking: 'Svaret frå SharePoint kom ikkje fram. Vi sjekkar om det vart lagra …',
    stillChecking: 'Vi får ikkje kontakt med SharePoint for å sjekke om det vart lagra. La sida stå open, vi prøver vidare. Det blir ikkje lagra to gonger.',
    checkNow: 'Sjekk no'
  },
  en: {
    notStored: (what) =>
      what === 'feedback'
        ? 'Your feedback was not sent – we checked, and nothing was stored. Your text is still here; please try again.'
        : 'The evaluation was not saved – we checked, and nothing was stored. Your answers are still here; please try again.',
    checking: 'The answer from SharePoint was lost. We are checking whether it was stored …',
    stillChecking: 'We cannot reach SharePoint to check whether it was stored. Keep this page open; we keep trying. It will not be stored twice.',
    checkNow: 'Check now'
  }
};

export function sendOutcomeStrings(locale: Locale): SendOutcomeStrings {
  return STRINGS[locale] ?? STRINGS.nb;
}
