import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { SpFieldType } from './fieldTypes';
import { isLookupType } from './fieldTypes';
import { entityTypeNameForUrl } from './internalNames';
import { TEXT_FOLD_FUNCTION } from '../storage/openDatabase';
import { MODEL_SITE_PATH } from '../sites';

export type StaffAccess = 'read' | 'contribute';

export interface ListRecord {
  num: number;
  id: string;
  /** Server-relative URL of the site the list lives in. */
  site: string;
  title: string;
  /** Site-relative, e.g. `Lists/TBRutiner`. */
  url: string;
  entityTypeName: string;
  description: string;
  baseTemplate: number;
  enableVersioning: boolean;
  enableModeration: boolean;
  staffAccess: StaffAccess;
  created: string;
  lastItemModified: string;
  lastItemDeleted: string;
  nextItemId: number;
  version: number;
  /** SPList.ReadSecurity: 1 all items, 2 only the items a user created. */
  readSecurity: 1 | 2;
  /** SPList.WriteSecurity: 1 all items, 2 only the items a user created, 4 none. */
  writeSecurity: 1 | 2 | 4;
}

/** Type-specific settings of a field, as SharePoint reports them. */
export interface FieldProps {
  choices?: string[];
  maxLength?: number;
  min?: number;
  max?: number;
  /** GUID of the list looked up. */
  lookupListId?: string;
  lookupField?: string;
  description?: string;
  richText?: boolean;
  numberOfLines?: number;
  /** DateTime: 0 date and time, 1 date only. */
  displayFormat?: number;
  defaultValue?: string | null;
  group?: string;
}

export interface FieldRecord {
  listNum: number;
  id: string;
  internalName: string;
  title: string;
  type: SpFieldType;
  required: boolean;
  indexed: boolean;
  unique: boolean;
  builtIn: boolean;
  readOnly: boolean;
  hidden: boolean;
  props: FieldProps;
  position: number;
}

/** Fields whose values live in the item's JSON (custom fields and Title), not in system columns. */
export function isDataField(field: FieldRecord): boolean {
  return !field.builtIn || field.internalName === 'Title';
}

/** The JSON property a field's value has in REST answers: lookups and people are `<Name>Id`. */
export function propertyName(field: FieldRecord): string {
  return isLookupType(field.type) ? `${field.internalName}Id` : field.internalName;
}

export interface NewList {
  title: string;
  url?: string;
  description?: string;
  baseTemplate?: number;
  enableVersioning?: boolean;
  enableModeration?: boolean;
  staffAccess?: StaffAccess;
  id?: string;
}

export type NewField = Omit<FieldRecord, 'listNum' | 'position' | 'builtIn' | 'readOnly' | 'hidden' | 'id'> & { id?: string };

interface ListRow {
  num: number;
  id: string;
  site: string;
  title: string;
  url: string;
  entity_type_name: string;
  description: string;
  base_template: number;
  enable_versioning: number;
  enable_moderation: number;
  staff_access: string;
  created: string;
  last_item_modified: string;
  last_item_deleted: string;
  next_item_id: number;
  version: number;
  read_security: number;
  write_security: number;
}

interface FieldRow {
  list_num: number;
  id: string;
  internal_name: string;
  title: string;
  type: string;
  required: number;
  indexed: number;
  unique_values: number;
  built_in: number;
  read_only: number;
  hidden: number;
  props: string;
  position: number;
}

function toList(row: ListRow): ListRecord {
  return {
    num: row.num,
    id: row.id,
    title: row.title,
    url: row.url,
    entityTypeName: row.entity_type_name,
    description: row.description,
    baseTemplate: row.base_template,
    enableVersioning: row.enable_versioning === 1,
    enableModeration: row.enable_moderation === 1,
    staffAccess: row.staff_access === 'contribute' ? 'contribute' : 'read',
    created: row.created,
    lastItemModified: row.last_item_modified,
    lastItemDeleted: row.last_item_deleted,
    nextItemId: row.next_item_id,
    version: row.version,
    site: row.site,
    readSecurity: row.read_security === 2 ? 2 : 1,
    writeSecurity: row.write_security === 2 ? 2 : row.write_security === 4 ? 4 : 1
  };
}

