import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { sameItemVersion } from '../../core/mapping/itemVersion';
import type { RawListItem } from '../../core/mapping/RawListItem';
import { listSchema } from '../../core/schema/lists';
import type { SettingRecord, SettingsEditor, SettingWriteOutcome } from '../ports/admin/SettingsEditor';
import type { WriteFailure } from '../ports/WriteFailure';
import { writeFailureOf } from './writeFailureOf';
import { provesNotApplied, statusOf } from './failureStatus';
import { readListPages } from './readListPages';

const SETTINGS = listSchema('settings');
const FIELDS = ['Id', 'Title', 'SettingValue'];

function recordOf(raw: RawListItem): SettingRecord {
  const etag = raw['odata.etag'];
  // Without an ETag a change could only be unconditional and overwrite someone else's silently.
  if (typeof etag !== 'string' || etag === '') throw new Error('SharePoint answered without an ETag; the setting cannot be saved safely');
  return { id: raw.Id as number, name: String(raw.Title ?? ''), value: String(raw.SettingValue ?? ''), etag };
}

const refused = (error: unknown): SettingWriteOutcome => ({ kind: 'failed', reason: writeFailureOf(error) as Exclude<WriteFailure, 'conflict'> });

/**
 * Rows of "TB Innstillinger", changed with IF-MATCH. When an answer is lost or refused with 412 (which in a browser
 * can be the answer to a resend of a change that landed), the row as stored now tells what happened — never
 * reported as saved when unsure.
 */
export class SharePointSettingsEditor implements SettingsEditor {
  public constructor(private readonly sp: SPFI) {}

  private get list(): ReturnType<SPFI['web']['lists']['getByTitle']> {
    return this.sp.web.lists.getByTitle(SETTINGS.title);
  }

  public async load(): Promise<SettingRecord[]> {
    const rows: SettingRecord[] = [];
    await readListPages(this.list.items.select(...FIELDS), (page) => page.forEach((raw) => rows.push(recordOf(raw))));
    return rows;
  }

  /** The row as stored now; undefined when it is gone; throws when it cannot be read. */
  private async current(id: number): Promise<SettingRecord | undefined> {
    try {
      return recordOf((await this.list.items.getById(id).select(...FIELDS)()) as RawListItem);
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  public async add(name: string, value: string): Promise<SettingWriteOutcome> {
    try {
      const added = (await this.list.items.add({ Title: name, SettingValue: value })) as RawListItem & { data?: RawListItem };
      const id = (added.Id ?? added.data?.Id) as number | undefined;
      const stored = id !== undefined ? await this.current(id) : undefined;
      if (stored) return { kind: 'saved', record: stored };
    } catch (error) {
      const status = statusOf(error);
      if (status === 401 || status === 403 || status === 404) return refused(error);
      // The answer may be lost after the row was stored: look for it by its (new, numbered) name.
      try {
        const found = (await this.list.items.filter(`Title eq '${name.replace(/'/g, "''")}'`).select(...FIELDS).top(5)()) as RawListItem[];
        const mine = found.map(recordOf).find((r) => r.value === value);
        if (mine) return { kind: 'saved', record: mine };
        return { kind: 'failed', reason: 'unavailable' };
      } catch {
        return provesNotApplied(error) ? { kind: 'failed', reason: 'unavailable' } : { kind: 'failed', reason: 'unknown' };
      }
    }
    return { kind: 'failed', reason: 'unknown' };
  }

  public async update(record: SettingRecord, value: string): Promise<SettingWriteOutcome> {
    try {
      await this.list.items.getById(record.id).update({ SettingValue: value }, record.etag);
    } catch (error) {
      const status = statusOf(error);
      if (status === 400 || status === 401 || status === 403) return refused(error);
      return this.afterUnknown(record, error, (now) => (now && now.value === value ? { kind: 'saved', record: now } : undefined));
    }
    const now = await this.current(record.id).catch(() => undefined);
    return now ? { kind: 'saved', record: now } : { kind: 'saved', record: { ...record, value } };
  }

  public async remove(record: SettingRecord): Promise<SettingWriteOutcome> {
    try {
      await this.list.items.getById(record.id).delete(record.etag);
      return { kind: 'removed' };
    } catch (error) {
      const status = statusOf(error);
      if (status === 401 || status === 403) return refused(error);
      return this.afterUnknown(record, error, (now) => (now === undefined ? { kind: 'removed' } : undefined));
    }
  }

  /**
   * After a failed or unanswered write: the same version means it was not applied; `landed` recognises the
   * write as stored; any other version (or a row removed by someone else) is a conflict.
   */
  private async afterUnknown(
    record: SettingRecord,
    failure: unknown,
    landed: (now: SettingRecord | undefined) => SettingWriteOutcome | undefined
  ): Promise<SettingWriteOutcome> {
    let now: SettingRecord | undefined;
    try {
      now = await this.current(record.id);
    } catch {
      return provesNotApplied(failure) ? { kind: 'failed', reason: 'unavailable' } : { kind: 'failed', reason: 'unknown' };
    }
    const done = landed(now);
    if (done) return done;
    if (now && sameItemVersion(now.etag, record.etag)) return statusOf(failure) === 404 ? { kind: 'failed', reason: 'notFound' } : { kind: 'failed', reason: 'unavailable' };
    return { kind: 'conflict', theirs: now };
  }
}
