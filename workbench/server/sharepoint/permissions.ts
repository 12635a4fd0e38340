import type { Principal } from '../auth/Principal';
import type { ItemRecord } from './ItemRepository';
import type { ListRecord } from './ListRepository';
import { ODataComplex } from './odataShape';
import type { PermissionKindName } from './security/basePermissions';
import { has, highLow, ROLE_DEFINITIONS } from './security/basePermissions';
import type { Scope } from './security/SiteSecurity';
import type { SpContext } from './SpContext';
import { spErrors } from './SpError';

export { PermissionKind, ROLE_DEFINITIONS, type PermissionKindName } from './security/basePermissions';

/**
 * Effective permissions of the signed-in user, computed from the site's groups and role assignments
 * (security/SiteSecurity.ts), and the checks every handler makes with them. A refusal is SharePoint's 403
 * `-2147024891, System.UnauthorizedAccessException` "Access denied…".
 */

export function listScope(list: ListRecord): Scope {
  return { kind: 'list', listNum: list.num };
}

export function itemScope(list: ListRecord, itemId: number): Scope {
  return { kind: 'item', listNum: list.num, itemId };
}

export const WEB_SCOPE: Scope = { kind: 'web' };

export function effectiveMask(ctx: SpContext, scope: Scope): bigint {
  return ctx.security.effectiveMaskOf(ctx.principal, scope);
}

export function hasPermission(ctx: SpContext, scope: Scope, kind: PermissionKindName): boolean {
  return has(effectiveMask(ctx, scope), kind);
}

export function hasWebPermission(ctx: SpContext, kind: PermissionKindName): boolean {
  return hasPermission(ctx, WEB_SCOPE, kind);
}

export function hasListPermission(ctx: SpContext, list: ListRecord, kind: PermissionKindName): boolean {
  return hasPermission(ctx, listScope(list), kind);
}

export function requirePermission(ctx: SpContext, scope: Scope, kind: PermissionKindName): void {
  if (!hasPermission(ctx, scope, kind)) throw spErrors.accessDenied();
}

/** SP.BasePermissions `{ High, Low }` of a mask. */
export function basePermissionsOf(mask: bigint): ODataComplex {
  return new ODataComplex('SP.BasePermissions', highLow(mask));
}

/**
 * Item-level permissions (SPList.ReadSecurity / WriteSecurity) bind everyone without CancelCheckout on the list:
 * "Users with the Cancel Checkout permission can read and edit all items" (the list's Advanced settings page).
 */
export function overridesItemLevelSecurity(ctx: SpContext, list: ListRecord): boolean {
  return hasListPermission(ctx, list, 'CancelCheckout');
}

/** What of a list's items the user may see: a SQL condition on `i` (the items row) or undefined for all. */
export function itemVisibilitySql(ctx: SpContext, list: ListRecord): string | undefined {
  const conditions: string[] = [];
  const hidden: number[] = [];
  const shown: number[] = [];
  const listCanView = hasListPermission(ctx, list, 'ViewListItems');
  for (const id of ctx.security.uniqueItemIds(list.num)) {
    const canView = hasPermission(ctx, itemScope(list, id), 'ViewListItems');
    if (listCanView && !canView) hidden.push(id);
    if (!listCanView && canView) shown.push(id);
  }
  if (!listCanView) conditions.push(shown.length > 0 ? `i.id IN (${shown.map(Number).join(',')})` : '0');
  else if (hidden.length > 0) conditions.push(`i.id NOT IN (${hidden.map(Number).join(',')})`);
  if (list.readSecurity === 2 && !overridesItemLevelSecurity(ctx, list)) conditions.push(`i.author_id = ${Number(ctx.principal.siteUserId)}`);
  return conditions.length > 0 ? conditions.join(' AND ') : undefined;
}

/** Whether the user may see one item (by id requests answer 404 when not, as SharePoint does). */
export function canSeeItem(ctx: SpContext, list: ListRecord, item: ItemRecord): boolean {
  if (!hasPermission(ctx, itemScope(list, item.id), 'ViewListItems')) return false;
  if (list.readSecurity === 2 && item.authorId !== ctx.principal.siteUserId && !overridesItemLevelSecurity(ctx, list)) return false;
  return true;
}

/** AddListItems on the list, and WriteSecurity other than 4 ("Create and edit: none") unless overridden. */
export function requireAddItem(ctx: SpContext, list: ListRecord): void {
  requirePermission(ctx, listScope(list), 'AddListItems');
  if (list.writeSecurity === 4 && !overridesItemLevelSecurity(ctx, list)) throw spErrors.accessDenied();
}

/** EditListItems / DeleteListItems on the item, and WriteSecurity (2: own items only, 4: none) unless overridden. */
export function requireItemWrite(ctx: SpContext, list: ListRecord, item: ItemRecord, kind: 'EditListItems' | 'DeleteListItems'): void {
  requirePermission(ctx, itemScope(list, item.id), kind);
  if (overridesItemLevelSecurity(ctx, list)) return;
  if (list.writeSecurity === 4) throw spErrors.accessDenied();
  if (list.writeSecurity === 2 && item.authorId !== ctx.principal.siteUserId) throw spErrors.accessDenied();
}

// ---- Compatibility with callers written before permissions were computed (site scripts, content approval) ----

/** The permission level names the older helpers speak in. */
export type PermissionLevel = 'Read' | 'Contribute' | 'Edit' | 'Design' | 'Full Control';

/**
 * The context whose site and user the compatibility helpers below ask about. Handlers run synchronously, so it
 * is the request being handled; createSpContext sets it.
 */
let currentContext: SpContext | undefined;

export function setPermissionContext(ctx: SpContext): void {
  currentContext = ctx;
}

function levelOf(mask: bigint): PermissionLevel {
  for (const role of ROLE_DEFINITIONS) {
    if (role.name === 'Limited Access') continue;
    if ((mask & role.mask) === role.mask) return role.name as PermissionLevel;
  }
  return 'Read';
}

function contextFor(principal: Principal): SpContext {
  if (!currentContext || currentContext.principal.person.id !== principal.person.id) throw new Error('No SharePoint request is being handled for this principal');
  return currentContext;
}

/** @deprecated use hasWebPermission(ctx, kind). The highest built-in level the user's web permissions contain. */
export function webPermission(principal: Principal): PermissionLevel {
  return levelOf(effectiveMask(contextFor(principal), WEB_SCOPE));
}

/** @deprecated use hasListPermission(ctx, list, kind). The highest built-in level the user's list permissions contain. */
export function listPermission(principal: Principal, list: ListRecord): PermissionLevel {
  return levelOf(effectiveMask(contextFor(principal), listScope(list)));
}

/** Whether the principal of the request being handled holds a permission on a list (for helpers given only the principal). */
export function principalHasListPermission(principal: Principal, list: ListRecord, kind: PermissionKindName): boolean {
  return has(effectiveMask(contextFor(principal), listScope(list)), kind);
}

/** @deprecated Edit, Design and Full Control include ManageLists. */
export function canManageLists(level: PermissionLevel): boolean {
  return level === 'Full Control' || level === 'Design' || level === 'Edit';
}

/** @deprecated every level above Read includes EditListItems. */
export function canEditItems(level: PermissionLevel): boolean {
  return level !== 'Read';
}
