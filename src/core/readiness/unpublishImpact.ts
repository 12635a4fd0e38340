import { BTI_DIMENSION, routinesForOutcome, type GuideOutcome } from '../guide/worryGuide';
import type { Routine } from '../model/Routine';
import type { TryggeBarnModel } from '../model/TryggeBarnModel';

/** What staff lose when a published routine is made a draft: said before it happens, not discovered after. */
export interface UnpublishImpact {
  /** Worry-guide outcomes that suggest this routine today. */
  guideOutcomes: GuideOutcome[];
  /** Published routines whose text points to this one by its title («…»); their pointer would lead nowhere. */
  linkedFrom: Routine[];
  /** True for the violence / sexual-abuse path. */
  urgent: boolean;
  /** True when the guide suggests it first for a BTI level: without it a level's answer loses its main routine. */
  levelRoutine: boolean;
  /** Urgent and level routines ask twice. */
  needsSecondConfirmation: boolean;
}

function routineTexts(r: Routine): string {
  return [r.summary, ...r.steps.flatMap((s) => [s.what, s.how, s.who])].join('\n');
}

export function unpublishImpact(model: TryggeBarnModel, routine: Routine): UnpublishImpact {
  const published = { ...model, routines: model.routines.filter((r) => r.status === 'published' || r.key === routine.key) };
  const levels = routine.placements.filter((p) => p.startsWith(`${BTI_DIMENSION}:`)).map((p) => p.slice(BTI_DIMENSION.length + 1));
  const outcomes: GuideOutcome[] = routine.urgent ? ['urgent'] : (levels.filter((l) => ['0', '1', '2', '3'].includes(l)) as GuideOutcome[]);
  const guideOutcomes = outcomes.filter((o) => routinesForOutcome(published, o).some((r) => r.key === routine.key));
  const levelRoutine = !routine.urgent && guideOutcomes.some((o) => routinesForOutcome(published, o)[0]?.key === routine.key);
  // Routines point to each other by title in «…», often shortened («Mistanke om vold eller seksuelle overgrep»).
  const title = routine.title.toLowerCase();
  const pointsHere = (text: string): boolean =>
    [...text.matchAll(/«([^»]{12,})»/g)].some((m) => title.startsWith(m[1]!.trim() /* group 1 is in every match */.toLowerCase().replace(/[\s.…]+$/, '')));
  const linkedFrom = published.routines.filter((r) => r.key !== routine.key && r.status === 'published' && pointsHere(routineTexts(r)));
  return { guideOutcomes, linkedFrom, urgent: routine.urgent, levelRoutine, needsSecondConfirmation: routine.urgent || levelRoutine };
}
