import type { IItems } from '@pnp/sp/items';
import { isRawListItem, type RawListItem } from '../../core/mapping/RawListItem';

/** SharePoint's largest page, which is also the list view threshold. */
export const LIST_PAGE_SIZE = 5000;

/**
 * Reads a query page by page with `$top` and the `$skiptoken` link SharePoint hands back (PnPjs's async
 * iteration), handing each page to `onPage` as it arrives so a caller can fold it away instead of keeping it.
 * The query must filter only on indexed columns, or a list past 5,000 items refuses it.
 */
export async function readListPages(items: IItems, onPage: (page: RawListItem[]) => void): Promise<number> {
  let read = 0;
  for await (const page of items.top(LIST_PAGE_SIZE)) {
    const rows = (Array.isArray(page) ? page : []).filter(isRawListItem);
    read += rows.length;
    onPage(rows);
  }
  return read;
}
