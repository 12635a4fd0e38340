import type { ListKey } from './ListSchema';
import { LISTS } from './lists';

/**
 * The permissions the model's site should have once it is provisioned — declared once, applied by the
 * product's provisioner and by the workbench's seed. No platform imports: it names SharePoint's built-in
 * permission levels and the site's groups by role, and the provisioner resolves them on the real site.
 *
 * Why these levels (SharePoint Online, "Understanding permission levels in SharePoint",
 * https://learn.microsoft.com/en-us/sharepoint/understanding-permission-levels):
 * - the site's Members get **Edit** on the site, which lets them add, change and delete lists — so every model
 *   list breaks inheritance and gives Members only Read, like Visitors;
 * - the project group's editors get **Contribute** on model lists (add, change and delete items, no list
 *   settings) — a member of the site is not a model editor;
 * - feedback and evaluations are written by every member of staff but each one reads and edits only their own
 *   items: item-level permissions `ReadSecurity = 2`, `WriteSecurity = 2` (SPList.ReadSecurity / WriteSecurity,
 *   https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-server/ms410739(v=office.15)).
 *   Those settings do not bind users holding the **Cancel Checkout** ("Override List Behaviors") permission —
 *   the list settings page says "Users with the Cancel Checkout permission can read and edit all items".
 *   Edit and Contribute lack it; Design and Full Control have it (SPPermissionGroup64: WebDesigner adds
 *   CancelCheckout, https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-server/ms412585(v=office.15)).
 *   So editors get **Design** on these two lists, or they could not triage feedback written by others.
 * - on a list with content approval (routines) an item an editor saves stays Pending — invisible to staff — until
 *   someone with **Approve Items** approves it; Contribute lacks that permission, Design has it
 *   ("Understanding permission levels in SharePoint"; SPPermissionGroup64 WebDesigner adds ApproveItems). So
 *   editors get Design on content-approval lists, which is what lets them publish.
 */

/** The SharePoint group of the people who edit the model (the municipality's project group). */
export const MODEL_EDITORS_GROUP = 'Trygge Barn – redaktører';
export const MODEL_EDITORS_GROUP_DESCRIPTION = 'Prosjektgruppa som redigerer modellen Trygge Barn';

/** SharePoint's built-in permission levels, by their English names (the names `roledefinitions/getbyname` takes). */
export type PermissionLevelName = 'Full Control' | 'Design' | 'Edit' | 'Contribute' | 'Read';

/** A principal by role: the site's three associated groups, or the model editors' group. */
export type PermissionPrincipal = 'owners' | 'members' | 'visitors' | 'editors';

export interface RoleGrant {
  principal: PermissionPrincipal;
  level: PermissionLevelName;
}

/** SPList.ReadSecurity: 1 all items, 2 only items the user created. */
export type ReadSecurity = 1 | 2;
/** SPList.WriteSecurity: 1 all items, 2 only items the user created, 4 none. */
export type WriteSecurity = 1 | 2 | 4;

export interface ListPermissionTarget {
  list: ListKey;
  /** The list breaks role inheritance (without copying the site's assignments) and gets exactly these grants. */
  grants: readonly RoleGrant[];
  readSecurity: ReadSecurity;
  writeSecurity: WriteSecurity;
}

const MODEL_LIST_GRANTS: readonly RoleGrant[] = [
  { principal: 'visitors', level: 'Read' },
  { principal: 'members', level: 'Read' },
  { principal: 'editors', level: 'Contribute' },
  { principal: 'owners', level: 'Full Control' }
];

const APPROVAL_LIST_GRANTS: readonly RoleGrant[] = [
  { principal: 'visitors', level: 'Read' },
  { principal: 'members', level: 'Read' },
  { principal: 'editors', level: 'Design' },
  { principal: 'owners', level: 'Full Control' }
];

const STAFF_LIST_GRANTS: readonly RoleGrant[] = [
  { principal: 'visitors', level: 'Contribute' },
  { principal: 'members', level: 'Contribute' },
  { principal: 'editors', level: 'Design' },
  { principal: 'owners', level: 'Full Control' }
];

/** The target permissions of every list of the schema, in the schema's order. */
export const LIST_PERMISSIONS: readonly ListPermissionTarget[] = LISTS.map((schema) =>
  schema.staffAccess === 'contribute'
    ? { list: schema.key, grants: STAFF_LIST_GRANTS, readSecurity: 2 as const, writeSecurity: 2 as const }
    : { list: schema.key, grants: schema.contentApproval ? APPROVAL_LIST_GRANTS : MODEL_LIST_GRANTS, readSecurity: 1 as const, writeSecurity: 1 as const }
);

export function listPermissionTarget(key: ListKey): ListPermissionTarget {
  const target = LIST_PERMISSIONS.find((p) => p.list === key);
  if (!target) throw new Error(`No permission target for list ${key}`);
  return target;
}
