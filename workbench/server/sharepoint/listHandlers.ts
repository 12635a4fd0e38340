import type { ApiResponse } from '../http/ApiExchange';
import { selectProperties } from './entitySelection';
import type { ListRecord } from './ListRepository';
import { complexBody, entityBody } from './odataShape';
import { basePermissions, canManageLists, listPermission } from './permissions';
import { listEntity, rootFolderEntity } from './siteEntities';
import type { SpContext } from './SpContext';
import { spEmpty, spJson } from './SpContext';
import { spErrors } from './SpError';
import { parseJsonBody } from './itemWrites';

export function getList(ctx: SpContext, list: ListRecord): ApiResponse {
  const expand = (ctx.request.query.get('$expand') ?? '').split(',').map((s) => s.trim().toLowerCase());
  const extra: Record<string, unknown> = {};
  if (expand.includes('rootfolder')) extra.RootFolder = rootFolderEntity(list, ctx.siteUrl);
  const entity = selectProperties(listEntity(list, ctx.lists.itemCount(list.num), ctx.siteUrl), ctx.request.query, extra);
  return spJson(ctx.shape, 200, entityBody(ctx.shape, ctx.siteUrl, 'SP.ApiData.Lists', entity), { ETag: `"${list.version}"` });
}

export function getRootFolder(ctx: SpContext, list: ListRecord): ApiResponse {
  return spJson(ctx.shape, 200, entityBody(ctx.shape, ctx.siteUrl, 'SP.ApiData.Folders', rootFolderEntity(list, ctx.siteUrl)));
}

export function getListPermissions(ctx: SpContext, list: ListRecord): ApiResponse {
  const value = basePermissions(listPermission(ctx.principal, list));
  return spJson(ctx.shape, 200, complexBody(ctx.shape, ctx.siteUrl, 'SP.ApiData.Lists/@Element/EffectiveBasePermissions', 'EffectiveBasePermissions', value));
}

/** MERGE on a list: title, description and versioning/moderation settings (what `lists.ensure` updates). */
/** A list's ETag is its version; If-Match other than `*` must name it. */
function checkListIfMatch(ctx: SpContext, list: ListRecord): void {
  const ifMatch = ctx.request.headers['if-match']?.trim();
  if (ifMatch && ifMatch !== '*' && ifMatch.replace(/^W\//, '').replace(/"/g, '') !== String(list.version)) throw spErrors.versionConflict();
}

export function updateList(ctx: SpContext, list: ListRecord): ApiResponse {
  if (!canManageLists(listPermission(ctx.principal, list))) throw spErrors.accessDenied();
  checkListIfMatch(ctx, list);
  const body = parseJsonBody(ctx.request.body);
  const allowed = ['__metadata', 'Title', 'Description', 'EnableVersioning', 'EnableModeration', 'ContentTypesEnabled', 'AllowContentTypes', 'Hidden'];
  for (const key of Object.keys(body)) if (!allowed.includes(key)) throw spErrors.unknownProperty(key, 'SP.List');
  if (typeof body.Title === 'string' && body.Title.toLowerCase() !== list.title.toLowerCase() && ctx.lists.byTitle(body.Title)) throw spErrors.listExists();
  ctx.lists.update(list.num, {
    title: typeof body.Title === 'string' ? body.Title : undefined,
    description: typeof body.Description === 'string' ? body.Description : undefined,
    enableVersioning: typeof body.EnableVersioning === 'boolean' ? body.EnableVersioning : undefined,
    enableModeration: typeof body.EnableModeration === 'boolean' ? body.EnableModeration : undefined
  });
  return spEmpty(204);
}

export function deleteList(ctx: SpContext, list: ListRecord): ApiResponse {
  if (!canManageLists(listPermission(ctx.principal, list))) throw spErrors.accessDenied();
  checkListIfMatch(ctx, list);
  ctx.lists.delete(list.num);
  return spEmpty(200);
}
