import type { DatabaseSync } from 'node:sqlite';
import type { FilterNode, LiteralOperand, Operand } from '../odata/FilterExpression';
import { functionParts } from '../odata/FilterExpression';
import { FilterSyntaxError, parseFilter } from '../odata/parseFilter';
import type { ItemRecord, ItemRow } from './ItemRepository';
import { ITEM_COLUMNS, toItem } from './ItemRepository';
import type { FieldRecord, ListRecord } from './ListRepository';
import { isDataField, jsonValueSql, ListRepository, propertyName } from './ListRepository';
import { spErrors } from './SpError';
import { TEXT_FOLD_FUNCTION } from '../storage/openDatabase';
import { normalizeDateTime } from './spValues';
import { MODERATION_KEY } from './itemWrites';

/** SharePoint's list view threshold. */
export const LIST_VIEW_THRESHOLD = 5000;
export const DEFAULT_TOP = 100;
export const MAX_TOP = 5000;

type ValueType = 'number' | 'boolean' | 'datetime' | 'text';

/** A field path of $filter/$orderby resolved to SQL. */
interface ResolvedPath {
  /** SQL evaluating to the value for a row aliased `i`. */
  sql: string;
  valueType: ValueType;
  indexed: boolean;
  /** Multi-value lookups compare through json_each. */
  multi?: { property: string; targetListNum?: number; targetSql?: (alias: string) => string };
  /** The name used in `p_<name>` of a skip token. */
  tokenName: string;
}

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

export interface ItemPage {
  items: ItemRecord[];
  /** Values of the order terms of the last item, for the next skip token. */
  lastOrderValues: (string | number | null)[];
  hasMore: boolean;
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

/** Converts a literal to the value stored for a column of the given type. */
function literalValue(literal: LiteralOperand, type: ValueType, path: string): string | number | null {
  if (literal.type === 'null') return null;
  const value = literal.value;
  const bad = (): never => {
    throw spErrors.badRequest(`The expression "${path}" cannot be compared with the value ${JSON.stringify(value)}.`);
  };
  switch (type) {
    case 'number': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      return Number.isFinite(n) ? n : bad();
    }
    case 'boolean':
      if (value === true || value === 1 || value === '1' || value === 'true') return 1;
      if (value === false || value === 0 || value === '0' || value === 'false') return 0;
      return bad();
    case 'datetime': {
      const normalized = typeof value === 'string' ? normalizeDateTime(value) : undefined;
      return normalized ?? bad();
    }
    default:
      return typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
  }
}

/** The SQL a resolved path is compared and sorted by: text folded to lower case, as SharePoint ignores case. */
function comparable(resolved: ResolvedPath): string {
  return resolved.valueType === 'text' ? `${TEXT_FOLD_FUNCTION}(${resolved.sql})` : resolved.sql;
}

function folded(value: string | number | null, type: ValueType): string | number | null {
  return type === 'text' && typeof value === 'string' ? value.toLowerCase() : value;
}

const MIRROR: Record<string, string> = { eq: '=', ne: '<>', gt: '>', ge: '>=', lt: '<', le: '<=' };
const SWAPPED: Record<string, string> = { eq: 'eq', ne: 'ne', gt: 'lt', ge: 'le', lt: 'gt', le: 'ge' };

function likePattern(text: string, prefix: boolean): string {
  const escaped = text.replace(/[\\%_]/g, (c) => `\\${c}`);
  return prefix ? `${escaped}%` : `%${escaped}%`;
}

/** Compiles a parsed $filter to a SQL condition on rows aliased `i`, collecting parameters. */
class FilterCompiler {
  public readonly params: (string | number | null)[] = [];

  public constructor(private readonly resolver: FieldPathResolver) {}

  public compile(node: FilterNode): string {
    switch (node.kind) {
      case 'and':
      case 'or':
        return `(${this.compile(node.left)} ${node.kind.toUpperCase()} ${this.compile(node.right)})`;
      case 'not':
        return `(NOT ${this.compile(node.operand)})`;
      case 'call':
        return this.call(node);
      case 'compare':
        return this.compare(node.op, node.left, node.right);
    }
  }

  private call(node: Extract<Operand, { kind: 'call' }>): string {
    const { field, text } = functionParts(node);
    if (field.kind !== 'field' || text.kind !== 'literal') throw spErrors.badRequest(`${node.name} needs a field and a text value.`);
    const resolved = this.resolver.resolve(field.path);
    const needle = String(text.value ?? '').toLowerCase();
    const pattern = node.name === 'endswith' ? `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}` : likePattern(needle, node.name === 'startswith');
    this.params.push(pattern);
    if (resolved.multi?.targetSql) {
      return `EXISTS (SELECT 1 FROM json_each(i.data, '$."${resolved.multi.property}"') je JOIN items t ON t.list_num = ${resolved.multi.targetListNum} AND t.id = je.value WHERE ${TEXT_FOLD_FUNCTION}(${resolved.multi.targetSql('t')}) LIKE ? ESCAPE '\\')`;
    }
    return `(${TEXT_FOLD_FUNCTION}(${resolved.sql}) LIKE ? ESCAPE '\\')`;
  }

