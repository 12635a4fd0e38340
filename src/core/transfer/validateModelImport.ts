import { assembleModel, type RawLists } from '../mapping/assembleModel';
import { WRITE_ORDER } from '../mapping/documentToLists';
import type { ItemIssue } from '../mapping/ItemIssue';
import { rowsFromDimensions } from '../mapping/dimensionMapping';
import { rowsFromSettings } from '../mapping/settingsMapping';
import { LookupIndex } from '../mapping/LookupIndex';
import type { RawListItem } from '../mapping/RawListItem';
import { MODEL_DOCUMENT_FORMAT, type ModelDocument } from '../model/ModelDocument';
import { LISTS, SCHEMA_VERSION } from '../schema/lists';
import { checkReferences } from './checkReferences';
import { documentEntities } from './documentEntities';
import { checkShape, COLLECTIONS, ROW_SHAPES, SETTINGS_SHAPE } from './documentShape';
import type { ImportProblem } from './ImportProblem';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './importLimits';
import { scanForbiddenKeys } from './scanForbiddenKeys';
import { checkDates, checkKeys, checkPersonalDataInDocument, isCalendarDate } from './checkImportRules';

export interface ImportValidation {
  /** Set only when the file has no problem at all: an import applies completely or not at all. */
  document?: ModelDocument;
  problems: ImportProblem[];
}

const TOP_LEVEL = ['format', 'schemaVersion', 'settings', ...COLLECTIONS];
const FILE = '(file)';

function fileProblem(message: string, field = FILE): ImportProblem {
  return { where: FILE, field, message };
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Format, version and top-level structure: without these nothing else in the file can be trusted. */
function checkEnvelope(doc: Record<string, unknown>): ImportProblem[] {
  if (doc.format !== MODEL_DOCUMENT_FORMAT) {
    return [fileProblem(`is not a Trygge Barn model: "format" must be "${MODEL_DOCUMENT_FORMAT}"`, 'format')];
  }
  const problems: ImportProblem[] = [];
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    problems.push(fileProblem('must be a whole number from 1', 'schemaVersion'));
  } else if (version > SCHEMA_VERSION) {
    problems.push(fileProblem(`is ${version}: the file was made by a newer Trygge Barn (this site has schema ${SCHEMA_VERSION}); update the app first`, 'schemaVersion'));
  }
  for (const key of Object.keys(doc)) if (!TOP_LEVEL.includes(key)) problems.push(fileProblem('is not a part of the model format', key));
  if (doc.settings === undefined) problems.push({ where: 'settings', field: '(settings)', message: 'is missing' });
  for (const collection of COLLECTIONS) {
    const rows = doc[collection];
    if (!Array.isArray(rows)) problems.push({ where: collection, field: `(${collection})`, message: rows === undefined ? 'is missing' : 'must be a list' });
    else if (rows.length > MAX_IMPORT_ROWS) problems.push({ where: collection, field: `(${collection})`, message: `has ${rows.length} rows; the limit is ${MAX_IMPORT_ROWS}` });
  }
  return problems;
}

function keyOfRow(row: unknown): string | undefined {
  const key = (row as { key?: unknown } | null)?.key;
  return typeof key === 'string' && key !== '' ? key : undefined;
}

/** Every row of every collection against its shape, reported by collection, row, key and field. */
function checkRows(doc: Record<string, unknown>): ImportProblem[] {
  const problems: ImportProblem[] = [];
  checkShape(doc.settings, SETTINGS_SHAPE, '', (path, message) => problems.push({ where: 'settings', field: path || '(settings)', message }));
  for (const collection of COLLECTIONS) {
    (doc[collection] as unknown[]).forEach((row, i) => {
      // ROW_SHAPES has the shape of each of COLLECTIONS.
      checkShape(row, ROW_SHAPES[collection]!, '', (path, message) =>
        problems.push({ where: collection, row: i + 1, key: keyOfRow(row), field: path || '(row)', message })
      );
    });
  }
  return problems;
}

/** Two values of one dimension with the same key would be one item in the list: reported like a repeated key. */
function checkDimensionKeys(doc: ModelDocument): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const dimensions = new Set<string>();
  doc.dimensions.forEach((d, i) => {
    if (dimensions.has(d.key)) problems.push({ where: 'dimensions', row: i + 1, key: d.key, field: 'key', message: `repeats the key "${d.key}" of an earlier dimension` });
    dimensions.add(d.key);
    const values = new Set<string>();
    d.values.forEach((v, j) => {
      if (values.has(v.key)) problems.push({ where: 'dimensions', row: i + 1, key: d.key, field: `values[${j}].key`, message: `repeats the key "${v.key}" of an earlier value` });
      values.add(v.key);
    });
  });
  return problems;
}

/** Ids far above any row number, for keys a file refers to but does not define. */
const STAND_IN_ID_BASE = 1_000_000;
const DANGLING_LOOKUP = /^points to item (\d+), which does not exist$/;

/**
 * The document as list items with ids 1…n per list, as documentToLists makes them, except that a reference to
 * a key the file lacks gets a stand-in id instead of costing the whole item: checkReferences reports it, and
 * the item's other fields are still read, so every problem of the file is found in one pass.
 */
