/**
 * A problem with one list item. `error` means the item was skipped; `warning` means it was kept but a
 * reference it made was dropped (for example a step naming a tool that no longer exists).
 */
export interface ItemIssue {
  severity: 'error' | 'warning';
  /** List title as admins see it in SharePoint. */
  list: string;
  /** SharePoint item id, or the key/row when the item has no id yet (imports, seed). */
  item: number | string;
  field: string;
  message: string;
}

export function describeIssue(issue: ItemIssue): string {
  return `${issue.list}, item ${issue.item}, field ${issue.field}: ${issue.message}`;
}
