import { lookupIdProperty } from '../../core/schema/FieldSchema';
import type { ListSchema } from '../../core/schema/ListSchema';

/**
 * The `$select` a list's schema needs: every declared field, lookups by their `<Field>Id` property. With
 * `upToVersion`, fields a later schema version added (`since`) are left out — for a site not yet upgraded, where
 * SharePoint answers 400 "The field or property '…' does not exist" to a `$select` naming them.
 */
export function selectFields(list: ListSchema, upToVersion?: number): string[] {
  const declared = upToVersion === undefined ? list.fields : list.fields.filter((f) => (f.since ?? 1) <= upToVersion);
  const fields = declared.map((f) => (f.type === 'Lookup' || f.type === 'LookupMulti' ? lookupIdProperty(f) : f.name));
  return ['Id', 'Created', 'Modified', ...fields];
}

/** SharePoint's answer to a `$select` of a column the list does not have (yet). */
export function isMissingColumnError(error: unknown): boolean {
  const failure = error as { status?: unknown; message?: unknown } | undefined;
  return failure?.status === 400 && /The field or property '[^']*' does not exist/i.test(String(failure.message ?? ''));
}
