import { DateTime } from 'luxon';
import { ARENA_INVITATION_FIELDS } from '../arenas/arenaText';
import { detectPersonalData, type Finding } from '../privacy';
import type { ModelDocument } from '../model/ModelDocument';
import type { Reachability } from '../model/Service';
import type { ImportProblem } from './ImportProblem';
import { isModelKey, MODEL_KEY_MAX_LENGTH } from './modelKey';

const KEYED = ['services', 'tools', 'arenas', 'routines', 'contacts', 'actionPlan', 'annualWheel'] as const;

function keyProblem(key: string): string {
  return key.length > MODEL_KEY_MAX_LENGTH
    ? `is ${key.length} characters long; a key has at most ${MODEL_KEY_MAX_LENGTH}`
    : `is not a valid key: only a–z, 0–9 and single "-" between them, got ${JSON.stringify(key)}`;
}

/** Every key of the file against the key rule (modelKey.ts), by collection, row and field. */
export function checkKeys(doc: ModelDocument): ImportProblem[] {
  const problems: ImportProblem[] = [];
  doc.dimensions.forEach((d, i) => {
    if (!isModelKey(d.key)) problems.push({ where: 'dimensions', row: i + 1, key: d.key, field: 'key', message: keyProblem(d.key) });
    d.values.forEach((v, j) => {
      if (!isModelKey(v.key)) problems.push({ where: 'dimensions', row: i + 1, key: d.key, field: `values[${j}].key`, message: keyProblem(v.key) });
    });
  });
  for (const collection of KEYED) {
    (doc[collection] as Array<{ key: string }>).forEach((row, i) => {
      if (!isModelKey(row.key)) problems.push({ where: collection, row: i + 1, key: row.key, field: 'key', message: keyProblem(row.key) });
    });
  }
  return problems;
}

/** A real calendar day as yyyy-mm-dd: 2026-02-30 is not one (luxon checks the calendar). */
export function isCalendarDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value, { zone: 'utc' }).isValid;
}

/** The date fields of the format: routines' review dates and the action plan's deadline. */
export function checkDates(doc: ModelDocument): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const check = (where: string, row: number, key: string, field: string, value: string | undefined): void => {
    if (value !== undefined && !isCalendarDate(value)) problems.push({ where, row, key, field, message: `must be a real date as yyyy-mm-dd, got ${JSON.stringify(value)}` });
  };
  doc.routines.forEach((r, i) => {
    check('routines', i + 1, r.key, 'lastReviewed', r.lastReviewed);
    check('routines', i + 1, r.key, 'nextReview', r.nextReview);
  });
  doc.actionPlan.forEach((p, i) => check('actionPlan', i + 1, p.key, 'deadline', p.deadline));
  return problems;
}

/**
 * Properties that hold keys, references, addresses or fixed choices rather than text people write: the privacy
 * guard does not read them (keys have their own rule; addresses are the model's published contact points).
 */
const NOT_TEXT = new Set(['key', 'id', 'placements', 'services', 'arenas', 'tools', 'responsibleService', 'service', 'arena', 'documentUrl', 'url', 'phone', 'email', 'status', 'frequency', 'tier', 'role', 'contentLocale']);
/** routines.audience lists service keys; annualWheel.audience is text. */
const NOT_TEXT_IN: Record<string, readonly string[]> = { routines: ['audience'] };

/** Every text of a row with its path ("steps[2].what", "name.nb"). */
function textsOf(value: unknown, path: string, skip: ReadonlySet<string>, out: Array<{ path: string; text: string }>): void {
  if (typeof value === 'string') {
    if (value.trim() !== '') out.push({ path, text: value });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => textsOf(item, `${path}[${i}]`, skip, out));
  } else if (value && typeof value === 'object') {
    for (const [name, inner] of Object.entries(value as Record<string, unknown>)) {
      if (skip.has(name)) continue;
      textsOf(inner, path ? `${path}.${name}` : name, skip, out);
    }
  }
}

function reach(r: Reachability | undefined): string[] {
  return r ? [r.phone ?? '', r.email ?? ''] : [];
}

/**
 * The file's own names of services, tools, contacts and dimension values, and the phone numbers and e-mail
 * addresses it publishes: the municipality's vocabulary, never a child's. Not routine or arena texts, and never a
 * meeting subject: a text cannot vouch for itself.
 */
function documentAllowWords(doc: ModelDocument): string[] {
  return [
    doc.settings.municipality,
    ...doc.services.flatMap((s) => [s.title, ...reach(s.reach)]),
    ...doc.tools.map((t) => t.title),
    ...doc.contacts.flatMap((c) => [c.title, ...reach(c.reach)]),
    ...doc.dimensions.flatMap((d) => [d.name.nb, d.name.nn, d.name.en, ...d.values.flatMap((v) => [v.name.nb, v.name.nn, v.name.en])])
  ].filter((w) => typeof w === 'string' && w.trim() !== '');
}

const NAME_REASONS = new Set(['givenName', 'fullName', 'nameWithClass', 'nameWithAge', 'nameWithCue']);

/**
 * An import has no "send anyway": the file is refused until it is edited. So it is refused for what the guard
 * finds with high confidence — and a name only when the passage holds a capital letter (a model's text names a
 * person with a capital; "kjenner barnet best" is not a name).
 */
function refusesImport(f: Finding): boolean {
  if (f.confidence !== 'high') return false;
  return !NAME_REASONS.has(f.reason) || /\p{Lu}/u.test(f.text);
}

/** The English line of a privacy problem; the UI shows the findings in its own language (problem.findings). */
function privacyMessage(findings: readonly Finding[]): string {
  return `may identify a child: ${findings.map((f) => `«${f.text}» (${f.reason})`).join(', ')}`;
}

/**
 * The privacy guard over every text field of the file — routines' steps, summaries and legal notes, arenas'
 * meeting subject and agenda template, services, tools, contacts, the action plan and the annual wheel — with
 * the same detector as every form. An import is how the product saves these texts in bulk; what it would
 * show staff or put into invitations must not identify a child. No "send anyway": the project group edits the file.
 */
export function checkPersonalDataInDocument(doc: ModelDocument, today?: Date): Array<ImportProblem & { findings: Finding[] }> {
  const options = { allowWords: documentAllowWords(doc), today };
  const problems: Array<ImportProblem & { findings: Finding[] }> = [];
  const checkText = (where: string, row: number | undefined, key: string | undefined, field: string, text: string): void => {
    const findings = detectPersonalData(text, options).filter(refusesImport);
    if (findings.length > 0) problems.push({ where, row, key, field, message: privacyMessage(findings), findings });
  };
  checkText('settings', undefined, undefined, 'municipality', doc.settings.municipality);
  const collections: Array<[string, ReadonlyArray<{ key: string }>]> = [['dimensions', doc.dimensions], ...KEYED.map((c): [string, ReadonlyArray<{ key: string }>] => [c, doc[c]])];
  for (const [collection, rows] of collections) {
    const skip = new Set([...NOT_TEXT, ...(NOT_TEXT_IN[collection] ?? [])]);
    rows.forEach((row, i) => {
      const texts: Array<{ path: string; text: string }> = [];
      textsOf(row, '', skip, texts);
      for (const { path, text } of texts) checkText(collection, i + 1, row.key, path, text);
    });
  }
  return problems;
}

export { ARENA_INVITATION_FIELDS };
