import type { ListKey } from '../schema/ListSchema';
import type { ItemReader } from './ItemReader';
import type { LookupIndex } from './LookupIndex';
import { dateOnlyValue } from './siteTimeZone';

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

/**
 * A date for a DateOnly column: the site's local midnight of that day in UTC, as SharePoint's own list form
 * stores it, so the list, its views and the product all show the same day (see siteTimeZone.ts).
 */
export function dateValue(isoDate: string | undefined, timeZone: string): string | undefined {
  return isoDate ? dateOnlyValue(isoDate, timeZone) : undefined;
}
