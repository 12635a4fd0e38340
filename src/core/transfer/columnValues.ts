import type { ItemFields } from '../mapping/EntityMapping';
import { sameValue } from '../editing/sameValue';
import { lookupIdProperty, type FieldSchema } from '../schema/FieldSchema';
import type { ListSchema } from '../schema/ListSchema';

/** The schema field behind a REST property: lookups are written as `<Field>Id`. */
export function fieldOfProperty(list: ListSchema, property: string): FieldSchema | undefined {
  return list.fields.find((f) => (f.type === 'Lookup' || f.type === 'LookupMulti' ? lookupIdProperty(f) : f.name) === property);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * A stored value in the form the mappings write, so what is on the site compares with what a file would write:
 * an empty Boolean is false, multi-lookups come as `{ results }` in verbose answers, a date is its calendar day,
 * key lists and JSON notes compare by content rather than by spacing.
 */
export function comparableValue(field: FieldSchema | undefined, value: unknown): unknown {
  if (!field) return value;
  switch (field.type) {
    case 'Boolean':
      return value === true;
    case 'LookupMulti': {
      const ids = value && typeof value === 'object' && !Array.isArray(value) ? (value as { results?: unknown }).results : value;
      return Array.isArray(ids) ? ids : [];
    }
    case 'Lookup':
      return typeof value === 'number' && value !== 0 ? value : undefined;
    case 'DateTime':
      return typeof value === 'string' ? value.slice(0, 10) : undefined;
    case 'KeyList':
      return typeof value === 'string' ? value.split(';').map((k) => k.trim()).filter((k) => k !== '') : [];
    case 'URL': {
      // A URL column answers { Url, Description }; the product stores the address only.
      const url = value && typeof value === 'object' ? (value as { Url?: unknown }).Url : value;
      return typeof url === 'string' ? url : undefined;
    }
    case 'Note':
      return field.json && typeof value === 'string' ? parseJson(value) : value;
    default:
      return value;
  }
}

/** A stored value as it is written back (rolling an import back): the same forms toRestValues sends. */
export function writableValue(field: FieldSchema | undefined, value: unknown): ItemFields[string] {
  if (value === null || value === undefined) return undefined;
  if (field?.type === 'LookupMulti') return comparableValue(field, value) as number[];
  if (field?.type === 'URL') return comparableValue(field, value) as string | undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'number')) return value as number[];
  return undefined;
}

/** The properties whose stored value differs from the value to write. */
export function changedProperties(list: ListSchema, stored: Record<string, unknown>, values: ItemFields): string[] {
  return Object.keys(values).filter((property) => {
    const field = fieldOfProperty(list, property);
    return !sameValue(comparableValue(field, stored[property]), comparableValue(field, values[property]));
  });
}
