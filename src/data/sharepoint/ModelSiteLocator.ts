import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import { MODEL_SITE_TENANT_PROPERTY } from '../../core/hosting/modelSiteUrl';

/** What reading the tenant property gave. */
export type TenantPropertyRead = { kind: 'set'; value: string } | { kind: 'unset' } | { kind: 'unreadable' };

/**
 * Reads the tenant-wide model site from the tenant property (storage entity) `TryggeBarnModelSite`:
 * `GET <any web>/_api/web/GetStorageEntity('TryggeBarnModelSite')` → `{ Value, Comment, Description }`, readable
 * from every site of the tenant ("Tenant properties" — PnPjs: getStorageEntity "can be used from any web";
 * Set-SPOStorageEntity stores it in the tenant app catalog). An unset key answers with no Value.
 */
export class ModelSiteLocator {
  public constructor(private readonly pageWeb: SPFI) {}

  public async readTenantProperty(): Promise<TenantPropertyRead> {
    try {
      const entity = (await this.pageWeb.web.getStorageEntity(MODEL_SITE_TENANT_PROPERTY)) as { Value?: string | null } | null;
      const value = entity?.Value?.trim();
      return value ? { kind: 'set', value } : { kind: 'unset' };
    } catch {
      return { kind: 'unreadable' };
    }
  }
}
