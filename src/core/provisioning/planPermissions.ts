import {
  LIST_PERMISSIONS,
  MODEL_EDITORS_GROUP,
  MODEL_EDITORS_GROUP_DESCRIPTION,
  type ListPermissionTarget,
  type PermissionPrincipal
} from '../schema/listPermissions';
import type { ListKey, ListSchema } from '../schema/ListSchema';
import { LISTS } from '../schema/lists';
import type { ProvisioningAction, ProvisioningWarning } from './ProvisioningAction';
import { interimTitleOf } from './planProvisioning';
import type { SiteListSecurity, SiteSnapshot } from './SiteSnapshot';

/** The principal id a role stands for on this site; undefined when the site lacks it (yet). */
function principalId(site: SiteSnapshot, principal: PermissionPrincipal): number | undefined {
  const security = site.security;
  if (!security) return undefined;
  if (principal === 'editors') return security.groups.find((g) => g.title.toLowerCase() === MODEL_EDITORS_GROUP.toLowerCase())?.id;
  return security.associated[principal];
}

function listSecurityOf(site: SiteSnapshot, schema: ListSchema): SiteListSecurity | undefined {
  const titles = [schema.title.toLowerCase(), interimTitleOf(schema).toLowerCase()];
  const list = site.lists.find((l) => titles.includes(l.title.toLowerCase()));
  return list ? site.security?.lists.find((s) => s.listId === list.id) : undefined;
}

function planList(site: SiteSnapshot, schema: ListSchema, target: ListPermissionTarget, actions: ProvisioningAction[], warnings: ProvisioningWarning[]): void {
  const current = listSecurityOf(site, schema);
  const inherits = !current || !current.hasUniqueRoleAssignments;
  if (inherits) actions.push({ kind: 'breakInheritance', list: schema.key });
  for (const grant of target.grants) {
    const id = principalId(site, grant.principal);
    if (id === undefined && grant.principal !== 'editors') {
      warnings.push({ list: schema.title, message: `gets no ${grant.level} for the site's ${grant.principal} group: the site has no such associated group.` });
      continue;
    }
    const held = inherits || id === undefined ? undefined : current?.assignments.find((a) => a.principalId === id);
    if (!held || !held.levels.some((l) => l.toLowerCase() === grant.level.toLowerCase())) actions.push({ kind: 'grantRole', list: schema.key, principal: grant.principal, level: grant.level });
  }
  if (current?.readSecurity !== target.readSecurity || current?.writeSecurity !== target.writeSecurity) {
    // A new list has ReadSecurity 1 / WriteSecurity 1, so only lists that need other values get an action.
    if (current || target.readSecurity !== 1 || target.writeSecurity !== 1) {
      actions.push({ kind: 'setItemSecurity', list: schema.key, readSecurity: target.readSecurity, writeSecurity: target.writeSecurity });
    }
  }
}

/**
 * The permission actions that bring a site to LIST_PERMISSIONS: the editors' group, unique permissions on every
 * product list with exactly the declared grants added, and item-level security. Pure, like planProvisioning; it
 * only adds (a grant someone gave by hand stays), so a site already as declared gets no actions.
 */
export function planPermissions(site: SiteSnapshot, lists: readonly ListSchema[] = LISTS): { actions: ProvisioningAction[]; warnings: ProvisioningWarning[] } {
  const actions: ProvisioningAction[] = [];
  const warnings: ProvisioningWarning[] = [];
  if (principalId(site, 'editors') === undefined) actions.push({ kind: 'createEditorsGroup', group: MODEL_EDITORS_GROUP, description: MODEL_EDITORS_GROUP_DESCRIPTION });
  for (const schema of lists) {
    const target = LIST_PERMISSIONS.find((p) => p.list === (schema.key as ListKey));
    if (target) planList(site, schema, target, actions, warnings);
  }
  return { actions, warnings };
}
