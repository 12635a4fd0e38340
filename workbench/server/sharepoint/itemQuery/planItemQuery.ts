import type { FilterNode, LiteralOperand, Operand } from '../../odata/FilterExpression';
import { functionParts } from '../../odata/FilterExpression';
import { ITEM_COLUMNS } from '../ItemRepository';
import { spErrors } from '../SpError';
import { TEXT_FOLD_FUNCTION } from '../../storage/openDatabase';
import { normalizeDateTime } from '../spValues';
import { MODERATION_KEY } from '../itemWrites';
import type { FieldPathResolver, ResolvedPath, ValueType } from './fieldPaths';
import type { ItemQuery, OrderTerm } from './parseItemQuery';

/**
 * Planning: whether SharePoint would run a parsed items query at all (the list view threshold), and the SQL
 * that answers it. The threshold check asks SQLite how many rows the index seek would return, as SharePoint
 * does (a COUNT); rows themselves are read only in runItemQuery.
 */

/** SharePoint's list view threshold. */
export const LIST_VIEW_THRESHOLD = 5000;

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

/** The SQL of one page of an items query (one row more than `$top`, to tell whether another page follows). */
export interface ItemQueryPlan {
  sql: string;
  params: (string | number | null)[];
}

/**
 * Plans an items query: the WHERE clause from $filter, content approval, item-level security and the keyset
 * of the skip token; the ORDER BY from $orderby with ID as the final tie-breaker; the page size from $top.
 */
export function planItemQuery(resolver: FieldPathResolver, query: ItemQuery): ItemQueryPlan {
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
  return { sql, params };
}
