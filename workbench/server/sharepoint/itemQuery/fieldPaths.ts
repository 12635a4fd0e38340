import type { DatabaseSync } from 'node:sqlite';
import type { FieldRecord, ListRecord } from '../ListRepository';
import { isDataField, jsonValueSql, ListRepository, propertyName } from '../ListRepository';
import { spErrors } from '../SpError';
import { MODERATION_KEY } from '../itemWrites';

export type ValueType = 'number' | 'boolean' | 'datetime' | 'text';

/** A field path of $filter/$orderby resolved to SQL. */
export interface ResolvedPath {
  /** SQL evaluating to the value for a row aliased `i`. */
  sql: string;
  valueType: ValueType;
  indexed: boolean;
  /** Multi-value lookups compare through json_each. */
  multi?: { property: string; targetListNum?: number; targetSql?: (alias: string) => string };
  /** The name used in `p_<name>` of a skip token. */
  tokenName: string;
}

function valueTypeOf(field: FieldRecord): ValueType {
  switch (field.type) {
    case 'Number':
    case 'Counter':
    case 'Lookup':
    case 'LookupMulti':
    case 'User':
      return 'number';
    case 'Boolean':
      return 'boolean';
    case 'DateTime':
      return 'datetime';
    default:
      return 'text';
  }
}

/** Resolves field paths of one list to SQL: columns, JSON values, lookup ids and lookup projections. */
export class FieldPathResolver {
  private readonly byName = new Map<string, FieldRecord>();
  private readonly lists: ListRepository;

  public constructor(
    public readonly db: DatabaseSync,
    private readonly list: ListRecord,
    private readonly fields: FieldRecord[],
    /** Lookups named in $expand: SharePoint filters and sorts on a projected column only when it is expanded. */
    private readonly expanded: ReadonlySet<string> = new Set()
  ) {
    this.lists = new ListRepository(db);
    for (const f of fields) this.byName.set(f.internalName.toLowerCase(), f);
  }

  public field(name: string): FieldRecord | undefined {
    return this.byName.get(name.toLowerCase());
  }

  public resolve(path: string): ResolvedPath {
    const lower = path.toLowerCase();
    if (lower === 'id') return { sql: 'i.id', valueType: 'number', indexed: true, tokenName: 'ID' };
    if (lower === 'created') return { sql: 'i.created', valueType: 'datetime', indexed: this.field('Created')?.indexed ?? false, tokenName: 'Created' };
    if (lower === 'modified') return { sql: 'i.modified', valueType: 'datetime', indexed: this.field('Modified')?.indexed ?? false, tokenName: 'Modified' };
    if (lower === 'authorid' || lower === 'author/id') return { sql: 'i.author_id', valueType: 'number', indexed: false, tokenName: 'AuthorId' };
    if (lower === 'editorid' || lower === 'editor/id') return { sql: 'i.editor_id', valueType: 'number', indexed: false, tokenName: 'EditorId' };
    if (lower === 'guid') return { sql: 'i.guid', valueType: 'text', indexed: false, tokenName: 'GUID' };
    if (lower === 'odata__moderationstatus' && this.list.enableModeration) {
      return { sql: `COALESCE(json_extract(i.data, '$."${MODERATION_KEY}"'), 0)`, valueType: 'number', indexed: false, tokenName: 'OData__ModerationStatus' };
    }
    const slash = path.indexOf('/');
    if (slash > 0) return this.resolveProjection(path.slice(0, slash), path.slice(slash + 1), path);
    const lookupName = lower.endsWith('id') ? this.field(path.slice(0, -2)) : undefined;
    if (lookupName && (lookupName.type === 'Lookup' || lookupName.type === 'LookupMulti')) return this.lookupId(lookupName);
    const field = this.field(path);
    if (!field || !isDataField(field) || field.type === 'Lookup' || field.type === 'LookupMulti' || field.type === 'User') {
      throw spErrors.queryFieldNotFound(path);
    }
    const sql = field.type === 'URL' ? `json_extract(i.data, '$."${field.internalName}".Url')` : jsonValueSql('i.data', field.internalName);
    return { sql, valueType: valueTypeOf(field), indexed: field.indexed, tokenName: field.internalName };
  }

  private lookupId(field: FieldRecord): ResolvedPath {
    const property = propertyName(field);
    if (field.type === 'LookupMulti') {
      return { sql: jsonValueSql('i.data', property), valueType: 'number', indexed: false, multi: { property }, tokenName: property };
    }
    return { sql: jsonValueSql('i.data', property), valueType: 'number', indexed: field.indexed, tokenName: property };
  }

  private resolveProjection(lookupName: string, targetName: string, path: string): ResolvedPath {
    const field = this.field(lookupName);
    if (!field || (field.type !== 'Lookup' && field.type !== 'LookupMulti')) throw spErrors.queryFieldNotFound(path);
    if (targetName.toLowerCase() === 'id') return this.lookupId(field);
    if (!this.expanded.has(field.internalName.toLowerCase())) throw spErrors.projectionNeedsExpand(path, lookupName);
    const target = field.props.lookupListId ? this.lists.byId(field.props.lookupListId) : undefined;
    if (!target) throw spErrors.queryFieldNotFound(path);
    const targetField = this.lists.fields(target.num).find((f) => f.internalName.toLowerCase() === targetName.toLowerCase());
    if (!targetField || targetField.type === 'Lookup' || targetField.type === 'LookupMulti' || !isDataField(targetField)) {
      throw spErrors.queryFieldNotFound(path);
    }
    const property = propertyName(field);
    const targetSql = (alias: string): string => jsonValueSql(`${alias}.data`, targetField.internalName);
    if (field.type === 'LookupMulti') {
      return { sql: 'NULL', valueType: valueTypeOf(targetField), indexed: false, multi: { property, targetListNum: target.num, targetSql }, tokenName: path };
    }
    // A projected column is not the lookup's index: SharePoint indexes the lookup id, not the looked-up title.
    const sql = `(SELECT ${targetSql('t')} FROM items t WHERE t.list_num = ${target.num} AND t.id = ${jsonValueSql('i.data', property)})`;
    return { sql, valueType: valueTypeOf(targetField), indexed: false, tokenName: path };
  }

  public get listRecord(): ListRecord {
    return this.list;
  }

  public get allFields(): FieldRecord[] {
    return this.fields;
  }
}
