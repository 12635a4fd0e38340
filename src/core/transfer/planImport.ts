import { buildLookupIndex, type RawLists } from '../mapping/assembleModel';
import { WRITE_ORDER } from '../mapping/documentToLists';
import type { ItemFields } from '../mapping/EntityMapping';
import type { LookupIndex } from '../mapping/LookupIndex';
import { itemIdOf, type RawListItem } from '../mapping/RawListItem';
import type { ModelDocument } from '../model/ModelDocument';
import type { ListKey } from '../schema/ListSchema';
import { listSchema } from '../schema/lists';
import { changedProperties, fieldOfProperty, writableValue } from './columnValues';
import { documentEntities } from './documentEntities';
import { itemKeyOf } from './itemKeyOf';

/** One item an import writes. */
export interface ImportWrite {
  list: ListKey;
  kind: 'create' | 'update';
  /** How admins know the item: its key, "dimension:value" or the setting's name. */
  ref: string;
  /**
   * The item's id; for an item still to be created a negative provisional id, which lookups written later in
   * the same import use until the item exists and the executor knows its real id.
   */
  id: number;
  /** create: every column; update: only the columns that change. */
  values: ItemFields;
  /** update: the same columns as they were, to put back if the import is rolled back. */
  previous?: ItemFields;
  /** update: the item's ETag when the plan was made; a change after that stops the import (412). */
  etag?: string;
}

export interface ImportListSummary {
  list: ListKey;
  title: string;
  create: number;
  update: number;
  unchanged: number;
  /** Keys of items on the site that the file does not have: an import leaves them as they are. */
  onlyOnSite: string[];
}

export interface ImportPlan {
  /** In WRITE_ORDER, so every lookup's target is written before the item that looks it up. */
  writes: ImportWrite[];
  summary: ImportListSummary[];
}

/** Site items by their key; an item without a key cannot be matched and is left alone. */
function itemsByKey(list: ListKey, items: readonly RawListItem[]): Map<string, RawListItem> {
  const map = new Map<string, RawListItem>();
  for (const item of items) {
    const key = itemKeyOf(list, item);
    if (key !== undefined && !map.has(key)) map.set(key, item);
  }
  return map;
}

/** Gives every looked-up item the file adds a provisional (negative) id, so references to it can be written. */
function withProvisionalIds(doc: ModelDocument, site: RawLists): { lookups: LookupIndex; provisional: Map<string, number> } {
  const lookups = buildLookupIndex(site);
  const provisional = new Map<string, number>();
  let next = -1;
  const add = (list: ListKey, keys: readonly string[]): void => {
    for (const key of keys) {
      if (lookups.idOf(list, key) !== undefined) continue;
      lookups.add(list, next, key);
      provisional.set(`${list}/${key}`, next--);
    }
  };
  add('services', doc.services.map((s) => s.key));
  add('arenas', doc.arenas.map((a) => a.key));
  add('routines', doc.routines.map((r) => r.key));
  return { lookups, provisional };
}

/**
 * What importing a validated document into a site writes: each item of the file is matched by key with the
 * site's items; new ones are created, changed ones updated (only the changed columns), equal ones left alone.
 * Items only on the site are listed, never deleted — removing content stays a deliberate act in the list.
 * Pure: the data layer executes the plan, in order, and uses `previous` to roll back.
 */
export function planImport(doc: ModelDocument, site: RawLists): ImportPlan {
  const { lookups, provisional } = withProvisionalIds(doc, site);
  let nextOther = -1 - provisional.size;
  const writes: ImportWrite[] = [];
  const summary: ImportListSummary[] = [];
  for (const list of WRITE_ORDER) {
    const entities = documentEntities(doc, list);
    if (!entities) continue;
    const schema = listSchema(list);
    const existing = itemsByKey(list, site[list] ?? []);
    const seen = new Set<string>();
    const counts: ImportListSummary = { list, title: schema.title, create: 0, update: 0, unchanged: 0, onlyOnSite: [] };
    for (let i = 0; i < entities.count; i++) {
      const ref = entities.ref(i);
      seen.add(ref);
      const values = entities.write(i, lookups);
      const stored = existing.get(ref);
      if (!stored) {
        writes.push({ list, kind: 'create', ref, id: provisional.get(`${list}/${ref}`) ?? nextOther--, values });
        counts.create++;
        continue;
      }
      const changed = changedProperties(schema, stored, values);
      if (changed.length === 0) {
        counts.unchanged++;
        continue;
      }
      const etag = stored['odata.etag'];
      writes.push({
        list,
        kind: 'update',
        ref,
        id: itemIdOf(stored) as number,
        values: Object.fromEntries(changed.map((p) => [p, values[p]])),
        previous: Object.fromEntries(changed.map((p) => [p, writableValue(fieldOfProperty(schema, p), stored[p])])),
        etag: typeof etag === 'string' ? etag : undefined
      });
      counts.update++;
    }
    counts.onlyOnSite = [...existing.keys()].filter((key) => !seen.has(key));
    summary.push(counts);
  }
  return { writes, summary };
}

/** Whether applying the plan would change nothing. */
export function importChangesNothing(plan: ImportPlan): boolean {
  return plan.writes.length === 0;
}
