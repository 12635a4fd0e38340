import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { ListRecord } from './ListRepository';
import { ListRepository } from './ListRepository';

/** One list item as stored: SharePoint's system columns plus the field values as REST names them. */
export interface ItemRecord {
  id: number;
  guid: string;
  /** Starts at 1 and grows by one per update: the item's ETag is `"<version>"`. */
  version: number;
  created: string;
  modified: string;
  authorId: number;
  editorId: number;
  data: Record<string, unknown>;
}

export interface ItemRow {
  id: number;
  guid: string;
  version: number;
  created: string;
  modified: string;
  author_id: number;
  editor_id: number;
  data: string;
}

export function toItem(row: ItemRow): ItemRecord {
  return {
    id: row.id,
    guid: row.guid,
    version: row.version,
    created: row.created,
    modified: row.modified,
    authorId: row.author_id,
    editorId: row.editor_id,
    data: JSON.parse(row.data) as Record<string, unknown>
  };
}

export const ITEM_COLUMNS = 'i.id, i.guid, i.version, i.created, i.modified, i.author_id, i.editor_id, i.data';

/** Rows to insert directly (seed, tests loading thousands of items) without going through REST. */
export interface BulkItem {
  id?: number;
  data: Record<string, unknown>;
  authorId: number;
  created?: string;
  modified?: string;
}

export class ItemRepository {
  private readonly lists: ListRepository;

  public constructor(private readonly db: DatabaseSync) {
    this.lists = new ListRepository(db);
  }

  public get(list: ListRecord, id: number): ItemRecord | undefined {
    const row = this.db.prepare(`SELECT ${ITEM_COLUMNS} FROM items i WHERE i.list_num = ? AND i.id = ?`).get(list.num, id) as unknown as ItemRow | undefined;
    return row ? toItem(row) : undefined;
  }

  /** Items of a list by id, for resolving lookup projections of one page. */
  public getMany(listNum: number, ids: number[]): Map<number, ItemRecord> {
    const result = new Map<number, ItemRecord>();
    const unique = [...new Set(ids)].filter((id) => Number.isInteger(id));
    for (let i = 0; i < unique.length; i += 500) {
      const chunk = unique.slice(i, i + 500);
      const rows = this.db
        .prepare(`SELECT ${ITEM_COLUMNS} FROM items i WHERE i.list_num = ? AND i.id IN (${chunk.map(() => '?').join(',')})`)
        .all(listNum, ...chunk) as unknown as ItemRow[];
      for (const row of rows) result.set(row.id, toItem(row));
    }
    return result;
  }

  public insert(list: ListRecord, data: Record<string, unknown>, authorId: number, now: string): ItemRecord {
    const id = this.lists.takeItemId(list.num);
    const record: ItemRecord = { id, guid: randomUUID(), version: 1, created: now, modified: now, authorId, editorId: authorId, data };
    this.write(list.num, record);
    this.lists.touch(list.num, now);
    return record;
  }

  public update(list: ListRecord, item: ItemRecord, data: Record<string, unknown>, editorId: number, now: string): ItemRecord {
    const record: ItemRecord = { ...item, version: item.version + 1, modified: now, editorId, data };
    this.db
      .prepare('UPDATE items SET version = ?, modified = ?, editor_id = ?, data = ? WHERE list_num = ? AND id = ?')
      .run(record.version, now, editorId, JSON.stringify(data), list.num, item.id);
    this.lists.touch(list.num, now);
    return record;
  }

  public delete(list: ListRecord, item: ItemRecord, now: string): void {
    this.db.prepare('DELETE FROM items WHERE list_num = ? AND id = ?').run(list.num, item.id);
    this.lists.touch(list.num, now, true);
  }

  /** Inserts many items in the caller's transaction; ids are taken in order when not given. */
  public bulkInsert(list: ListRecord, items: BulkItem[], now: string): void {
    const statement = this.db.prepare(
      'INSERT INTO items(list_num, id, guid, version, created, modified, author_id, editor_id, data) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?)'
    );
    let next = (this.lists.byNum(list.num) as ListRecord).nextItemId;
    let maxId = 0;
    for (const item of items) {
      const id = item.id ?? next++;
      maxId = Math.max(maxId, id);
      statement.run(list.num, id, randomUUID(), item.created ?? now, item.modified ?? now, item.authorId, item.authorId, JSON.stringify(item.data));
    }
    this.lists.reserveItemIds(list.num, Math.max(maxId, next - 1));
    this.lists.touch(list.num, now);
  }

  private write(listNum: number, record: ItemRecord): void {
    this.db
      .prepare('INSERT INTO items(list_num, id, guid, version, created, modified, author_id, editor_id, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(listNum, record.id, record.guid, record.version, record.created, record.modified, record.authorId, record.editorId, JSON.stringify(record.data));
  }
}
