import type { DatabaseSync } from 'node:sqlite';
import type { ApiResponse } from '../http/ApiExchange';
import { siteUrlOf } from '../sites';
import { ODataEntity, entityBody } from './odataShape';
import type { SpContext } from './SpContext';
import { spJson } from './SpContext';
import { spErrors } from './SpError';

/**
 * Tenant properties (storage entities): set by tenant administrators on the tenant app catalog
 * (Set-SPOStorageEntity, https://learn.microsoft.com/en-us/powershell/module/sharepoint-online/set-spostorageentity)
 * and readable from every site with `_api/web/GetStorageEntity('<key>')`
 * ("@pnp/sp/web - tenant properties", https://pnp.github.io/pnpjs/sp/tenant-properties/: set and remove "MUST be
 * called in the context of the app catalog web or you will get an access denied message"). An absent key answers
 * `{"odata.null": true}` (CLI for Microsoft 365 `spo storageentity get` reports "Property with key … not found"
 * on exactly that).
 */

export interface StorageEntityInput {
  value: string;
  /** 'site-url': `value` is a server-relative site path answered as an absolute URL of the caller's origin. */
  kind?: 'text' | 'site-url';
  comment?: string | null;
  description?: string | null;
}

/** The tenant property naming the model's site, which the web part reads to find the model from any site. */
export const MODEL_SITE_PROPERTY = 'TryggeBarnModelSite';

export function setStorageEntity(db: DatabaseSync, key: string, input: StorageEntityInput): void {
  db.prepare(
    `INSERT INTO storage_entities(key, value, value_kind, comment, description) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET value = excluded.value, value_kind = excluded.value_kind, comment = excluded.comment, description = excluded.description`
  ).run(key, input.value, input.kind ?? 'text', input.comment ?? null, input.description ?? null);
}

export function removeStorageEntity(db: DatabaseSync, key: string): boolean {
  return Number(db.prepare('DELETE FROM storage_entities WHERE key = ?').run(key).changes) > 0;
}

export function readStorageEntity(db: DatabaseSync, key: string, origin: string): { Value: string; Comment: string | null; Description: string | null } | undefined {
  const row = db.prepare('SELECT value, value_kind, comment, description FROM storage_entities WHERE key = ?').get(key) as
    | { value: string; value_kind: string; comment: string | null; description: string | null }
    | undefined;
  if (!row) return undefined;
  const value = row.value_kind === 'site-url' ? siteUrlOf(origin, row.value) : row.value;
  return { Value: value, Comment: row.comment, Description: row.description };
}

export function getStorageEntity(ctx: SpContext, key: string): ApiResponse {
  const entity = readStorageEntity(ctx.db, key, ctx.request.origin);
  if (!entity) return spJson(ctx.shape, 200, ctx.shape === 'verbose' ? { d: { GetStorageEntity: null } } : { 'odata.null': true });
  const path = `web/getstorageentity('${key.replace(/'/g, "''")}')`;
  const odata = new ODataEntity(
    { type: 'Microsoft.SharePoint.ClientSideComponent.StorageEntity', id: `${ctx.siteUrl}/_api/${path}`, uri: `${ctx.siteUrl}/_api/${path}`, editLink: path },
    { Comment: entity.Comment, Description: entity.Description, Value: entity.Value }
  );
  return spJson(ctx.shape, 200, entityBody(ctx.shape, ctx.siteUrl, 'SP.ApiData.StorageEntitys', odata));
}

/** The workbench has no app catalog site, so SetStorageEntity/RemoveStorageEntity are refused on every site. */
export function refuseStorageEntityWrite(_ctx: SpContext): ApiResponse {
  throw spErrors.accessDenied();
}
