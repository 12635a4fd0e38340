import type { SettingLineProblem } from '../../../core/editing/settingLines';
import type { Locale } from '../../../core/i18n/Locale';
import { useApp } from '../../app/AppContext';

/** The words of the admin view for search words (synonyms) and the guide's signs, in nb, nn and en. */
export interface WordsStrings {
  nav: string;
  title: string;
  intro: string;
  loading: string;
  loadFailed: string;
  retry: string;
  synonyms: {
    title: string;
    intro: string;
    caption: string;
    words: string;
    wordsHint: string;
    alsoSearch: string;
    alsoSearchHint: string;
    eachOther: string;
    add: string;
    addTitle: string;
    editTitle: string;
    none: string;
  };
  signs: {
    title: string;
    intro: string;
    caption: string;
    question: string;
    text: string;
    textHint: string;
    add: string;
    addTitle: string;
    editTitle: string;
    none: string;
  };
  actions: string;
  editButton: string;
  removeButton: string;
  edit: (what: string) => string;
  remove: (what: string) => string;
  save: string;
  saving: string;
  cancel: string;
  problems: Record<SettingLineProblem, string>;
  added: string;
  saved: string;
  removed: string;
  /** Someone else changed the entry since it was loaded; their text is shown. */
  conflictChanged: (theirs: string) => string;
  conflictRemoved: string;
  keepMine: string;
  takeTheirs: string;
}

const nb: WordsStrings = {
  nav: 'Søkeord og tegn',
  title: 'Søkeord og tegn på bekymring',
  intro: 'Ordene ansatte skriver når de søker, og tegnene veiviseren viser ved hvert spørsmål. Endringer gjelder for alle så snart de er lagret.',
  loading: 'Henter innstillingene …',
  loadFailed: 'Innstillingene kunne ikke hentes.',
  retry: 'Prøv igjen',
  synonyms: {
    title: 'Søkeord (synonymer og forkortelser)',
    intro: 'Når noen søker på et av ordene til venstre, finner søket også det som står til høyre. Uten noe til høyre betyr ordene det samme som hverandre.',
    caption: 'Kommunens egne søkeord',
    words: 'Ord folk skriver',
    wordsHint: 'Ett ord hver, skilt med komma: redd, blåmerker',
    alsoSearch: 'Søk også etter',
    alsoSearchHint: 'Ord eller uttrykk i rutinene, skilt med komma: vold, overgrep',
    eachOther: '(betyr det samme som hverandre)',
    add: 'Legg til søkeord',
    addTitle: 'Nye søkeord',
    editTitle: 'Endre søkeord',
    none: 'Kommunen har ingen egne søkeord ennå. Søket bruker startlisten.'
  },
  signs: {
    title: 'Tegn på bekymring i veiviseren',
    intro: 'Tegnene vises som hjelp ved spørsmålet de hører til.',
    caption: 'Tegn i veiviseren',
    question: 'Spørsmål',
    text: 'Tegn',
    textHint: 'En kort setning, uten noe om et bestemt barn: Barnet er redd for å gå hjem',
    add: 'Legg til tegn',
    addTitle: 'Nytt tegn',
    editTitle: 'Endre tegn',
    none: 'Ingen tegn ennå.'
  },
  actions: 'Handlinger',
  editButton: 'Endre',
  removeButton: 'Fjern',
  edit: (what) => `Endre «${what}»`,
  remove: (what) => `Fjern «${what}»`,
  save: 'Lagre',
  saving: 'Lagrer …',
  cancel: 'Avbryt',
  problems: {
    noWords: 'Skriv minst ett ord folk søker med.',
    wordWithSpace: 'Hvert ord til venstre må være ett ord uten mellomrom – søket slår opp ord for ord.',
    reservedCharacters: 'Tegnene = og > kan ikke brukes i ordene.',
    noText: 'Skriv tegnet.',
    tooLong: 'Teksten er for lang: høyst 255 tegn i alt.',
    lineBreak: 'Skriv alt på én linje.'
  },
  added: 'Lagt til. Søket og veiviseren bruker det nå.',
  saved: 'Lagret. Søket og veiviseren bruker endringen nå.',
  removed: 'Fjernet.',
  conflictChanged: (theirs) => `Noen andre endret dette mens du skrev. Det som er lagret nå: «${theirs}». Velg hvilken som skal gjelde.`,
  conflictRemoved: 'Noen andre har fjernet dette i mellomtiden.',
  keepMine: 'Behold min',
  takeTheirs: 'Bruk den lagrede'
};

