import { analyseNorwegianWord } from './normalizeNorwegian';
import { wordSpans } from './wordSpans';

function meaningKeys(word: string): string[] {
  const a = analyseNorwegianWord(word);
  return a.isStopWord || a.keys.length === 0 ? [] : [a.stem, ...a.variants];
}

/**
 * Words worried people type, and what the model calls the same thing. Typing any of `words` also searches for
 * `alsoSearch`: «redd», «blåmerker», «slår» find the violence routines, «sulten» finds neglect, «PPT» finds the
 * pedagogisk-psykologisk tjeneste. One line per entry, in the admin's own words: `redd, blåmerker => vold, overgrep`.
 */
export interface SearchSynonym {
  words: string[];
  alsoSearch: string[];
}

/** The starter table, in Bokmål and Nynorsk. A municipality's own lines (settings rows `searchSynonym`) are added to it. */
export const DEFAULT_SYNONYM_LINES: readonly string[] = [
  'PPT, PP-tjenesten, PP-tenesta, PP-tjeneste => pedagogisk-psykologisk tjeneste, pedagogisk-psykologisk teneste, PPT',
  'pedagogisk-psykologisk => PPT, PP-tjenesten, PP-tenesta',
  'BUP, barnepsykiatri, ungdomspsykiatri => BUP, barnepsykiatri, ungdomspsykiatri, spesialisthelsetjenesten, spesialisthelsetenesta',
  'NAV, sosialkontor, sosialtjenesten, sosialtenesta => NAV, sosialtjenesteloven, økonomisk sosialhjelp',
  'helsesøster, helsesyster, helsesykepleier, helsesjukepleiar => helsesykepleier, helsesjukepleiar, helsestasjon, skolehelsetjenesten',
  'redd, livredd, skremt, utrygg, engstelig, slår, slo, slag, blåmerker, blåmerke, blåmerka, skader, merker, truer, trusler, sparker => vold, mishandling, overgrep',
  'sulten, svolten, skitten, skiten, lus, uflidd, matpakke, sliten, hentes, henta => omsorgssvikt, tegn og signaler, teikn og signal',
  'full, fulle, beruset, drikker, drikk, alkohol, fyll, narkotika, hasj => rus, rusmidler, rusmiddel',
  'deprimert, lei seg, trist, selvskading, sjølvskading => psykisk helse, psykisk uhelse',
  'skulker, skulkar, borte fra skolen => skolefravær, skulefråvær, fravær'
];

/** Reads lines of `word, word => meaning, meaning`; a line without "=>" makes all its words mean each other. */
export function parseSynonymLines(lines: readonly string[]): SearchSynonym[] {
  const split = (text: string): string[] =>
    text
      .split(',')
      .map((w) => w.trim())
      .filter((w) => w !== '');
  return lines
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [left = '', right] = line.split('=>'); // split always gives a first part
      const words = split(left);
      return { words, alsoSearch: right === undefined ? words : split(right) };
    })
    .filter((s) => s.words.length > 0 && s.alsoSearch.length > 0);
}

/** Index keys of the meanings, by the stem of each word that asks for them. */
export type SynonymLookup = ReadonlyMap<string, readonly string[]>;

export function buildSynonymLookup(synonyms: readonly SearchSynonym[]): SynonymLookup {
  const lookup = new Map<string, Set<string>>();
  for (const { words, alsoSearch } of synonyms) {
    // Each meaning's own words (stem and spelling variants), never their compound parts: "barnepsykiatri"
    // must not search for every text about "barn".
    const keys = alsoSearch.flatMap((meaning) => wordSpans(meaning).flatMap((w) => meaningKeys(w.text)));
    for (const word of words) {
      // Single words only: a query is looked up word by word.
      if (/\s/.test(word)) continue;
      const stem = analyseNorwegianWord(word).stem;
      if (!stem) continue;
      const set = lookup.get(stem) ?? new Set<string>();
      for (const key of keys) if (key !== stem) set.add(key);
      lookup.set(stem, set);
    }
  }
  return new Map([...lookup].map(([stem, keys]) => [stem, [...keys]]));
}

export const DEFAULT_SYNONYMS: readonly SearchSynonym[] = parseSynonymLines(DEFAULT_SYNONYM_LINES);

/**
 * The table the index uses for one model: the starter table and the municipality's own lines (settings rows
 * `searchSynonym 1`, `searchSynonym 2`, … = "redd, blåmerker => vold"), which an admin edits in the settings list.
 */
export function synonymsOfModel(settings: { searchSynonyms?: readonly string[] } | undefined): readonly SearchSynonym[] {
  const own = settings?.searchSynonyms ?? [];
  return own.length === 0 ? DEFAULT_SYNONYMS : [...DEFAULT_SYNONYMS, ...parseSynonymLines(own)];
}
