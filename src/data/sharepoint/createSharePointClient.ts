import { spfi, DefaultHeaders, DefaultInit, type SPFI } from '@pnp/sp';
import { DefaultParse } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { BearerToken, type TokenSource } from './BearerToken';
import { SafeFetchWithRetry } from './SafeFetchWithRetry';

/**
 * PnPjs for one site, by base URL and token only. SafeFetchWithRetry resends after SharePoint's throttling
 * (429/503 with Retry-After) and after dropped reads, never after a dropped write.
 */
export function createSharePointClient(siteUrl: string, getToken: TokenSource): SPFI {
  return spfi(siteUrl).using(DefaultHeaders(), DefaultInit(), SafeFetchWithRetry({ retries: 5, interval: 300 }), DefaultParse(), BearerToken(getToken));
}
