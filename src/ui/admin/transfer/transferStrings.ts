import type { Locale } from '../../../core/i18n/Locale';
import type { RestoreProblem } from '../../../data/ports/admin/ModelTransfer';

/** What the import view says after an import stopped: only what the check of the site afterwards showed. */
export interface RollbackStrings {
  stopped: (list: string, ref: string, reason: string) => string;
  /** Said only when the site was read afterwards and every item the import wrote is as before. */
  verified: (n: number) => string;
  restoredCaption: string;
  nothingToRestore: string;
  notVerified: string;
  problems: Record<RestoreProblem, string>;
  fields: (names: string) => string;
  verifying: string;
}

const STRINGS: Record<Locale, RollbackStrings> = {
  nb: {
    stopped: (list, ref, reason) => `Importen stoppet ved ${list}, ${ref}: ${reason}`,
    verified: (n) =>
      n === 0
        ? 'Importen hadde ikke rukket å endre noe. Vi har lest nettstedet på nytt: alt er som før importen.'
        : `Det importen hadde endret, er satt tilbake, og vi har lest nettstedet på nytt og sjekket hvert element: alt er som før importen (${n} ${n === 1 ? 'element' : 'elementer'} satt tilbake).`,
    restoredCaption: 'Satt tilbake:',
    nothingToRestore: 'Ingenting å sette tilbake.',
    notVerified: 'Ikke alt er som før importen. Disse elementene må du se over i listene:',
    problems: {
      changedBySomeoneElse: 'noen andre endret det etter at importen skrev det; deres endring er beholdt',
      deletedBySomeoneElse: 'det er slettet fra listen',
      unavailable: 'SharePoint svarte ikke da det skulle settes tilbake',
      denied: 'SharePoint nektet å sette det tilbake (mangler rettighet)',
      notChecked: 'vi fikk ikke lest nettstedet etterpå, så vi vet ikke om det er som før'
    },
    fields: (names) => `felt: ${names}`,
    verifying: 'Sjekker nettstedet …'
  },
  nn: {
    stopped: (list, ref, reason) => `Importen stoppa ved ${list}, ${ref}: ${reason}`,
    verified: (n) =>
      n === 0
        ? 'Importen hadde ikkje rokke å endre noko. Vi har lese nettstaden på nytt: alt er som før importen.'
        : `Det importen hadde endra, er sett tilbake, og vi har lese nettstaden på nytt og sjekka kvart element: alt er som før importen (${n} element sett tilbake).`,
    restoredCaption: 'Sett tilbake:',
    nothingToRestore: 'Ingenting å setje tilbake.',
    notVerified: 'Ikkje alt er som før importen. Desse elementa må du sjå over i listene:',
    problems: {
      changedBySomeoneElse: 'nokon andre endra det etter at importen skreiv det; endringa deira er halden på',
      deletedBySomeoneElse: 'det er sletta frå lista',
      unavailable: 'SharePoint svarte ikkje då det skulle setjast tilbake',
      denied: 'SharePoint nekta å setje det tilbake (manglar rett)',
      notChecked: 'vi fekk ikkje lese nettstaden etterpå, så vi veit ikkje om det er som før'
    },
    fields: (names) => `felt: ${names}`,
    verifying: 'Sjekkar nettstaden …'
  },
  en: {
    stopped: (list, ref, reason) => `The import stopped at ${list}, ${ref}: ${reason}`,
    verified: (n) =>
      n === 0
        ? 'The import had not changed anything yet. We read the site again: everything is as before the import.'
        : `What the import had changed has been put back, and we read the site again and checked every item: everything is as before the import (${n} ${n === 1 ? 'item' : 'items'} put back).`,
    restoredCaption: 'Put back:',
    nothingToRestore: 'Nothing to put back.',
    notVerified: 'Not everything is as before the import. Check these items in the lists:',
    problems: {
      changedBySomeoneElse: 'someone else changed it after the import wrote it; their change is kept',
      deletedBySomeoneElse: 'it has been deleted from the list',
      unavailable: 'SharePoint did not answer when it was to be put back',
      denied: 'SharePoint refused to put it back (no permission)',
      notChecked: 'we could not read the site afterwards, so we do not know whether it is as before'
    },
    fields: (names) => `fields: ${names}`,
    verifying: 'Checking the site …'
  }
};

export function rollbackStrings(locale: Locale): RollbackStrings {
  return STRINGS[locale] ?? STRINGS.nb;
}
