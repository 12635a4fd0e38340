import MiniSearch, { type Options } from 'minisearch';
import type { PlannedWord } from './planQuery';
import type { SearchDocument, SearchField } from './searchDocuments';

/** The postings of one index term: field id → (document short id → term frequency), as MiniSearch keeps them. */
type FieldTermData = Map<number, Map<number, number>>;

/** One index term a query touched, kept to tell the shown results which terms they matched. */
interface TouchedTerm {
  term: string;
  data: FieldTermData;
}

/** Masks have one bit per distinct key of the query; longer queries are scored by MiniSearch itself. */
export const MAX_SCORED_KEYS = 32;

/**
 * What a query scored, per document short id. Only `matched` documents carry values; the arrays span the index.
 */
export interface QueryScores {
  /** Documents that matched, in the order MiniSearch lists them before sorting (first matched first). */
  readonly matched: readonly number[];
  /** MiniSearch's score: the BM25 sum times the number of distinct query keys matched. */
  readonly score: Float64Array;
  /** Bit i: the query's key i matched (as typed, or a term it expanded to by prefix or typo). */
  readonly keys: Uint32Array;
  /** Bit i: the index term equal to key i is found in the title. */
  readonly titleKeys: Uint32Array;
  /** Bit index of each distinct key of the query. */
  readonly keyBits: ReadonlyMap<string, number>;
  /** The index terms a matched document contains, first matched first, with the fields they are found in. */
  matchesOf(shortId: number): Map<string, SearchField[]>;
}

