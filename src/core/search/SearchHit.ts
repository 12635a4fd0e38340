import type { TextRange } from './TextRange';

/** What a search result can be: one of the model's searchable entities. */
export type SearchKind = 'routine' | 'service' | 'tool' | 'arena' | 'contact';

export const SEARCH_KINDS: readonly SearchKind[] = ['routine', 'service', 'tool', 'arena', 'contact'];

/**
 * One search result. Highlights are character ranges, not markup: the UI renders them as it sees fit, and no HTML
 * is ever built from content.
 */
export interface SearchHit {
  kind: SearchKind;
  /** The entity's key, to open it. */
  key: string;
  title: string;
  /** Higher is better; only comparable within one search. */
  score: number;
  /** A passage (about 160 characters) of the best matching text other than the title; may start or end with "…". */
  snippet: string;
  /** Ranges in `title` to highlight. */
  titleHighlights: TextRange[];
  /** Ranges in `snippet` to highlight. */
  snippetHighlights: TextRange[];
  /** The normalized index keys that matched (e.g. "vold", "barnehag"): for diagnostics and tests, not for display. */
  matchedTerms: string[];
}

export interface SearchQueryOptions {
  /** At most this many hits; 20 when not given. */
  limit?: number;
  /** Only these kinds; all kinds when not given. */
  kinds?: readonly SearchKind[];
}
