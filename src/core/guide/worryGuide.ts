import { hasPlaceholderNumber, type Contact } from '../model/Contact';
import type { Arena } from '../model/Arena';
import { isResponsibleService } from '../model/responsibleFor';
import type { Routine } from '../model/Routine';
import type { TryggeBarnModel } from '../model/TryggeBarnModel';

/**
 * "Jeg er bekymret for et barn": a few plain questions lead to the right BTI level and routine.
 * The answers are about the situation, never about the child, and live only in memory.
 */
export type GuideQuestion = 'danger' | 'concrete' | 'ownService' | 'oneOtherService';

/** Yes, no, or "usikker": not knowing is an answer, and it leads to an anonymous consultation. */
export type GuideAnswer = boolean | 'unsure';

export type GuideAnswers = Partial<Record<GuideQuestion, GuideAnswer>>;

/**
 * BTI level 0–3, the exception path for violence, sexual abuse and acute danger, or "consult": when unsure, talk it
 * over anonymously with barnevernet (anonym drøfting) before deciding.
 */
export type GuideOutcome = 'urgent' | 'consult' | '0' | '1' | '2' | '3';

export type GuideStep = { kind: 'question'; question: GuideQuestion } | { kind: 'result'; outcome: GuideOutcome };

/** The order questions are asked in; the first unanswered one that still matters is next. */
export function nextGuideStep(answers: GuideAnswers): GuideStep {
  if (answers.danger === undefined) return { kind: 'question', question: 'danger' };
  // Suspected violence or abuse short-circuits everything: do not contact the parents, act now.
  if (answers.danger === true) return { kind: 'result', outcome: 'urgent' };
  // Unsure whether it is violence: do not wait alone with it; discuss it anonymously now.
  if (answers.danger === 'unsure') return { kind: 'result', outcome: 'consult' };
  if (answers.concrete === undefined) return { kind: 'question', question: 'concrete' };
  // A vague worry stays on level 0: make it concrete, talk with a colleague, decide within 14 days.
  if (answers.concrete === false) return { kind: 'result', outcome: '0' };
  if (answers.concrete === 'unsure') return { kind: 'result', outcome: 'consult' };
  if (answers.ownService === undefined) return { kind: 'question', question: 'ownService' };
  if (answers.ownService === true) return { kind: 'result', outcome: '1' };
  if (answers.ownService === 'unsure') return { kind: 'result', outcome: 'consult' };
  if (answers.oneOtherService === undefined) return { kind: 'question', question: 'oneOtherService' };
  if (answers.oneOtherService === 'unsure') return { kind: 'result', outcome: 'consult' };
  return { kind: 'result', outcome: answers.oneOtherService ? '2' : '3' };
}

/** The dimension holding BTI's levels; a model without one still gets urgent routines. */
export const BTI_DIMENSION = 'bti';

const levelsOf = (r: Routine): string[] => r.placements.filter((p) => p.startsWith(`${BTI_DIMENSION}:`));

/**
 * The arena for an anonymous consultation: one that needs no consent and that a level-0 routine uses
 * (in the starter model, «Anonym drøfting» with barnevernstjenesten).
 */
export function consultationArena(model: TryggeBarnModel): Arena | undefined {
  const level0 = model.routines.filter((r) => r.placements.includes(`${BTI_DIMENSION}:0`));
  return model.arenas.find((a) => !a.consentRequired && level0.some((r) => r.arenas.includes(a.key)));
}

/**
 * Routines for an outcome: urgent routines for the exception path, those using the consultation arena for
 * "consult", else those placed on that BTI level. Ranked, never alphabetically: the user's own service first
 * ("For meg"); then the routine most specific to the answer (on that level only, or named after the arena)
 * before those spanning several levels; then the project group's own order of the routines list.
 */
export function routinesForOutcome(model: TryggeBarnModel, outcome: GuideOutcome, myService?: string): Routine[] {
  const order = new Map(model.routines.map((r, i) => [r.key, i]));
  let matches: Routine[];
  let specificity: (r: Routine) => number;
  if (outcome === 'urgent') {
    matches = model.routines.filter((r) => r.urgent);
    specificity = () => 0;
  } else if (outcome === 'consult') {
    const arena = consultationArena(model);
    matches = arena ? model.routines.filter((r) => !r.urgent && r.arenas.includes(arena.key)) : [];
    const named = (r: Routine): boolean => !!arena && r.title.toLowerCase().includes(arena.title.toLowerCase());
    specificity = (r) => (named(r) ? 0 : 1) + levelsOf(r).length;
  } else {
    matches = model.routines.filter((r) => !r.urgent && r.placements.includes(`${BTI_DIMENSION}:${outcome}`));
    specificity = (r) => levelsOf(r).length;
  }
  const mine = (r: Routine): number => (myService && (r.audience.includes(myService) || isResponsibleService(r, myService)) ? 0 : 1);
  return [...matches].sort((a, b) => mine(a) - mine(b) || specificity(a) - specificity(b) || (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
}

/** Whom to contact in the user's own service: its first contact with a real number, else its first contact. */
export function contactInMyService(model: TryggeBarnModel, myService: string | undefined): Contact | undefined {
  if (!myService) return undefined;
  const own = model.contacts.filter((c) => c.service === myService).sort((a, b) => a.order - b.order);
  return own.find((c) => (!!c.reach.phone && !hasPlaceholderNumber(c)) || !!c.reach.email) ?? own[0];
}

/** Days from today until an outcome's decision is due: now for the exception path, 14 days on level 0. */
const OUTCOME_DAYS: Partial<Record<GuideOutcome, number>> = { urgent: 0, consult: 0, '0': 14 };

/** Reads a step deadline such as "Innen 14 dager", "Innan ei veke" or "Straks" as a number of days. */
export function deadlineDays(text: string): number | undefined {
  const lower = text.toLowerCase();
  if (/\b(straks|umiddelbart|med en gang|med ein gong|i dag)\b/.test(lower)) return 0;
  const words: Record<string, number> = { en: 1, ei: 1, ein: 1, 'én': 1, 'éi': 1, to: 2, tre: 3, fire: 4 };
  const match = /(\d+|en|ei|ein|én|éi|to|tre|fire)\s+(dag|dager|dagar|døgn|uke|uker|veke|veker)\b/.exec(lower);
  if (!match) return undefined;
  // Both groups are required by the pattern; a word the pattern takes is one of `words`.
  const [, amount, unit] = match as unknown as [string, string, string];
  const n = /^\d+$/.test(amount) ? Number(amount) : words[amount]!;
  return /^(uke|uker|veke|veker)$/.test(unit) ? n * 7 : n;
}

/** Adds days to an ISO date (yyyy-mm-dd), in the calendar, with no time zone involved. */
export function addDays(isoDate: string, days: number): string {
  const [y = NaN, m = NaN, d = NaN] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

/**
 * The concrete date an outcome's next decision is due, from today: today for the exception path and a
 * consultation, today + 14 days on level 0, else the first step deadline of the first routine that has one.
 */
export function outcomeDeadline(model: TryggeBarnModel, outcome: GuideOutcome, todayIso: string, myService?: string): string | undefined {
  const fixed = OUTCOME_DAYS[outcome];
  if (fixed !== undefined) return addDays(todayIso, fixed);
  for (const routine of routinesForOutcome(model, outcome, myService)) {
    for (const step of routine.steps) {
      const days = deadlineDays(step.deadline);
      if (days !== undefined) return addDays(todayIso, days);
    }
  }
  return undefined;
}
