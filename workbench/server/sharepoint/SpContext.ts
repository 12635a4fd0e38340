import type { DatabaseSync } from 'node:sqlite';
import type { Principal } from '../auth/Principal';
import type { ApiRequest, ApiResponse } from '../http/ApiExchange';
import type { FormDigests } from './FormDigests';
import { ItemRepository } from './ItemRepository';
import { ListRepository } from './ListRepository';
import type { ODataShape } from './odataShape';
import { contentTypeOf, errorBody } from './odataShape';
import type { SpError } from './SpError';
import type { SiteDefinition } from '../sites';
import { MODEL_SITE_PATH, siteUrlOf } from '../sites';
import { SiteSecurity } from './security/SiteSecurity';
import { setPermissionContext } from './permissions';

/** The model's site. Kept for older imports; the workbench hosts several sites (see ../sites.ts). */
export const SITE_PATH = MODEL_SITE_PATH;

/** Everything a SharePoint handler needs for one request. */
export interface SpContext {
  db: DatabaseSync;
  lists: ListRepository;
  items: ItemRepository;
  request: ApiRequest;
  principal: Principal;
  shape: ODataShape;
  /** The site the request addresses. */
  site: SiteDefinition;
  /** Its users, groups and role assignments. */
  security: SiteSecurity;
  /** `http://host:port/sites/tryggebarn` (the root site: `http://host:port`), as the client addressed us. */
  siteUrl: string;
  digests: FormDigests;
  locale: 'nb' | 'nn';
}

export function createSpContext(
  db: DatabaseSync,
  request: ApiRequest,
  principal: Principal,
  shape: ODataShape,
  digests: FormDigests,
  locale: 'nb' | 'nn',
  site: SiteDefinition
): SpContext {
  const ctx: SpContext = {
    db,
    lists: new ListRepository(db, site.path),
    items: new ItemRepository(db),
    request,
    principal,
    shape,
    site,
    security: new SiteSecurity(db, site.path),
    siteUrl: siteUrlOf(request.origin, site.path),
    digests,
    locale
  };
  setPermissionContext(ctx);
  return ctx;
}

const COMMON_HEADERS = { 'X-SharePointHealthScore': '0', DATASERVICEVERSION: '3.0' };

export function spJson(shape: ODataShape, status: number, body: unknown, headers: Record<string, string> = {}): ApiResponse {
  return { status, headers: { 'Content-Type': contentTypeOf(shape), ...COMMON_HEADERS, ...headers }, body: JSON.stringify(body) };
}

export function spEmpty(status: number, headers: Record<string, string> = {}): ApiResponse {
  return { status, headers: { ...COMMON_HEADERS, ...headers } };
}

export function spErrorResponse(shape: ODataShape, error: SpError): ApiResponse {
  return spJson(shape, error.status, errorBody(shape, error), error.headers);
}
