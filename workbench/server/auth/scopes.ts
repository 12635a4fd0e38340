/**
 * Delegated scopes (`scp`) as Entra ID issues them to the two clients the product runs under, and the checks
 * SharePoint and Graph make against them.
 */

/** Our own app registration (tenant mode, README "Against a real tenant"): what the registration requests. */
export const APP_CLIENT = {
  id: '5d3c1a7e-2b9f-4c61-8e0d-6f4a2b1c9e37',
  displayName: 'Trygge Barn (workbench)',
  scopes: ['AllSites.Write', 'Calendars.ReadBasic', 'Calendars.ReadWrite', 'User.ReadBasic.All']
} as const;

/**
 * The tenant's shared "SharePoint Online Client Extensibility Web Application Principal" that SPFx's
 * AadTokenProvider gets tokens for: it holds only the scopes approved on the API access page for packages'
 * `webApiPermissionRequests` — Graph scopes here, no SharePoint scope.
 */
export const SPFX_CLIENT = {
  id: '08e18876-6177-487e-b8b5-cf950c1e598c',
  displayName: 'SharePoint Online Client Extensibility Web Application Principal',
  scopes: ['Calendars.ReadBasic', 'Calendars.ReadWrite', 'User.ReadBasic.All']
} as const;

export type TokenClient = 'app' | 'spfx';

export function clientOf(client: TokenClient): typeof APP_CLIENT | typeof SPFX_CLIENT {
  return client === 'spfx' ? SPFX_CLIENT : APP_CLIENT;
}

export function parseScopes(scp: string | undefined): string[] {
  return (scp ?? '').split(/\s+/).filter((s) => s !== '');
}

/**
 * Whether a bearer token carries a SharePoint delegated scope. SharePoint Online refuses writes from a token
 * without one with 403 `System.UnauthorizedAccessException` (pnp/pnpjs #2570, #2571, fixed on the client side
 * by PR #2572: the SPFx principal without SharePoint scopes is checked before the cookie), while reads with
 * such a token are reported to work.
 */
export function hasSharePointScope(scopes: readonly string[]): boolean {
  return scopes.some((s) => /^(AllSites|Sites|MyFiles)\./i.test(s));
}

/** The Graph operations the workbench serves, by the permissions Microsoft lists for each. */
export type GraphOperation = 'getSchedule' | 'createEvent' | 'readOwnEvents' | 'readUsers' | 'me';

/**
 * Delegated permissions that allow each operation (least privileged first), from the "Permissions" table of
 * each Graph v1.0 page: calendar-getschedule (Calendars.ReadBasic, Calendars.Read, Calendars.ReadWrite),
 * user-post-events (Calendars.ReadWrite), user-list-events (Calendars.ReadBasic, Calendars.Read,
 * Calendars.ReadWrite), user-list / user-get (User.ReadBasic.All, User.Read.All, User.ReadWrite.All,
 * Directory.Read.All, Directory.ReadWrite.All), user-get for /me (User.Read and any of the above).
 */
export const GRAPH_PERMISSIONS: Record<GraphOperation, readonly string[]> = {
  getSchedule: ['Calendars.ReadBasic', 'Calendars.Read', 'Calendars.ReadWrite'],
  createEvent: ['Calendars.ReadWrite'],
  readOwnEvents: ['Calendars.ReadBasic', 'Calendars.Read', 'Calendars.ReadWrite'],
  readUsers: ['User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  me: ['User.Read', 'User.ReadWrite', 'User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All']
};

export interface GraphScopeRefusal {
  status: 403;
  code: 'ErrorAccessDenied' | 'Authorization_RequestDenied';
  message: string;
}

/**
 * Graph's answer when the token lacks every permission an operation accepts: Exchange-backed calendar
 * endpoints answer `ErrorAccessDenied` "Access is denied. Check credentials and try again."; directory
 * endpoints answer `Authorization_RequestDenied` "Insufficient privileges to complete the operation."
 * Returns undefined when the token may call it.
 */
export function checkGraphScopes(scopes: readonly string[], operation: GraphOperation): GraphScopeRefusal | undefined {
  const granted = new Set(scopes.map((s) => s.toLowerCase()));
  if (GRAPH_PERMISSIONS[operation].some((p) => granted.has(p.toLowerCase()))) return undefined;
  if (operation === 'readUsers' || operation === 'me') {
    return { status: 403, code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' };
  }
  return { status: 403, code: 'ErrorAccessDenied', message: 'Access is denied. Check credentials and try again.' };
}