const nn: WordsStrings = {
  nav: 'Søkjeord og teikn',
  title: 'Søkjeord og teikn på uro',
  intro: 'Orda tilsette skriv når dei søkjer, og teikna rettleiaren viser ved kvart spørsmål. Endringar gjeld for alle så snart dei er lagra.',
  loading: 'Hentar innstillingane …',
  loadFailed: 'Innstillingane kunne ikkje hentast.',
  retry: 'Prøv igjen',
  synonyms: {
    title: 'Søkjeord (synonym og forkortingar)',
    intro: 'Når nokon søkjer på eitt av orda til venstre, finn søket òg det som står til høgre. Utan noko til høgre tyder orda det same som kvarandre.',
    caption: 'Søkjeorda til kommunen',
    words: 'Ord folk skriv',
    wordsHint: 'Eitt ord kvar, skilde med komma: redd, blåmerke',
    alsoSearch: 'Søk òg etter',
    alsoSearchHint: 'Ord eller uttrykk i rutinane, skilde med komma: vald, overgrep',
    eachOther: '(tyder det same som kvarandre)',
    add: 'Legg til søkjeord',
    addTitle: 'Nye søkjeord',
    editTitle: 'Endre søkjeord',
    none: 'Kommunen har ingen eigne søkjeord enno. Søket bruker startlista.'
  },
  signs: {
    title: 'Teikn på uro i rettleiaren',
    intro: 'Teikna blir viste som hjelp ved spørsmålet dei høyrer til.',
    caption: 'Teikn i rettleiaren',
    question: 'Spørsmål',
    text: 'Teikn',
    textHint: 'Ei kort setning, utan noko om eit bestemt barn: Barnet er redd for å gå heim',
    add: 'Legg til teikn',
    addTitle: 'Nytt teikn',
    editTitle: 'Endre teikn',
    none: 'Ingen teikn enno.'
  },
  actions: 'Handlingar',
  editButton: 'Endre',
  removeButton: 'Fjern',
  edit: (what) => `Endre «${what}»`,
  remove: (what) => `Fjern «${what}»`,
  save: 'Lagre',
  saving: 'Lagrar …',
  cancel: 'Avbryt',
  problems: {
    noWords: 'Skriv minst eitt ord folk søkjer med.',
    wordWithSpace: 'Kvart ord til venstre må vere eitt ord utan mellomrom – søket slår opp ord for ord.',
    reservedCharacters: 'Teikna = og > kan ikkje brukast i orda.',
    noText: 'Skriv teiknet.',
    tooLong: 'Teksten er for lang: høgst 255 teikn i alt.',
    lineBreak: 'Skriv alt på éi linje.'
  },
  added: 'Lagt til. Søket og rettleiaren bruker det no.',
  saved: 'Lagra. Søket og rettleiaren bruker endringa no.',
  removed: 'Fjerna.',
  conflictChanged: (theirs) => `Nokon andre endra dette medan du skreiv. Det som er lagra no: «${theirs}». Vel kva som skal gjelde.`,
  conflictRemoved: 'Nokon andre har fjerna dette i mellomtida.',
  keepMine: 'Behald mi',
  takeTheirs: 'Bruk den lagra'
};

const en: WordsStrings = {
  nav: 'Search words and signs',
  title: 'Search words and signs of worry',
  intro: 'The words staff type when they search, and the signs the guide shows beside each question. Changes apply to everyone as soon as they are saved.',
  loading: 'Loading the settings …',
  loadFailed: 'The settings could not be loaded.',
  retry: 'Try again',
  synonyms: {
    title: 'Search words (synonyms and abbreviations)',
    intro: 'When someone searches for one of the words on the left, the search also finds what is on the right. With nothing on the right, the words all mean the same.',
    caption: "The municipality's own search words",
    words: 'Words people type',
    wordsHint: 'One word each, separated by commas: redd, blåmerker',
    alsoSearch: 'Also search for',
    alsoSearchHint: 'Words or phrases in the routines, separated by commas: vold, overgrep',
    eachOther: '(mean the same as each other)',
    add: 'Add search words',
    addTitle: 'New search words',
    editTitle: 'Change search words',
    none: 'The municipality has no search words of its own yet. Search uses the starter list.'
  },
  signs: {
    title: "Signs of worry in the guide",
    intro: 'The signs are shown as help beside the question they belong to.',
    caption: 'Signs in the guide',
    question: 'Question',
    text: 'Sign',
    textHint: 'A short sentence, with nothing about a particular child: The child is afraid to go home',
    add: 'Add a sign',
    addTitle: 'New sign',
    editTitle: 'Change sign',
    none: 'No signs yet.'
  },
  actions: 'Actions',
  editButton: 'Change',
  removeButton: 'Remove',
  edit: (what) => `Change “${what}”`,
  remove: (what) => `Remove “${what}”`,
  save: 'Save',
  saving: 'Saving …',
  cancel: 'Cancel',
  problems: {
    noWords: 'Write at least one word people search with.',
    wordWithSpace: 'Each word on the left must be a single word without spaces – search looks words up one by one.',
    reservedCharacters: 'The characters = and > cannot be used in the words.',
    noText: 'Write the sign.',
    tooLong: 'The text is too long: at most 255 characters in all.',
    lineBreak: 'Write it all on one line.'
  },
  added: 'Added. Search and the guide use it now.',
  saved: 'Saved. Search and the guide use the change now.',
  removed: 'Removed.',
  conflictChanged: (theirs) => `Someone else changed this while you were writing. Stored now: “${theirs}”. Choose which one applies.`,
  conflictRemoved: 'Someone else has removed this meanwhile.',
  keepMine: 'Keep mine',
  takeTheirs: 'Use the stored one'
};

export const WORDS_STRINGS: Record<Locale, WordsStrings> = { nb, nn, en };

export function useWordsStrings(): WordsStrings {
  return WORDS_STRINGS[useApp().locale];
}
