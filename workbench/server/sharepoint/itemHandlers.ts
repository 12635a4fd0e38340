import type { ApiResponse } from '../http/ApiExchange';
import type { ItemRecord } from './ItemRepository';
import { enforceListViewThreshold, expandedNames, FieldPathResolver, nextSkipToken, parseItemQuery, runItemQuery } from './itemQuery';
import { ItemSerializer, parseSelection } from './itemSerializer';
import { applyModeration, bodyFormatOf, canApproveItems, checkUniqueValues, defaultValues, parseJsonBody, validateItemBody } from './itemWrites';
import type { ListRecord } from './ListRepository';
import { isDataField, propertyName, spNow } from './ListRepository';
import { collectionBody, entityBody, complexBody } from './odataShape';
import { basePermissionsOf, canSeeItem, effectiveMask, itemScope, itemVisibilitySql, requireAddItem, requireItemWrite } from './permissions';
import type { SpContext } from './SpContext';
import { spEmpty, spJson } from './SpContext';
import { spErrors } from './SpError';
import { etagOf, longEtagOf, versionInEtag } from './spValues';
import { moderationSql } from './itemQuery';

/** SharePoint encodes query values in its paging links with lower-case escapes (`%3d`, `%26`). */
function spEncode(value: string): string {
  return encodeURIComponent(value)
    .replace(/['()!*]/g, (c) => `%${c.charCodeAt(0).toString(16)}`)
    .replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
}

/** The absolute `odata.nextLink` / `__next`: the same path and query options with the next `$skiptoken`. */
function nextLinkOf(ctx: SpContext, skipToken: string): string {
  const parts = [`%24skiptoken=${spEncode(skipToken)}`];
  for (const name of ['$expand', '$filter', '$orderby', '$select', '$top']) {
    const value = ctx.request.query.get(name);
    if (value !== null) parts.push(`${spEncode(name)}=${spEncode(value)}`);
  }
  return `${ctx.siteUrl}/_api/${ctx.request.path}?${parts.join('&')}`;
}

/** GET …/items: $select, $expand, $filter, $orderby, $top and $skiptoken paging, under the list view threshold. */
export function getItems(ctx: SpContext, list: ListRecord): ApiResponse {
  const fields = ctx.lists.fields(list.num);
  const resolver = new FieldPathResolver(ctx.db, list, fields, expandedNames(ctx.request.query));
  const selection = parseSelection(ctx.request.query, fields, ctx.lists);
  const query = parseItemQuery(ctx.request.query, resolver);
  if (!canApproveItems(ctx.principal, list)) query.approvedOrAuthoredBy = ctx.principal.siteUserId;
  // Permissions: items with unique permissions the user cannot view, and ReadSecurity = 2 (own items only).
  query.securityCondition = itemVisibilitySql(ctx, list);
  enforceListViewThreshold(query, resolver, ctx.lists.itemCount(list.num));
  const page = runItemQuery(ctx.db, resolver, query);
  const serializer = new ItemSerializer(ctx.db, list, fields, ctx.siteUrl, selection);
  serializer.prepare(page.items);
  const token = nextSkipToken(query, page);
  const body = collectionBody(ctx.shape, ctx.siteUrl, serializer.metadataFragment, page.items.map((i) => serializer.entity(i)), token ? nextLinkOf(ctx, token) : undefined);
  return spJson(ctx.shape, 200, body);
}

function findItem(ctx: SpContext, list: ListRecord, id: number): ItemRecord {
  const item = ctx.items.get(list, id);
  if (!item) throw spErrors.itemNotFound();
  // An item the user may not see (its permissions, or ReadSecurity = 2 and someone else's) does not exist for them.
  if (!canSeeItem(ctx, list, item)) throw spErrors.itemNotFound();
  // Content approval: an item not approved is invisible to a reader who cannot approve, unless they wrote it.
  if (list.enableModeration && !canApproveItems(ctx.principal, list) && item.authorId !== ctx.principal.siteUserId) {
    const row = ctx.db.prepare(`SELECT ${moderationSql('i')} AS s FROM items i WHERE i.list_num = ? AND i.id = ?`).get(list.num, id) as { s: number };
    if (row.s !== 0) throw spErrors.itemNotFound();
  }
  return item;
}

export function getItem(ctx: SpContext, list: ListRecord, id: number): ApiResponse {
  const fields = ctx.lists.fields(list.num);
  const item = findItem(ctx, list, id);
  const serializer = new ItemSerializer(ctx.db, list, fields, ctx.siteUrl, parseSelection(ctx.request.query, fields, ctx.lists));
  serializer.prepare([item]);
  return spJson(ctx.shape, 200, entityBody(ctx.shape, ctx.siteUrl, serializer.metadataFragment, serializer.entity(item)), { ETag: etagOf(item.version) });
}

export function getItemPermissions(ctx: SpContext, list: ListRecord, id: number): ApiResponse {
  findItem(ctx, list, id);
  const value = basePermissionsOf(effectiveMask(ctx, itemScope(list, id)));
  return spJson(ctx.shape, 200, complexBody(ctx.shape, ctx.siteUrl, 'SP.ApiData.ListItems/@Element/EffectiveBasePermissions', 'EffectiveBasePermissions', value));
}

/** An If-Match that names another version than the item's is a version conflict (412); none or `*` overwrites. */
function checkIfMatch(ctx: SpContext, item: ItemRecord): void {
  const ifMatch = ctx.request.headers['if-match'];
  if (ifMatch === undefined || ifMatch.trim() === '' || ifMatch.trim() === '*') return;
  if (versionInEtag(ifMatch, item.guid) !== item.version) throw spErrors.versionConflict();
}

/** POST …/items: 201 with the new item in the asked shape. */
export function createItem(ctx: SpContext, list: ListRecord): ApiResponse {
  requireAddItem(ctx, list);
  const fields = ctx.lists.fields(list.num);
  const values = { ...defaultValues(fields), ...validateItemBody(parseJsonBody(ctx.request.body), list, fields, bodyFormatOf(ctx.request.headers['content-type'])) };
  applyModeration(list, values, canApproveItems(ctx.principal, list));
  checkUniqueValues(ctx.db, list, fields, values);
  const item = ctx.items.insert(list, values, ctx.principal.siteUserId, spNow());
  const serializer = new ItemSerializer(ctx.db, list, fields, ctx.siteUrl);
  return spJson(ctx.shape, 201, entityBody(ctx.shape, ctx.siteUrl, serializer.metadataFragment, serializer.entity(item)), {
    ETag: etagOf(item.version),
    Location: serializer.meta(item).uri
  });
}

/** MERGE/PATCH (change the given fields) or PUT (replace all fields): 204 with the new ETag. */
export function updateItem(ctx: SpContext, list: ListRecord, id: number, replace: boolean): ApiResponse {
  const fields = ctx.lists.fields(list.num);
  const item = findItem(ctx, list, id);
  requireItemWrite(ctx, list, item, 'EditListItems');
  checkIfMatch(ctx, item);
  const values = validateItemBody(parseJsonBody(ctx.request.body), list, fields, bodyFormatOf(ctx.request.headers['content-type']));
  const base: Record<string, unknown> = replace ? Object.fromEntries(fields.filter(isDataField).map((f) => [propertyName(f), null])) : item.data;
  applyModeration(list, values, canApproveItems(ctx.principal, list));
  const data = { ...base, ...values };
  checkUniqueValues(ctx.db, list, fields, data, item.id);
  const updated = ctx.items.update(list, item, data, ctx.principal.siteUserId, spNow());
  return spEmpty(204, { ETag: longEtagOf(updated.guid, updated.version) });
}

export function deleteItem(ctx: SpContext, list: ListRecord, id: number): ApiResponse {
  const item = findItem(ctx, list, id);
  requireItemWrite(ctx, list, item, 'DeleteListItems');
  checkIfMatch(ctx, item);
  ctx.items.delete(list, item, spNow());
  ctx.security.forget(itemScope(list, item.id));
  return spEmpty(200);
}
