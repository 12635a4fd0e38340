import type { RawListItem } from '../mapping/RawListItem';
import type { ListKey } from '../schema/ListSchema';
import { listSchema } from '../schema/lists';

/**
 * What identifies an item of a model list across sites: its key column; a setting by its name (Title); a
 * dimension value by dimension and value key together. Undefined for an item without one.
 */
export function itemKeyOf(list: ListKey, item: RawListItem): string | undefined {
  const text = (name: string): string | undefined => {
    const value = item[name];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  if (list === 'settings') return text('Title');
  if (list === 'dimensions') {
    const dimension = text('DimensionKey');
    const value = text('ValueKey');
    return dimension && value ? `${dimension}:${value}` : undefined;
  }
  const keyField = listSchema(list).keyField;
  return keyField ? text(keyField) : undefined;
}
