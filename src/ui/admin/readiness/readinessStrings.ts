import type { Locale } from '../../../core/i18n/Locale';
import type { ReadinessProblemKind } from '../../../core/readiness/readiness';
import { useApp } from '../../app/AppContext';

/** The readiness check and the publish/unpublish confirmations, in nb, nn and en. */
export interface ReadinessStrings {
  title: string;
  intro: string;
  allReady: string;
  blockersTitle: (n: number) => string;
  warningsTitle: (n: number) => string;
  blockersIntro: string;
  lists: { contacts: string; services: string };
  kinds: Record<ReadinessProblemKind, string>;
  columns: { what: string; list: string; problem: string };
  /** Publishing an urgent routine while emergency numbers are placeholders. */
  publishRefused: (n: number) => string;
  /** An import that would publish the model while emergency numbers are placeholders. */
  importRefused: (n: number) => string;
  openReadiness: string;
  /** Unpublishing: first and second confirmation, and undo. */
  unpublishTitle: (title: string) => string;
  unpublishLoses: string;
  losesGuide: (outcomes: string) => string;
  losesLinks: (n: number) => string;
  losesSearch: string;
  unpublishConfirm: string;
  unpublishCancel: string;
  secondTitle: string;
  secondUrgent: string;
  secondLevel: string;
  secondConfirm: string;
  undo: string;
  undone: string;
}

const nb: ReadinessStrings = {
  title: 'Klar til bruk?',
  intro: 'Sjekker at ansatte som er bekymret, når fram: hvert nummer som fortsatt er plassholderen «00 00 00 00», og hver kontakt eller tjeneste som mangler. Rett dem i SharePoint-listene.',
  allReady: 'Alle numre og kontakter er lagt inn.',
  blockersTitle: (n) => (n === 1 ? '1 nødnummer må legges inn' : `${n} nødnumre og kontakter må legges inn`),
  warningsTitle: (n) => (n === 1 ? '1 annet nummer eller kontakt mangler' : `${n} andre numre og kontakter mangler`),
  blockersIntro: 'Hastende rutiner kan ikke publiseres før disse er rettet.',
  lists: { contacts: 'Kontakter', services: 'Tjenester' },
  kinds: {
    placeholderNumber: 'Nummeret er plassholderen 00 00 00 00',
    noWayToReach: 'Verken telefon eller e-post',
    missingEmergencyContact: 'Ingen kontakt i listen',
    serviceUnreachable: 'Ingen egen kontakt, telefon eller e-post'
  },
  columns: { what: 'Hva', list: 'Liste', problem: 'Problem' },
  publishRefused: (n) =>
    `Hastende rutiner ber ansatte ringe nå. Rutinen kan ikke publiseres mens ${n === 1 ? '1 nødnummer' : `${n} nødnumre`} fortsatt er plassholdere.`,
  importRefused: (n) =>
    `Filen publiserer modellen, men ${n === 1 ? '1 nødnummer' : `${n} nødnumre og kontakter`} i den er fortsatt plassholdere eller mangler. Legg inn numrene i filen (eller gjør rutinene til utkast) og importer på nytt. Ingenting er skrevet.`,
  openReadiness: 'Se hva som mangler',
  unpublishTitle: (title) => `Gjøre «${title}» om til utkast?`,
  unpublishLoses: 'Ansatte mister da:',
  losesGuide: (outcomes) => `rutinen som forslag i bekymringsveilederen (${outcomes})`,
  losesLinks: (n) => (n === 1 ? 'lenken til den fra 1 annen rutine' : `lenkene til den fra ${n} andre rutiner`),
  losesSearch: 'rutinen i søk, oversikten og «For meg»',
  unpublishConfirm: 'Gjør om til utkast',
  unpublishCancel: 'Avbryt',
  secondTitle: 'Er du helt sikker?',
  secondUrgent: 'Dette er en hastende rutine for vold og overgrep. Uten den finner ansatte ikke veien når det haster.',
  secondLevel: 'Dette er en nivårutine i BTI. Uten den ender bekymringsveilederen uten rutine på dette nivået.',
  secondConfirm: 'Ja, gjør om til utkast',
  undo: 'Angre',
  undone: 'Rutinen er publisert igjen.'
};

