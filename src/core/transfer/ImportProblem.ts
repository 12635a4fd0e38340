import type { Finding } from '../privacy/Finding';
/**
 * One thing wrong with a file an admin tries to import, located as precisely as the file allows: the part of
 * the document (or the SharePoint list the mapping was writing), the row (1-based) and key, and the field.
 */
export interface ImportProblem {
  /** A collection of the document ("routines", "settings"), a list title ("TB Rutiner") or "(file)". */
  where: string;
  /** 1-based position in the collection, when the problem is with one row. */
  row?: number;
  /** The row's key, when it has one: admins know their routines by key better than by number. */
  key?: string;
  /** A path inside the row ("steps[2].what") or a SharePoint column ("RoutineStatus"); "(file)" for the whole file. */
  field: string;
  /** In English (logs, tools); the UI puts it in its own language (localizeImportMessage). */
  message: string;
  /** A privacy problem: what the guard found, so the UI can say it in its own language. */
  findings?: Finding[];
}

export function describeImportProblem(p: ImportProblem): string {
  const row = p.row !== undefined ? `, row ${p.row}${p.key ? ` (${p.key})` : ''}` : p.key ? ` (${p.key})` : '';
  return `${p.where}${row}, ${p.field}: ${p.message}`;
}
