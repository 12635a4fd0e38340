import type { SpFieldType } from './fieldTypes';
import { fieldEntityType, fieldTypeKind, typeFromKind, typeFromSchemaName } from './fieldTypes';
import { encodeInternalName } from './internalNames';
import type { FieldProps, FieldRecord, ListRecord, NewField } from './ListRepository';
import { ListRepository } from './ListRepository';
import { ODataCollection, ODataEntity } from './odataShape';
import { spErrors } from './SpError';

/** SP.AddFieldOptions.AddFieldInternalNameHint: without it SharePoint names a field after its DisplayName. */
const ADD_FIELD_INTERNAL_NAME_HINT = 8;

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

function encodeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function isTrue(value: string | undefined): boolean {
  return (value ?? '').toUpperCase() === 'TRUE';
}

function numberOrUndefined(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

function checkInternalName(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,254}$/.test(name)) throw spErrors.badRequest(`The field name '${name}' is not valid.`);
  return name;
}

/** Resolves a lookup's target list from `List="{guid}"`, a list URL or a title. */
function lookupTarget(reference: string, lists: ListRepository): ListRecord {
  const trimmed = reference.trim().replace(/^\{|\}$/g, '');
  const list = lists.byId(trimmed) ?? lists.byUrl(trimmed.replace(/^\/?sites\/[^/]+\//i, '')) ?? lists.byTitle(trimmed);
  if (!list) throw spErrors.badRequest(`The lookup list '${reference}' does not exist.`);
  return list;
}

/** Reads a field definition in CAML schema XML, as `fields/createFieldAsXml` receives it. */
export function fieldFromSchemaXml(schemaXml: string, options: unknown, lists: ListRepository): NewField {
  const root = /<Field\b([^>]*?)\/?>/i.exec(schemaXml);
  if (!root) throw spErrors.badRequest('The field schema XML has no <Field> element.');
  const attributes = new Map<string, string>();
  for (const match of root[1].matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    attributes.set(match[1].toLowerCase(), decodeXml(match[3] ?? match[4] ?? ''));
  }
  const typeName = attributes.get('type') ?? '';
  let type = typeFromSchemaName(typeName);
  if (!type) throw spErrors.badRequest(`The field type '${typeName}' is not supported by the workbench.`);
  if (type === 'Lookup' && isTrue(attributes.get('mult'))) type = 'LookupMulti';
  const displayName = attributes.get('displayname');
  const name = attributes.get('name') ?? attributes.get('staticname');
  const hint =
    (typeof options === 'number' && (options & ADD_FIELD_INTERNAL_NAME_HINT) !== 0) ||
    (typeof options === 'string' && /AddFieldInternalNameHint|\b8\b/.test(options));
  const internalName = checkInternalName(hint || !displayName ? (name ?? encodeInternalName(displayName ?? '')) : encodeInternalName(displayName));
  const props: FieldProps = {};
  const maxLength = numberOrUndefined(attributes.get('maxlength'));
  if (maxLength !== undefined) props.maxLength = maxLength;
  const min = numberOrUndefined(attributes.get('min'));
  const max = numberOrUndefined(attributes.get('max'));
  if (min !== undefined) props.min = min;
  if (max !== undefined) props.max = max;
  if (type === 'Choice') props.choices = [...schemaXml.matchAll(/<CHOICE>([\s\S]*?)<\/CHOICE>/gi)].map((m) => decodeXml(m[1]));
  if (type === 'Lookup' || type === 'LookupMulti') {
    const reference = attributes.get('list');
    if (!reference) throw spErrors.badRequest('A lookup field needs a List attribute.');
    props.lookupListId = lookupTarget(reference, lists).id;
    props.lookupField = attributes.get('showfield') ?? 'Title';
  }
  if (type === 'Note') {
    props.richText = isTrue(attributes.get('richtext'));
    props.numberOfLines = numberOrUndefined(attributes.get('numlines')) ?? 6;
  }
  if (type === 'DateTime') props.displayFormat = (attributes.get('format') ?? '').toLowerCase() === 'dateonly' ? 1 : 0;
  if (attributes.has('description')) props.description = attributes.get('description');
  if (attributes.has('group')) props.group = attributes.get('group');
  const defaultMatch = /<Default>([\s\S]*?)<\/Default>/i.exec(schemaXml);
  if (defaultMatch) props.defaultValue = decodeXml(defaultMatch[1]);
  const id = attributes.get('id')?.replace(/^\{|\}$/g, '');
  return {
    id: id && /^[0-9a-f-]{36}$/i.test(id) ? id.toLowerCase() : undefined,
    internalName,
    title: displayName ?? internalName,
    type,
    required: isTrue(attributes.get('required')),
    indexed: isTrue(attributes.get('indexed')),
    unique: isTrue(attributes.get('enforceuniquevalues')),
    props
  };
}

function choicesOf(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const list = Array.isArray(value) ? value : (value as { results?: unknown }).results;
  if (!Array.isArray(list) || list.some((c) => typeof c !== 'string')) throw spErrors.badValue("Choices must be a collection of 'Edm.String'.");
  return list as string[];
}

/** Reads SP.Field creation properties (`POST fields` with an SP.Field* body, or `fields/addField` parameters). */
export function fieldFromProperties(body: Record<string, unknown>, lists: ListRepository): NewField {
  const kind = Number(body.FieldTypeKind);
  let type: SpFieldType | undefined = typeFromKind(kind, body.AllowMultipleValues === true);
  if (!type || ['Counter', 'Attachments', 'Computed', 'Guid'].includes(type)) throw spErrors.badRequest(`The FieldTypeKind '${String(body.FieldTypeKind)}' is not supported by the workbench.`);
  const title = body.Title;
  if (typeof title !== 'string' || title.trim() === '') throw spErrors.badRequest('A field needs a Title.');
  const props: FieldProps = {};
  const maxLength = numberOrUndefined(body.MaxLength);
  if (maxLength !== undefined) props.maxLength = maxLength;
  const min = numberOrUndefined(body.MinimumValue);
  const max = numberOrUndefined(body.MaximumValue);
  if (min !== undefined) props.min = min;
  if (max !== undefined) props.max = max;
  if (type === 'Choice') props.choices = choicesOf(body.Choices) ?? [];
  if (type === 'Lookup' || type === 'LookupMulti') {
    if (typeof body.LookupListId !== 'string') throw spErrors.badRequest('A lookup field needs LookupListId.');
    props.lookupListId = lookupTarget(body.LookupListId, lists).id;
    props.lookupField = typeof body.LookupFieldName === 'string' ? body.LookupFieldName : typeof body.LookupField === 'string' ? body.LookupField : 'Title';
  }
  if (type === 'Note') {
    props.richText = body.RichText === true;
    props.numberOfLines = numberOrUndefined(body.NumberOfLines) ?? 6;
  }
  if (type === 'DateTime') props.displayFormat = numberOrUndefined(body.DisplayFormat) ?? 0;
  if (typeof body.Description === 'string') props.description = body.Description;
  if (typeof body.Group === 'string') props.group = body.Group;
  if (type === 'Lookup' && body.AllowMultipleValues === true) type = 'LookupMulti';
  return {
    internalName: checkInternalName(encodeInternalName(title)),
    title,
    type,
    required: body.Required === true || body.Required === 'true',
    indexed: body.Indexed === true,
    unique: body.EnforceUniqueValues === true,
    props
  };
}

const FIELD_UPDATABLE = [
  'Title',
  'Required',
  'Indexed',
  'EnforceUniqueValues',
  'Hidden',
  'Description',
  'MaxLength',
  'Choices',
  'MinimumValue',
  'MaximumValue',
  'AllowMultipleValues',
  'LookupField',
  'DefaultValue',
  'Group',
  'RichText',
  'NumberOfLines'
];

/** The change a field MERGE asks for; unknown properties are refused as SharePoint refuses them. */
export function fieldPatch(field: FieldRecord, body: Record<string, unknown>): { patch: Parameters<ListRepository['updateField']>[1]; type?: SpFieldType } {
  const patch: Parameters<ListRepository['updateField']>[1] = {};
  const props: FieldProps = {};
  let type: SpFieldType | undefined;
  for (const [key, value] of Object.entries(body)) {
    if (key === '__metadata' || key.startsWith('odata.') || key.startsWith('@odata.')) continue;
    if (!FIELD_UPDATABLE.includes(key)) throw spErrors.unknownProperty(key, fieldEntityType(field.type));
    if (key === 'Title' && typeof value === 'string') patch.title = value;
    if (key === 'Required') patch.required = value === true;
    if (key === 'Indexed') patch.indexed = value === true;
    if (key === 'EnforceUniqueValues') patch.unique = value === true;
    if (key === 'Hidden') patch.hidden = value === true;
    if (key === 'Description' && typeof value === 'string') props.description = value;
    if (key === 'Group' && typeof value === 'string') props.group = value;
    if (key === 'MaxLength') props.maxLength = numberOrUndefined(value);
    if (key === 'MinimumValue') props.min = numberOrUndefined(value);
    if (key === 'MaximumValue') props.max = numberOrUndefined(value);
    if (key === 'Choices') props.choices = choicesOf(value);
    if (key === 'LookupField' && typeof value === 'string') props.lookupField = value;
    if (key === 'DefaultValue') props.defaultValue = value === null ? null : String(value);
    if (key === 'RichText') props.richText = value === true;
    if (key === 'NumberOfLines') props.numberOfLines = numberOrUndefined(value);
    if (key === 'AllowMultipleValues' && (field.type === 'Lookup' || field.type === 'LookupMulti')) type = value === true ? 'LookupMulti' : 'Lookup';
  }
  if (Object.keys(props).length > 0) patch.props = props;
  return { patch, type };
}

/** The CAML schema XML SharePoint reports for a field, rebuilt from what is stored. */
export function schemaXmlOf(field: FieldRecord, list: ListRecord): string {
  const attributes: [string, string | undefined][] = [
    ['Type', field.type],
    ['DisplayName', field.title],
    ['Required', field.required ? 'TRUE' : 'FALSE'],
    ['EnforceUniqueValues', field.unique ? 'TRUE' : 'FALSE'],
    ['Indexed', field.indexed ? 'TRUE' : 'FALSE'],
    ['ID', `{${field.id}}`],
    ['SourceID', `{${list.id}}`],
    ['StaticName', field.internalName],
    ['Name', field.internalName],
    ['MaxLength', field.props.maxLength?.toString()],
    ['Min', field.props.min?.toString()],
    ['Max', field.props.max?.toString()],
    ['List', field.props.lookupListId ? `{${field.props.lookupListId}}` : undefined],
    ['ShowField', field.props.lookupField],
    ['Mult', field.type === 'LookupMulti' ? 'TRUE' : undefined],
    ['Format', field.type === 'DateTime' ? (field.props.displayFormat === 1 ? 'DateOnly' : 'DateTime') : undefined],
    ['RichText', field.type === 'Note' ? (field.props.richText ? 'TRUE' : 'FALSE') : undefined]
  ];
  const attributeText = attributes
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}="${encodeXml(v as string)}"`)
    .join(' ');
  const choices = field.props.choices ? `<CHOICES>${field.props.choices.map((c) => `<CHOICE>${encodeXml(c)}</CHOICE>`).join('')}</CHOICES>` : '';
  return `<Field ${attributeText}>${choices}</Field>`;
}

/** A field as SharePoint's `fields` endpoint reports it. */
export function fieldEntity(field: FieldRecord, list: ListRecord, siteUrl: string): ODataEntity {
  const path = `Web/Lists(guid'${list.id}')/Fields(guid'${field.id}')`;
  const props: Record<string, unknown> = {
    AutoIndexed: false,
    CanBeDeleted: !field.builtIn,
    DefaultValue: field.props.defaultValue ?? null,
    Description: field.props.description ?? '',
    Direction: 'none',
    EnforceUniqueValues: field.unique,
    EntityPropertyName: field.internalName,
    Filterable: true,
    FromBaseType: field.builtIn,
    Group: field.props.group ?? 'Custom Columns',
    Hidden: field.hidden,
    Id: field.id,
    Indexed: field.indexed,
    InternalName: field.internalName,
    ReadOnlyField: field.readOnly,
    Required: field.required,
    SchemaXml: schemaXmlOf(field, list),
    Scope: `/sites/tryggebarn/${list.url}`,
    Sealed: field.builtIn && field.internalName !== 'Title',
    Sortable: field.type !== 'LookupMulti' && field.type !== 'Note',
    StaticName: field.internalName,
    Title: field.title,
    FieldTypeKind: fieldTypeKind(field.type),
    TypeAsString: field.type,
    TypeDisplayName: field.type
  };
  if (field.type === 'Text') props.MaxLength = field.props.maxLength ?? 255;
  if (field.type === 'Choice') {
    props.Choices = new ODataCollection('Edm.String', field.props.choices ?? []);
    props.FillInChoice = false;
    props.EditFormat = 0;
  }
  if (field.type === 'Number') {
    props.MinimumValue = field.props.min ?? -1.7976931348623157e308;
    props.MaximumValue = field.props.max ?? 1.7976931348623157e308;
  }
  if (field.type === 'Lookup' || field.type === 'LookupMulti' || field.type === 'User') {
    props.AllowMultipleValues = field.type === 'LookupMulti';
    props.LookupField = field.props.lookupField ?? 'Title';
    props.LookupList = field.props.lookupListId ? `{${field.props.lookupListId}}` : '';
    props.LookupWebId = '00000000-0000-0000-0000-000000000000';
  }
  if (field.type === 'Note') {
    props.NumberOfLines = field.props.numberOfLines ?? 6;
    props.RichText = field.props.richText ?? false;
    props.AllowHyperlink = false;
    props.AppendOnly = false;
  }
  if (field.type === 'DateTime') {
    props.DisplayFormat = field.props.displayFormat ?? 0;
    props.DateTimeCalendarType = 0;
    props.FriendlyDisplayFormat = 0;
  }
  if (field.type === 'URL') props.DisplayFormat = 0;
  return new ODataEntity({ type: fieldEntityType(field.type), id: `${siteUrl}/_api/${path}`, uri: `${siteUrl}/_api/${path}`, editLink: path }, props);
}
