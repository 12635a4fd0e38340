import { lookupIdProperty, maxLengthOf, type FieldSchema } from '../schema/FieldSchema';
import type { ListSchema } from '../schema/ListSchema';
import type { ItemIssue } from './ItemIssue';
import type { LookupIndex } from './LookupIndex';
import { itemIdOf, type RawListItem } from './RawListItem';
import { dateOnlyOf } from './siteTimeZone';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;
const SAFE_URL = /^(https?:\/\/[^\s]+|\/[^\s]*)$/i;
// `//host` and `/\host` look site-relative but browsers read both as another host (protocol-relative).
const OTHER_HOST = /^\/[/\\]/;

/**
 * Reads one raw list item field by field against its list's schema, collecting every problem instead of
 * stopping at the first, so an admin sees all that is wrong with an item at once.
 */
export class ItemReader {
  public readonly issues: ItemIssue[] = [];
  private readonly itemRef: number | string;

  public constructor(
    private readonly list: ListSchema,
    private readonly raw: RawListItem,
    private readonly lookups: LookupIndex,
    itemRef?: number | string
  ) {
    this.itemRef = itemRef ?? itemIdOf(raw) ?? '?';
  }

  public get id(): number | undefined {
    return itemIdOf(this.raw);
  }

  public error(field: string, message: string): void {
    this.issues.push({ severity: 'error', list: this.list.title, item: this.itemRef, field, message });
  }

  public warning(field: string, message: string): void {
    this.issues.push({ severity: 'warning', list: this.list.title, item: this.itemRef, field, message });
  }

  public get hasErrors(): boolean {
    return this.issues.some((i) => i.severity === 'error');
  }

  /**
   * Text, Note, URL or KeyList field as a string; '' when empty and allowed to be. A URL field may be a SharePoint
   * Hyperlink column, which REST answers as `{ Url, Description }` (SP.FieldUrlValue; verbose adds `__metadata`):
   * its Url is the value.
   */
  public text(name: string): string {
    const field = this.field(name);
    let value = this.raw[name];
    if (field.type === 'URL' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const url = (value as { Url?: unknown }).Url;
      value = url === null || url === undefined ? '' : url;
    }
    if (value === null || value === undefined || value === '') {
      if (field.required) this.error(name, 'is required but empty');
      return '';
    }
    if (typeof value !== 'string') {
      this.error(name, `must be text, got ${typeof value}`);
      return '';
    }
    const max = maxLengthOf(field);
    if (max !== undefined && value.length > max) {
      this.error(name, `is ${value.length} characters long; the limit is ${max}`);
      return '';
    }
    if (field.type === 'URL' && !SAFE_URL.test(value.trim())) {
      this.error(name, 'must be an http(s) address or a site-relative path');
      return '';
    }
    if (field.type === 'URL' && OTHER_HOST.test(value.trim())) {
      // A required link is what the item is for (a tool's document): the item is skipped. An optional one (a
      // service's web page) keeps the item; the UI shows the address as text, never as a link (safeLink).
      if (field.required) {
        this.error(name, 'points at another host (//…); use a full https address');
        return '';
      }
      this.warning(name, 'points at another host (//…) and is shown as text until it is a full https address');
    }
    return value;
  }

  public optionalText(name: string): string | undefined {
    const value = this.text(name);
    return value === '' ? undefined : value;
  }

  /** A KeyList field: ";"-separated keys, whitespace ignored. */
  public keys(name: string): string[] {
    return this.text(name)
      .split(';')
      .map((k) => k.trim())
      .filter((k) => k.length > 0);
  }

  public number(name: string): number | undefined {
    const field = this.field(name);
    const value = this.raw[name];
    if (value === null || value === undefined || value === '') {
      if (field.required) this.error(name, 'is required but empty');
      return undefined;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.error(name, `must be a number, got ${JSON.stringify(value)}`);
      return undefined;
    }
    if ((field.min !== undefined && value < field.min) || (field.max !== undefined && value > field.max)) {
      this.error(name, `must be between ${field.min ?? '-∞'} and ${field.max ?? '∞'}, got ${value}`);
      return undefined;
    }
    return value;
  }

