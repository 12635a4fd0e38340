import type { FilterNode } from '../../odata/FilterExpression';
import { FilterSyntaxError, parseFilter } from '../../odata/parseFilter';
import { spErrors } from '../SpError';
import type { FieldPathResolver, ResolvedPath } from './fieldPaths';

/**
 * Parsing: the query options of an items request ($filter, $orderby, $top, $skiptoken, $expand) read into an
 * {@link ItemQuery}, with every field path resolved against the list — an unknown field or a malformed option
 * is refused here, before any SQL is written.
 */

export const DEFAULT_TOP = 100;
export const MAX_TOP = 5000;

export interface OrderTerm {
  path: string;
  resolved: ResolvedPath;
  descending: boolean;
}

export interface ItemQuery {
  filter?: FilterNode;
  filterText?: string;
  orderBy: OrderTerm[];
  orderByText?: string;
  top: number;
  /** The last row of the previous page, from `$skiptoken=Paged=TRUE&p_ID=…`. */
  after?: { id: number; values: Map<string, string | null> };
  /**
   * On a list with content approval, a reader who cannot approve sees approved items and their own items only
   * (set by the handler; see applyModeration in itemWrites.ts).
   */
  approvedOrAuthoredBy?: number;
  /** Which items the user may see (permissions; set by the handler from permissions.itemVisibilitySql). */
  securityCondition?: string;
}

function parseTop(text: string | null): number {
  if (text === null) return DEFAULT_TOP;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw spErrors.badRequest(`Invalid $top value '${text}'.`);
  return Math.min(n, MAX_TOP);
}

function parseOrderBy(text: string | null, resolver: FieldPathResolver): OrderTerm[] {
  if (text === null || text.trim() === '') return [];
  return text.split(',').map((part) => {
    const [path, direction, extra] = part.trim().split(/\s+/);
    if (!path || extra !== undefined || (direction !== undefined && !/^(asc|desc)$/i.test(direction))) {
      throw spErrors.badRequest(`The expression "${part.trim()}" in $orderby is not valid.`);
    }
    const resolved = resolver.resolve(path);
    if (resolved.multi) throw spErrors.badRequest(`The field "${path}" holds several values and cannot be sorted on.`);
    return { path, resolved, descending: direction?.toLowerCase() === 'desc' };
  });
}

function parseSkipToken(text: string | null): ItemQuery['after'] {
  if (text === null || text === '') return undefined;
  const params = new URLSearchParams(text);
  const id = Number(params.get('p_ID'));
  if (!Number.isInteger(id)) throw spErrors.badRequest(`Invalid $skiptoken value '${text}'.`);
  const values = new Map<string, string | null>();
  for (const [key, value] of params) if (key.startsWith('p_') && key !== 'p_ID') values.set(key.slice(2).toLowerCase(), value === '' ? null : value);
  return { id, values };
}

/** Reads $filter, $orderby, $top and $skiptoken of an items request; $skip is ignored, as SharePoint ignores it on items. */
export function parseItemQuery(query: URLSearchParams, resolver: FieldPathResolver): ItemQuery {
  const filterText = query.get('$filter') ?? undefined;
  let filter: FilterNode | undefined;
  if (filterText !== undefined && filterText.trim() !== '') {
    try {
      filter = parseFilter(filterText);
    } catch (e) {
      if (e instanceof FilterSyntaxError) throw spErrors.badRequest(`The expression "${filterText}" is not valid. ${e.message}.`);
      throw e;
    }
  }
  return {
    filter,
    filterText,
    orderBy: parseOrderBy(query.get('$orderby'), resolver),
    orderByText: query.get('$orderby') ?? undefined,
    top: parseTop(query.get('$top')),
    after: parseSkipToken(query.get('$skiptoken'))
  };
}

/** The lookup names of `$expand`, lower case. */
export function expandedNames(query: URLSearchParams): Set<string> {
  return new Set((query.get('$expand') ?? '').split(',').map((s) => s.trim().toLowerCase()).filter((s) => s !== ''));
}
