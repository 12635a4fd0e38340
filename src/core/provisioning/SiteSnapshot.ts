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

export interface SiteSnapshot {
  lists: SiteList[];
}

/** A site with no lists at all, as a brand-new team site is for the product. */
export const EMPTY_SITE: SiteSnapshot = { lists: [] };
