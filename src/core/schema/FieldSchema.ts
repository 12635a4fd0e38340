import type { LocalizedText } from '../i18n/Locale';

/**
 * The SharePoint field types the product uses. `Note` with `json: true` holds structured data
 * (a routine's ordered steps) that the admin view edits; `KeyList` is a `Text` field that holds
 * ";"-separated keys so admins can still edit it by hand in the native list form.
 */
export type FieldType =
  | 'Text'
  | 'Note'
  | 'Number'
  | 'Boolean'
  | 'DateTime'
  | 'Choice'
  | 'Lookup'
  | 'LookupMulti'
  | 'URL'
  | 'KeyList';

export interface FieldSchema {
  /** SharePoint internal name; also the JSON property name in REST answers. */
  name: string;
  title: LocalizedText;
  type: FieldType;
  required?: boolean;
  /** Indexed columns are the only ones the product filters or sorts on (list view threshold). */
  indexed?: boolean;
  /** Values a Choice field accepts. */
  choices?: readonly string[];
  /** For Lookup/LookupMulti: the key of the list looked up (its Id is stored). */
  lookupList?: string;
  /** Maximum characters. SharePoint caps single-line text at 255. */
  maxLength?: number;
  /** Note field whose content is JSON, validated by the list's mapping. */
  json?: boolean;
  /** For Number fields. */
  min?: number;
  max?: number;
  /** Unique values enforced (requires an index in SharePoint). */
  unique?: boolean;
  /** The schema version that added this field; provisioning adds newer fields to existing lists. */
  since?: number;
}

/** SharePoint's own limit for single line of text. */
export const TEXT_MAX_LENGTH = 255;
/** A sane cap for multi-line text, so one runaway item cannot bloat the model every client downloads. */
export const NOTE_MAX_LENGTH = 20000;

export function maxLengthOf(field: FieldSchema): number | undefined {
  if (field.maxLength !== undefined) return field.maxLength;
  if (field.type === 'Text' || field.type === 'KeyList' || field.type === 'URL') return TEXT_MAX_LENGTH;
  if (field.type === 'Note') return NOTE_MAX_LENGTH;
  return undefined;
}

/** Name of the property a REST answer uses for a lookup's id(s): SharePoint appends "Id". */
export function lookupIdProperty(field: FieldSchema): string {
  return `${field.name}Id`;
}
