/**
 * Creates or upgrades Trygge Barn's SharePoint lists on a site, from the list schemas (src/core/schema/lists.ts):
 *
 *   npm run provision -- --site https://contoso.sharepoint.com/sites/tryggebarn \
 *     --token-command "m365 util accesstoken get --resource https://contoso.sharepoint.com --new"
 *   npm run provision -- --site http://localhost:4321/sites/tryggebarn --user owner     (the workbench)
 *
 * Options: --locale nb|nn (column names; default nb), --dry-run (print the plan only).
 * It adds what is missing and never deletes or retypes anything, so running it again changes nothing, and a
 * newer schema version adds its new fields while keeping the data. See docs/admin.md.
 */
import { parseArgs } from 'node:util';
import type { ProvisioningAction } from '../src/core/provisioning/ProvisioningAction';
import { createSharePointClient } from '../src/data/sharepoint/createSharePointClient';
import { SharePointSiteProvisioner } from '../src/data/sharepoint/SharePointSiteProvisioner';
import { runCommand } from './cli/runCommand';
import { tokenFromCommand, tokenFromWorkbench } from './cli/tokenSources';

const USAGE = `Usage: npm run provision -- --site <site url> (--token-command "<command printing a bearer token>" | --user <staff|lead|admin>) [--locale nb|nn] [--dry-run]`;

function describe(action: ProvisioningAction): string {
  switch (action.kind) {
    case 'createList':
      return `create list "${action.title}"`;
    case 'renameList':
      return `rename list "${action.from}" to "${action.title}"`;
    case 'configureTitleField':
      return `name the Title column of ${action.list}`;
    case 'addField':
      return `add column ${action.list}.${action.field}${action.since > 1 ? ` (schema version ${action.since})` : ''}`;
    case 'indexField':
      return `index column ${action.list}.${action.field}`;
    case 'enableVersioning':
      return `switch on versioning in ${action.list}`;
    case 'disableContentApproval':
      return `switch off content approval in ${action.list}`;
    case 'createEditorsGroup':
      return `create the group "${action.group}" (owned by the site's owners)`;
    case 'breakInheritance':
      return `give ${action.list} its own permissions`;
    case 'grantRole':
      return `give the ${action.principal} group ${action.level} on ${action.list}`;
    case 'setItemSecurity':
      return `let users read (${action.readSecurity === 2 ? 'own items' : 'all items'}) and edit (${action.writeSecurity === 2 ? 'own items' : 'all items'}) in ${action.list}`;
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      site: { type: 'string' },
      'token-command': { type: 'string' },
      user: { type: 'string' },
      locale: { type: 'string', default: 'nb' },
      'dry-run': { type: 'boolean', default: false }
    }
  });
  const locale = values.locale;
  if (!values.site || (!values['token-command'] === !values.user) || (locale !== 'nb' && locale !== 'nn')) {
    console.error(USAGE);
    return 2;
  }
  const site = new URL(values.site);
  const sp = createSharePointClient(site.href.replace(/\/$/, ''), values['token-command'] ? tokenFromCommand(values['token-command']) : tokenFromWorkbench(site.origin, values.user ?? ''));
  const provisioner = new SharePointSiteProvisioner(sp);
  if (!(await provisioner.canSetUpSite())) {
    console.error(`You cannot set up ${site.href}: it needs a site owner (Manage Lists and Manage Permissions).`);
    return 1;
  }
  const plan = await provisioner.plan();
  for (const warning of plan.warnings) console.warn(`warning: ${warning.list}${warning.field ? `.${warning.field}` : ''} ${warning.message}`);
  if (plan.actions.length === 0) {
    console.log(`${site.href} is up to date (schema version ${plan.schemaVersion}). Nothing to do.`);
    return 0;
  }
  console.log(`${plan.actions.length} change(s) to reach schema version ${plan.schemaVersion}:`);
  for (const action of plan.actions) console.log(`  - ${describe(action)}`);
  if (values['dry-run']) return 0;
  const result = await provisioner.apply(plan, locale, (p) => p.current && console.log(`[${p.done + 1}/${p.total}] ${describe(p.current)}`));
  if (result.kind === 'stopped') {
    console.error(`Stopped at "${describe(result.action)}" (${result.reason}): ${result.message}`);
    console.error('What ran before it is kept; run the command again to continue.');
    return 1;
  }
  console.log(`Done: ${result.applied} change(s).`);
  return 0;
}

runCommand(main);
