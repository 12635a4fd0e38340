/** A list item as SharePoint REST returns it with `odata=nometadata`: field internal names as properties. */
export interface RawListItem {
  Id?: number;
  ID?: number;
  [field: string]: unknown;
}

export function itemIdOf(item: RawListItem): number | undefined {
  const id = item.Id ?? item.ID;
  return typeof id === 'number' ? id : undefined;
}
