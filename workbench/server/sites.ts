/**
 * The SharePoint sites of the workbench's one tenant. Each has its own lists, groups, users and role
 * assignments; REST answers at `<path>/_api/…` (the root site at `/_api/…`).
 */
export interface SiteDefinition {
  /** Server-relative URL: `/` for the tenant root, else `/sites/<name>`. */
  path: string;
  title: string;
  description: string;
  /** SP.Web.WebTemplate: SITEPAGEPUBLISHING (communication site) or GROUP (group-connected team site). */
  webTemplate: 'SITEPAGEPUBLISHING' | 'GROUP';
}

/** The model's site: the starter model is seeded here; `SITE_PATH` is its older name. */
export const MODEL_SITE_PATH = '/sites/tryggebarn';
export const TEAM_SITE_PATH = '/sites/barnehage-team';
export const ROOT_SITE_PATH = '/';

export const SITES: readonly SiteDefinition[] = [
  { path: ROOT_SITE_PATH, title: 'Intranett', description: 'Demo kommunes intranett', webTemplate: 'SITEPAGEPUBLISHING' },
  { path: TEAM_SITE_PATH, title: 'Barnehage-teamet', description: 'Teamområde for barnehagene', webTemplate: 'GROUP' },
  { path: MODEL_SITE_PATH, title: 'Trygge Barn', description: 'Trygge Barn – den kommunale modellen', webTemplate: 'SITEPAGEPUBLISHING' }
];

export function siteDefinition(path: string): SiteDefinition | undefined {
  return SITES.find((s) => s.path.toLowerCase() === path.toLowerCase());
}

/** `<path>/_api` — `/_api` for the root site. */
export function apiRootOf(sitePath: string): string {
  return sitePath === ROOT_SITE_PATH ? '/_api' : `${sitePath}/_api`;
}

/** The site's absolute URL as a client addressed us: the root site has no trailing slash (`https://host`). */
export function siteUrlOf(origin: string, sitePath: string): string {
  return sitePath === ROOT_SITE_PATH ? origin : `${origin}${sitePath}`;
}

/** The site a server-relative path belongs to: the longest site path it starts with. */
export function siteOfPath(pathname: string): SiteDefinition {
  const lower = pathname.toLowerCase();
  const nested = SITES.filter((s) => s.path !== ROOT_SITE_PATH && (lower === s.path || lower.startsWith(`${s.path}/`)));
  return nested.sort((a, b) => b.path.length - a.path.length)[0] ?? (siteDefinition(ROOT_SITE_PATH) as SiteDefinition);
}
