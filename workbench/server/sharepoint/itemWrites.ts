import type { DatabaseSync } from 'node:sqlite';
import type { FieldRecord, ListRecord } from './ListRepository';
import { comparableSql, isDataField, jsonValueSql, propertyName } from './ListRepository';
import { principalHasListPermission } from './permissions';
import type { Principal } from '../auth/Principal';
import { spErrors } from './SpError';
import { normalizeDateTime } from './spValues';

/**
 * Content approval (`EnableModeration`). Items carry `OData__ModerationStatus` (internal name `_ModerationStatus`):
 * 0 approved, 1 rejected, 2 pending, 3 draft, 4 scheduled. The workbench keeps it in the item's data under
 * MODERATION_KEY. Sources: "Require approval of items in a site list or library" (Microsoft Support) and KB 825239
 * "Overview of the Content Approval feature": a new or changed item is Pending until someone who may approve
 * approves it; items that an approver submits are approved automatically; pending items are visible only to their
 * author and to approvers ("Only users who can approve items (and the author of the item)", the Draft Item
 * Security the list settings page selects with content approval; DraftVisibilityType.Approver).
 */
export const MODERATION_PROPERTY = 'OData__ModerationStatus';
export const MODERATION_KEY = '_ModerationStatus';
export const MODERATION = { approved: 0, rejected: 1, pending: 2, draft: 3, scheduled: 4 } as const;

/** How the body was sent: JSON light (PnPjs v4's default) or verbose (`application/json;odata=verbose`). */
export type BodyFormat = 'light' | 'verbose';

export function bodyFormatOf(contentType: string | undefined): BodyFormat {
  return (contentType ?? '').toLowerCase().includes('odata=verbose') ? 'verbose' : 'light';
}

/** System properties SharePoint maintains itself. */
const READ_ONLY = ['Id', 'ID', 'GUID', 'Created', 'Modified', 'AuthorId', 'EditorId', 'Attachments', 'ContentTypeId', 'FileSystemObjectType', 'OData__UIVersionString'];
const TEXT_MAX = 255;

export function parseJsonBody(body: string): Record<string, unknown> {
  if (body.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw spErrors.badValue('Invalid JSON. A token was not recognized in the JSON content.');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw spErrors.badValue("An unexpected 'StartArray' node was found when reading from the JSON reader. A 'StartObject' node was expected.");
  }
  return value as Record<string, unknown>;
}

function conversionError(edmType: string): never {
  throw spErrors.badValue(`Cannot convert a primitive value to the expected type '${edmType}'. See the inner exception for more details.`);
}

function validateValue(field: FieldRecord, value: unknown, format: BodyFormat): unknown {
  if (value === null) return null;
  switch (field.type) {
    case 'Text':
    case 'Note':
    case 'Choice': {
      if (typeof value !== 'string') conversionError('Edm.String');
      const text = value as string;
      // SharePoint stores an empty text value as no value.
      if (text === '') return null;
      if (field.type === 'Text') {
        const max = Math.min(field.props.maxLength ?? TEXT_MAX, TEXT_MAX);
        if (text.length > max) throw spErrors.fieldValidation(`The value of the field "${field.title}" is ${text.length} characters long; the limit is ${max}.`);
      }
      if (field.type === 'Choice' && !(field.props.choices ?? []).includes(text)) {
        // Our Choice fields are not fill-in choices, so a value outside the list is refused.
        throw spErrors.fieldValidation(`The value "${text}" is not one of the choices of the field "${field.title}".`);
      }
      return text;
    }
    case 'Number': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      if (!Number.isFinite(n)) conversionError('Edm.Double');
      if ((field.props.min !== undefined && n < field.props.min) || (field.props.max !== undefined && n > field.props.max)) {
        throw spErrors.fieldValidation(`The value of the field "${field.title}" must be between ${field.props.min ?? '-∞'} and ${field.props.max ?? '∞'}.`);
      }
      return n;
    }
    case 'Boolean':
      if (typeof value !== 'boolean') conversionError('Edm.Boolean');
      return value;
    case 'DateTime': {
      const normalized = typeof value === 'string' ? normalizeDateTime(value) : undefined;
      if (!normalized) conversionError('Edm.DateTime');
      return normalized;
    }
    case 'URL': {
      // SP.FieldUrlValue is a complex value: a plain string is refused by the OData reader, as for any complex
      // type (pnp/pnpjs#1645 shows the same reader error for another complex field).
      if (typeof value !== 'object' || Array.isArray(value)) {
        throw spErrors.badValue("An unexpected 'PrimitiveValue' node was found when reading from the JSON reader. A 'StartObject' node was expected.");
      }
      const record = value as Record<string, unknown>;
      if ('__metadata' in record) {
        // JSON light has no __metadata inside a complex value (pnp/pnpjs#2153); verbose needs it to name the type.
        const type = (record.__metadata as { type?: unknown } | null)?.type;
        if (format === 'light') {
          throw spErrors.badValue("The property '__metadata' does not exist on type 'SP.FieldUrlValue'. Make sure to only use property names that are defined by the type.");
        }
        if (type !== 'SP.FieldUrlValue') throw spErrors.unknownType(String(type));
      }
      for (const key of Object.keys(record)) {
        if (key !== '__metadata' && key !== 'Url' && key !== 'Description') {
          throw spErrors.badValue(`The property '${key}' does not exist on type 'SP.FieldUrlValue'. Make sure to only use property names that are defined by the type.`);
        }
      }
      const { Url, Description } = record as { Url?: unknown; Description?: unknown };
      if ((Url !== undefined && Url !== null && typeof Url !== 'string') || (Description !== undefined && Description !== null && typeof Description !== 'string')) {
        conversionError('Edm.String');
      }
      if (Url === undefined || Url === null || Url === '') return null;
      return { Description: (Description as string | null | undefined) ?? Url, Url };
    }
    case 'Lookup': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
      if (!Number.isInteger(n)) conversionError('Edm.Int32');
      return n === 0 ? null : n;
    }
    case 'LookupMulti': {
      let ids: unknown = value;
      const isObject = typeof value === 'object' && !Array.isArray(value);
      if (format === 'verbose') {
        if (!isObject) throw spErrors.badValue("An unexpected 'StartArray' node was found when reading from the JSON reader. A 'StartObject' node was expected.");
        ids = (value as { results?: unknown }).results;
      } else if (isObject) {
        throw spErrors.badValue("An unexpected 'StartObject' node was found when reading from the JSON reader. A 'StartArray' node was expected.");
      }
      if (!Array.isArray(ids) || ids.some((id) => !Number.isInteger(id))) conversionError('Collection(Edm.Int32)');
      return [...new Set(ids as number[])];
    }
    default:
      throw spErrors.readOnlyProperty(field.internalName);
  }
}

