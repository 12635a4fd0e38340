import { isResponsibleService } from './responsibleFor';
import type { Routine } from './Routine';
import type { Service } from './Service';
import type { TryggeBarnModel } from './TryggeBarnModel';

/** The routines of "For meg": what one service actually does, by level, and the rest behind "show all". */
export interface RoutinesForService {
  /** Act at once: relevant to everyone, always first. */
  urgent: Routine[];
  /** What the service does, on each level of the worry guide's dimension (in its order), each routine once. */
  byLevel: Array<{ level: string; routines: Routine[] }>;
  /** What the service does that sits on no level (prevention, transitions, its own yearly work). */
  otherWork: Routine[];
  /** Routines meant for the service (its audience) that it does not carry out itself: shown on request. */
  rest: Routine[];
}

/** The reader is the one acting ("Du og nærmeste leder", "Du som er urolig"): nb and nn forms of "you". */
const READER = /(^|[^\p{L}])(du|deg|dere|dykk|dykkar)(?=$|[^\p{L}])/iu;

/** Words too general to say that a step names a service ("tjeneste", "og", "for"). */
const GENERAL = new Set(['tjeneste', 'tjenesten', 'teneste', 'tenesta', 'kontoret', 'offentlige', 'offentlege', 'den', 'det', 'for', 'og']);

/** The words of a service's names (Bokmål and Nynorsk) that, at the start of a word, name it: "skole" in "skolen". */
function nameWords(service: Service): string[] {
  const names = [service.title, service.nn?.title ?? ''];
  return [...new Set(names.flatMap((n) => n.toLowerCase().split(/[^\p{L}]+/u)))].filter((w) => w.length >= 4 && !GENERAL.has(w));
}

/**
 * Whether the service carries out a step of the routine: the step's actor ("who") is the reader — a routine meant
 * for the service whose steps say "du" is done by whoever of that service reads it — or names the service.
 */
function actsIn(routine: Routine, words: readonly string[]): boolean {
  return routine.steps.some((step) => {
    const who = step.who.toLowerCase();
    const whoWords = who.split(/[^\p{L}]+/u);
    return READER.test(who) || words.some((w) => whoWords.some((word) => word.startsWith(w)));
  });
}

/**
 * Sorts the model's routines for one service, so a teacher sees what a school does rather than everything a
 * school may read: a routine is the service's work when the service is responsible for it (named, or as an
 * own-service routine meant for it) or carries out one of its steps (see actsIn). That work is grouped by the
 * level of the worry guide it sits on (the lowest, so each routine shows once); the rest of the routines meant
 * for the service is kept apart for "show all".
 */
export function routinesForService(model: Pick<TryggeBarnModel, 'routines' | 'services' | 'dimensions'>, service: string, options: { guideDimension: string }): RoutinesForService {
  const levels = model.dimensions.find((d) => d.key === options.guideDimension)?.values.map((v) => v.key) ?? [];
  const own = model.services.find((s) => s.key === service);
  const words = own ? nameWords(own) : [];
  const result: RoutinesForService = { urgent: [], byLevel: levels.map((level) => ({ level, routines: [] })), otherWork: [], rest: [] };
  for (const r of model.routines) {
    if (r.urgent) {
      result.urgent.push(r);
      continue;
    }
    const meant = r.audience.includes(service);
    const works = isResponsibleService(r, service) || (meant && actsIn(r, words));
    if (!works) {
      if (meant) result.rest.push(r);
      continue;
    }
    const first = levels.findIndex((level) => r.placements.includes(`${options.guideDimension}:${level}`));
    const group = result.byLevel[first];
    if (group) group.routines.push(r);
    else result.otherWork.push(r);
  }
  result.byLevel = result.byLevel.filter((l) => l.routines.length > 0);
  return result;
}