function documentItems(doc: ModelDocument, missing: Map<'services' | 'arenas', Set<string>>): { lists: RawLists; standIns: Set<number> } {
  const lookups = new LookupIndex();
  doc.services.forEach((s, i) => lookups.add('services', i + 1, s.key));
  doc.arenas.forEach((a, i) => lookups.add('arenas', i + 1, a.key));
  doc.routines.forEach((r, i) => lookups.add('routines', i + 1, r.key));
  const standIns = new Set<number>();
  let next = STAND_IN_ID_BASE;
  for (const [list, keys] of missing) {
    for (const key of keys) {
      lookups.add(list, next, key);
      standIns.add(next++);
    }
  }
  const lists: RawLists = {};
  for (const list of WRITE_ORDER) {
    const entities = documentEntities(doc, list);
    if (!entities) continue;
    const items: RawListItem[] = [];
    for (let i = 0; i < entities.count; i++) items.push({ Id: i + 1, ...entities.write(i, lookups) });
    lists[list] = items;
  }
  return { lists, standIns };
}

/** Puts a problem the list mapping found back where it is in the file: collection, row and key. */
function locateIssue(doc: ModelDocument, issue: ItemIssue): ImportProblem {
  const list = LISTS.find((l) => l.title === issue.list);
  const collection = list?.key ?? issue.list;
  const base = { field: issue.field, message: issue.message };
  if (collection === 'settings') {
    const row = typeof issue.item === 'number' ? rowsFromSettings(doc.settings)[issue.item - 1] : undefined;
    return { where: 'settings', ...base, field: row?.name ?? String(issue.item) };
  }
  if (collection === 'dimensions') {
    const flat = typeof issue.item === 'number' ? rowsFromDimensions(doc.dimensions)[issue.item - 1] : undefined;
    const row = flat ? doc.dimensions.findIndex((d) => d.key === flat.dimension) + 1 : undefined;
    return { where: 'dimensions', row, key: flat ? `${flat.dimension}:${flat.value}` : String(issue.item), ...base };
  }
  const rows = (doc as unknown as Record<string, Array<{ key: string }>>)[collection] ?? [];
  const index = typeof issue.item === 'number' ? issue.item - 1 : rows.findIndex((r) => r.key === issue.item);
  return { where: collection, row: index >= 0 ? index + 1 : undefined, key: rows[index]?.key ?? (typeof issue.item === 'string' ? issue.item : undefined), ...base };
}

/**
 * Validates a file an admin wants to import, completely, before anything is written: size, JSON, hostile keys,
 * the format and version, every row's structure, the references between collections, and then every item
 * through the same list mappings that write and read the lists (field limits, choices, dates, URLs, repeated keys). Every problem is
 * reported by where, row, key and field. A warning of the mapping (a dropped reference) counts as a problem too:
 * what is imported must be exactly what the file says.
 */
export function validateModelImport(text: string, byteLength: number = text.length, options: { today?: Date } = {}): ImportValidation {
  if (byteLength > MAX_IMPORT_BYTES) return { problems: [fileProblem(`is ${megabytes(byteLength)}; the limit is ${megabytes(MAX_IMPORT_BYTES)}`)] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    const message = e instanceof SyntaxError ? e.message : 'could not be read';
    return { problems: [fileProblem(`is not valid JSON (${message})`)] };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { problems: [fileProblem('must hold one JSON object, a model document')] };
  const structure = scanForbiddenKeys(parsed);
  if (structure.length > 0) return { problems: structure.map((f) => fileProblem(f.message, f.path)) };
  const record = parsed as Record<string, unknown>;
  const envelope = checkEnvelope(record);
  if (envelope.length > 0) return { problems: envelope };
  const rows = checkRows(record);
  if (rows.length > 0) return { problems: rows };
  const doc = parsed as ModelDocument;
  const references = checkReferences(doc);
  const problems = [...checkKeys(doc), ...checkDimensionKeys(doc), ...checkDates(doc), ...references.problems, ...checkPersonalDataInDocument(doc, options.today)];
  // The mapping pass below cannot write a date that does not exist: those were reported above, and are left out.
  const mappable: ModelDocument = {
    ...doc,
    routines: doc.routines.map((r) => ({ ...r, lastReviewed: r.lastReviewed && isCalendarDate(r.lastReviewed) ? r.lastReviewed : undefined, nextReview: r.nextReview && isCalendarDate(r.nextReview) ? r.nextReview : undefined })),
    actionPlan: doc.actionPlan.map((a) => ({ ...a, deadline: a.deadline && isCalendarDate(a.deadline) ? a.deadline : undefined }))
  };
  const { lists, standIns } = documentItems(mappable, references.missing);
  const { issues } = assembleModel(lists);
  const reportedAlready = (issue: ItemIssue): boolean => standIns.has(Number(DANGLING_LOOKUP.exec(issue.message)?.[1]));
  problems.push(...issues.filter((issue) => !reportedAlready(issue)).map((issue) => locateIssue(doc, issue)));
  return problems.length > 0 ? { problems } : { document: doc, problems };
}
