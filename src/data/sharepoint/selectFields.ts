import { lookupIdProperty } from '../../core/schema/FieldSchema';
import type { ListSchema } from '../../core/schema/ListSchema';

/** The `$select` a list's schema needs: every declared field, lookups by their `<Field>Id` property. */
export function selectFields(list: ListSchema): string[] {
  const fields = list.fields.map((f) => (f.type === 'Lookup' || f.type === 'LookupMulti' ? lookupIdProperty(f) : f.name));
  return ['Id', 'Created', 'Modified', ...fields];
}
