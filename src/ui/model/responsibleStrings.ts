import type { Locale } from '../../core/i18n/Locale';
import { useApp } from '../app/AppContext';

/** The words for who is responsible when a routine is done in the reader's own service, in nb, nn and en. */
export interface ResponsibleStrings {
  /** Said where no service is chosen in "For meg". */
  ownService: string;
  /** After the name of the service chosen in "For meg": why that service is named. */
  yourService: string;
  /** How to have the service named instead: a pointer to "For meg". */
  chooseService: string;
  /** In the admin's review overview: the group of own-service routines. */
  ownServiceGroup: string;
  /** Before the responsible service in a short list (guide outcome). */
  responsibleShort: string;
}

const nb: ResponsibleStrings = {
  ownService: 'Din egen tjeneste',
  yourService: '(din tjeneste)',
  chooseService: 'Velg tjenesten din under «For meg», så står den her.',
  ownServiceGroup: 'Hver tjeneste selv (egen tjeneste)',
  responsibleShort: 'Ansvarlig'
};

const nn: ResponsibleStrings = {
  ownService: 'Di eiga teneste',
  yourService: '(tenesta di)',
  chooseService: 'Vel tenesta di under «For meg», så står ho her.',
  ownServiceGroup: 'Kvar teneste sjølv (eiga teneste)',
  responsibleShort: 'Ansvarleg'
};

const en: ResponsibleStrings = {
  ownService: 'Your own service',
  yourService: '(your service)',
  chooseService: 'Choose your service under “For me” to see it named here.',
  ownServiceGroup: 'Each service itself (own service)',
  responsibleShort: 'Responsible'
};

export const RESPONSIBLE_STRINGS: Record<Locale, ResponsibleStrings> = { nb, nn, en };

export function useResponsibleStrings(): ResponsibleStrings {
  return RESPONSIBLE_STRINGS[useApp().locale];
}
