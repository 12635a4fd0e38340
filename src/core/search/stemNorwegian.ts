import { foldNorwegian } from './foldNorwegian';

/**
 * Endings removed by the light stemmer, longest first so "barnehagene" loses "ene" rather than just "e".
 * They are the inflections of nouns in Bokmål and Nynorsk: definite singular (-en, -et, -a), indefinite plural
 * (-er, -ar), definite plural (-ene, -ane), and the agent nouns (lærer/lærar: -eren, -aren, -ere, -erne, -arar,
 * -arane). A final -e goes too, so "rutine" and "rutiner" share the stem "rutin".
 */
const ENDINGS: readonly string[] = ['arane', 'arar', 'aren', 'eren', 'erne', 'ene', 'ane', 'ere', 'er', 'ar', 'en', 'et', 'a', 'e'];

/** Shorter stems than this are too ambiguous to be worth the recall ("hva" must not become "hv"). */
const MIN_STEM_LENGTH = 3;

/**
 * A light stemmer for Norwegian nouns, in the spirit of Lucene's NorwegianLightStemmer but simpler: it removes one
 * inflectional ending so barnehage/barnehagen/barnehager/barnehagene, tjeneste/tjenesten/tjenester and
 * rutine/rutinen/rutinar/rutiner meet. It expects a word already passed through `foldNorwegian`. It is
 * deliberately not a full morphological analyser: over-stemming would merge unrelated words, and a stem only has
 * to be the same on both sides of the search, not linguistically correct.
 */
export function stemNorwegian(folded: string): string {
  if (/\d/.test(folded)) return folded;
  let word = folded;
  // Genitive and English plural -s ("barnets", "barnas", "routines"), but not the ss of "prosess".
  if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss')) word = word.slice(0, -1);
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM_LENGTH) {
      return word.slice(0, -ending.length);
    }
  }
  return word;
}

/** The search stem of a word as written: folded, then stemmed. */
export function stemOfWord(word: string): string {
  return stemNorwegian(foldNorwegian(word));
}
