import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { extractSnippet, highlightRanges, leadingHighlightRanges } from './highlightRanges';
import { normalizeNorwegian } from './normalizeNorwegian';
import { planQuery, type PlannedWord } from './planQuery';
import { ScoringMiniSearch, type QueryScores } from './ScoringMiniSearch';
import type { SearchHit, SearchKind, SearchQueryOptions } from './SearchHit';
import {
  SEARCH_FIELDS,
  searchDocumentsOf,
  SNIPPET_FIELDS,
  type SearchableModel,
  type SearchDocument,
  type SearchField
} from './searchDocuments';
import { buildSynonymLookup, synonymsOfModel, type SearchSynonym, type SynonymLookup } from './synonyms';
import { tokenizeForSearch } from './tokenizeForSearch';

/** Where a word is found matters: a routine named after it is a better answer than one mentioning it in step 7. */
const FIELD_BOOSTS: Record<SearchField, number> = { title: 4, summary: 2, body: 1, reference: 0.5 };

/** Urgent routines (act at once, do not contact the parents) come first among otherwise equal results. */
const URGENT_BOOST = 1.2;

const DEFAULT_LIMIT = 20;

/** Queries are built from keys that are normalized already (see planQuery); MiniSearch must take them as they are. */
const KEYS_AS_GIVEN = { tokenize: (key: string): string[] => [key], processTerm: (key: string): string => key };

/**
 * The serialized index's format: raise it whenever tokenizing or normalizing changes, so an index cached by an
 * older version is built again rather than searched with different keys.
 */
const SERIALIZED_FORMAT = 'tb-search-1';

/** How documents are indexed; the same options must load a serialized index. */
function miniSearchOptions(): Options<SearchDocument> {
  return {
    fields: [...SEARCH_FIELDS],
    tokenize: (text) => tokenizeForSearch(text).map((token) => token.text),
    processTerm: (term) => normalizeNorwegian(term)
  };
}

interface Ranked {
  /** MiniSearch's short id of the document (-1 when ranked from MiniSearch's results). */
  shortId: number;
  doc: SearchDocument;
  /** MiniSearch's score with the urgent boost applied. */
  score: number;
  /** How many of the query's words the result matched. */
  wordsMatched: number;
  /**
   * 1 for an urgent routine named after what was asked ("vold", or "redd" meaning vold): it is the one that says
   * do not contact the parents and act now, so it comes first among results matching as many words.
   */
  urgentInTitle: number;
}

/** Results matching more of the query's words first, then an urgent routine named after them, then by score. */
function byRank(a: Ranked, b: Ranked): number {
  return b.wordsMatched - a.wordsMatched || b.urgentInTitle - a.urgentInTitle || b.score - a.score;
}

/**
 * Keeps `top` the best `limit` candidates seen, best first; a candidate ranking equal to one kept goes after it
 * (as a stable sort of all results would put it), so the whole result list is never sorted.
 */
function insertRanked(top: Ranked[], candidate: Ranked, limit: number): void {
  // top is sorted and within bounds: every index read below is of an element that exists.
  if (top.length === limit && byRank(top[top.length - 1]!, candidate) <= 0) return;
  let low = 0;
  let high = top.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (byRank(top[mid]!, candidate) <= 0) low = mid + 1;
    else high = mid;
  }
  top.splice(low, 0, candidate);
  if (top.length > limit) top.pop();
}

/**
 * Full-text search over one municipality's model: routines, services, tools, arenas and contacts, in Bokmål,
 * Nynorsk or English. Build it once per model (building 2,500 routines takes well under a second) and search as
 * the person types.
 */
export class ModelSearchIndex {
  private readonly index: ScoringMiniSearch;
  private readonly documents = new Map<string, SearchDocument>();
  private readonly synonyms: SynonymLookup;
  /** Documents by MiniSearch short id, so scoring needs no lookup by id; filled on the first query. */
  private byShortId?: (SearchDocument | undefined)[];