function toField(row: FieldRow): FieldRecord {
  return {
    listNum: row.list_num,
    id: row.id,
    internalName: row.internal_name,
    title: row.title,
    type: row.type as SpFieldType,
    required: row.required === 1,
    indexed: row.indexed === 1,
    unique: row.unique_values === 1,
    builtIn: row.built_in === 1,
    readOnly: row.read_only === 1,
    hidden: row.hidden === 1,
    props: JSON.parse(row.props) as FieldProps,
    position: row.position
  };
}

/** SharePoint timestamps: UTC, whole seconds, "Z". */
export function spNow(date = new Date()): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** The fields every custom list has, in SharePoint's internal names. Only ID is indexed on a new list. */
const BUILT_IN_FIELDS: Omit<FieldRecord, 'listNum' | 'id'>[] = [
  { internalName: 'ID', title: 'ID', type: 'Counter', required: false, indexed: true, unique: false, builtIn: true, readOnly: true, hidden: false, props: {}, position: 0 },
  { internalName: 'Title', title: 'Title', type: 'Text', required: true, indexed: false, unique: false, builtIn: true, readOnly: false, hidden: false, props: { maxLength: 255 }, position: 1 },
  { internalName: 'Modified', title: 'Modified', type: 'DateTime', required: false, indexed: false, unique: false, builtIn: true, readOnly: true, hidden: false, props: { displayFormat: 0 }, position: 2 },
  { internalName: 'Created', title: 'Created', type: 'DateTime', required: false, indexed: false, unique: false, builtIn: true, readOnly: true, hidden: false, props: { displayFormat: 0 }, position: 3 },
  { internalName: 'Author', title: 'Created By', type: 'User', required: false, indexed: false, unique: false, builtIn: true, readOnly: true, hidden: false, props: { lookupField: 'Title' }, position: 4 },
  { internalName: 'Editor', title: 'Modified By', type: 'User', required: false, indexed: false, unique: false, builtIn: true, readOnly: true, hidden: false, props: { lookupField: 'Title' }, position: 5 },
  { internalName: 'Attachments', title: 'Attachments', type: 'Attachments', required: false, indexed: false, unique: false, builtIn: true, readOnly: false, hidden: false, props: {}, position: 6 },
  { internalName: 'GUID', title: 'GUID', type: 'Guid', required: false, indexed: false, unique: false, builtIn: true, readOnly: true, hidden: true, props: {}, position: 7 }
];

/** The first position of fields added to a list (built-in ones come first). */
const FIRST_CUSTOM_POSITION = 100;

/** Lists and their fields: SharePoint's list metadata, kept in tables so lists can be created at run time. */
export class ListRepository {
  /** `site`: the site whose lists `all`, `byTitle`, `byUrl` and `create` work on (default: the model's site). */
  public constructor(
    private readonly db: DatabaseSync,
    public readonly site: string = MODEL_SITE_PATH
  ) {}

  public all(): ListRecord[] {
    return (this.db.prepare('SELECT * FROM lists WHERE site = ? COLLATE NOCASE ORDER BY num').all(this.site) as unknown as ListRow[]).map(toList);
  }

  public byTitle(title: string): ListRecord | undefined {
    const row = this.db.prepare('SELECT * FROM lists WHERE site = ? COLLATE NOCASE AND title = ?').get(this.site, title) as unknown as ListRow | undefined;
    return row ? toList(row) : undefined;
  }

  /** By GUID, on any site (GUIDs are unique in the tenant); callers addressing a site check `list.site`. */
  public byId(id: string): ListRecord | undefined {
    const row = this.db.prepare('SELECT * FROM lists WHERE lower(id) = lower(?)').get(id) as unknown as ListRow | undefined;
    return row ? toList(row) : undefined;
  }

  public byNum(num: number): ListRecord | undefined {
    const row = this.db.prepare('SELECT * FROM lists WHERE num = ?').get(num) as unknown as ListRow | undefined;
    return row ? toList(row) : undefined;
  }

