import type { ListKey } from '../schema/ListSchema';
import type { ItemReader } from './ItemReader';
import type { LookupIndex } from './LookupIndex';

/**
 * Field values to write to a list item; lookups use SharePoint's `<Field>Id` properties. `undefined` means
 * "empty": the data layer sends it as SharePoint's null so the field is cleared (see toRestValues).
 */
export type ItemFields = Record<string, string | number | boolean | number[] | undefined>;

/** SharePoint clears a field only when it is sent as null; JSON would silently drop an undefined one. */
export function toRestValues(fields: ItemFields): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) values[name] = value === undefined ? null : value;
  return values;
}

/** How one list's items become domain objects and back. */
export interface EntityMapping<T> {
  list: ListKey;
  read(reader: ItemReader): T;
  write(entity: T, lookups: LookupIndex): ItemFields;
}

export function joinKeys(keys: readonly string[]): string {
  return keys.join('; ');
}

/** Resolves keys to lookup ids for writing; an unknown key is a programming or import error. */
export function idsOf(lookups: LookupIndex, list: ListKey, keys: readonly string[]): number[] {
  return keys.map((key) => idOf(lookups, list, key) as number);
}

export function idOf(lookups: LookupIndex, list: ListKey, key: string | undefined): number | undefined {
  if (key === undefined) return undefined;
  const id = lookups.idOf(list, key);
  if (id === undefined) throw new Error(`No item with key "${key}" in list ${list}`);
  return id;
}

/** Dates are stored as midnight UTC so every time zone shows the same calendar day. */
export function dateValue(isoDate: string | undefined): string | undefined {
  return isoDate ? `${isoDate}T00:00:00Z` : undefined;
}