/**
 * Checks a create or update body against the list's fields as SharePoint does: unknown properties, wrong
 * types, Choice values outside the choices and too-long text are refused; required fields are not enforced
 * (SharePoint's REST API does not enforce them either; the product validates before writing).
 * Returns the values to store, keyed by REST property name.
 */
export function validateItemBody(body: Record<string, unknown>, list: ListRecord, fields: FieldRecord[], format: BodyFormat): Record<string, unknown> {
  const entityType = `SP.Data.${list.entityTypeName}Item`;
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === '__metadata') {
      const type = (value as { type?: unknown } | null)?.type;
      if (type !== undefined && type !== entityType) throw spErrors.unknownType(String(type));
      continue;
    }
    if (key.startsWith('odata.') || key.startsWith('@odata.')) continue;
    if (READ_ONLY.includes(key)) throw spErrors.readOnlyProperty(key);
    if (key === MODERATION_PROPERTY && list.enableModeration) {
      const status = typeof value === 'number' ? value : typeof value === 'string' && /^\d$/.test(value) ? Number(value) : NaN;
      if (!Number.isInteger(status) || status < 0 || status > 4) conversionError('Edm.Int32');
      values[MODERATION_KEY] = status;
      continue;
    }
    const field = fields.find((f) => isDataField(f) && propertyName(f) === key);
    if (!field) throw spErrors.unknownProperty(key, entityType);
    values[key] = validateValue(field, value, format);
  }
  return values;
}

/** Enforces "Enforce unique values" columns, which SharePoint checks on every write. */
export function checkUniqueValues(db: DatabaseSync, list: ListRecord, fields: FieldRecord[], values: Record<string, unknown>, itemId?: number): void {
  for (const field of fields.filter((f) => f.unique && isDataField(f))) {
    const property = propertyName(field);
    const value = values[property];
    if (value === null || value === undefined || typeof value === 'object' || typeof value === 'boolean') continue;
    const column = comparableSql(field.type, jsonValueSql('data', property));
    const compared = typeof value === 'string' ? value.toLowerCase() : (value as number);
    const clash = db.prepare(`SELECT 1 FROM items WHERE list_num = ? AND ${column} = ? AND id <> ? LIMIT 1`).get(list.num, compared, itemId ?? -1);
    if (clash) throw spErrors.duplicateValue();
  }
}

/** Column defaults SharePoint applies when an item is created without a value for the column. */
export function defaultValues(fields: FieldRecord[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    const text = field.props.defaultValue;
    if (text === undefined || text === null || !isDataField(field)) continue;
    if (field.type === 'Boolean') values[field.internalName] = text === '1' || text.toLowerCase() === 'true';
    else if (field.type === 'Number' && Number.isFinite(Number(text))) values[field.internalName] = Number(text);
    else if (field.type === 'Text' || field.type === 'Note' || field.type === 'Choice') values[field.internalName] = text;
  }
  return values;
}

/**
 * Whether a principal holds ApproveItems on a list. Of the permission levels the workbench hands out, only Full
 * Control includes Approve Items ("Understanding permission levels in SharePoint": Edit and Contribute do not).
 * (When the security engineer's effective-permission helper lands, this should ask it for 'ApproveItems'.)
 */
export function canApproveItems(principal: Principal, list: ListRecord): boolean {
  return principalHasListPermission(principal, list, 'ApproveItems');
}

/**
 * Sets the moderation status a write leaves: an explicit OData__ModerationStatus needs ApproveItems (else access
 * denied); otherwise an approver's write is approved and anyone else's is pending. Lists without content approval
 * keep no status.
 */
export function applyModeration(list: ListRecord, values: Record<string, unknown>, approver: boolean): void {
  if (!list.enableModeration) {
    delete values[MODERATION_KEY];
    return;
  }
  if (MODERATION_KEY in values) {
    if (!approver) throw spErrors.accessDenied();
    return;
  }
  values[MODERATION_KEY] = approver ? MODERATION.approved : MODERATION.pending;
}