  /** By site-relative URL (`Lists/TBRutiner`), case-insensitive as SharePoint URLs are. */
  public byUrl(url: string): ListRecord | undefined {
    const row = this.db.prepare('SELECT * FROM lists WHERE site = ? COLLATE NOCASE AND lower(url) = lower(?)').get(this.site, url) as unknown as ListRow | undefined;
    return row ? toList(row) : undefined;
  }

  public create(input: NewList, now = spNow()): ListRecord {
    const url = input.url ?? `Lists/${input.title.replace(/[~"#%&*:<>?/\\{|}.]/g, '')}`;
    const result = this.db
      .prepare(
        `INSERT INTO lists(id, site, title, url, entity_type_name, description, base_template, enable_versioning, enable_moderation,
           staff_access, created, last_item_modified, last_item_deleted)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
      )
      .run(
        input.id ?? randomUUID(),
        this.site,
        input.title,
        url,
        entityTypeNameForUrl(url),
        input.description ?? '',
        input.baseTemplate ?? 100,
        input.enableVersioning ? 1 : 0,
        input.enableModeration ? 1 : 0,
        input.staffAccess ?? 'read',
        now,
        now,
        now
      );
    const num = Number(result.lastInsertRowid);
    for (const field of BUILT_IN_FIELDS) this.insertField({ ...field, listNum: num, id: randomUUID() });
    return this.byNum(num) as ListRecord;
  }

  public update(num: number, patch: Partial<Pick<ListRecord, 'title' | 'description' | 'enableVersioning' | 'enableModeration' | 'readSecurity' | 'writeSecurity'>>): void {
    const list = this.byNum(num);
    if (!list) return;
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const next = { ...list, ...defined };
    this.db
      .prepare(
        'UPDATE lists SET title = ?, description = ?, enable_versioning = ?, enable_moderation = ?, read_security = ?, write_security = ?, version = version + 1 WHERE num = ?'
      )
      .run(next.title, next.description, next.enableVersioning ? 1 : 0, next.enableModeration ? 1 : 0, next.readSecurity, next.writeSecurity, num);
  }

  public delete(num: number): void {
    for (const field of this.fields(num)) this.dropIndex(field);
    this.db.prepare('DELETE FROM items WHERE list_num = ?').run(num);
    this.db.prepare('DELETE FROM fields WHERE list_num = ?').run(num);
    this.db.prepare('DELETE FROM lists WHERE num = ?').run(num);
  }

  /** Records that an item changed: SharePoint's LastItemModifiedDate, which clients use to invalidate caches. */
  public touch(num: number, at: string, deleted = false): void {
    this.db.prepare(`UPDATE lists SET ${deleted ? 'last_item_deleted = ?, ' : ''}last_item_modified = ? WHERE num = ?`).run(...(deleted ? [at, at, num] : [at, num]));
  }

  /** Hands out the next item id; SharePoint never reuses the id of a deleted item. */
  public takeItemId(num: number): number {
    const row = this.db.prepare('UPDATE lists SET next_item_id = next_item_id + 1 WHERE num = ? RETURNING next_item_id - 1 AS id').get(num) as { id: number };
    return row.id;
  }

  /** After items were inserted with explicit ids (seed, bulk load), keep the counter past them. */
  public reserveItemIds(num: number, upTo: number): void {
    this.db.prepare('UPDATE lists SET next_item_id = max(next_item_id, ?) WHERE num = ?').run(upTo + 1, num);
  }

  public itemCount(num: number): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM items WHERE list_num = ?').get(num) as { n: number }).n;
  }

  public fields(num: number): FieldRecord[] {
    return (this.db.prepare('SELECT * FROM fields WHERE list_num = ? ORDER BY position').all(num) as unknown as FieldRow[]).map(toField);
  }

  public field(num: number, internalName: string): FieldRecord | undefined {
    const row = this.db.prepare('SELECT * FROM fields WHERE list_num = ? AND internal_name = ?').get(num, internalName) as unknown as FieldRow | undefined;
    return row ? toField(row) : undefined;
  }

  public addField(num: number, field: NewField): FieldRecord {
    const max = this.db.prepare('SELECT max(position) AS p FROM fields WHERE list_num = ?').get(num) as { p: number | null };
    const record: FieldRecord = {
      ...field,
      id: field.id ?? randomUUID(),
      listNum: num,
      builtIn: false,
      readOnly: false,
      hidden: false,
      position: Math.max(FIRST_CUSTOM_POSITION, (max.p ?? 0) + 1)
    };
    this.insertField(record);
    this.db.prepare('UPDATE lists SET version = version + 1 WHERE num = ?').run(num);
    return record;
  }

  public updateField(field: FieldRecord, patch: Partial<Pick<FieldRecord, 'title' | 'required' | 'indexed' | 'unique' | 'hidden' | 'props'>>): FieldRecord {
    const next: FieldRecord = { ...field, ...patch, props: { ...field.props, ...(patch.props ?? {}) } };
    this.db
      .prepare('UPDATE fields SET title = ?, required = ?, indexed = ?, unique_values = ?, hidden = ?, props = ? WHERE list_num = ? AND internal_name = ?')
      .run(next.title, next.required ? 1 : 0, next.indexed ? 1 : 0, next.unique ? 1 : 0, next.hidden ? 1 : 0, JSON.stringify(next.props), field.listNum, field.internalName);
    if (next.indexed) this.ensureIndex(next);
    else this.dropIndex(next);
    this.db.prepare('UPDATE lists SET version = version + 1 WHERE num = ?').run(field.listNum);
    return next;
  }

  public deleteField(field: FieldRecord): void {
    this.dropIndex(field);
    this.db.prepare('DELETE FROM fields WHERE list_num = ? AND internal_name = ?').run(field.listNum, field.internalName);
    this.db.prepare('UPDATE lists SET version = version + 1 WHERE num = ?').run(field.listNum);
  }

  private insertField(field: FieldRecord): void {
    this.db
      .prepare(
        `INSERT INTO fields(list_num, id, internal_name, title, type, required, indexed, unique_values, built_in, read_only, hidden, props, position)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
      )
      .run(
        field.listNum,
        field.id,
        field.internalName,
        field.title,
        field.type,
        field.required ? 1 : 0,
        field.indexed ? 1 : 0,
        field.unique ? 1 : 0,
        field.builtIn ? 1 : 0,
        field.readOnly ? 1 : 0,
        field.hidden ? 1 : 0,
        JSON.stringify(field.props),
        field.position
      );
    if (field.indexed) this.ensureIndex(field);
  }

