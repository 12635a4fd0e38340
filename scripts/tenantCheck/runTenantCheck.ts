import type { Client } from '@microsoft/microsoft-graph-client';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/regional-settings';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planProvisioning } from '../../src/core/provisioning/planProvisioning';
import type { ProvisioningAction } from '../../src/core/provisioning/ProvisioningAction';
import { LIST_PERMISSIONS, MODEL_EDITORS_GROUP } from '../../src/core/schema/listPermissions';
import { LISTS } from '../../src/core/schema/lists';
import { ModelSiteLocator } from '../../src/data/sharepoint/ModelSiteLocator';
import { SharePointSiteProvisioner } from '../../src/data/sharepoint/SharePointSiteProvisioner';

/** One line of the checklist: ✔ ok, ✘ must be fixed (non-zero exit), ! worth a look. */
export interface CheckLine {
  status: 'ok' | 'fail' | 'warn';
  check: string;
  /** What was found and, when not ok, what to do. */
  detail: string;
}

export interface TenantCheckOptions {
  /** The model site's absolute URL. */
  siteUrl: string;
  /** PnPjs against the site, with a token of the site's owner (reading role assignments needs it). */
  sp: SPFI;
  /** Microsoft Graph (a Client with Application.Read.All / Directory.Read.All); without it the Graph check is skipped. */
  graph?: Client;
}

/** "SharePoint Online Client Extensibility Web Application Principal": holds the Graph permissions SPFx requests. */
export const SPFX_PRINCIPAL_NAME = 'SharePoint Online Client Extensibility Web Application Principal';

const PROVISION = 'run `npm run provision -- --site <site> --token-command "<cmd>"` (or "Set up this site" in the web part) as a site owner';

function requestedGraphScopes(): string[] {
  const solution = JSON.parse(readFileSync(join(__dirname, '..', '..', 'config', 'package-solution.json'), 'utf8')) as {
    solution: { webApiPermissionRequests?: Array<{ resource: string; scope: string }> };
  };
  return (solution.solution.webApiPermissionRequests ?? []).filter((r) => r.resource === 'Microsoft Graph').map((r) => r.scope);
}

function describe(action: ProvisioningAction): string {
  switch (action.kind) {
    case 'createList':
      return 'the list is missing';
    case 'renameList':
      return `the list is still called "${action.from}"`;
    case 'configureTitleField':
      return 'the Title column still has its English name';
    case 'addField':
      return `column ${action.field} is missing`;
    case 'indexField':
      return `column ${action.field} is not indexed`;
    case 'enableVersioning':
      return 'version history is off';
    case 'disableContentApproval':
      return 'content approval is on: staff would not see a routine until someone approves it';
    case 'createEditorsGroup':
      return `the group «${action.group}» does not exist`;
    case 'breakInheritance':
      return 'inherits the site\'s permissions (site Members could edit the model)';
    case 'grantRole':
      return `the ${action.principal === 'editors' ? `«${MODEL_EDITORS_GROUP}»` : action.principal} group lacks ${action.level}`;
    case 'setItemSecurity':
      return 'item-level permissions are not "read and edit only their own items"';
  }
}

/** The lists, columns, permissions and settings, compared with the schemas and LIST_PERMISSIONS (read only). */
async function checkSite(options: TenantCheckOptions): Promise<CheckLine[]> {
  const provisioner = new SharePointSiteProvisioner(options.sp);
  const site = await provisioner.readSite();
  const plan = planProvisioning(site);
  const lines: CheckLine[] = [];
  const groupAction = plan.actions.find((a) => a.kind === 'createEditorsGroup');
  lines.push(
    groupAction
      ? { status: 'fail', check: `group «${MODEL_EDITORS_GROUP}»`, detail: `${describe(groupAction)}; ${PROVISION}, then add the project group in Site permissions` }
      : { status: 'ok', check: `group «${MODEL_EDITORS_GROUP}»`, detail: 'exists' }
  );
  for (const schema of LISTS) {
    const actions = plan.actions.filter((a) => 'list' in a && a.list === schema.key);
    const warnings = plan.warnings.filter((w) => w.list === schema.title);
    const structure = actions.filter((a) => ['createList', 'renameList', 'addField', 'indexField', 'enableVersioning'].includes(a.kind));
    const cosmetic = actions.filter((a) => a.kind === 'configureTitleField');
    const permissions = actions.filter((a) => ['breakInheritance', 'grantRole', 'setItemSecurity'].includes(a.kind));
    const approval = actions.filter((a) => a.kind === 'disableContentApproval');
    const columns = schema.fields.length;
    if (structure.length > 0) lines.push({ status: 'fail', check: `${schema.title}: lists and columns`, detail: `${structure.map(describe).join('; ')}; ${PROVISION}` });
    else lines.push({ status: 'ok', check: `${schema.title}: lists and columns`, detail: `${columns} columns with their types and indexes` });
    for (const w of warnings) lines.push({ status: 'fail', check: `${schema.title}: column ${w.field ?? ''}`.trim(), detail: `${w.message} Fix it by hand in the list settings.` });
    for (const a of cosmetic) lines.push({ status: 'warn', check: `${schema.title}: Title column`, detail: `${describe(a)}; ${PROVISION}` });
    const target = LIST_PERMISSIONS.find((p) => p.list === schema.key);
    if (permissions.length > 0) lines.push({ status: 'fail', check: `${schema.title}: permissions`, detail: `${permissions.map(describe).join('; ')}; ${PROVISION}` });
    else if (target && !actions.some((a) => a.kind === 'createList')) {
      const itemLevel = target.readSecurity === 2 ? ', each user reads and edits only their own items' : '';
      lines.push({ status: 'ok', check: `${schema.title}: permissions`, detail: `unique: ${target.grants.map((g) => `${g.principal} ${g.level}`).join(', ')}${itemLevel}` });
    }
    if (approval.length > 0) lines.push({ status: 'fail', check: `${schema.title}: content approval`, detail: `${describe(approval[0])}; switch it off (List settings → Versioning settings) or ${PROVISION}` });
  }
  return lines;
}

