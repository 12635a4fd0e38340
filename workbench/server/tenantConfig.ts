/**
 * Pointing the workbench page at a real Microsoft 365 tenant instead of the local stand-in: the page signs in
 * with @azure/msal-browser (an Entra ID app registration of type SPA with http://localhost:<port>/ as redirect
 * URI) and calls the tenant's SharePoint site and Microsoft Graph directly, with the same bundle and data layer.
 *
 *   WORKBENCH_TENANT_CLIENT_ID  the app registration's client ID (a GUID)
 *   WORKBENCH_TENANT_ID         the directory: a GUID or a domain such as demokommune.onmicrosoft.com
 *   WORKBENCH_TENANT_SITE_URL   the SharePoint site holding the model's lists (https://<tenant>.sharepoint.com/sites/…)
 */
/** The page MSAL's sign-in responses come back to (served by mountPage). */
export const REDIRECT_BRIDGE_PATH = '/workbench/auth/redirect';

export interface TenantConfig {
  clientId: string;
  authority: string;
  redirectUri: string;
  siteUrl: string;
  /** Delegated scopes the page asks for: SharePoint (the site's origin) and the Graph scopes the product uses. */
  sharePointScopes: string[];
  graphScopes: string[];
  /** Origins the page may talk to, for its Content-Security-Policy. */
  connectOrigins: string[];
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

/** The Graph scopes of config/package-solution.json, least privilege first. */
export const GRAPH_SCOPES = ['Calendars.ReadBasic', 'Calendars.ReadWrite', 'User.ReadBasic.All'];

export type TenantConfigResult = { kind: 'off' } | { kind: 'invalid'; problems: string[] } | { kind: 'on'; config: TenantConfig };

export function readTenantConfig(env: Record<string, string | undefined>, port: number): TenantConfigResult {
  const clientId = env.WORKBENCH_TENANT_CLIENT_ID?.trim();
  const tenant = env.WORKBENCH_TENANT_ID?.trim();
  const site = env.WORKBENCH_TENANT_SITE_URL?.trim();
  if (!clientId && !tenant && !site) return { kind: 'off' };
  const problems: string[] = [];
  if (!clientId || !GUID.test(clientId)) problems.push('WORKBENCH_TENANT_CLIENT_ID must be the app registration’s client ID (a GUID).');
  if (!tenant || !(GUID.test(tenant) || DOMAIN.test(tenant))) problems.push('WORKBENCH_TENANT_ID must be the tenant ID (a GUID) or its domain.');
  let siteUrl: URL | undefined;
  try {
    siteUrl = site ? new URL(site) : undefined;
  } catch {
    siteUrl = undefined;
  }
  if (!siteUrl || siteUrl.protocol !== 'https:' || !siteUrl.hostname.endsWith('.sharepoint.com') || !/^\/sites\/[^/]+/.test(siteUrl.pathname)) {
    problems.push('WORKBENCH_TENANT_SITE_URL must be a SharePoint Online site, e.g. https://demokommune.sharepoint.com/sites/tryggebarn.');
  }
  if (problems.length > 0 || !siteUrl || !clientId || !tenant) return { kind: 'invalid', problems };
  const origin = siteUrl.origin;
  return {
    kind: 'on',
    config: {
      clientId,
      authority: `https://login.microsoftonline.com/${tenant}`,
      // MSAL Browser v5 returns every sign-in response to its redirect bridge page, which hands it to the page
      // ("Set up the redirect bridge page in MSAL Browser"); this exact URI is registered on the app.
      redirectUri: `http://localhost:${port}${REDIRECT_BRIDGE_PATH}`,
      siteUrl: `${origin}${siteUrl.pathname.replace(/\/+$/, '')}`,
      sharePointScopes: [`${origin}/AllSites.Write`],
      graphScopes: GRAPH_SCOPES,
      connectOrigins: [origin, 'https://login.microsoftonline.com', 'https://graph.microsoft.com']
    }
  };
}
