import { spfi, DefaultHeaders, DefaultInit, type SPFI } from '@pnp/sp';
import { BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { BearerToken, type TokenSource } from './BearerToken';

/**
 * PnPjs for one site, by base URL and token only. BrowserFetchWithRetry retries 429/503/504 honouring
 * Retry-After, which is how SharePoint Online throttles.
 */
export function createSharePointClient(siteUrl: string, getToken: TokenSource): SPFI {
  return spfi(siteUrl).using(DefaultHeaders(), DefaultInit(), BrowserFetchWithRetry({ retries: 5, interval: 300 }), DefaultParse(), BearerToken(getToken));
}
