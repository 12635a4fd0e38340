/**
 * SharePoint field types as the stand-in stores them (`TypeAsString`), with the numbers (`FieldTypeKind`) and
 * entity types (`SP.FieldText`, …) SharePoint reports for them.
 */
export type SpFieldType =
  | 'Counter'
  | 'Text'
  | 'Note'
  | 'Number'
  | 'Boolean'
  | 'DateTime'
  | 'Choice'
  | 'Lookup'
  | 'LookupMulti'
  | 'URL'
  | 'User'
  | 'Guid'
  | 'Attachments'
  | 'Computed';

const KIND: Record<SpFieldType, number> = {
  Counter: 5,
  Text: 2,
  Note: 3,
  Number: 9,
  Boolean: 8,
  DateTime: 4,
  Choice: 6,
  Lookup: 7,
  LookupMulti: 7,
  URL: 11,
  User: 20,
  Guid: 14,
  Attachments: 19,
  Computed: 12
};

const ENTITY_TYPE: Record<SpFieldType, string> = {
  Counter: 'SP.Field',
  Text: 'SP.FieldText',
  Note: 'SP.FieldMultiLineText',
  Number: 'SP.FieldNumber',
  Boolean: 'SP.Field',
  DateTime: 'SP.FieldDateTime',
  Choice: 'SP.FieldChoice',
  Lookup: 'SP.FieldLookup',
  LookupMulti: 'SP.FieldLookup',
  URL: 'SP.FieldUrl',
  User: 'SP.FieldUser',
  Guid: 'SP.FieldGuid',
  Attachments: 'SP.Field',
  Computed: 'SP.FieldComputed'
};

export function fieldTypeKind(type: SpFieldType): number {
  return KIND[type];
}

export function fieldEntityType(type: SpFieldType): string {
  return ENTITY_TYPE[type];
}

/** The type a field created with a FieldTypeKind (and AllowMultipleValues for lookups) gets. */
export function typeFromKind(kind: number, allowMultiple: boolean): SpFieldType | undefined {
  if (kind === 7) return allowMultiple ? 'LookupMulti' : 'Lookup';
  const entry = (Object.entries(KIND) as [SpFieldType, number][]).find(([type, k]) => k === kind && type !== 'LookupMulti');
  return entry?.[0];
}

/** The type named by `Type="…"` in a field's schema XML. */
export function typeFromSchemaName(name: string): SpFieldType | undefined {
  const known: SpFieldType[] = ['Text', 'Note', 'Number', 'Boolean', 'DateTime', 'Choice', 'Lookup', 'LookupMulti', 'URL', 'User', 'Guid', 'Counter'];
  return known.find((t) => t.toLowerCase() === name.toLowerCase());
}

/** Lookup-like fields appear in item JSON as `<Name>Id`. */
export function isLookupType(type: SpFieldType): boolean {
  return type === 'Lookup' || type === 'LookupMulti' || type === 'User';
}