  /** `synonyms`: the municipality's table of everyday words and abbreviations; the starter table when not given. */
  constructor(model: SearchableModel, options: { synonyms?: readonly SearchSynonym[] } = {}, built?: ScoringMiniSearch) {
    // The model's own lines (settings rows `searchSynonym`) join the starter table; applied when a query is planned,
    // so an index built or cached without them still answers with them.
    this.synonyms = buildSynonymLookup(options.synonyms ?? synonymsOfModel((model as { settings?: { searchSynonyms?: readonly string[] } }).settings));
    // A duplicate key (an invalid model) keeps its last entity rather than making MiniSearch throw.
    for (const doc of searchDocumentsOf(model)) this.documents.set(doc.id, doc);
    this.index = built ?? new ScoringMiniSearch(miniSearchOptions());
    if (!built) this.index.addAll(Array.from(this.documents.values()));
  }

  /**
   * Builds the index in slices, yielding to the page between them (MiniSearch `addAllAsync`), so a large model
   * is indexed without holding up what the user sees.
   */
  static async build(model: SearchableModel, options: { synonyms?: readonly SearchSynonym[]; chunkSize?: number } = {}): Promise<ModelSearchIndex> {
    const index = new ScoringMiniSearch(miniSearchOptions());
    const documents = new Map<string, SearchDocument>();
    for (const doc of searchDocumentsOf(model)) documents.set(doc.id, doc);
    await index.addAllAsync(Array.from(documents.values()), { chunkSize: options.chunkSize ?? 200 });
    return new ModelSearchIndex(model, options, index);
  }

  /**
   * The index of the same model from `toJSON()` (MiniSearch `loadJSON`): no text is tokenized or normalized
   * again, so a warm open never rebuilds it. The model must be the one it was built from.
   */
  static fromJSON(model: SearchableModel, json: string, options: { synonyms?: readonly SearchSynonym[] } = {}): ModelSearchIndex {
    const newline = json.indexOf('\n');
    if (json.slice(0, newline) !== SERIALIZED_FORMAT) throw new Error('A search index of another format: build it again.');
    const loaded = MiniSearch.loadJSON<SearchDocument>(json.slice(newline + 1), miniSearchOptions());
    return new ModelSearchIndex(model, options, ScoringMiniSearch.adopt(loaded, miniSearchOptions()));
  }

  /** The built index as JSON (MiniSearch's own format), to keep beside the cached model. */
  toJSON(): string {
    return `${SERIALIZED_FORMAT}\n${JSON.stringify(this.index)}`;
  }

  /** Number of entities indexed. */
  get size(): number {
    return this.documents.size;
  }

  /**
   * Results for `query`, best first. Results matching more of the query's words rank above results matching fewer
   * (so "vold skole" puts routines about both first), then by relevance. Empty for an empty query.
   */
  search(query: string, options: SearchQueryOptions = {}): SearchHit[] {
    const words = planQuery(query, this.synonyms);
    if (words.length === 0) return [];
    const kinds = options.kinds ? new Set<SearchKind>(options.kinds) : undefined;
    const limit = Math.max(0, options.limit ?? DEFAULT_LIMIT);
    if (limit === 0) return [];
    const scores = this.index.scoreQuery(words, FIELD_BOOSTS);
    return scores ? this.rankScored(words, scores, kinds, limit) : this.rankResults(words, kinds, limit);
  }

  /**
   * The best `limit` of the scored documents, in the order rankResults would give: only these get terms,
   * highlights and a snippet.
   */
  private rankScored(words: readonly PlannedWord[], scores: QueryScores, kinds: ReadonlySet<SearchKind> | undefined, limit: number): SearchHit[] {
    const docs = this.documentsByShortId();
    const wordMasks = words.map((w) => {
      let mask = 0;
      for (const key of w.keys) mask |= 1 << (scores.keyBits.get(key) as number);
      return mask;
    });
    const top: Ranked[] = [];
    for (const shortId of scores.matched) {
      const doc = docs[shortId];
      if (!doc || (kinds && !kinds.has(doc.kind))) continue;
      let wordsMatched = 0;
      let allInTitle = true;
      for (const mask of wordMasks) {
        // The score arrays are sized to every document id, and shortId is one of them.
        if (scores.keys[shortId]! & mask) wordsMatched++;
        if (!(scores.titleKeys[shortId]! & mask)) allInTitle = false;
      }
      const candidate: Ranked = {
        shortId,
        doc,
        score: scores.score[shortId]! * (doc.urgent ? URGENT_BOOST : 1),
        wordsMatched,
        urgentInTitle: doc.urgent && allInTitle ? 1 : 0
      };
      insertRanked(top, candidate, limit);
    }
    return top.map((r) => {
      const matches = scores.matchesOf(r.shortId);
      const fields = new Set<string>();
      for (const found of matches.values()) for (const field of found) fields.add(field);
      return this.toHit(r.doc, r.score, Array.from(matches.keys()), fields);
    });
  }