function sameSite(a: string, b: string): boolean {
  const norm = (u: string): string => u.trim().replace(/\/+$/, '').toLowerCase();
  return norm(a) === norm(b);
}

async function checkTenantProperty(options: TenantCheckOptions): Promise<CheckLine> {
  const check = 'tenant property TryggeBarnModelSite';
  const fix = `as a SharePoint administrator: \`m365 spo storageentity set --appCatalogUrl <tenant app catalog> --key TryggeBarnModelSite --value ${options.siteUrl} --description "Trygge Barn model site"\` (or Set-PnPStorageEntity -Scope Tenant)`;
  const read = await new ModelSiteLocator(options.sp).readTenantProperty();
  if (read.kind === 'unreadable') return { status: 'fail', check, detail: `could not be read; ${fix}` };
  if (read.kind === 'unset') return { status: 'fail', check, detail: `is not set, so pages on other sites and Teams tabs cannot find the model; ${fix}` };
  if (!sameSite(read.value, options.siteUrl)) return { status: 'fail', check, detail: `points at ${read.value}, not at this site; ${fix}` };
  return { status: 'ok', check, detail: `points at ${read.value}` };
}

/** SharePoint's TIMEZONE.XML ids of UTC+01:00 zones with Norway's daylight saving rules. */
const NORWAY_LIKE_ZONES = new Set([4]);

async function checkTimeZone(options: TenantCheckOptions): Promise<CheckLine> {
  const check = 'regional time zone';
  const zone = (await options.sp.web.regionalSettings.timeZone()) as { Id: number; Description: string };
  if (NORWAY_LIKE_ZONES.has(zone.Id) || /stockholm|oslo/i.test(zone.Description)) return { status: 'ok', check, detail: zone.Description };
  return {
    status: 'warn',
    check,
    detail: `${zone.Description}: dates without a time (review dates, deadlines) are stored as the site's midnight; set (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna in Site settings → Regional settings`
  };
}

async function checkGraphGrants(options: TenantCheckOptions): Promise<CheckLine> {
  const check = 'Microsoft Graph permissions for SPFx';
  const required = requestedGraphScopes();
  const approve = `approve ${required.join(', ')} in the SharePoint admin center → Advanced → API access`;
  if (!options.graph) return { status: 'warn', check, detail: 'not checked: pass --graph-token-command (a token with Application.Read.All, or Directory.Read.All)' };
  const principals = (await options.graph
    .api('/servicePrincipals')
    .filter(`displayName eq '${SPFX_PRINCIPAL_NAME}'`)
    .select('id,displayName')
    .get()) as { value: Array<{ id: string }> };
  const principal = principals.value[0];
  if (!principal) return { status: 'fail', check, detail: `no service principal "${SPFX_PRINCIPAL_NAME}" (no SPFx permission was ever approved); ${approve}` };
  const grants = (await options.graph.api('/oauth2PermissionGrants').filter(`clientId eq '${principal.id}'`).get()) as { value: Array<{ scope?: string }> };
  const granted = new Set(grants.value.flatMap((g) => (g.scope ?? '').split(' ').filter((s) => s !== '')));
  const missing = required.filter((s) => !granted.has(s));
  if (missing.length > 0) return { status: 'fail', check, detail: `${missing.join(', ')} not granted; ${approve}` };
  return { status: 'ok', check, detail: `${required.join(', ')} granted` };
}

/** Runs every check, read only, and returns the checklist. A check that throws becomes a ✘ line. */
export async function runTenantCheck(options: TenantCheckOptions): Promise<CheckLine[]> {
  const lines: CheckLine[] = [];
  const guarded = async (name: string, run: () => Promise<CheckLine | CheckLine[]>): Promise<void> => {
    try {
      const result = await run();
      lines.push(...(Array.isArray(result) ? result : [result]));
    } catch (error) {
      lines.push({ status: 'fail', check: name, detail: `could not be checked: ${error instanceof Error ? error.message : String(error)}` });
    }
  };
  await guarded('lists, columns and permissions', () => checkSite(options));
  await guarded('tenant property TryggeBarnModelSite', () => checkTenantProperty(options));
  await guarded('regional time zone', () => checkTimeZone(options));
  await guarded('Microsoft Graph permissions for SPFx', () => checkGraphGrants(options));
  return lines;
}

export function formatChecklist(lines: CheckLine[]): string {
  const mark = { ok: '✔', fail: '✘', warn: '!' } as const;
  return lines.map((l) => `${mark[l.status]} ${l.check}: ${l.detail}`).join('\n');
}

export function exitCodeOf(lines: CheckLine[]): number {
  return lines.some((l) => l.status === 'fail') ? 1 : 0;
}

