import type { RawListItem } from '../mapping/RawListItem';
import { lookupIdProperty } from '../schema/FieldSchema';
import type { ListSchema } from '../schema/ListSchema';
import { comparableValue } from './columnValues';

/**
 * An item's content as one canonical text: every field the schema declares, in schema order, in the form the
 * mappings compare (comparableValue) — so the version stamps (ETag, Modified, Editor) and answer shapes (verbose
 * `{ results }`, `{ Url, Description }`) do not count. An import hashes it per item before its first write and
 * checks a rollback against it afterwards.
 */
export function itemContent(schema: ListSchema, item: RawListItem): string {
  const values = schema.fields.map((field) => {
    const property = field.type === 'Lookup' || field.type === 'LookupMulti' ? lookupIdProperty(field) : field.name;
    const value = comparableValue(field, item[property]);
    return [property, value === undefined || value === '' ? null : value];
  });
  return JSON.stringify(values);
}

/** The names of the fields whose content differs between two items of the same list. */
export function differingFields(schema: ListSchema, a: RawListItem, b: RawListItem): string[] {
  const left = JSON.parse(itemContent(schema, a)) as Array<[string, unknown]>;
  const right = JSON.parse(itemContent(schema, b)) as Array<[string, unknown]>;
  // itemContent lists the schema's fields in the schema's order, so both sides have the same entries.
  return left.filter(([, value], i) => JSON.stringify(value) !== JSON.stringify(right[i]![1])).map(([name]) => name);
}
