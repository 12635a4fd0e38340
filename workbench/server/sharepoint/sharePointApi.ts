import type { DatabaseSync } from 'node:sqlite';
import type { ApiDispatcher, ApiRequest, ApiResponse } from '../http/ApiExchange';
import type { RequestLog } from '../logging/RequestLog';
import { createFieldFromParameters, createFieldFromProperties, createFieldFromXml, deleteField, findField, getField, getFields, updateField } from './fieldHandlers';
import type { FormDigests } from './FormDigests';
import { createItem, deleteItem, getItem, getItemPermissions, getItems, updateItem } from './itemHandlers';
import type { ListRecord } from './ListRepository';
import { deleteList, getList, getListPermissions, getRootFolder, updateList } from './listHandlers';
import { formatBatchResponse, parseBatch } from './multipartBatch';
import { negotiateShape } from './odataShape';
import type { SpContext } from './SpContext';
import { createSpContext, spErrorResponse } from './SpContext';
import type { SiteDefinition } from '../sites';
import { apiRootOf, MODEL_SITE_PATH, siteDefinition } from '../sites';
import { hasSharePointScope } from '../auth/scopes';
import { hasListPermission, hasWebPermission } from './permissions';
import { routeSecurity, routeWebSecurity } from './securityHandlers';
import { SpError, spErrors } from './SpError';
import type { PathSegment } from './spPath';
import { guidArgument, integerArgument, splitPath, stringArgument } from './spPath';
import { contextInfo, createList, getCurrentUser, getLists, getWeb, getWebPermissions } from './webHandlers';
import { EXECUTE_TEMPLATE_SCRIPT, executeTemplateScript } from '../siteScripts/executeTemplateScript';
import { getRegionalSettings, getTimeZone } from './regionalSettings';

export interface SharePointApiOptions {
  db: DatabaseSync;
  digests: FormDigests;
  locale: () => 'nb' | 'nn';
  log?: RequestLog;
  /** The site this dispatcher answers for (default: the model's site). */
  site?: SiteDefinition;
}

type Handler = (ctx: SpContext) => ApiResponse;

const READ = ['GET', 'HEAD'];

function byMethod(ctx: SpContext, resource: string, handlers: Partial<Record<string, Handler>>): ApiResponse {
  const method = ctx.request.method === 'HEAD' ? 'GET' : ctx.request.method;
  const handler = handlers[method] ?? (method === 'PATCH' ? handlers.MERGE : undefined);
  if (!handler) throw spErrors.methodNotAllowed(ctx.request.method, resource);
  return handler(ctx);
}

