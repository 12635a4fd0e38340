import type { DatabaseSync } from 'node:sqlite';
import type { Principal } from '../auth/Principal';
import type { ApiRequest, ApiResponse } from '../http/ApiExchange';
import type { FormDigests } from './FormDigests';
import { ItemRepository } from './ItemRepository';
import { ListRepository } from './ListRepository';
import type { ODataShape } from './odataShape';
import { contentTypeOf, errorBody } from './odataShape';
import type { SpError } from './SpError';

/** The one site the stand-in hosts. */
export const SITE_PATH = '/sites/tryggebarn';

/** Everything a SharePoint handler needs for one request. */
export interface SpContext {
  db: DatabaseSync;
  lists: ListRepository;
  items: ItemRepository;
  request: ApiRequest;
  principal: Principal;
  shape: ODataShape;
  /** `http://host:port/sites/tryggebarn`, as the client addressed us. */
  siteUrl: string;
  digests: FormDigests;
  locale: 'nb' | 'nn';
}

export function createSpContext(db: DatabaseSync, request: ApiRequest, principal: Principal, shape: ODataShape, digests: FormDigests, locale: 'nb' | 'nn'): SpContext {
  return {
    db,
    lists: new ListRepository(db),
    items: new ItemRepository(db),
    request,
    principal,
    shape,
    siteUrl: `${request.origin}${SITE_PATH}`,
    digests,
    locale
  };
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
