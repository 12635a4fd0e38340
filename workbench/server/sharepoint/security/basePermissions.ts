import type { PermissionLevelName } from '../../../../src/core/schema/listPermissions';

/**
 * SharePoint's base permissions as bit numbers of the 64-bit SP.BasePermissions mask (PermissionKind:
 * "PermissionKind Enum", https://learn.microsoft.com/dotnet/api/microsoft.sharepoint.client.permissionkind;
 * the mask has bit `kind - 1` set, SPBasePermissions ViewListItems = 0x1 … ManageWeb = 0x40000000).
 */
export const PermissionKind = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  ApproveItems: 5,
  OpenItems: 6,
  ViewVersions: 7,
  DeleteVersions: 8,
  CancelCheckout: 9,
  ManagePersonalViews: 10,
  ManageLists: 12,
  ViewFormPages: 13,
  AnonymousSearchAccessList: 14,
  Open: 17,
  ViewPages: 18,
  AddAndCustomizePages: 19,
  ApplyThemeAndBorder: 20,
  ApplyStyleSheets: 21,
  ViewUsageData: 22,
  CreateSSCSite: 23,
  ManageSubwebs: 24,
  CreateGroups: 25,
  ManagePermissions: 26,
  BrowseDirectories: 27,
  BrowseUserInfo: 28,
  AddDelPrivateWebParts: 29,
  UpdatePersonalWebParts: 30,
  ManageWeb: 31,
  AnonymousSearchAccessWebLists: 32,
  UseClientIntegration: 37,
  UseRemoteAPIs: 38,
  ManageAlerts: 39,
  CreateAlerts: 40,
  EditMyUserInfo: 41,
  EnumeratePermissions: 63
} as const;

export type PermissionKindName = keyof typeof PermissionKind;

export function bit(kind: PermissionKindName): bigint {
  return 1n << BigInt(PermissionKind[kind] - 1);
}

function maskOf(kinds: PermissionKindName[]): bigint {
  return kinds.reduce((mask, kind) => mask | bit(kind), 0n);
}

/**
 * The built-in permission levels, built the way SPPermissionGroup64 describes them
 * (https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-server/ms412585(v=office.15)):
 * Guest (= Limited Access) → Reader (+ ViewPages, ViewListItems, OpenItems, ViewVersions, CreateAlerts,
 * CreateSSCSite) → Contributor (+ BrowseDirectories, ManagePersonalViews, UpdatePersonalWebParts,
 * AddDelPrivateWebParts, AddListItems, EditListItems, DeleteListItems, DeleteVersions, EditMyUserInfo) →
 * WebDesigner = Design (+ AddAndCustomizePages, ManageLists, ApproveItems, ApplyThemeAndBorder,
 * ApplyStyleSheets, CancelCheckout). Edit (SharePoint 2013+, "Understanding permission levels in SharePoint")
 * is Contribute plus "add, edit and delete lists" (ManageLists). Full Control is every bit. The results equal
 * the masks SharePoint reports (Read 176/138612833, Contribute 432/1011028719, Full Control
 * 2147483647/4294967295 in "Users, groups, and roles REST API reference").
 */
const LIMITED: PermissionKindName[] = ['Open', 'BrowseUserInfo', 'ViewFormPages', 'UseClientIntegration', 'UseRemoteAPIs'];
const READ: PermissionKindName[] = [...LIMITED, 'ViewPages', 'ViewListItems', 'OpenItems', 'ViewVersions', 'CreateAlerts', 'CreateSSCSite'];
const CONTRIBUTE: PermissionKindName[] = [
  ...READ,
  'BrowseDirectories',
  'ManagePersonalViews',
  'UpdatePersonalWebParts',
  'AddDelPrivateWebParts',
  'AddListItems',
  'EditListItems',
  'DeleteListItems',
  'DeleteVersions',
  'EditMyUserInfo'
];
const EDIT: PermissionKindName[] = [...CONTRIBUTE, 'ManageLists'];
const DESIGN: PermissionKindName[] = [...EDIT, 'AddAndCustomizePages', 'ApproveItems', 'ApplyThemeAndBorder', 'ApplyStyleSheets', 'CancelCheckout'];

/** Full Control: SharePoint reports every bit of both halves set. */
export const FULL_MASK = (1n << 64n) - 1n;

export type RoleName = PermissionLevelName | 'Limited Access';

export interface RoleDefinition {
  id: number;
  name: RoleName;
  description: string;
  /** SP.RoleType: 1 Guest, 2 Reader, 3 Contributor, 4 WebDesigner, 5 Administrator, 6 Editor. */
  roleTypeKind: number;
  order: number;
  hidden: boolean;
  mask: bigint;
}

/** The role definitions every site has, with the ids and descriptions SharePoint Online uses. */
export const ROLE_DEFINITIONS: readonly RoleDefinition[] = [
  { id: 1073741829, name: 'Full Control', description: 'Has full control.', roleTypeKind: 5, order: 1, hidden: false, mask: FULL_MASK },
  { id: 1073741828, name: 'Design', description: 'Can view, add, update, delete, approve, and customize.', roleTypeKind: 4, order: 32, hidden: false, mask: maskOf(DESIGN) },
  { id: 1073741830, name: 'Edit', description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.', roleTypeKind: 6, order: 48, hidden: false, mask: maskOf(EDIT) },
  { id: 1073741827, name: 'Contribute', description: 'Can view, add, update, and delete list items and documents.', roleTypeKind: 3, order: 64, hidden: false, mask: maskOf(CONTRIBUTE) },
  { id: 1073741826, name: 'Read', description: 'Can view pages and list items and download documents.', roleTypeKind: 2, order: 128, hidden: false, mask: maskOf(READ) },
  { id: 1073741825, name: 'Limited Access', description: 'Can view specific lists, document libraries, list items, folders, or documents when given permissions.', roleTypeKind: 1, order: 160, hidden: true, mask: maskOf(LIMITED) }
];

export function roleByName(name: string): RoleDefinition | undefined {
  return ROLE_DEFINITIONS.find((r) => r.name.toLowerCase() === name.toLowerCase());
}

export function roleById(id: number): RoleDefinition | undefined {
  return ROLE_DEFINITIONS.find((r) => r.id === id);
}

export function roleByType(kind: number): RoleDefinition | undefined {
  return ROLE_DEFINITIONS.find((r) => r.roleTypeKind === kind);
}

export function has(mask: bigint, kind: PermissionKindName): boolean {
  return (mask & bit(kind)) !== 0n;
}

/** SP.BasePermissions as REST reports it: the mask's high and low 32 bits as decimal strings. */
export function highLow(mask: bigint): { High: string; Low: string } {
  // SharePoint reports Full Control's high half as 2147483647 (the sign bit is never set).
  const high = Number((mask >> 32n) & 0x7fffffffn);
  const low = Number(mask & 0xffffffffn);
  return { High: String(high), Low: String(low) };
}
