import type { RoutineNynorsk, RoutineStepText } from '../model/Routine';

const EMPTY_TEXT: RoutineStepText = { what: '', how: '', who: '', deadline: '' };

function hasText(step: RoutineStepText | undefined): boolean {
  return !!step && (step.what.trim() !== '' || step.how.trim() !== '' || step.who.trim() !== '' || step.deadline.trim() !== '');
}

/** The Nynorsk step texts beside `count` main steps: as many as there are steps, the missing ones empty. */
export function alignedNynorskSteps(nn: RoutineNynorsk | undefined, count: number): RoutineStepText[] {
  const steps = nn?.steps ?? [];
  return Array.from({ length: count }, (_v, i) => ({ ...EMPTY_TEXT, ...steps[i] }));
}

/**
 * A routine's Nynorsk part as the editor keeps it: empty texts dropped (SharePoint stores empty as null), steps
 * kept only while one of them has text, and nothing at all when no Nynorsk text is left — so an untouched
 * routine compares equal to the one loaded and a save writes none of its …Nn columns.
 */
export function normalizeNynorsk(nn: RoutineNynorsk | undefined): RoutineNynorsk | undefined {
  if (!nn) return undefined;
  const result: RoutineNynorsk = {};
  if (nn.title?.trim()) result.title = nn.title;
  if (nn.summary?.trim()) result.summary = nn.summary;
  if (nn.steps?.some(hasText)) result.steps = nn.steps.map((s) => ({ ...EMPTY_TEXT, ...s }));
  if (nn.legalBasis?.trim()) result.legalBasis = nn.legalBasis;
  return Object.keys(result).length > 0 ? result : undefined;
}

/**
 * The Nynorsk steps not translated yet while others are: each is shown in the main text (field by field, see
 * src/core/language), which the editor notes on the step. Undefined where there is nothing to note.
 */
export function nynorskStepProblems(nn: RoutineNynorsk | undefined, count: number): Array<string | undefined> {
  const steps = alignedNynorskSteps(nn, count);
  if (!steps.some(hasText)) return steps.map(() => undefined);
  return steps.map((s) => (s.what.trim() === '' ? 'has no "what"' : undefined));
}
