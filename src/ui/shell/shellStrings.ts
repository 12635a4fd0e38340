import type { Locale } from '../../core/i18n/Locale';

/**
 * The shell's own words: what shows instead of a view that cannot be shown. Kept beside the shell (not in the
 * app's Strings) so the error boundary can speak even when the app's context is not there; `Record<Locale, …>`
 * keeps the compile-time check that every language has every text.
 */
export interface ShellStrings {
  notFoundTitle: string;
  notFoundText: string;
  viewFailedTitle: string;
  viewFailedText: string;
  backToOverview: string;
  tryAgain: string;
}

export const SHELL_STRINGS: Record<Locale, ShellStrings> = {
  nb: {
    notFoundTitle: 'Fant ikke siden',
    notFoundText: 'Lenken peker ikke til noe i modellen. Den kan være skrevet feil eller avkortet.',
    viewFailedTitle: 'Denne visningen kunne ikke vises',
    viewFailedText: 'Noe gikk galt da visningen skulle vises. Resten av Trygge Barn virker: prøv igjen, eller gå tilbake til oversikten.',
    backToOverview: 'Tilbake til oversikten',
    tryAgain: 'Prøv igjen'
  },
  nn: {
    notFoundTitle: 'Fann ikkje sida',
    notFoundText: 'Lenkja peikar ikkje på noko i modellen. Ho kan vere skriven feil eller avkorta.',
    viewFailedTitle: 'Denne visinga kunne ikkje visast',
    viewFailedText: 'Noko gjekk gale då visinga skulle visast. Resten av Trygge Barn verkar: prøv igjen, eller gå tilbake til oversikta.',
    backToOverview: 'Tilbake til oversikta',
    tryAgain: 'Prøv igjen'
  },
  en: {
    notFoundTitle: 'Page not found',
    notFoundText: 'The link does not point to anything in the model. It may be mistyped or cut short.',
    viewFailedTitle: 'This view could not be shown',
    viewFailedText: 'Something went wrong while showing this view. The rest of Trygge Barn works: try again, or go back to the overview.',
    backToOverview: 'Back to the overview',
    tryAgain: 'Try again'
  }
};