const nn: ReadinessStrings = {
  title: 'Klar til bruk?',
  intro: 'Sjekkar at tilsette som er bekymra, når fram: kvart nummer som framleis er plasshaldaren «00 00 00 00», og kvar kontakt eller teneste som manglar. Rett dei i SharePoint-listene.',
  allReady: 'Alle nummer og kontaktar er lagde inn.',
  blockersTitle: (n) => (n === 1 ? '1 naudnummer må leggjast inn' : `${n} naudnummer og kontaktar må leggjast inn`),
  warningsTitle: (n) => (n === 1 ? '1 anna nummer eller kontakt manglar' : `${n} andre nummer og kontaktar manglar`),
  blockersIntro: 'Hasterutinar kan ikkje publiserast før desse er retta.',
  lists: { contacts: 'Kontaktar', services: 'Tenester' },
  kinds: {
    placeholderNumber: 'Nummeret er plasshaldaren 00 00 00 00',
    noWayToReach: 'Verken telefon eller e-post',
    missingEmergencyContact: 'Ingen kontakt i lista',
    serviceUnreachable: 'Ingen eigen kontakt, telefon eller e-post'
  },
  columns: { what: 'Kva', list: 'Liste', problem: 'Problem' },
  publishRefused: (n) =>
    `Hasterutinar ber tilsette ringje no. Rutinen kan ikkje publiserast medan ${n === 1 ? '1 naudnummer' : `${n} naudnummer`} framleis er plasshaldarar.`,
  importRefused: (n) =>
    `Fila publiserer modellen, men ${n === 1 ? '1 naudnummer' : `${n} naudnummer og kontaktar`} i henne er framleis plasshaldarar eller manglar. Legg inn numra i fila (eller gjer rutinane til utkast) og importer på nytt. Ingenting er skrive.`,
  openReadiness: 'Sjå kva som manglar',
  unpublishTitle: (title) => `Gjere «${title}» om til utkast?`,
  unpublishLoses: 'Tilsette mistar då:',
  losesGuide: (outcomes) => `rutinen som forslag i bekymringsrettleiaren (${outcomes})`,
  losesLinks: (n) => (n === 1 ? 'lenkja til han frå 1 annan rutine' : `lenkjene til han frå ${n} andre rutinar`),
  losesSearch: 'rutinen i søk, oversikta og «For meg»',
  unpublishConfirm: 'Gjer om til utkast',
  unpublishCancel: 'Avbryt',
  secondTitle: 'Er du heilt sikker?',
  secondUrgent: 'Dette er ein hasterutine for vald og overgrep. Utan han finn ikkje tilsette vegen når det hastar.',
  secondLevel: 'Dette er ein nivårutine i BTI. Utan han endar bekymringsrettleiaren utan rutine på dette nivået.',
  secondConfirm: 'Ja, gjer om til utkast',
  undo: 'Angre',
  undone: 'Rutinen er publisert igjen.'
};

const en: ReadinessStrings = {
  title: 'Ready for use?',
  intro: 'Checks that worried staff reach someone: every number still set to the placeholder "00 00 00 00", and every missing contact or service. Fix them in the SharePoint lists.',
  allReady: 'Every number and contact is set.',
  blockersTitle: (n) => (n === 1 ? '1 emergency number must be set' : `${n} emergency numbers and contacts must be set`),
  warningsTitle: (n) => (n === 1 ? '1 other number or contact is missing' : `${n} other numbers and contacts are missing`),
  blockersIntro: 'Urgent routines cannot be published until these are fixed.',
  lists: { contacts: 'Contacts', services: 'Services' },
  kinds: {
    placeholderNumber: 'The number is the placeholder 00 00 00 00',
    noWayToReach: 'Neither phone nor e-mail',
    missingEmergencyContact: 'No contact in the list',
    serviceUnreachable: 'No contact, phone or e-mail of its own'
  },
  columns: { what: 'What', list: 'List', problem: 'Problem' },
  publishRefused: (n) => `Urgent routines tell staff to call now. This routine cannot be published while ${n === 1 ? '1 emergency number is' : `${n} emergency numbers are`} still placeholders.`,
  importRefused: (n) =>
    `The file publishes the model, but ${n === 1 ? '1 emergency number' : `${n} emergency numbers and contacts`} in it are still placeholders or missing. Enter the numbers in the file (or make the routines drafts) and import again. Nothing has been written.`,
  openReadiness: 'See what is missing',
  unpublishTitle: (title) => `Make "${title}" a draft?`,
  unpublishLoses: 'Staff will then lose:',
  losesGuide: (outcomes) => `the routine as a suggestion in the worry guide (${outcomes})`,
  losesLinks: (n) => (n === 1 ? 'the link to it from 1 other routine' : `the links to it from ${n} other routines`),
  losesSearch: 'the routine in search, the overview and "For me"',
  unpublishConfirm: 'Make it a draft',
  unpublishCancel: 'Cancel',
  secondTitle: 'Are you quite sure?',
  secondUrgent: 'This is an urgent routine for violence and abuse. Without it staff cannot find the way when it is urgent.',
  secondLevel: 'This is a BTI level routine. Without it the worry guide ends with no routine on this level.',
  secondConfirm: 'Yes, make it a draft',
  undo: 'Undo',
  undone: 'The routine is published again.'
};

export const READINESS_STRINGS: Record<Locale, ReadinessStrings> = { nb, nn, en };

export function useReadinessStrings(): ReadinessStrings {
  return READINESS_STRINGS[useApp().locale];
}
