import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiResponse } from '../http/ApiExchange';
import type { GraphContext } from './GraphContext';
import { graphJson, selectGraphProperties } from './GraphContext';
import { graphErrors } from './GraphError';

/**
 * The two directory reads a tenant check needs to see which Graph permissions were approved for SPFx:
 *
 * - `GET /servicePrincipals?$filter=displayName eq '…'` ("List servicePrincipals",
 *   https://learn.microsoft.com/en-us/graph/api/serviceprincipal-list) — SPFx's requests approved in "API access"
 *   are granted to the service principal "SharePoint Online Client Extensibility Web Application Principal"
 *   ("Connect to Azure AD-secured APIs in SharePoint Framework solutions");
 * - `GET /oauth2PermissionGrants?$filter=clientId eq '{id}'` ("List oauth2PermissionGrants",
 *   https://learn.microsoft.com/en-us/graph/api/oauth2permissiongrant-list): the grant's `scope` is a
 *   space-separated list of the delegated permissions; `consentType` `AllPrincipals` is admin consent.
 * - `PATCH /oauth2PermissionGrants/{id}` with `{ scope }` ("Update a delegated permission grant"), so a test can
 *   take a permission away.
 *
 * The workbench tenant has approved exactly what config/package-solution.json requests.
 */

export const SPFX_PRINCIPAL_NAME = 'SharePoint Online Client Extensibility Web Application Principal';
const SPFX_PRINCIPAL_ID = '5d1c7b2e-8f0a-4c3b-9e61-2a7f4b8c9d01';
const SPFX_APP_ID = '8b9c3f12-4e5d-4a6b-8c7d-9e0f1a2b3c4d';
/** Microsoft Graph's own service principal; its appId is the same in every tenant. */
const GRAPH_PRINCIPAL_ID = 'a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d';
const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
const GRANT_ID = 'Ehxd-gqPO0yeYSp_S4ydAQPvpiU5u7hJ';

function requestedScopes(): string {
  const solution = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'config', 'package-solution.json'), 'utf8')) as {
    solution: { webApiPermissionRequests?: Array<{ resource: string; scope: string }> };
  };
  return (solution.solution.webApiPermissionRequests ?? [])
    .filter((r) => r.resource === 'Microsoft Graph')
    .map((r) => r.scope)
    .join(' ');
}

function ensureTable(ctx: GraphContext): void {
  ctx.db.exec('CREATE TABLE IF NOT EXISTS workbench_oauth2_grants (id TEXT PRIMARY KEY, client_id TEXT NOT NULL, resource_id TEXT NOT NULL, scope TEXT NOT NULL)');
  ctx.db.prepare('INSERT OR IGNORE INTO workbench_oauth2_grants (id, client_id, resource_id, scope) VALUES (?, ?, ?, ?)').run(GRANT_ID, SPFX_PRINCIPAL_ID, GRAPH_PRINCIPAL_ID, requestedScopes());
}

const PRINCIPALS = [
  { id: SPFX_PRINCIPAL_ID, appId: SPFX_APP_ID, displayName: SPFX_PRINCIPAL_NAME, servicePrincipalType: 'Application', accountEnabled: true },
  { id: GRAPH_PRINCIPAL_ID, appId: GRAPH_APP_ID, displayName: 'Microsoft Graph', servicePrincipalType: 'Application', accountEnabled: true }
];

/** `$filter=<property> eq '<value>'`, the one form the two lists are read with here. */
function equalityFilter(ctx: GraphContext, allowed: string[]): { property: string; value: string } | undefined {
  const filter = ctx.request.query.get('$filter');
  if (filter === null) return undefined;
  const match = /^\s*(\w+)\s+eq\s+'((?:[^']|'')*)'\s*$/i.exec(filter);
  const property = match ? allowed.find((p) => p.toLowerCase() === match[1].toLowerCase()) : undefined;
  if (!match || !property) throw graphErrors.badRequest(`Invalid filter clause: ${filter}`, 'Request_UnsupportedQuery');
  return { property, value: match[2].replace(/''/g, "'") };
}

function collection(ctx: GraphContext, entitySet: string, values: Record<string, unknown>[]): ApiResponse {
  const select = ctx.request.query.get('$select');
  return graphJson(200, { '@odata.context': `${ctx.root}/$metadata#${entitySet}`, value: values.map((v) => selectGraphProperties(v, select)) });
}

export function listServicePrincipals(ctx: GraphContext): ApiResponse {
  const filter = equalityFilter(ctx, ['displayName', 'appId', 'id']);
  const values = PRINCIPALS.filter((p) => !filter || String((p as Record<string, unknown>)[filter.property]) === filter.value);
  return collection(ctx, 'servicePrincipals', values);
}

interface GrantRow {
  id: string;
  client_id: string;
  resource_id: string;
  scope: string;
}

function grantResource(row: GrantRow): Record<string, unknown> {
  return { id: row.id, clientId: row.client_id, consentType: 'AllPrincipals', principalId: null, resourceId: row.resource_id, scope: row.scope };
}

export function listOAuth2PermissionGrants(ctx: GraphContext): ApiResponse {
  ensureTable(ctx);
  const filter = equalityFilter(ctx, ['clientId', 'resourceId']);
  const rows = ctx.db.prepare('SELECT * FROM workbench_oauth2_grants').all() as unknown as GrantRow[];
  const values = rows.map(grantResource).filter((g) => !filter || g[filter.property] === filter.value);
  return collection(ctx, 'oauth2PermissionGrants', values);
}

export function updateOAuth2PermissionGrant(ctx: GraphContext, id: string): ApiResponse {
  ensureTable(ctx);
  let body: { scope?: unknown };
  try {
    body = JSON.parse(ctx.request.body || '{}') as { scope?: unknown };
  } catch {
    throw graphErrors.badRequest('Invalid JSON in the request body.');
  }
  if (typeof body.scope !== 'string') throw graphErrors.badRequest("The request needs 'scope'.");
  const changed = ctx.db.prepare('UPDATE workbench_oauth2_grants SET scope = ? WHERE id = ?').run(body.scope, id);
  if (Number(changed.changes) === 0) throw graphErrors.badRequest(`Resource '${id}' does not exist or one of its queried reference-property objects are not present.`, 'Request_ResourceNotFound');
  return { status: 204, headers: {} };
}

/** Routes `servicePrincipals` and `oauth2PermissionGrants[/{id}]`; undefined for any other path. */
export function routeDirectoryGrants(ctx: GraphContext, segments: string[]): ApiResponse | undefined {
  const lower = segments.map((s) => s.toLowerCase());
  const method = ctx.request.method;
  if (lower[0] === 'serviceprincipals' && lower.length === 1) {
    if (method !== 'GET') throw graphErrors.methodNotAllowed();
    return listServicePrincipals(ctx);
  }
  if (lower[0] === 'oauth2permissiongrants') {
    if (lower.length === 1 && method === 'GET') return listOAuth2PermissionGrants(ctx);
    if (lower.length === 2 && method === 'PATCH') return updateOAuth2PermissionGrant(ctx, segments[1]);
    throw graphErrors.methodNotAllowed();
  }
  return undefined;
}
