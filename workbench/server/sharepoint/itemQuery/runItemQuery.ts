import type { DatabaseSync } from 'node:sqlite';
import type { ItemRecord, ItemRow } from '../ItemRepository';
import { toItem } from '../ItemRepository';
import type { FieldPathResolver } from './fieldPaths';
import type { ItemQuery } from './parseItemQuery';
import { planItemQuery } from './planItemQuery';

/** Execution: runs a planned items query against the database and shapes the page and its skip token. */

export interface ItemPage {
  items: ItemRecord[];
  /** Values of the order terms of the last item, for the next skip token. */
  lastOrderValues: (string | number | null)[];
  hasMore: boolean;
}

/** Runs an items query: one page plus whether another follows. */
export function runItemQuery(db: DatabaseSync, resolver: FieldPathResolver, query: ItemQuery): ItemPage {
  const { sql, params } = planItemQuery(resolver, query);
  const rows = db.prepare(sql).all(...params) as unknown as (ItemRow & Record<string, string | number | null>)[];
  const hasMore = rows.length > query.top;
  const pageRows = rows.slice(0, query.top);
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map(toItem),
    lastOrderValues: last ? query.orderBy.map((_, n) => last[`o${n}`] ?? null) : [],
    hasMore
  };
}

/** The `$skiptoken` value for the page after `page`: `Paged=TRUE&p_<Field>=<value>&p_ID=<id>`. */
export function nextSkipToken(query: ItemQuery, page: ItemPage): string | undefined {
  if (!page.hasMore || page.items.length === 0) return undefined;
  const last = page.items[page.items.length - 1];
  const parts = ['Paged=TRUE'];
  query.orderBy.forEach((term, n) => {
    if (term.resolved.sql === 'i.id') return;
    const value = page.lastOrderValues[n];
    parts.push(`p_${term.resolved.tokenName}=${value === null ? '' : encodeURIComponent(String(value))}`);
  });
  parts.push(`p_ID=${last.id}`);
  return parts.join('&');
}