  private compare(op: string, left: Operand, right: Operand): string {
    if (left.kind === 'call' || right.kind === 'call') {
      const call = (left.kind === 'call' ? left : right) as Extract<Operand, { kind: 'call' }>;
      const other = left.kind === 'call' ? right : left;
      if (other.kind !== 'literal' || other.type !== 'boolean' || (op !== 'eq' && op !== 'ne')) {
        throw spErrors.badRequest('A text function can only be compared with true or false.');
      }
      const positive = (other.value === true) === (op === 'eq');
      return positive ? this.call(call) : `(NOT ${this.call(call)})`;
    }
    if (left.kind === 'literal' && right.kind === 'field') return this.compare(SWAPPED[op], right, left);
    if (left.kind !== 'field' || right.kind !== 'literal') throw spErrors.badRequest('A comparison needs a field on one side and a value on the other.');
    const resolved = this.resolver.resolve(left.path);
    const value = folded(literalValue(right, resolved.valueType, left.path), resolved.valueType);
    if (resolved.multi) {
      if (op !== 'eq' && op !== 'ne') throw spErrors.badRequest(`Only eq and ne can test the multi-value field "${left.path}".`);
      const each = `json_each(i.data, '$."${resolved.multi.property}"') je`;
      let exists: string;
      if (resolved.multi.targetSql) {
        const target = resolved.valueType === 'text' ? `${TEXT_FOLD_FUNCTION}(${resolved.multi.targetSql('t')})` : resolved.multi.targetSql('t');
        exists = `EXISTS (SELECT 1 FROM ${each} JOIN items t ON t.list_num = ${resolved.multi.targetListNum} AND t.id = je.value WHERE ${target} = ?)`;
      } else {
        exists = `EXISTS (SELECT 1 FROM ${each} WHERE je.value = ?)`;
      }
      this.params.push(value);
      return op === 'eq' ? exists : `(NOT ${exists})`;
    }
    if (value === null) {
      if (op === 'eq') return `(${resolved.sql} IS NULL)`;
      if (op === 'ne') return `(${resolved.sql} IS NOT NULL)`;
      throw spErrors.badRequest(`The value null cannot be compared with ${op}.`);
    }
    this.params.push(value);
    return `(${comparable(resolved)} ${MIRROR[op]} ?)`;
  }
}

/** The clauses of an AND chain, left to right as written (SharePoint evaluates them in this order). */
function andChain(node: FilterNode): FilterNode[] {
  return node.kind === 'and' ? [...andChain(node.left), ...andChain(node.right)] : [node];
}

/** The column a leaf clause can seek on (a comparison or startswith naming one field), or undefined. */
function seekColumn(node: FilterNode, resolver: FieldPathResolver): ResolvedPath | undefined {
  if (node.kind === 'call') {
    const { field } = functionParts(node);
    if (node.name !== 'startswith' || field.kind !== 'field') return undefined;
    const resolved = resolver.resolve(field.path);
    return resolved.indexed && !resolved.multi ? resolved : undefined;
  }
  if (node.kind !== 'compare') return undefined;
  const call = [node.left, node.right].find((o) => o.kind === 'call');
  if (call) return seekColumn(call as FilterNode, resolver);
  const fieldOperand = [node.left, node.right].find((o) => o.kind === 'field');
  if (fieldOperand?.kind !== 'field' || node.op === 'ne') return undefined;
  const resolved = resolver.resolve(fieldOperand.path);
  return resolved.indexed && !resolved.multi ? resolved : undefined;
}

function countMatching(resolver: FieldPathResolver, node: FilterNode): number {
  const compiler = new FilterCompiler(resolver);
  const condition = compiler.compile(node);
  const row = resolver.db.prepare(`SELECT COUNT(*) AS n FROM items i WHERE i.list_num = ${resolver.listRecord.num} AND ${condition}`).get(...compiler.params) as { n: number };
  return row.n;
}

/**
 * Whether SharePoint can run a filter on a list above the threshold ("Manage large lists and libraries",
 * Microsoft Support: the first column in the filter must be indexed, and that filter must return fewer items
 * than the threshold). The first clause of the AND chain must compare (not `ne`) or `startswith` an indexed
 * column, and what the index returns for that column — every clause of the chain on the same column, so
 * `ID ge 1 and ID lt 5001` is one range — must be at most 5,000 rows; the other clauses then filter those rows.
 * An OR needs both sides to pass on their own.
 */
