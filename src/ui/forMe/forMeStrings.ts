import type { Locale } from '../../core/i18n/Locale';
import { useApp } from '../app/AppContext';

/** The words of For meg's routine groups (what the service does, by level, and "show all"), in nb, nn and en. */
export interface ForMeStrings {
  /** Above the groups: what is listed. */
  workIntro: (service: string) => string;
  /** The group of the service's work on no level of the guide. */
  otherWork: string;
  /** The button that shows the rest of the routines meant for the service, with how many. */
  showAll: (n: number) => string;
  hideAll: string;
  /** The heading of those routines once shown. */
  restTitle: string;
}

const nb: ForMeStrings = {
  workIntro: (service) => `Rutinene ${service} har ansvaret for eller gjør et steg i, etter nivå.`,
  otherWork: 'Annet tjenesten din gjør',
  showAll: (n) => (n === 1 ? 'Vis alle – 1 rutine til' : `Vis alle – ${n} rutiner til`),
  hideAll: 'Skjul de andre rutinene',
  restTitle: 'Andre rutiner for tjenesten din'
};

const nn: ForMeStrings = {
  workIntro: (service) => `Rutinane ${service} har ansvaret for eller gjer eit steg i, etter nivå.`,
  otherWork: 'Anna tenesta di gjer',
  showAll: (n) => (n === 1 ? 'Vis alle – 1 rutine til' : `Vis alle – ${n} rutinar til`),
  hideAll: 'Skjul dei andre rutinane',
  restTitle: 'Andre rutinar for tenesta di'
};

const en: ForMeStrings = {
  workIntro: (service) => `The routines ${service} is responsible for or carries out a step of, by level.`,
  otherWork: 'Other work of your service',
  showAll: (n) => (n === 1 ? 'Show all – 1 more routine' : `Show all – ${n} more routines`),
  hideAll: 'Hide the other routines',
  restTitle: 'Other routines for your service'
};

export const FOR_ME_STRINGS: Record<Locale, ForMeStrings> = { nb, nn, en };

export function useForMeStrings(): ForMeStrings {
  return FOR_ME_STRINGS[useApp().locale];
}
