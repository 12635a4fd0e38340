import type { ApiResponse } from '../http/ApiExchange';
import { queryEntities, selectProperties } from './entitySelection';
import { FORM_DIGEST_TIMEOUT_SECONDS } from './FormDigests';
import { collectionBody, complexBody, entityBody, ODataCollection, ODataComplex } from './odataShape';
import { basePermissionsOf, effectiveMask, hasListPermission, requirePermission, WEB_SCOPE } from './permissions';
import { currentUserEntity, listEntity, webEntity } from './siteEntities';
import type { SpContext } from './SpContext';
import { spJson } from './SpContext';
import { spErrors } from './SpError';
import { parseJsonBody } from './itemWrites';

/** SharePoint Online's build number, reported as LibraryVersion. */
const LIBRARY_VERSION = '16.0.25919.12007';

/** POST /_api/contextinfo: the form digest a cookie-authenticated client sends with writes. */
export function contextInfo(ctx: SpContext): ApiResponse {
  const value = new ODataComplex('SP.ContextWebInformation', {
    FormDigestTimeoutSeconds: FORM_DIGEST_TIMEOUT_SECONDS,
    FormDigestValue: ctx.digests.issue(ctx.principal, ctx.site.path),
    LibraryVersion: LIBRARY_VERSION,
    SiteFullUrl: ctx.siteUrl,
    SupportedSchemaVersions: new ODataCollection('Edm.String', ['14.0.0.0', '15.0.0.0']),
    WebFullUrl: ctx.siteUrl
  });
  return spJson(ctx.shape, 200, complexBody(ctx.shape, ctx.siteUrl, 'SP.ContextWebInformation', 'GetContextWebInformation', value));
}

function lastModified(ctx: SpContext): string {
  return ctx.lists.all().reduce((latest, l) => (l.lastItemModified > latest ? l.lastItemModified : latest), '2024-01-01T08:00:00Z');
}

export function getWeb(ctx: SpContext): ApiResponse {
  const extra: Record<string, unknown> = {};
  if (/effectivebasepermissions/i.test(ctx.request.query.get('$select') ?? '')) extra.EffectiveBasePermissions = basePermissionsOf(effectiveMask(ctx, WEB_SCOPE));
  const entity = selectProperties(webEntity(ctx.siteUrl, ctx.locale, lastModified(ctx), ctx.site), ctx.request.query, extra);
  return spJson(ctx.shape, 200, entityBody(ctx.shape, ctx.siteUrl, 'SP.ApiData.Webs', entity));
}

export function getCurrentUser(ctx: SpContext): ApiResponse {
  const entity = selectProperties(currentUserEntity(ctx.siteUrl, ctx.principal, ctx.security.isSiteAdmin(ctx.principal.siteUserId)), ctx.request.query);
  return spJson(ctx.shape, 200, entityBody(ctx.shape, ctx.siteUrl, 'SP.ApiData.Users', entity));
}

export function getWebPermissions(ctx: SpContext): ApiResponse {
  const value = basePermissionsOf(effectiveMask(ctx, WEB_SCOPE));
  return spJson(ctx.shape, 200, complexBody(ctx.shape, ctx.siteUrl, 'SP.ApiData.Webs/@Element/EffectiveBasePermissions', 'EffectiveBasePermissions', value));
}

export function getLists(ctx: SpContext): ApiResponse {
  // Lists the user has no permission on are left out, as SharePoint trims them.
  const visible = ctx.lists.all().filter((l) => hasListPermission(ctx, l, 'ViewListItems') || hasListPermission(ctx, l, 'Open'));
  const entities = visible.map((l) => listEntity(l, ctx.lists.itemCount(l.num), ctx.siteUrl, ctx.security.hasUniqueAssignments({ kind: 'list', listNum: l.num })));
  const selected = queryEntities(entities, ctx.request.query).map((e) => selectProperties(e, ctx.request.query));
  return spJson(ctx.shape, 200, collectionBody(ctx.shape, ctx.siteUrl, 'SP.ApiData.Lists', selected));
}

/** POST web/lists: creates a list (ManageLists on the site: Edit, Design, Full Control). It inherits the site's permissions. */
export function createList(ctx: SpContext): ApiResponse {
  requirePermission(ctx, WEB_SCOPE, 'ManageLists');
  const body = parseJsonBody(ctx.request.body);
  const input = (body.parameters as Record<string, unknown> | undefined) ?? body;
  const allowed = ['__metadata', 'Title', 'Description', 'BaseTemplate', 'AllowContentTypes', 'ContentTypesEnabled', 'EnableVersioning', 'EnableModeration', 'Hidden', 'Url'];
  for (const key of Object.keys(input)) if (!allowed.includes(key)) throw spErrors.unknownProperty(key, 'SP.List');
  const title = input.Title;
  if (typeof title !== 'string' || title.trim() === '') throw spErrors.badRequest('The list needs a Title.');
  if (ctx.lists.byTitle(title)) throw spErrors.listExists();
  const list = ctx.lists.create({
    title,
    url: typeof input.Url === 'string' ? input.Url : undefined,
    description: typeof input.Description === 'string' ? input.Description : '',
    baseTemplate: typeof input.BaseTemplate === 'number' ? input.BaseTemplate : 100,
    enableVersioning: input.EnableVersioning === true,
    enableModeration: input.EnableModeration === true
  });
  return spJson(ctx.shape, 201, entityBody(ctx.shape, ctx.siteUrl, 'SP.ApiData.Lists', listEntity(list, 0, ctx.siteUrl)));
}
