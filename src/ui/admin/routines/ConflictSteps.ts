import type { RoutineStep } from '../../../core/model/Routine';
import type { TryggeBarnModel } from '../../../core/model/TryggeBarnModel';
import type { Strings } from '../../strings';
import type { AdminStrings } from '../strings';

/** One step that differs between my version and theirs, with who changed it since the version both started from. */
export interface StepDifference {
  /** 0-based position of the step. */
  index: number;
  mine: RoutineStep | undefined;
  theirs: RoutineStep | undefined;
  changedByMe: boolean;
  changedByThem: boolean;
}

function sameStep(a: RoutineStep | undefined, b: RoutineStep | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.what === b.what && a.how === b.how && a.who === b.who && a.deadline === b.deadline && a.tools.join('\n') === b.tools.join('\n');
}

/**
 * The steps of two conflicting versions compared step by step (position by position) against the version both
 * started from: only the steps that differ, each saying whether I, they or both changed it.
 */
export function diffSteps(base: readonly RoutineStep[], mine: readonly RoutineStep[], theirs: readonly RoutineStep[]): StepDifference[] {
  const differences: StepDifference[] = [];
  const count = Math.max(mine.length, theirs.length);
  for (let i = 0; i < count; i += 1) {
    if (sameStep(mine[i], theirs[i])) continue;
    differences.push({ index: i, mine: mine[i], theirs: theirs[i], changedByMe: !sameStep(base[i], mine[i]), changedByThem: !sameStep(base[i], theirs[i]) });
  }
  return differences;
}

/** A step as labelled lines (what, how, who, tools, deadline), or the admin's "(empty)" for a step that is not there. */
export function describeStep(step: RoutineStep | undefined, model: Pick<TryggeBarnModel, 'tools'>, strings: Strings, admin: AdminStrings): string[] {
  if (!step) return [admin.empty];
  const r = strings.routine;
  const tools = step.tools.map((key) => model.tools.find((t) => t.key === key)?.title ?? key).join(', ');
  return [
    `${r.what}: ${step.what || admin.empty}`,
    ...(step.how ? [`${r.how}: ${step.how}`] : []),
    ...(step.who ? [`${r.who}: ${step.who}`] : []),
    ...(tools ? [`${r.tools}: ${tools}`] : []),
    ...(step.deadline ? [`${r.deadline}: ${step.deadline}`] : [])
  ];
}
