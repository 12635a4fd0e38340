import type { ItemFields } from '../mapping/EntityMapping';
import type { ItemIssue } from '../mapping/ItemIssue';
import { ItemReader } from '../mapping/ItemReader';
import { LookupIndex } from '../mapping/LookupIndex';
import { parseSteps, routineMapping } from '../mapping/routineMapping';
import type { Routine, RoutineStep } from '../model/Routine';
import { listSchema } from '../schema/lists';
import { changedFields, diffVersions, type FieldDifference } from './diffVersions';

/**
 * What the admin view edits; everything else about a routine is edited in the SharePoint list itself. `nn` is
 * the Nynorsk title, summary and steps beside the main ones (TitleNn, SummaryNn, StepsNn).
 */
export type EditableRoutineField = 'title' | 'summary' | 'steps' | 'nn' | 'status' | 'lastReviewed' | 'nextReview';

export const EDITABLE_ROUTINE_FIELDS: readonly EditableRoutineField[] = ['title', 'summary', 'steps', 'nn', 'status', 'lastReviewed', 'nextReview'];

/** Every field of a routine a person can see differ between two versions, in the order the form shows them. */
export const COMPARED_ROUTINE_FIELDS: ReadonlyArray<keyof Routine & string> = [
  'title',
  'summary',
  'steps',
  'status',
  'owner',
  'responsibleService',
  'legalBasis',
  'lastReviewed',
  'nextReview',
  'placements',
  'arenas',
  'audience',
  'urgent',
  'nn'
];

/** The SharePoint columns each editable field is stored in (the legal basis in Nynorsk is edited in the list). */
const COLUMNS: Record<EditableRoutineField, readonly string[]> = {
  title: ['Title'],
  summary: ['Summary'],
  steps: ['Steps'],
  nn: ['TitleNn', 'SummaryNn', 'StepsNn'],
  status: ['RoutineStatus'],
  lastReviewed: ['LastReviewed'],
  nextReview: ['NextReview']
};

/**
 * A routine written by the list's own mapping without its lookups (the admin view never changes them), so
 * the values and the validation below are exactly those of every other write and read of the list.
 */
function writeWithoutLookups(routine: Routine): ItemFields {
  return routineMapping.write({ ...routine, responsibleService: undefined, arenas: [], audience: [] }, new LookupIndex());
}

/** The REST values of some editable fields, as the mapping writes them (Steps as JSON, dates at midnight UTC). */
export function routineColumnValues(routine: Routine, fields: readonly EditableRoutineField[]): ItemFields {
  const all = writeWithoutLookups(routine);
  const values: ItemFields = {};
  for (const field of fields) for (const column of COLUMNS[field]) values[column] = all[column];
  return values;
}

/** The editable fields that differ between what was loaded and the draft. */
export function changedRoutineFields(base: Routine, draft: Routine): EditableRoutineField[] {
  return Object.keys(changedFields(base, draft, EDITABLE_ROUTINE_FIELDS)) as EditableRoutineField[];
}

/**
 * Checks a draft with the list's own rules (ItemReader's required fields and length limits, parseSteps) by
 * writing it as SharePoint would store it and reading it back; returns the problems with the editable fields.
 */
export function validateRoutineDraft(draft: Routine): ItemIssue[] {
  const schema = listSchema('routines');
  const raw = { Id: draft.id ?? 0, ...writeWithoutLookups(draft) };
  const reader = new ItemReader(schema, raw, new LookupIndex(), draft.key || '(new)');
  routineMapping.read(reader);
  const columns = new Set(EDITABLE_ROUTINE_FIELDS.flatMap((f) => COLUMNS[f]));
  return reader.issues.filter((issue) => columns.has(issue.field));
}

/** The problem with each step on its own (by parseSteps' rules), so the form can mark the step that is wrong. */
export function stepProblems(steps: readonly RoutineStep[]): Array<string | undefined> {
  return steps.map((step) => parseSteps([step]).problem?.replace(/^step 1:? ?/, ''));
}

export function diffRoutines(base: Routine, mine: Routine, theirs: Routine): FieldDifference<Routine>[] {
  return diffVersions(base, mine, theirs, COMPARED_ROUTINE_FIELDS);
}

/** The column a field is stored in, for messages that name what admins see in the list. */
export function routineColumnOf(field: EditableRoutineField): string {
  return COLUMNS[field].join(', ');
}
