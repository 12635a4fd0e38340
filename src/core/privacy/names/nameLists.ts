import { GIVEN_NAMES, SURNAMES } from './nameData.generated';

/**
 * Given names that are also everyday Norwegian words ("per", "liv", "even", "sol", "tom", nynorsk "anna", "inga",
 * "sina"). They are not in this list because they are names — the name list has them — but because the word
 * alone says nothing: such a name counts only with context (a class, an age, "gjelder", a surname) or, for
 * most of them, when written with a capital inside a sentence.
 */
const HOMOGRAPHS: readonly string[] = [
  'per', 'liv', 'even', 'august', 'finn', 'andre', 'til', 'till', 'veit', 'mai', 'sol', 'vår', 'storm', 'tone', 'dag',
  'tor', 'bo', 'ask', 'eli', 'else', 'frank', 'mark', 'rose', 'rosa', 'hans', 'stig', 'siv', 'line', 'gry', 'kai', 'lia',
  'sky', 'ben', 'sam', 'jan', 'lyn', 'tine', 'lykke', 'klara', 'fine', 'sanne', 'tom', 'tore', 'lene', 'vin', 'lilla',
  'sina', 'dina', 'mina', 'anna', 'inga', 'karl', 'viola', 'flora', 'may', 'can', 'joy', 'said', 'will', 'max', 'tim',
  'ea', 'eda', 'ela', 'ege', 'lis', 'len', 'lee', 'gun', 'mille', 'signe', 'mette', 'hold', 'alle', 'are',
  'fast', 'sture', 'bent', 'pepe', 'pit', 'rick', 'luk', 'kaj', 'lone'
];

/** Homographs that are everyday words even with a capital mid-sentence (months, "Til", "Andre"): context only. */
const CONTEXT_ONLY: readonly string[] = [
  'august', 'mai', 'til', 'till', 'andre', 'finn', 'vår', 'sol', 'dag', 'tom', 'fine', 'storm', 'may', 'will', 'can',
  'said', 'alle', 'are', 'fast', 'hold', 'mark', 'line', 'inga', 'anna', 'sina', 'dina', 'mina', 'lilla', 'rosa', 'vin',
  'bo', 'ask', 'sky', 'ben', 'sam', 'jan', 'lyn', 'veit', 'ea', 'len', 'lis', 'gun', 'tim', 'max', 'lia'
];

export interface NameLists {
  /** Given names that are names wherever they stand. */
  given: ReadonlySet<string>;
  /** Given names that are also everyday words. */
  homographs: ReadonlySet<string>;
  /** Homographs that need context even when capitalized mid-sentence. */
  contextOnly: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
}

let lists: NameLists | undefined;

/** The name lists, built on first use (the module itself is loaded lazily by the forms). */
export function nameLists(): NameLists {
  if (lists) return lists;
  const homographs = new Set(HOMOGRAPHS);
  const given = new Set(GIVEN_NAMES.split(' ').filter((n) => !homographs.has(n)));
  lists = { given, homographs, contextOnly: new Set(CONTEXT_ONLY), surnames: new Set(SURNAMES.split(' ')) };
  return lists;
}
