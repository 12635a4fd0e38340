import { loadOnce } from '../../core/async/loadOnce';
import type { TokenSource } from '../sharepoint/BearerToken';
import type { SharePointAuth } from '../sharepoint/createSharePointClient';
import type { TenantPropertyRead } from '../ports/ModelStore';

type SharePointChunk = typeof import('./sharePointServices');

/**
 * The SharePoint data layer (PnPjs, the list mapping and schema, the time-zone library), fetched the first time
 * anything asks SharePoint: a warm open paints from the device cache before that, so the entry never parses it.
 */
export const loadSharePointChunk: () => Promise<SharePointChunk> = loadOnce(() => import(/* webpackChunkName: 'sharepoint' */ './sharePointServices'));

/** The tenant property `TryggeBarnModelSite` from the given web; rejects only when the chunk cannot be loaded. */
export async function readTenantProperty(webUrl: string, auth: SharePointAuth | TokenSource): Promise<TenantPropertyRead> {
  return (await loadSharePointChunk()).readTenantProperty(webUrl, auth);
}
