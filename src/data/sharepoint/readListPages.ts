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

/**
 * Reads `filter` over a list of any size without meeting the list view threshold. SharePoint refuses a query
 * on a list above 5,000 items unless the FIRST clause of its filter is on an indexed column and by itself narrows
 * the list to at most 5,000 items ("Manage large lists and libraries", Microsoft Support); a range of months
 * can hold more. Ids are always indexed, so the list is walked in windows of 5,000 ids — `ID ge n and ID lt
 * n+5000 and (filter)` — each of which can never hold more than 5,000 items, up to the newest item's id
 * (one `$orderby=ID desc&$top=1` request first). Pages go to `onPage` as they arrive; empty windows are skipped.
 */
export async function readIdWindows(items: IItems, select: string[], filter: string, onPage: (page: RawListItem[]) => void): Promise<number> {
  const newest: unknown = await items.select('Id').orderBy('ID', false).top(1)();
  const first = Array.isArray(newest) && isRawListItem(newest[0]) ? newest[0] : undefined;
  const maxId = typeof first?.Id === 'number' ? first.Id : 0;
  let read = 0;
  for (let from = 1; from <= maxId; from += LIST_PAGE_SIZE) {
    const window = items.select(...select).filter(`ID ge ${from} and ID lt ${from + LIST_PAGE_SIZE} and (${filter})`);
    read += await readListPages(window, (page) => {
      if (page.length > 0) onPage(page);
    });
  }
  return read;
}
