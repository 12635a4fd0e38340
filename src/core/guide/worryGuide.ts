import type { Routine } from '../model/Routine';
import type { TryggeBarnModel } from '../model/TryggeBarnModel';

/**
 * "Jeg er bekymret for et barn": a few plain questions lead to the right BTI level and routine.
 * The answers are yes/no about the situation, never about the child, and live only in memory.
 */
export type GuideQuestion = 'danger' | 'concrete' | 'ownService' | 'oneOtherService';

export type GuideAnswers = Partial<Record<GuideQuestion, boolean>>;

/** BTI level 0–3, or the exception path for violence, sexual abuse and acute danger. */
export type GuideOutcome = 'urgent' | '0' | '1' | '2' | '3';

export type GuideStep = { kind: 'question'; question: GuideQuestion } | { kind: 'result'; outcome: GuideOutcome };

/** The order questions are asked in; the first unanswered one that still matters is next. */
export function nextGuideStep(answers: GuideAnswers): GuideStep {
  if (answers.danger === undefined) return { kind: 'question', question: 'danger' };
  // Suspected violence or abuse short-circuits everything: do not contact the parents, act now.
  if (answers.danger) return { kind: 'result', outcome: 'urgent' };
  if (answers.concrete === undefined) return { kind: 'question', question: 'concrete' };
  // A vague worry stays on level 0: make it concrete, talk with a colleague, decide within 14 days.
  if (!answers.concrete) return { kind: 'result', outcome: '0' };
  if (answers.ownService === undefined) return { kind: 'question', question: 'ownService' };
  if (answers.ownService) return { kind: 'result', outcome: '1' };
  if (answers.oneOtherService === undefined) return { kind: 'question', question: 'oneOtherService' };
  return { kind: 'result', outcome: answers.oneOtherService ? '2' : '3' };
}

/** The dimension holding BTI's levels; a model without one still gets urgent routines. */
export const BTI_DIMENSION = 'bti';

/**
 * Routines for an outcome: urgent routines for the exception path, else those placed on that BTI level.
 * Routines for the user's own service come first when the user has chosen one ("For meg").
 */
export function routinesForOutcome(model: TryggeBarnModel, outcome: GuideOutcome, myService?: string): Routine[] {
  const matches =
    outcome === 'urgent'
      ? model.routines.filter((r) => r.urgent)
      : model.routines.filter((r) => !r.urgent && r.placements.includes(`${BTI_DIMENSION}:${outcome}`));
  const mine = (r: Routine): number => (myService && (r.audience.includes(myService) || r.responsibleService === myService) ? 0 : 1);
  return [...matches].sort((a, b) => mine(a) - mine(b) || a.title.localeCompare(b.title, 'nb'));
}
