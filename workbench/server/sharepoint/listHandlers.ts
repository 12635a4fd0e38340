import type { ApiResponse } from '../http/ApiExchange';
import { selectProperties } from './entitySelection';
import type { ListRecord } from './ListRepository';
import { complexBody, entityBody } from './odataShape';
import { basePermissionsOf, effectiveMask, listScope, requirePermission } from './permissions';
import { listEntity, rootFolderEntity } from './siteEntities';
import type { SpContext } from './SpContext';
import { spEmpty, spJson } from './SpContext';
import { spErrors } from './SpError';
import { parseJsonBody } from './itemWrites';

export function getList(ctx: SpContext, list: ListRecord): ApiResponse {
  const expand = (ctx.request.query.get('$expand') ?? '').split(',').map((s) => s.trim().toLowerCase());
  const extra: Record<string, unknown> = {};
  if (expand.includes('rootfolder')) extra.RootFolder = rootFolderEntity(list, ctx.siteUrl);
  if (/effectivebasepermissions/i.test(ctx.request.query.get('$select') ?? '')) extra.EffectiveBasePermissions = basePermissionsOf(effectiveMask(ctx, listScope(list)));
  const unique = ctx.security.hasUniqueAssignments(listScope(list));
  const entity = selectProperties(listEntity(list, ctx.lists.itemCount(list.num), ctx.siteUrl, unique), ctx.request.query, extra);
  return spJson(ctx.shape, 200, entityBody(ctx.shape, ctx.siteUrl, 'SP.ApiData.Lists', entity), { ETag: `"${list.version}"` });
}

export function getRootFolder(ctx: SpContext, list: ListRecord): ApiResponse {
  return spJson(ctx.shape, 200, entityBody(ctx.shape, ctx.siteUrl, 'SP.ApiData.Folders', rootFolderEntity(list, ctx.siteUrl)));
}

export function getListPermissions(ctx: SpContext, list: ListRecord): ApiResponse {
  const value = basePermissionsOf(effectiveMask(ctx, listScope(list)));
  return spJson(ctx.shape, 200, complexBody(ctx.shape, ctx.siteUrl, 'SP.ApiData.Lists/@Element/EffectiveBasePermissions', 'EffectiveBasePermissions', value));
}

/** MERGE on a list: title, description and versioning/moderation settings (what `lists.ensure` updates). */
/** A list's ETag is its version; If-Match other than `*` must name it. */
function checkListIfMatch(ctx: SpContext, list: ListRecord): void {
  const ifMatch = ctx.request.headers['if-match']?.trim();
  if (ifMatch && ifMatch !== '*' && ifMatch.replace(/^W\//, '').replace(/"/g, '') !== String(list.version)) throw spErrors.versionConflict();
}

/** SPList.ReadSecurity (1, 2) and WriteSecurity (1, 2, 4): other values are refused. */
function securitySetting(body: Record<string, unknown>, name: 'ReadSecurity' | 'WriteSecurity', allowed: number[]): number | undefined {
  const value = body[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !allowed.includes(value)) throw spErrors.badValue(`The value of ${name} must be one of ${allowed.join(', ')}.`);
  return value;
}

export function updateList(ctx: SpContext, list: ListRecord): ApiResponse {
  requirePermission(ctx, listScope(list), 'ManageLists');
  checkListIfMatch(ctx, list);
  const body = parseJsonBody(ctx.request.body);
  const allowed = ['__metadata', 'Title', 'Description', 'EnableVersioning', 'EnableModeration', 'ContentTypesEnabled', 'AllowContentTypes', 'Hidden', 'ReadSecurity', 'WriteSecurity'];
  for (const key of Object.keys(body)) if (!allowed.includes(key)) throw spErrors.unknownProperty(key, 'SP.List');
  const readSecurity = securitySetting(body, 'ReadSecurity', [1, 2]) as 1 | 2 | undefined;
  const writeSecurity = securitySetting(body, 'WriteSecurity', [1, 2, 4]) as 1 | 2 | 4 | undefined;
  if (typeof body.Title === 'string' && body.Title.toLowerCase() !== list.title.toLowerCase() && ctx.lists.byTitle(body.Title)) throw spErrors.listExists();
  ctx.lists.update(list.num, {
    title: typeof body.Title === 'string' ? body.Title : undefined,
    description: typeof body.Description === 'string' ? body.Description : undefined,
    enableVersioning: typeof body.EnableVersioning === 'boolean' ? body.EnableVersioning : undefined,
    enableModeration: typeof body.EnableModeration === 'boolean' ? body.EnableModeration : undefined,
    readSecurity,
    writeSecurity
  });
  return spEmpty(204);
}

export function deleteList(ctx: SpContext, list: ListRecord): ApiResponse {
  requirePermission(ctx, listScope(list), 'ManageLists');
  checkListIfMatch(ctx, list);
  ctx.lists.delete(list.num);
  ctx.security.forget(listScope(list));
  return spEmpty(200);
}
