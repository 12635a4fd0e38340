import type { PermissionLevelName, PermissionPrincipal, ReadSecurity, WriteSecurity } from '../schema/listPermissions';
import type { ListKey } from '../schema/ListSchema';

/**
 * One change provisioning makes to a site. No action deletes a list, a field, an item or a role assignment, or
 * changes a field that holds data, so running provisioning can never lose content. The one thing it switches
 * off is content approval (see disableContentApproval).
 */
export type ProvisioningAction =
  /** Created under the URL-safe interim title (so the list's URL has no spaces), then renamed to `title`. */
  | { kind: 'createList'; list: ListKey; title: string; interimTitle: string }
  /** An earlier run created the list but stopped before renaming it. */
  | { kind: 'renameList'; list: ListKey; from: string; title: string }
  /** Gives the built-in Title column the schema's display name (only while it is still called "Title"). */
  | { kind: 'configureTitleField'; list: ListKey }
  | { kind: 'addField'; list: ListKey; field: string; since: number }
  | { kind: 'indexField'; list: ListKey; field: string }
  | { kind: 'enableVersioning'; list: ListKey }
  /**
   * Content approval stays off (lead's decision, docs/admin.md): with it on, staff would not see a routine until
   * someone holding Approve Items approved it; the product's own draft/published status and versioning cover
   * review. A site an older version set up with approval on gets it switched off.
   */
  | { kind: 'disableContentApproval'; list: ListKey }
  /** Creates the SharePoint group of model editors, owned by the site's owners group. */
  | { kind: 'createEditorsGroup'; group: string; description: string }
  /** breakroleinheritance(copyRoleAssignments=false, clearSubscopes=true): the list gets only its declared grants. */
  | { kind: 'breakInheritance'; list: ListKey }
  | { kind: 'grantRole'; list: ListKey; principal: PermissionPrincipal; level: PermissionLevelName }
  /** Item-level permissions (ReadSecurity / WriteSecurity, 2 = only their own items). */
  | { kind: 'setItemSecurity'; list: ListKey; readSecurity: ReadSecurity; writeSecurity: WriteSecurity };

/** Something provisioning found but will not change, because changing it could touch data. */
export interface ProvisioningWarning {
  list: string;
  field?: string;
  message: string;
}

export interface ProvisioningPlan {
  /** The schema version the site reaches once every action has run. */
  schemaVersion: number;
  /** In the order they must run: lists first (lookups need their target's id), then each list's fields and settings. */
  actions: ProvisioningAction[];
  warnings: ProvisioningWarning[];
}

export function isUpToDate(plan: ProvisioningPlan): boolean {
  return plan.actions.length === 0;
}