  public boolean(name: string): boolean {
    const value = this.raw[name];
    if (value === null || value === undefined) return false;
    if (typeof value !== 'boolean') {
      this.error(name, `must be yes/no, got ${JSON.stringify(value)}`);
      return false;
    }
    return value;
  }

  /**
   * A DateOnly field as an ISO date (yyyy-mm-dd): the calendar day the stored UTC value is in the site's time
   * zone (SharePoint stores the list form's date as local midnight in UTC; see siteTimeZone.ts).
   */
  public date(name: string): string | undefined {
    const field = this.field(name);
    const value = this.raw[name];
    if (value === null || value === undefined || value === '') {
      if (field.required) this.error(name, 'is required but empty');
      return undefined;
    }
    const date = typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)) ? dateOnlyOf(value, this.lookups.timeZone) : undefined;
    if (date === undefined) {
      this.error(name, `must be a date, got ${JSON.stringify(value)}`);
      return undefined;
    }
    return date;
  }

  public choice<T extends string>(name: string): T | undefined {
    const field = this.field(name);
    const value = this.raw[name];
    if (value === null || value === undefined || value === '') {
      if (field.required) this.error(name, 'is required but empty');
      return undefined;
    }
    if (typeof value !== 'string' || !(field.choices ?? []).includes(value)) {
      this.error(name, `must be one of ${(field.choices ?? []).join(', ')}, got ${JSON.stringify(value)}`);
      return undefined;
    }
    return value as T;
  }

  /** SharePoint's own Created timestamp, which no schema declares. */
  public created(): string | undefined {
    return this.systemTimestamp('Created');
  }

  /** SharePoint's own Modified timestamp: when any field of the item last changed. */
  public modified(): string | undefined {
    return this.systemTimestamp('Modified');
  }

  private systemTimestamp(name: 'Created' | 'Modified'): string | undefined {
    const value = this.raw[name];
    return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : undefined;
  }

  /** A single lookup, resolved to the looked-up item's key. A dangling id is an error. */
  public lookup(name: string): string | undefined {
    const field = this.field(name);
    const id = this.raw[lookupIdProperty(field)];
    if (id === null || id === undefined || id === 0) {
      if (field.required) this.error(name, 'is required but empty');
      return undefined;
    }
    if (typeof id !== 'number') {
      this.error(name, `must be a lookup id, got ${JSON.stringify(id)}`);
      return undefined;
    }
    const key = this.lookups.keyOf(field.lookupList as never, id);
    if (key === undefined) this.error(name, `points to item ${id}, which does not exist`);
    return key;
  }

  /** A multi-value lookup. SharePoint answers `[1,2]` (nometadata) or `{ results: [1,2] }` (verbose). */
  public lookupMany(name: string): string[] {
    const field = this.field(name);
    let ids = this.raw[lookupIdProperty(field)];
    if (ids && typeof ids === 'object' && !Array.isArray(ids) && Array.isArray((ids as { results?: unknown }).results)) {
      ids = (ids as { results: unknown[] }).results;
    }
    if (ids === null || ids === undefined) return [];
    if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'number')) {
      this.error(name, `must be a list of lookup ids, got ${JSON.stringify(ids)}`);
      return [];
    }
    const keys: string[] = [];
    for (const id of ids as number[]) {
      const key = this.lookups.keyOf(field.lookupList as never, id);
      if (key === undefined) this.error(name, `points to item ${id}, which does not exist`);
      else keys.push(key);
    }
    return keys;
  }

  /** A JSON Note field, parsed; the caller validates the shape. */
  public json(name: string): unknown {
    const text = this.text(name);
    if (text === '') return undefined;
    try {
      return JSON.parse(text);
    } catch {
      this.error(name, 'is not valid JSON');
      return undefined;
    }
  }

  private field(name: string): FieldSchema {
    const field = this.list.fields.find((f) => f.name === name);
    if (!field) throw new Error(`Schema of ${this.list.title} has no field ${name}`);
    return field;
  }
}
