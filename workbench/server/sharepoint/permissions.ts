import type { Principal } from '../auth/Principal';
import type { ListRecord } from './ListRepository';
import { ODataComplex } from './odataShape';

/**
 * SharePoint permission levels the demo users hold. Staff and team leads get Read on lists whose schema says
 * `staffAccess: 'read'` and Contribute on `'contribute'` lists; the admin (the project group's leader) has
 * Full Control, which includes creating lists and fields.
 */
export type PermissionLevel = 'Read' | 'Contribute' | 'Full Control';

/** SP.BasePermissions of each level (High/Low halves of the 64-bit mask), as SharePoint reports them. */
const BASE_PERMISSIONS: Record<PermissionLevel, { High: string; Low: string }> = {
  Read: { High: '176', Low: '138612833' },
  Contribute: { High: '432', Low: '1011030767' },
  'Full Control': { High: '2147483647', Low: '4294967295' }
};

export function webPermission(principal: Principal): PermissionLevel {
  return principal.key === 'admin' ? 'Full Control' : 'Read';
}

export function listPermission(principal: Principal, list: ListRecord): PermissionLevel {
  if (principal.key === 'admin') return 'Full Control';
  return list.staffAccess === 'contribute' ? 'Contribute' : 'Read';
}

export function canEditItems(level: PermissionLevel): boolean {
  return level !== 'Read';
}

export function canManageLists(level: PermissionLevel): boolean {
  return level === 'Full Control';
}

export function basePermissions(level: PermissionLevel): ODataComplex {
  return new ODataComplex('SP.BasePermissions', { ...BASE_PERMISSIONS[level] });
}
