import type { WriteFailure } from '../WriteFailure';

/** One row of the settings list as the admin view edits it, with its ETag to detect a concurrent change. */
export interface SettingRecord {
  id: number;
  /** The row's Title: `searchSynonym 3`, `guideSign 1`, … */
  name: string;
  value: string;
  etag: string;
}

export type SettingWriteOutcome =
  | { kind: 'saved'; record: SettingRecord }
  | { kind: 'removed' }
  /** Someone changed the row since it was loaded (`theirs`), or removed it (no `theirs`). */
  | { kind: 'conflict'; theirs?: SettingRecord }
  | { kind: 'failed'; reason: Exclude<WriteFailure, 'conflict'> };

/**
 * Reads and writes rows of the settings list for the admin view (the search words and the guide's signs). Changes
 * and removals carry the row's ETag (IF-MATCH), so a concurrent change comes back as a conflict, never overwritten.
 */
export interface SettingsEditor {
  load(): Promise<SettingRecord[]>;
  add(name: string, value: string): Promise<SettingWriteOutcome>;
  update(record: SettingRecord, value: string): Promise<SettingWriteOutcome>;
  remove(record: SettingRecord): Promise<SettingWriteOutcome>;
}
