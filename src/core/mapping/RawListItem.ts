/** A list item as SharePoint REST returns it with `odata=nometadata`: field internal names as properties. */
export interface RawListItem {
  Id?: number;
  ID?: number;
  [field: string]: unknown;
}

export function itemIdOf(item: RawListItem): number | undefined {
  if (!isRawListItem(item)) return undefined;
  const id = item.Id ?? item.ID;
  return typeof id === 'number' ? id : undefined;
}

/** A REST answer can hold anything; only plain objects are list items. */
export function isRawListItem(value: unknown): value is RawListItem {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
