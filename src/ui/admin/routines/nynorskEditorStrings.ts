import type { Locale } from '../../../core/i18n/Locale';
import { useApp } from '../../app/AppContext';

/** The words of the routine editor's Nynorsk fields (TitleNn, SummaryNn, StepsNn), in nb, nn and en. */
export interface NynorskEditorStrings {
  /** Heading of the Nynorsk title and summary, and what they are for. */
  sectionTitle: string;
  sectionHint: string;
  title: string;
  summary: string;
  /** The legend of one step's Nynorsk texts. */
  stepLegend: (n: number) => string;
  step: { what: string; how: string; who: string; deadline: string };
  /** A Nynorsk step without "what" while other steps have Nynorsk text: it is shown in Bokmål. */
  stepWhatMissing: string;
  /** The conflict panel's name for the Nynorsk texts. */
  conflictLabel: string;
  /** The conflict panel's lines for the Nynorsk texts. */
  conflictTitle: string;
  conflictSummary: string;
}

const nb: NynorskEditorStrings = {
  sectionTitle: 'Nynorsk tekst',
  sectionHint: 'Vises for ansatte som bruker Trygge Barn på nynorsk. Det som står tomt, vises på bokmål.',
  title: 'Tittel (nynorsk)',
  summary: 'Sammendrag (nynorsk)',
  stepLegend: (n) => `Steg ${n} på nynorsk`,
  step: { what: 'Hva (nynorsk)', how: 'Hvordan (nynorsk)', who: 'Hvem (nynorsk)', deadline: 'Frist (nynorsk)' },
  stepWhatMissing: 'Ikke oversatt ennå: steget vises på bokmål for dem som bruker nynorsk.',
  conflictLabel: 'Nynorsk tekst',
  conflictTitle: 'Tittel',
  conflictSummary: 'Sammendrag'
};

const nn: NynorskEditorStrings = {
  sectionTitle: 'Nynorsk tekst',
  sectionHint: 'Blir vist for tilsette som bruker Trygge Barn på nynorsk. Det som står tomt, blir vist på bokmål.',
  title: 'Tittel (nynorsk)',
  summary: 'Samandrag (nynorsk)',
  stepLegend: (n) => `Steg ${n} på nynorsk`,
  step: { what: 'Kva (nynorsk)', how: 'Korleis (nynorsk)', who: 'Kven (nynorsk)', deadline: 'Frist (nynorsk)' },
  stepWhatMissing: 'Ikkje omsett enno: steget blir vist på bokmål for dei som bruker nynorsk.',
  conflictLabel: 'Nynorsk tekst',
  conflictTitle: 'Tittel',
  conflictSummary: 'Samandrag'
};

const en: NynorskEditorStrings = {
  sectionTitle: 'Nynorsk text',
  sectionHint: 'Shown to staff who use Trygge Barn in Nynorsk. Whatever is left empty is shown in Bokmål.',
  title: 'Title (Nynorsk)',
  summary: 'Summary (Nynorsk)',
  stepLegend: (n) => `Step ${n} in Nynorsk`,
  step: { what: 'What (Nynorsk)', how: 'How (Nynorsk)', who: 'Who (Nynorsk)', deadline: 'Deadline (Nynorsk)' },
  stepWhatMissing: 'Not translated yet: this step is shown in Bokmål to those who use Nynorsk.',
  conflictLabel: 'Nynorsk text',
  conflictTitle: 'Title',
  conflictSummary: 'Summary'
};

export const NYNORSK_EDITOR_STRINGS: Record<Locale, NynorskEditorStrings> = { nb, nn, en };

export function useNynorskEditorStrings(): NynorskEditorStrings {
  return NYNORSK_EDITOR_STRINGS[useApp().locale];
}