/** Finds the list a path addresses and returns it with the segments that follow it. */
function resolveList(ctx: SpContext, segments: PathSegment[]): { list: ListRecord; rest: PathSegment[] } | undefined {
  const [first, second] = segments;
  if (!first) return undefined;
  const notFound = (name: string): SpError => spErrors.listNotFound(name, ctx.siteUrl);
  if (first.name === 'getlist' && first.argument !== undefined) {
    const url = stringArgument(first).replace(/^https?:\/\/[^/]+/i, '');
    const sitePrefix = ctx.site.path === '/' ? '/' : `${ctx.site.path}/`;
    const relative = url.toLowerCase().startsWith(sitePrefix.toLowerCase()) ? url.slice(sitePrefix.length) : url.replace(/^\//, '');
    const list = ctx.lists.byUrl(relative);
    if (!list || !visibleList(ctx, list)) throw new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
    return { list, rest: segments.slice(1) };
  }
  if (first.name !== 'lists') return undefined;
  // A list the user has no access to is "not found", as SharePoint trims what the user cannot see.
  const onSite = (list: ListRecord | undefined): ListRecord | undefined =>
    list && list.site.toLowerCase() === ctx.site.path.toLowerCase() && visibleList(ctx, list) ? list : undefined;
  if (first.argument !== undefined) {
    const id = guidArgument(first);
    const list = onSite(ctx.lists.byId(id));
    if (!list) throw notFound(id);
    return { list, rest: segments.slice(1) };
  }
  if (second?.name === 'getbytitle') {
    const title = stringArgument(second);
    const list = onSite(ctx.lists.byTitle(title));
    if (!list) throw notFound(title);
    return { list, rest: segments.slice(2) };
  }
  if (second?.name === 'getbyid') {
    const id = guidArgument(second);
    const list = onSite(ctx.lists.byId(id));
    if (!list) throw notFound(id);
    return { list, rest: segments.slice(2) };
  }
  return undefined;
}

/** Whether the user holds any permission on the list (or on one of its items with unique permissions). */
export function visibleList(ctx: SpContext, list: ListRecord): boolean {
  if (hasListPermission(ctx, list, 'ViewListItems') || hasListPermission(ctx, list, 'Open')) return true;
  return ctx.security.uniqueItemIds(list.num).some((id) => ctx.security.effectiveMaskOf(ctx.principal, { kind: 'item', listNum: list.num, itemId: id }) !== 0n);
}

function routeList(ctx: SpContext, list: ListRecord, rest: PathSegment[]): ApiResponse {
  const [first, second, third] = rest;
  const resource = rest.map((s) => s.raw).join('/') || list.title;
  const security = routeSecurity(ctx, { kind: 'list', listNum: list.num }, rest, list);
  if (security) return security;
  if (!first) {
    return byMethod(ctx, resource, { GET: (c) => getList(c, list), MERGE: (c) => updateList(c, list), DELETE: (c) => deleteList(c, list) });
  }
  if (first.name === 'effectivebasepermissions' && !second) return byMethod(ctx, resource, { GET: (c) => getListPermissions(c, list) });
  if (first.name === 'rootfolder' && !second) return byMethod(ctx, resource, { GET: (c) => getRootFolder(c, list) });
  if (first.name === 'items') {
    let id: number | undefined;
    let after = rest.slice(1);
    if (first.argument !== undefined) id = integerArgument(first);
    else if (second?.name === 'getbyid') {
      id = integerArgument(second);
      after = rest.slice(2);
    }
    if (id === undefined) {
      if (second) throw spErrors.resourceNotFound(second.raw);
      return byMethod(ctx, resource, { GET: (c) => getItems(c, list), POST: (c) => createItem(c, list) });
    }
    const itemId = id;
    if (after.length === 0) {
      return byMethod(ctx, resource, {
        GET: (c) => getItem(c, list, itemId),
        MERGE: (c) => updateItem(c, list, itemId, false),
        PUT: (c) => updateItem(c, list, itemId, true),
        DELETE: (c) => deleteItem(c, list, itemId)
      });
    }
    if (after[0].name === 'effectivebasepermissions' && after.length === 1) return byMethod(ctx, resource, { GET: (c) => getItemPermissions(c, list, itemId) });
    const itemSecurity = routeSecurity(ctx, { kind: 'item', listNum: list.num, itemId }, after, list);
    if (itemSecurity) return itemSecurity;
    throw spErrors.resourceNotFound(after[0].raw);
  }
  if (first.name === 'fields') {
    if (first.argument !== undefined || (second && ['getbyid', 'getbyinternalnameortitle', 'getbytitle'].includes(second.name))) {
      const selector = first.argument !== undefined ? first : (second as PathSegment);
      const by = selector === first || selector.name === 'getbyid' ? 'id' : selector.name === 'getbytitle' ? 'title' : 'nameOrTitle';
      const key = by === 'id' ? guidArgument(selector) : stringArgument(selector);
      const field = findField(ctx, list, by, key);
      const after = first.argument !== undefined ? rest.slice(1) : rest.slice(2);
      if (after.length > 0) throw spErrors.resourceNotFound(after[0].raw);
      return byMethod(ctx, resource, { GET: (c) => getField(c, list, field), MERGE: (c) => updateField(c, list, field), DELETE: (c) => deleteField(c, list, field) });
    }
    if (!second) return byMethod(ctx, resource, { GET: (c) => getFields(c, list), POST: (c) => createFieldFromProperties(c, list) });
    if (second.name === 'createfieldasxml' && !third) return byMethod(ctx, resource, { POST: (c) => createFieldFromXml(c, list) });
    if (second.name === 'addfield' && !third) return byMethod(ctx, resource, { POST: (c) => createFieldFromParameters(c, list) });
    throw spErrors.resourceNotFound(second.raw);
  }
  throw spErrors.resourceNotFound(first.raw);
}

function route(ctx: SpContext): ApiResponse {
  let segments = splitPath(ctx.request.path);
  if (segments.length === 0) throw spErrors.resourceNotFound('_api');
  if (segments[0].name === 'contextinfo' && segments.length === 1) return byMethod(ctx, 'contextinfo', { POST: contextInfo });
  if (segments[0].name === EXECUTE_TEMPLATE_SCRIPT && segments.length === 1) return byMethod(ctx, 'ExecuteTemplateScript', { POST: executeTemplateScript });
  // `_api/lists/…` and `_api/getlist(…)` are shortcuts for `_api/web/lists/…`.
  if (segments[0].name === 'lists' || segments[0].name === 'getlist') segments = [{ name: 'web', raw: 'web' }, ...segments];
  if (segments[0].name !== 'web') throw spErrors.resourceNotFound(segments[0].raw);
  const rest = segments.slice(1);
  if (rest.length === 0) return byMethod(ctx, 'web', { GET: getWeb });
  if (rest.length === 1 && rest[0].name === 'currentuser') return byMethod(ctx, 'currentuser', { GET: getCurrentUser });
  // Regional settings (fields engineer): the site's time zone, which DateOnly values are stored in.
  if (rest[0].name === 'regionalsettings' && rest.length === 1) return byMethod(ctx, 'RegionalSettings', { GET: getRegionalSettings });
  if (rest[0].name === 'regionalsettings' && rest.length === 2 && rest[1].name === 'timezone') return byMethod(ctx, 'TimeZone', { GET: getTimeZone });
  if (rest.length === 1 && rest[0].name === 'effectivebasepermissions') return byMethod(ctx, 'EffectiveBasePermissions', { GET: getWebPermissions });
  if (rest.length === 1 && rest[0].name === 'lists' && rest[0].argument === undefined) return byMethod(ctx, 'lists', { GET: getLists, POST: createList });
  const webSecurity = routeWebSecurity(ctx, rest);
  if (webSecurity) return webSecurity;
  const resolved = resolveList(ctx, rest);
  if (resolved) return routeList(ctx, resolved.list, resolved.rest);
  throw spErrors.resourceNotFound(rest.map((s) => s.raw).join('/'));
}

/**
 * The SharePoint Online REST stand-in for `/sites/tryggebarn/_api/`: authentication (bearer token, or the
 * session cookie plus a form digest for writes), Accept-driven JSON shapes, SharePoint's error shape, and the
 * multipart `$batch` whose parts run through this same dispatcher.
 */
export function createSharePointApi(options: SharePointApiOptions): ApiDispatcher {
  const site = options.site ?? (siteDefinition(MODEL_SITE_PATH) as SiteDefinition);
  const apiRoot = apiRootOf(site.path);
  const dispatch: ApiDispatcher = async (request: ApiRequest): Promise<ApiResponse> => {
    const shape = negotiateShape(request.headers.accept);
    try {
      if (!request.principal) throw spErrors.notSignedIn(request.authProblem ?? 'missing');
      const ctx = createSpContext(options.db, request, request.principal, shape, options.digests, options.locale(), site);
      const isContextInfo = /^contextinfo$/i.test(request.path);
      const isBatch = /^\$batch$/i.test(request.path);
      const isWrite = !READ.includes(request.method);
      // As in SharePoint Online: a bearer token needs no digest; a cookie-authenticated write does, and the
      // digest must come from this site's contextinfo.
      if (isWrite && !isContextInfo && !request.inBatch && request.principal.via === 'cookie' && !options.digests.isValid(request.headers['x-requestdigest'], request.principal, site.path)) {
        throw spErrors.invalidDigest();
      }
      // A bearer token without a SharePoint scope (e.g. SPFx's shared principal with Graph scopes only) reads, but
      // every write is refused (pnp/pnpjs #2570, #2571: "Access is denied. (Exception from HRESULT: 0x80070005 (E_ACCESSDENIED))").
      if (isWrite && !isContextInfo && !isBatch && request.principal.via === 'bearer' && !hasSharePointScope(request.principal.scopes)) {
        throw spErrors.accessDeniedHresult();
      }
      // Nobody without access to the site gets anything from it (the web's Open permission; Limited Access has it).
      if (!hasWebPermission(ctx, 'Open')) throw spErrors.accessDenied();
      if (/^\$batch$/i.test(request.path)) return await runBatch(ctx);
      return route(ctx);
    } catch (e) {
      if (e instanceof SpError) return spErrorResponse(shape, e);
      throw e;
    }
  };

  /** Runs each part independently (not transactional, as in SharePoint) and answers in order. */
  async function runBatch(ctx: SpContext): Promise<ApiResponse> {
    if (ctx.request.method !== 'POST') throw spErrors.methodNotAllowed(ctx.request.method, '$batch');
    const parts = parseBatch(ctx.request.headers['content-type'], ctx.request.body);
    const responses: ApiResponse[] = [];
    for (const part of parts) {
      let url: URL;
      try {
        url = new URL(part.url, ctx.request.origin);
      } catch {
        throw spErrors.badRequest(`The URL '${part.url}' in the batch is not valid.`);
      }
      const prefix = `${apiRoot}/`;
      if (!url.pathname.toLowerCase().startsWith(prefix)) {
        responses.push(spErrorResponse(negotiateShape(part.headers.accept), spErrors.badRequest('The request URL and the URLs inside the batch must target the same site.')));
        continue;
      }
      const inner: ApiRequest = {
        method: part.method,
        path: url.pathname.slice(prefix.length),
        fullPath: url.pathname,
        query: url.searchParams,
        headers: { ...part.headers, authorization: undefined },
        body: part.body,
        origin: ctx.request.origin,
        principal: ctx.request.principal,
        inBatch: true
      };
      const response = await dispatch(inner);
      options.log?.write({ user: ctx.principal.person.userPrincipalName, method: `batch:${part.method}`, path: url.pathname, status: response.status });
      responses.push(response);
    }
    const { contentType, body } = formatBatchResponse(responses);
    return { status: 200, headers: { 'Content-Type': contentType }, body };
  }

  return dispatch;
}