function fitsThreshold(node: FilterNode, resolver: FieldPathResolver): boolean {
  if (node.kind === 'or') return fitsThreshold(node.left, resolver) && fitsThreshold(node.right, resolver);
  const chain = andChain(node);
  const first = chain[0];
  if (first.kind === 'or') return fitsThreshold(first, resolver);
  const column = seekColumn(first, resolver);
  if (!column) return false;
  const sameColumn = chain.filter((clause) => seekColumn(clause, resolver)?.sql === column.sql);
  const seek = sameColumn.slice(1).reduce<FilterNode>((left, right) => ({ kind: 'and', left, right }), first);
  return countMatching(resolver, seek) <= LIST_VIEW_THRESHOLD;
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

/** Refuses what SharePoint refuses on a list above the threshold: unindexed filters and sorts. */
export function enforceListViewThreshold(query: ItemQuery, resolver: FieldPathResolver, itemCount: number): void {
  if (itemCount <= LIST_VIEW_THRESHOLD) return;
  if (query.filter && !fitsThreshold(query.filter, resolver)) throw spErrors.listViewThreshold();
  if (query.orderBy.some((t) => !t.resolved.indexed)) throw spErrors.listViewThreshold();
}

function tokenValue(raw: string | null, type: ValueType): string | number | null {
  if (raw === null) return null;
  if (type === 'number' || type === 'boolean') {
    const n = Number(raw);
    return Number.isFinite(n) ? n : raw;
  }
  return raw;
}

/**
 * The keyset condition "after the last row of the previous page" for the page's sort order, with ID as the
 * final tie-breaker, and NULLs first ascending / last descending as SQLite sorts them.
 */
function afterCondition(terms: OrderTerm[], after: NonNullable<ItemQuery['after']>, params: (string | number | null)[]): string {
  const idTerm = terms.find((t) => t.resolved.sql === 'i.id');
  const keyTerms = terms.filter((t) => t.resolved.sql !== 'i.id');
  const missing = keyTerms.some((t) => !after.values.has(t.resolved.tokenName.toLowerCase()));
  if (missing) {
    // A token with only p_ID (what PnPjs's items.skip(id) sends) continues after that id.
    params.push(after.id);
    return idTerm?.descending ? 'i.id < ?' : 'i.id > ?';
  }
  const levels = keyTerms.map((t) => ({ term: t, value: tokenValue(after.values.get(t.resolved.tokenName.toLowerCase()) ?? null, t.resolved.valueType) }));
  const build = (index: number): string => {
    if (index === levels.length) {
      params.push(after.id);
      return idTerm?.descending ? 'i.id < ?' : 'i.id > ?';
    }
    const { term, value } = levels[index];
    const expr = comparable(term.resolved);
    let beyond: string;
    let equal: string;
    if (value === null) {
      beyond = term.descending ? '0' : `${expr} IS NOT NULL`;
      equal = `${expr} IS NULL`;
    } else {
      const v = folded(value, term.resolved.valueType);
      params.push(v);
      beyond = term.descending ? `(${expr} < ? OR ${expr} IS NULL)` : `${expr} > ?`;
      params.push(v);
      equal = `${expr} = ?`;
    }
    const rest = build(index + 1);
    return `(${beyond} OR (${equal} AND ${rest}))`;
  };
  return build(0);
}

/** The moderation status of a row (items written before content approval was switched on count as approved). */
export function moderationSql(alias: string): string {
  return `COALESCE(json_extract(${alias}.data, '$."${MODERATION_KEY}"'), 0)`;
}

/** Runs an items query: one page plus whether another follows. */
export function runItemQuery(db: DatabaseSync, resolver: FieldPathResolver, query: ItemQuery): ItemPage {
  const compiler = new FilterCompiler(resolver);
  const conditions = [`i.list_num = ${resolver.listRecord.num}`];
  if (query.filter) conditions.push(compiler.compile(query.filter));
  const params = [...compiler.params];
  if (query.approvedOrAuthoredBy !== undefined && resolver.listRecord.enableModeration) {
    conditions.push(`(${moderationSql('i')} = 0 OR i.author_id = ?)`);
    params.push(query.approvedOrAuthoredBy);
  }
  if (query.securityCondition) conditions.push(`(${query.securityCondition})`);
  if (query.after) conditions.push(afterCondition(query.orderBy, query.after, params));
  const orderSql = query.orderBy.map((t) => `${comparable(t.resolved)} ${t.descending ? 'DESC' : 'ASC'}`);
  if (!query.orderBy.some((t) => t.resolved.sql === 'i.id')) orderSql.push('i.id ASC');
  const orderColumns = query.orderBy.map((t, n) => `, ${t.resolved.sql} AS o${n}`).join('');
  const sql = `SELECT ${ITEM_COLUMNS}${orderColumns} FROM items i WHERE ${conditions.join(' AND ')} ORDER BY ${orderSql.join(', ')} LIMIT ${query.top + 1}`;
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
