import type { EditableRoutineField } from '../../../core/editing/routineEditing';
import type { Routine } from '../../../core/model/Routine';
import type { TryggeBarnModel } from '../../../core/model/TryggeBarnModel';
import type { WriteFailure } from '../WriteFailure';

/** A routine as the admin view edits it: with its ETag (to detect a concurrent change) and who changed it last. */
export interface RoutineRecord {
  routine: Routine;
  etag: string;
  /** ISO timestamp of the last change. */
  modified?: string;
  /** Display name of whoever changed it last. */
  editor?: string;
}

export type SaveOutcome =
  | { kind: 'saved'; record: RoutineRecord }
  /** Someone saved a newer version since `record` was loaded: theirs is what is stored now. */
  | { kind: 'conflict'; theirs: RoutineRecord }
  | { kind: 'failed'; reason: Exclude<WriteFailure, 'conflict'> };

/** Reads and writes routines for the admin view. Lookups are resolved against the loaded (admin) model. */
export interface RoutineEditor {
  /** Every routine's ETag and last change, by item id; the routines themselves come with the model. */
  loadRecords(model: TryggeBarnModel): Promise<RoutineRecord[]>;
  /** One routine as stored now. */
  loadRecord(id: number, model: TryggeBarnModel): Promise<RoutineRecord>;
  /**
   * Writes the given fields of `draft` if the item is still the version of `record` (IF-MATCH with its
   * ETag). Nothing is overwritten silently: a newer version comes back as a conflict.
   */
  save(record: RoutineRecord, draft: Routine, fields: readonly EditableRoutineField[], model: TryggeBarnModel): Promise<SaveOutcome>;
  /** SharePoint's version history page of one routine. */
  versionHistoryUrl(id: number): Promise<string>;
}
