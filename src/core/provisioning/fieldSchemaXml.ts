import type { Locale } from '../i18n/Locale';
import { maxLengthOf, type FieldSchema } from '../schema/FieldSchema';
import type { ListSchema } from '../schema/ListSchema';
import { stableGuid } from './stableGuid';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** SharePoint's field type for each of ours: KeyList and URL are plain text the product validates itself. */
const SP_TYPE: Record<FieldSchema['type'], string> = {
  Text: 'Text',
  KeyList: 'Text',
  URL: 'Text',
  Note: 'Note',
  Number: 'Number',
  Boolean: 'Boolean',
  DateTime: 'DateTime',
  Choice: 'Choice',
  Lookup: 'Lookup',
  LookupMulti: 'LookupMulti'
};

/** The SharePoint type (TypeAsString) a field of the schema is created as. */
export function sharePointFieldType(field: FieldSchema): string {
  return SP_TYPE[field.type];
}

export function fieldId(list: ListSchema, field: FieldSchema): string {
  return stableGuid(`trygge-barn/${list.key}/${field.name}`);
}

/**
 * The CAML `<Field>` for one field, as `createFieldAsXml` and the site script's `addSPFieldXml` take it.
 * Lookups name their target list by id (`List="{guid}"`) when `lookupListId` is given, as `createFieldAsXml`
 * needs; without it `List` is left out and the caller names the target (site scripts by `targetListName`).
 */
export function fieldSchemaXml(list: ListSchema, field: FieldSchema, locale: Locale, lookupListId?: string): string {
  const attrs: Record<string, string> = {
    ID: `{${fieldId(list, field)}}`,
    Type: SP_TYPE[field.type],
    Name: field.name,
    StaticName: field.name,
    DisplayName: field.title[locale],
    Required: field.required ? 'TRUE' : 'FALSE'
  };
  if (field.indexed) attrs.Indexed = 'TRUE';
  if (field.unique) attrs.EnforceUniqueValues = 'TRUE';
  const max = maxLengthOf(field);
  if (SP_TYPE[field.type] === 'Text' && max !== undefined) attrs.MaxLength = String(max);
  if (field.type === 'Note') {
    attrs.NumLines = '6';
    // Plain text on purpose: the product shows list text as text, never as HTML.
    attrs.RichText = 'FALSE';
  }
  if (field.type === 'Number') {
    if (field.min !== undefined) attrs.Min = String(field.min);
    if (field.max !== undefined) attrs.Max = String(field.max);
    attrs.Decimals = '0';
  }
  if (field.type === 'DateTime') attrs.Format = 'DateOnly';
  if (field.type === 'Choice') {
    attrs.Format = 'Dropdown';
    attrs.FillInChoice = 'FALSE';
  }
  if (field.type === 'Lookup' || field.type === 'LookupMulti') {
    if (lookupListId) attrs.List = `{${lookupListId.replace(/^\{|\}$/g, '')}}`;
    attrs.ShowField = 'Title';
  }
  if (field.type === 'LookupMulti') attrs.Mult = 'TRUE';
  const attributes = Object.entries(attrs)
    .map(([name, value]) => `${name}="${escapeXml(value)}"`)
    .join(' ');
  let inner = '';
  if (field.type === 'Choice') inner = `<CHOICES>${(field.choices ?? []).map((c) => `<CHOICE>${escapeXml(c)}</CHOICE>`).join('')}</CHOICES>`;
  if (field.type === 'Boolean') inner = '<Default>0</Default>';
  return inner ? `<Field ${attributes}>${inner}</Field>` : `<Field ${attributes} />`;
}