  /**
   * An indexed SharePoint column is a real SQLite index here (on the JSON value), so filtering a large list on
   * an indexed column is fast for the same reason it is allowed in SharePoint.
   */
  private ensureIndex(field: FieldRecord): void {
    if (field.builtIn || field.type === 'LookupMulti') return;
    this.db.exec(`CREATE INDEX IF NOT EXISTS "${indexName(field)}" ON items(list_num, ${comparableSql(field.type, jsonValueSql('data', propertyName(field)))})`);
  }

  private dropIndex(field: FieldRecord): void {
    this.db.exec(`DROP INDEX IF EXISTS "${indexName(field)}"`);
  }
}

function indexName(field: FieldRecord): string {
  return `ix_items_v2_${field.listNum}_${field.internalName.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

/** Text types compare case-insensitively (see TEXT_FOLD_FUNCTION); the SQL a column is compared and indexed by. */
export function isTextType(type: SpFieldType): boolean {
  return type === 'Text' || type === 'Note' || type === 'Choice' || type === 'URL';
}

export function comparableSql(type: SpFieldType, sql: string): string {
  return isTextType(type) ? `${TEXT_FOLD_FUNCTION}(${sql})` : sql;
}

/** SQL reading one property of an item's JSON; `column` is `data` or an aliased `i.data`. */
export function jsonValueSql(column: string, property: string): string {
  if (!/^[A-Za-z0-9_]+$/.test(property)) throw new Error(`Unsafe property name ${property}`);
  return `json_extract(${column}, '$."${property}"')`;
}