function popCount(mask: number): number {
  let n = mask - ((mask >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * MiniSearch, scoring a planned query into typed arrays instead of one result object per matching document.
 *
 * MiniSearch's own `search` builds, merges and sorts an object per match: over 10,000 routines a common word
 * matches thousands of them and that, not the lookup, costs tens of milliseconds per keystroke. This scores the
 * same terms the same way (exact, prefix and typo expansion with MiniSearch's weights, BM25 with its parameters,
 * times the number of query terms matched) from the same index, so only the shown results get terms and fields.
 * It reads the index through MiniSearch's protected members, which the library keeps protected for subclasses;
 * a unit test holds the scores equal to MiniSearch's own, so an upgrade that changes them fails there.
 */
export class ScoringMiniSearch extends MiniSearch<SearchDocument> {
  /** Per field id, each document's field length (by short id); built on the first query. */
  private fieldLengths?: Float64Array[];
  /** The index's state the lengths were read at: adding or discarding a document changes it. */
  private lengthsAt = '';
  /** Scores of the last query, reused (and cleared where it matched) by the next: no arrays the size of the index per keystroke. */
  private scratch?: { raw: Float64Array; keys: Uint32Array; titleKeys: Uint32Array; matched: number[] };

  /** The same index, loaded by MiniSearch (`loadJSON` makes a plain MiniSearch), able to score as this class. */
  static adopt(loaded: MiniSearch<SearchDocument>, options: Options<SearchDocument>): ScoringMiniSearch {
    return Object.assign(new ScoringMiniSearch(options), loaded);
  }

  /** One past the highest short id given to a document. */
  get nextShortId(): number {
    return this._nextId;
  }

  /** Short id → document id (MiniSearch's `id`), for the matched documents of `score`. */
  documentIdOf(shortId: number): string | undefined {
    return this._documentIds.get(shortId) as string | undefined;
  }

  /**
   * Scores `words` as MiniSearch scores `{ combineWith: 'OR', queries: words.map((w) => w.query) }` with these field
   * boosts. Undefined when the query has more than MAX_SCORED_KEYS distinct keys. The scores are valid until the
   * next call: read them before searching again.
   */
  scoreQuery(words: readonly PlannedWord[], fieldBoosts: Readonly<Record<SearchField, number>>): QueryScores | undefined {
    const keyBits = new Map<string, number>();
    for (const word of words) for (const t of word.terms) if (!keyBits.has(t.key)) keyBits.set(t.key, keyBits.size);
    if (keyBits.size > MAX_SCORED_KEYS) return undefined;

    const fieldLengths = this.lengthsByField();
    const { raw, keys, titleKeys, matched } = this.clearedScratch();
    const touched: TouchedTerm[] = [];
    const { bm25, weights } = this._options.searchOptions;
    const { k, b, d } = bm25;
    const prefixWeight = weights.prefix;
    const fuzzyWeight = weights.fuzzy;
    const fields = (Object.keys(fieldBoosts) as SearchField[]).map((field) => ({
      id: this._fieldIds[field]!, // every SearchField is an indexed field of this index
      boost: fieldBoosts[field] || 1,
      isTitle: field === 'title'
    }));
    const documentCount = this._documentCount;
    const live = this._documentIds;

    const addTerm = (sourceBit: number, term: string, weight: number, data: FieldTermData | undefined): void => {
      if (!data) return;
      touched.push({ term, data });
      const termBit = keyBits.has(term) ? 1 << (keyBits.get(term) as number) : 0;
      for (const field of fields) {
        const freqs = data.get(field.id);
        if (!freqs) continue;
        const idf = Math.log(1 + (documentCount - freqs.size + 0.5) / (freqs.size + 0.5));
        // Field ids index MiniSearch's per-field arrays, all sized to the fields; docs index the length arrays.
        const avgLength = this._avgFieldLength[field.id]!;
        const lengths = fieldLengths[field.id]!;
        const factor = weight * field.boost * idf;
        const titleBit = field.isTitle ? termBit : 0;
        // forEach rather than for…of: no [key, value] array per posting.
        freqs.forEach((tf, doc) => {
          if (!live.has(doc)) return; // discarded, not yet vacuumed
          if (keys[doc] === 0) matched.push(doc);
          raw[doc]! += factor * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * lengths[doc]!) / avgLength)));
          keys[doc]! |= sourceBit;
          titleKeys[doc]! |= titleBit;
        });
      }
    };

    for (const word of words) {
      for (const planned of word.terms) {
        const sourceBit = 1 << (keyBits.get(planned.key) as number);
        const key = planned.key;
        addTerm(sourceBit, key, planned.weight, this._index.get(key));
        // A whole number of edits is taken as given (MiniSearch caps only fractional fuzziness by maxFuzzy).
        const fuzzyMatches = planned.fuzzy > 0 ? this._index.fuzzyGet(key, planned.fuzzy) : undefined;
        if (planned.prefix) {
          for (const [term, data] of this._index.atPrefix(key)) {
            const distance = term.length - key.length;
            if (distance === 0) continue;
            // A term both a prefix and a typo match counts as a prefix match, as in MiniSearch.
            fuzzyMatches?.delete(term);
            addTerm(sourceBit, term, (planned.weight * prefixWeight * term.length) / (term.length + 0.3 * distance), data);
          }
        }
        if (fuzzyMatches) {
          for (const [term, [data, distance]] of fuzzyMatches) {
            if (distance === 0) continue;
            addTerm(sourceBit, term, (planned.weight * fuzzyWeight * term.length) / (term.length + distance), data);
          }
        }
      }
    }

    const score = raw;
    for (const doc of matched) score[doc] = raw[doc]! * popCount(keys[doc]!); // matched docs are within the arrays
    const fieldNames = Object.keys(fieldBoosts) as SearchField[];
    return {
      matched,
      score,
      keys,
      titleKeys,
      keyBits,
      matchesOf: (doc: number): Map<string, SearchField[]> => {
        const matches = new Map<string, SearchField[]>();
        for (const { term, data } of touched) {
          for (let i = 0; i < fields.length; i++) {
            const field = fields[i]!; // i < fields.length; fieldNames is parallel to fields
            const name = fieldNames[i]!;
            if (!data.get(field.id)?.has(doc)) continue;
            const found = matches.get(term);
            if (found) found.push(name);
            else matches.set(term, [name]);
          }
        }
        return matches;
      }
    };
  }

  private clearedScratch(): { raw: Float64Array; keys: Uint32Array; titleKeys: Uint32Array; matched: number[] } {
    const size = this._nextId;
    if (!this.scratch || this.scratch.raw.length !== size) {
      this.scratch = { raw: new Float64Array(size), keys: new Uint32Array(size), titleKeys: new Uint32Array(size), matched: [] };
      return this.scratch;
    }
    const { raw, keys, titleKeys, matched } = this.scratch;
    for (const doc of matched) {
      raw[doc] = 0;
      keys[doc] = 0;
      titleKeys[doc] = 0;
    }
    matched.length = 0;
    return this.scratch;
  }

  /** Field lengths in arrays (a Map lookup per posting is most of what scoring would otherwise cost). */
  private lengthsByField(): Float64Array[] {
    const state = `${this._nextId}/${this._documentCount}`;
    if (this.fieldLengths && this.lengthsAt === state) return this.fieldLengths;
    const fieldCount = Object.keys(this._fieldIds).length;
    const lengths = Array.from({ length: fieldCount }, () => new Float64Array(this._nextId));
    for (const [doc, perField] of this._fieldLength) perField.forEach((length, fieldId) => (lengths[fieldId]![doc] = length ?? 0)); // fieldId < fieldCount
    this.fieldLengths = lengths;
    this.lengthsAt = state;
    return lengths;
  }
}
