import type { Locale } from '../../core/i18n/Locale';
import { useApp } from '../app/AppContext';

/** The worry guide's words added in issue #13 ("usikker", consultation, deadline date, own contact), in nb, nn and en. */
export interface GuideExtraStrings {
  unsure: string;
  unsureHint: string;
  consultTitle: string;
  consultText: string;
  consultArena: (arena: string) => string;
  levelZeroGuard: string;
  deadline: (date: string) => string;
  deadlineToday: (date: string) => string;
  yourContact: string;
  chooseService: string;
  contactEmail: (email: string) => string;
  /** Above the model's own signs of worry beside a question. */
  signsLabel: string;
}

const nb: GuideExtraStrings = {
  unsure: 'Usikker',
  unsureHint: 'Er du usikker, kan du drøfte saken anonymt med barnevernstjenesten – uten å si hvem barnet er.',
  consultTitle: 'Drøft anonymt først',
  consultText:
    'Når du er usikker, drøfter du saken anonymt med barnevernstjenesten, uten navn eller andre opplysninger som kan identifisere barnet. Sammen finner dere ut om det er grunn til å melde, eller hvilket nivå saken hører til.',
  consultArena: (arena) => `Møtested: ${arena}`,
  levelZeroGuard: 'Får du grunn til å tro at barnet blir mishandlet eller utsatt for alvorlig omsorgssvikt, er meldeplikten utløst: meld straks, ikke vent de 14 dagene.',
  deadline: (date) => `Frist: ${date}`,
  deadlineToday: (date) => `Frist: i dag, ${date}`,
  yourContact: 'Din kontakt',
  chooseService: 'Velg tjenesten din under «For meg», så ser du hvem du kontakter hos dere.',
  contactEmail: (email) => `E-post: ${email}`,
  signsLabel: 'Tegn du kan se etter'
};

const nn: GuideExtraStrings = {
  unsure: 'Usikker',
  unsureHint: 'Er du usikker, kan du drøfte saka anonymt med barnevernstenesta – utan å seie kven barnet er.',
  consultTitle: 'Drøft anonymt først',
  consultText:
    'Når du er usikker, drøftar du saka anonymt med barnevernstenesta, utan namn eller andre opplysningar som kan identifisere barnet. Saman finn de ut om det er grunn til å melde, eller kva nivå saka høyrer til.',
  consultArena: (arena) => `Møtestad: ${arena}`,
  levelZeroGuard: 'Får du grunn til å tru at barnet blir mishandla eller utsett for alvorleg omsorgssvikt, er meldeplikta utløyst: meld straks, ikkje vent dei 14 dagane.',
  deadline: (date) => `Frist: ${date}`,
  deadlineToday: (date) => `Frist: i dag, ${date}`,
  yourContact: 'Kontakten din',
  chooseService: 'Vel tenesta di under «For meg», så ser du kven du kontaktar hos dykk.',
  contactEmail: (email) => `E-post: ${email}`,
  signsLabel: 'Teikn du kan sjå etter'
};

const en: GuideExtraStrings = {
  unsure: 'Not sure',
  unsureHint: 'If you are not sure, you can discuss it anonymously with the child welfare service – without saying who the child is.',
  consultTitle: 'Discuss it anonymously first',
  consultText:
    'When you are not sure, discuss it anonymously with the child welfare service, with no name or other detail that could identify the child. Together you find out whether to report, or which level it belongs to.',
  consultArena: (arena) => `Where: ${arena}`,
  levelZeroGuard: 'If you have reason to believe the child is being mistreated or seriously neglected, the duty to report applies: report at once, do not wait the 14 days.',
  deadline: (date) => `Deadline: ${date}`,
  deadlineToday: (date) => `Deadline: today, ${date}`,
  yourContact: 'Your contact',
  chooseService: 'Choose your service under "For me" to see whom to contact in it.',
  contactEmail: (email) => `E-mail: ${email}`,
  signsLabel: 'Signs to look for'
};

export const GUIDE_EXTRA_STRINGS: Record<Locale, GuideExtraStrings> = { nb, nn, en };

export function useGuideExtraStrings(): GuideExtraStrings {
  return GUIDE_EXTRA_STRINGS[useApp().locale];
}
