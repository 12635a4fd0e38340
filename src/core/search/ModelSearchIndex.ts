import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { extractSnippet, highlightRanges } from './highlightRanges';
import { normalizeNorwegian } from './normalizeNorwegian';
import { planQuery, type PlannedWord } from './planQuery';
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

interface RankedResult {
  result: SearchResult;
  doc: SearchDocument;
  /** MiniSearch's score with the urgent boost applied. */
  score: number;
  /** How many of the query's words the result matched. */
  wordsMatched: number;
}

/**
 * Full-text search over one municipality's model: routines, services, tools, arenas and contacts, in Bokmål,
 * Nynorsk or English. Build it once per model (building 2,500 routines takes well under a second) and search as
 * the person types.
 */
export class ModelSearchIndex {
  private readonly index: MiniSearch<SearchDocument>;
  private readonly documents = new Map<string, SearchDocument>();
  private readonly synonyms: SynonymLookup;

  /** `synonyms`: the municipality's table of everyday words and abbreviations; the starter table when not given. */
  constructor(model: SearchableModel, options: { synonyms?: readonly SearchSynonym[] } = {}, built?: MiniSearch<SearchDocument>) {
    // The model's own lines (settings rows `searchSynonym`) join the starter table; applied when a query is planned,
    // so an index built or cached without them still answers with them.
    this.synonyms = buildSynonymLookup(options.synonyms ?? synonymsOfModel((model as { settings?: { searchSynonyms?: readonly string[] } }).settings));
    // A duplicate key (an invalid model) keeps its last entity rather than making MiniSearch throw.
    for (const doc of searchDocumentsOf(model)) this.documents.set(doc.id, doc);
    this.index = built ?? new MiniSearch<SearchDocument>(miniSearchOptions());
    if (!built) this.index.addAll(Array.from(this.documents.values()));
  }

  /**
   * Builds the index in slices, yielding to the page between them (MiniSearch `addAllAsync`), so a large model
   * is indexed without holding up what the user sees.
   */
  static async build(model: SearchableModel, options: { synonyms?: readonly SearchSynonym[]; chunkSize?: number } = {}): Promise<ModelSearchIndex> {
    const index = new MiniSearch<SearchDocument>(miniSearchOptions());
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
    return new ModelSearchIndex(model, options, MiniSearch.loadJSON<SearchDocument>(json.slice(newline + 1), miniSearchOptions()));
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
    const results = this.index.search(
      { combineWith: 'OR', queries: words.map((w) => w.query) },
      { ...KEYS_AS_GIVEN, boost: FIELD_BOOSTS }
    );
    const limit = Math.max(0, options.limit ?? DEFAULT_LIMIT);
    const ranked: RankedResult[] = [];
    for (const result of results) {
      const doc = this.documentOf(result);
      if (kinds && !kinds.has(doc.kind)) continue;
      // The same as MiniSearch's boostDocument (a factor on every term's score), without a callback per term and field.
      const score = doc.urgent ? result.score * URGENT_BOOST : result.score;
      ranked.push({ result, doc, score, wordsMatched: countWordsMatched(words, result) });
    }
    // An urgent routine named after what was asked ("vold", or "redd" meaning vold) comes first: it is the one
    // that says do not contact the parents and act now.
    const urgentInTitle = (r: RankedResult): number => (r.doc.urgent && everyWordInTitle(words, r.result) ? 1 : 0);
    return ranked
      .sort((a, b) => b.wordsMatched - a.wordsMatched || urgentInTitle(b) - urgentInTitle(a) || b.score - a.score)
      .slice(0, limit)
      .map((r) => this.toHit(r));
  }

  private documentOf(result: SearchResult): SearchDocument {
    const doc = this.documents.get(result.id as string);
    if (!doc) throw new Error(`Search returned an unknown document: ${String(result.id)}`);
    return doc;
  }

  private toHit({ result, doc, score }: RankedResult): SearchHit {
    const matchedTerms = result.terms;
    const field = snippetFieldOf(doc, result);
    const snippet = extractSnippet(doc[field], highlightRanges(doc[field], matchedTerms));
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

/** The first non-title field the query matched, to show why the result came up; else the summary. */
function snippetFieldOf(doc: SearchDocument, result: SearchResult): SearchField {
  const matchedFields = new Set<string>();
  for (const term of Object.keys(result.match)) for (const field of result.match[term]!) matchedFields.add(field); // term is a key of match
  return SNIPPET_FIELDS.find((field) => matchedFields.has(field) && doc[field] !== '') ?? (doc.summary ? 'summary' : 'body');
}
