/**
 * Which SharePoint site holds the model, and whether a configured address can be it. Pure logic: the web part
 * reads the settings (its own property, then the tenant property) and this decides.
 */

/** The tenant property (storage entity in the tenant app catalog) that names the model site for the whole tenant. */
export const MODEL_SITE_TENANT_PROPERTY = 'TryggeBarnModelSite';

/** The web part property that names the model site for one page (it wins over the tenant property). */
export const MODEL_SITE_WEB_PART_PROPERTY = 'modelSiteUrl';

/** Why an address cannot be the model site. */
export type ModelSiteUrlProblem =
  /** Not an absolute URL (e.g. "/sites/x" or "tryggebarn"). */
  | 'notAbsolute'
  /** http (allowed for localhost only), or another scheme. */
  | 'notHttps'
  /** Another host than the page's tenant: SharePoint REST with the page's session reaches only its own host. */
  | 'otherHost'
  /** Not a site collection address: `/sites/<name>` or `/teams/<name>`, without query or fragment. */
  | 'notSiteCollection';

export type ModelSiteUrlCheck = { ok: true; url: string } | { ok: false; problem: ModelSiteUrlProblem };

const SITE_COLLECTION_PATH = /^\/(sites|teams)\/[^/?#\s]+\/?$/i;
const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * Checks an address typed as the model site against the page's web URL: an absolute https URL of a site
 * collection (`/sites/…` or `/teams/…`) on the same host as the page (http only on localhost). Returns the
 * address without a trailing slash.
 */
export function checkModelSiteUrl(value: string, pageWebUrl: string): ModelSiteUrlCheck {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { ok: false, problem: 'notAbsolute' };
  }
  const local = LOCAL_HOSTS.includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) return { ok: false, problem: 'notHttps' };
  let page: URL | undefined;
  try {
    page = new URL(pageWebUrl);
  } catch {
    page = undefined;
  }
  if (!page || page.host.toLowerCase() !== url.host.toLowerCase()) return { ok: false, problem: 'otherHost' };
  if (url.search || url.hash || url.username || url.password || !SITE_COLLECTION_PATH.test(url.pathname)) {
    return { ok: false, problem: 'notSiteCollection' };
  }
  return { ok: true, url: `${url.origin}${url.pathname.replace(/\/$/, '')}` };
}

/** Where the model site setting came from. */
export type ModelSiteSource = 'webPart' | 'tenant';

export type ModelSiteChoice =
  | { kind: 'configured'; siteUrl: string; source: ModelSiteSource }
  /** Neither the web part property nor the tenant property is set: the admin must set one. */
  | { kind: 'notConfigured' }
  /** A setting exists but cannot be the model site; the product uses no other site instead. */
  | { kind: 'invalid'; source: ModelSiteSource; value: string; problem: ModelSiteUrlProblem };

export interface ModelSiteSettings {
  /** The web part's `modelSiteUrl` property, if any. */
  webPartValue?: string;
  /** The tenant property's value, if set (undefined when unset or unreadable). */
  tenantValue?: string;
  /** The page's web (pageContext.web.absoluteUrl): the tenant host the model site must share. */
  pageWebUrl: string;
}

/**
 * The web part property first, then the tenant property. There is no fallback to the page's own site: a Teams
 * personal app runs on the tenant root and a channel tab on its team's site, and neither is the model site.
 */
export function chooseModelSite(settings: ModelSiteSettings): ModelSiteChoice {
  const candidates: Array<[ModelSiteSource, string | undefined]> = [
    ['webPart', settings.webPartValue],
    ['tenant', settings.tenantValue]
  ];
  for (const [source, raw] of candidates) {
    const value = raw?.trim();
    if (!value) continue;
    const check = checkModelSiteUrl(value, settings.pageWebUrl);
    return check.ok ? { kind: 'configured', siteUrl: check.url, source } : { kind: 'invalid', source, value, problem: check.problem };
  }
  return { kind: 'notConfigured' };
}

/** Whether two site URLs name the same site (case-insensitive, trailing slash ignored). */
export function sameSite(a: string, b: string): boolean {
  const norm = (u: string): string => u.trim().replace(/\/+$/, '').toLowerCase();
  return norm(a) === norm(b);
}

/**
 * How SharePoint REST is authenticated for a site: a site on the page's own origin uses the page's session
 * (cookie + request digest), as SPFx solutions do; any other origin (only the workbench's tenant mode, whose
 * page is on localhost) needs a bearer token.
 */
export function sharePointAuthKind(siteUrl: string, pageOrigin: string): 'pageSession' | 'bearer' {
  try {
    return new URL(siteUrl).origin.toLowerCase() === pageOrigin.toLowerCase() ? 'pageSession' : 'bearer';
  } catch {
    return 'bearer';
  }
}
