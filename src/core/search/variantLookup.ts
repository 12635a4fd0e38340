import { foldNorwegian } from './foldNorwegian';
import { NORWEGIAN_VARIANT_GROUPS, type VariantGroup } from './norwegianVariants';
import { stemOfWord } from './stemNorwegian';
import { wordSpans } from './wordSpans';

/** A term of the variant table that may be the first or last part of a compound word. */
export interface CompoundPart {
  /** The term folded but not stemmed: compounds are built on the base form ("skule" + "helsetenesta"). */
  base: string;
  /** The term's stem: compounds end on an inflected form ("skulehelsetenesta" ends on the stem of "teneste"). */
  stem: string;
  /** The canonical keys of the groups the term belongs to. */
  keys: readonly string[];
}

/** The variant table compiled for lookup: built once, when the module loads. */
export interface VariantLookup {
  /** Stem of a single word → canonical keys of the groups it belongs to. */
  wordKeys: ReadonlyMap<string, readonly string[]>;
  /** Stems of a phrase's words joined by spaces → canonical keys of the groups the phrase belongs to. */
  phraseKeys: ReadonlyMap<string, readonly string[]>;
  /** Stems that begin some phrase, so the tokenizer only looks for phrases where one can start. */
  phraseStarts: ReadonlySet<string>;
  /** Words in the longest phrase. */
  maxPhraseWords: number;
  compoundParts: readonly CompoundPart[];
}

/**
 * Shorter terms would be found inside too many unrelated words ("rus" in "russ"), so they are not used as
 * compound parts. They still match as whole words.
 */
const MIN_COMPOUND_PART_LENGTH = 4;

/** The stems of a phrase's words joined by a space: how phrases are recognised whatever their inflection. */
export function phraseSignature(phrase: string): string {
  return wordSpans(phrase)
    .map((w) => stemOfWord(w.text))
    .join(' ');
}

/** A group is known by its first term; every term of the group is indexed under that key too. */
function canonicalKeyOf(group: VariantGroup): string {
  return phraseSignature(group.nb[0]!); // every group has a Bokmål term (the table's tests)
}

/** English terms are whole words only; Norwegian ones may also be parts of compounds, unless the group says not. */
function termsOf(group: VariantGroup): Array<{ term: string; mayBeCompoundPart: boolean }> {
  const compounds = group.compounds !== false;
  return [
    ...group.nb.map((term) => ({ term, mayBeCompoundPart: compounds })),
    ...(group.nn ?? []).map((term) => ({ term, mayBeCompoundPart: compounds })),
    ...(group.en ?? []).map((term) => ({ term, mayBeCompoundPart: false }))
  ];
}

function addKey(map: Map<string, string[]>, from: string, key: string): void {
  const keys = map.get(from);
  if (!keys) map.set(from, [key]);
  else if (keys.indexOf(key) < 0) keys.push(key);
}

export function compileVariantGroups(groups: readonly VariantGroup[]): VariantLookup {
  const wordKeys = new Map<string, string[]>();
  const phraseKeys = new Map<string, string[]>();
  const phraseStarts = new Set<string>();
  const partKeys = new Map<string, string[]>();
  const partStems = new Map<string, string>();
  let maxPhraseWords = 1;

  for (const group of groups) {
    const key = canonicalKeyOf(group);
    for (const { term, mayBeCompoundPart } of termsOf(group)) {
      const words = wordSpans(term).map((w) => stemOfWord(w.text));
      if (words.length === 0) continue;
      const first = words[0]!; // not empty (above)
      if (words.length === 1) {
        addKey(wordKeys, first, key);
        if (mayBeCompoundPart && first.length >= MIN_COMPOUND_PART_LENGTH) {
          const base = foldNorwegian(term);
          addKey(partKeys, base, key);
          partStems.set(base, first);
        }
      } else {
        addKey(phraseKeys, words.join(' '), key);
        phraseStarts.add(first);
        maxPhraseWords = Math.max(maxPhraseWords, words.length);
      }
    }
  }

  const compoundParts: CompoundPart[] = [];
  partKeys.forEach((keys, base) => compoundParts.push({ base, stem: partStems.get(base) ?? base, keys }));
  return { wordKeys, phraseKeys, phraseStarts, maxPhraseWords, compoundParts };
}

export const VARIANT_LOOKUP: VariantLookup = compileVariantGroups(NORWEGIAN_VARIANT_GROUPS);
