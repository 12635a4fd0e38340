import { spfi, DefaultHeaders, DefaultInit, RequestDigest, type SPFI } from '@pnp/sp';
import { DefaultParse, type Queryable } from '@pnp/queryable';
import { dateAdd } from '@pnp/core';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { BearerToken, type TokenSource } from './BearerToken';
import { SafeFetchWithRetry } from './SafeFetchWithRetry';

/** The page's own form digest, as SPFx gives it in `pageContext.legacyPageContext`. */
export interface PageFormDigest {
  /** The page's web (`pageContext.web.absoluteUrl`): the digest is valid for this web only. */
  webUrl: string;
  /** `legacyPageContext.formDigestValue`: "0x…,<date>". */
  value: string;
  /** `legacyPageContext.formDigestTimeoutSeconds` (SharePoint's default is 1800). */
  timeoutSeconds?: number;
}

/**
 * How SharePoint REST is authenticated.
 * - `pageSession`: the page's own session, as SPFx solutions call SharePoint (PnPjs `SPFx(context)`): the browser
 *   sends the page's cookie (same origin, `credentials: 'same-origin'`), and every write carries `X-RequestDigest`
 *   — the page's digest for its own web, otherwise one from the target web's `_api/contextinfo`. No token from
 *   SPFx's AadTokenProvider goes to SharePoint: such a token belongs to the shared "SharePoint Online Client
 *   Extensibility" principal, whose SharePoint writes fail (pnp/pnpjs #2570, #2571, #2572, #2606).
 * - `bearer`: a token for the SharePoint origin on each request (no digest needed): tools, tests, and the
 *   workbench's tenant mode, whose page is not on the tenant's origin and so has no SharePoint session.
 */
export type SharePointAuth = { kind: 'pageSession'; pageDigest?: PageFormDigest } | { kind: 'bearer'; getToken: TokenSource };

/** Seconds a digest is used before its stated timeout, so it never expires in flight (PnPjs does the same). */
const DIGEST_MARGIN_SECONDS = 15;

/**
 * PnPjs's RequestDigest behaviour, given the page's digest for the page's own web (as PnPjs's SPFx behaviour
 * does); for any other web — the model site may not be the page's web — PnPjs fetches one from that web's
 * `_api/contextinfo` and caches it until it expires.
 */
export function PageRequestDigest(pageDigest?: PageFormDigest): (instance: Queryable) => Queryable {
  return RequestDigest((url) => {
    if (!pageDigest?.value) return undefined;
    const webApi = `${pageDigest.webUrl.replace(/\/+$/, '')}/_api/`.toLowerCase();
    if (!url.toLowerCase().startsWith(webApi)) return undefined;
    const issued = new Date(pageDigest.value.split(',')[1] ?? '');
    if (Number.isNaN(issued.getTime())) return undefined;
    const seconds = (pageDigest.timeoutSeconds ?? 1800) - DIGEST_MARGIN_SECONDS;
    const expiration = dateAdd(issued, 'second', seconds) ?? new Date(issued.getTime() + seconds * 1000);
    return { value: pageDigest.value, expiration };
  });
}

/**
 * PnPjs for one site. SafeFetchWithRetry resends after SharePoint's throttling (429/503 with Retry-After) and
 * after dropped reads, never after a dropped write. `auth` is a token source (bearer) or a SharePointAuth.
 */
export function createSharePointClient(siteUrl: string, auth: TokenSource | SharePointAuth): SPFI {
  const mode: SharePointAuth = typeof auth === 'function' ? { kind: 'bearer', getToken: auth } : auth;
  const common = [DefaultHeaders(), DefaultInit(), SafeFetchWithRetry({ retries: 5, interval: 300 }), DefaultParse()];
  const signing = mode.kind === 'bearer' ? BearerToken(mode.getToken) : PageRequestDigest(mode.pageDigest);
  return spfi(siteUrl).using(...common, signing);
}
