/**
 * What provisioning needs to know about a site as it is now: its lists and, for the lists the product owns,
 * their fields. Read by the data layer (SharePoint REST), compared with the schemas by planProvisioning.
 */
export interface SiteField {
  internalName: string;
  /** SharePoint's TypeAsString: Text, Note, Lookup, LookupMulti, … */
  typeAsString: string;
  indexed: boolean;
  /** The column's display name; a built-in Title still called "Title" has not been configured yet. */
  title: string;
}

export interface SiteList {
  id: string;
  title: string;
  enableVersioning: boolean;
  enableModeration: boolean;
  fields: SiteField[];
}

/** A role assignment on a list: a principal (by id) and the permission levels (by name) it holds there. */
export interface SiteRoleAssignment {
  principalId: number;
  levels: string[];
}

/** The permission settings of one of the product's lists. */
export interface SiteListSecurity {
  /** The list's id, as in SiteList. */
  listId: string;
  hasUniqueRoleAssignments: boolean;
  readSecurity: number;
  writeSecurity: number;
  assignments: SiteRoleAssignment[];
}

/** What provisioning needs to know about a site's permissions. */
export interface SiteSecuritySnapshot {
  /** The site's SharePoint groups. */
  groups: Array<{ id: number; title: string }>;
  /** The ids of the site's associated owners, members and visitors groups, where it has them. */
  associated: { owners?: number; members?: number; visitors?: number };
  /** Keyed by list id. */
  lists: SiteListSecurity[];
}

export interface SiteSnapshot {
  lists: SiteList[];
  /** Absent: permissions are not planned (a caller that only cares about lists and fields). */
  security?: SiteSecuritySnapshot;
}

/** A site with no lists at all, as a brand-new team site is for the product. */
export const EMPTY_SITE: SiteSnapshot = { lists: [] };