  /** Ranking through MiniSearch's own search: for a query too long to score in masks (and the reference for the other). */
  private rankResults(words: readonly PlannedWord[], kinds: ReadonlySet<SearchKind> | undefined, limit: number): SearchHit[] {
    const results = this.index.search(
      { combineWith: 'OR', queries: words.map((w) => w.query) },
      { ...KEYS_AS_GIVEN, boost: FIELD_BOOSTS }
    );
    const ranked: (Ranked & { result: SearchResult })[] = [];
    for (const result of results) {
      const doc = this.documentOf(result);
      if (kinds && !kinds.has(doc.kind)) continue;
      // The same as MiniSearch's boostDocument (a factor on every term's score), without a callback per term and field.
      const score = doc.urgent ? result.score * URGENT_BOOST : result.score;
      const urgentInTitle = doc.urgent && everyWordInTitle(words, result) ? 1 : 0;
      ranked.push({ shortId: -1, result, doc, score, wordsMatched: countWordsMatched(words, result), urgentInTitle });
    }
    return ranked
      .sort(byRank)
      .slice(0, limit)
      .map((r) => this.toHit(r.doc, r.score, r.result.terms, matchedFieldsOf(r.result)));
  }

  private documentsByShortId(): (SearchDocument | undefined)[] {
    if (!this.byShortId) {
      const byShortId: (SearchDocument | undefined)[] = [];
      for (let shortId = 0; shortId < this.index.nextShortId; shortId++) {
        const id = this.index.documentIdOf(shortId);
        byShortId.push(id === undefined ? undefined : this.documents.get(id));
      }
      this.byShortId = byShortId;
    }
    return this.byShortId;
  }

  private documentOf(result: SearchResult): SearchDocument {
    const doc = this.documents.get(result.id as string);
    if (!doc) throw new Error(`Search returned an unknown document: ${String(result.id)}`);
    return doc;
  }

  private toHit(doc: SearchDocument, score: number, matchedTerms: string[], matchedFields: ReadonlySet<string>): SearchHit {
    const field = snippetFieldOf(doc, matchedFields);
    const snippet = extractSnippet(doc[field], leadingHighlightRanges(doc[field], matchedTerms));
    return {
      kind: doc.kind,
      key: doc.key,
      title: doc.title,
      score,
      snippet: snippet.text,
      titleHighlights: highlightRanges(doc.title, matchedTerms),
      snippetHighlights: snippet.highlights,
      matchedTerms
    };
  }
}

/** Whether each word of the query (or what it means) is found in the title itself. */
function everyWordInTitle(words: readonly PlannedWord[], result: SearchResult): boolean {
  const inTitle = Object.entries(result.match)
    .filter(([, fields]) => fields.includes('title'))
    .map(([term]) => term);
  return words.every((w) => inTitle.some((term) => w.keys.has(term)));
}

function countWordsMatched(words: readonly PlannedWord[], result: SearchResult): number {
  return words.filter((w) => result.queryTerms.some((term) => w.keys.has(term))).length;
}

function matchedFieldsOf(result: SearchResult): Set<string> {
  const matchedFields = new Set<string>();
  for (const term of Object.keys(result.match)) for (const field of result.match[term]!) matchedFields.add(field); // term is a key of match
  return matchedFields;
}

/** The first non-title field the query matched, to show why the result came up; else the summary. */
function snippetFieldOf(doc: SearchDocument, matchedFields: ReadonlySet<string>): SearchField {
  return SNIPPET_FIELDS.find((field) => matchedFields.has(field) && doc[field] !== '') ?? (doc.summary ? 'summary' : 'body');
}
