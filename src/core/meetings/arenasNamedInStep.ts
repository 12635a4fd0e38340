import type { Arena } from '../model/Arena';
import type { RoutineStep } from '../model/Routine';

/**
 * The arenas a routine step names in its own words ("… ta saken opp i ansvarsgruppe"), so the step can offer to
 * book that meeting where the organizer reads it. Matching is on the arena's title, ignoring case, as whole words.
 */
export function arenasNamedInStep(step: Pick<RoutineStep, 'what' | 'how' | 'who'>, arenas: readonly Arena[]): Arena[] {
  const text = normalize(` ${step.what} ${step.how} ${step.who} `);
  return arenas.filter((arena) => {
    const title = normalize(arena.title).trim();
    return title.length >= 3 && containsPhrase(text, title);
  });
}

/**
 * Words that make a step's heading a meeting ("Samarbeidsmøte", "Kall inn til tverrfaglig møte", "Drøft og få råd"),
 * in Bokmål, Nynorsk and English. Matched as word beginnings or endings, so compounds count.
 */
const MEETING_WORDS: readonly RegExp[] = [/møte/u, /\bdrøft/u, /\bmeeting/u];

/** At most this many booking buttons on one step: more is a menu, not a shortcut. */
export const MAX_ARENAS_PER_STEP = 3;

/**
 * The arenas a step offers to book: those it names, then, when the step itself is a meeting ("Samarbeidsmøte"),
 * the arenas its routine is related to. `routineArenas` are the routine's related arenas, in the routine's order.
 */
export function bookableArenasForStep(step: Pick<RoutineStep, 'what' | 'how' | 'who'>, routineArenas: readonly Arena[], allArenas: readonly Arena[]): Arena[] {
  const named = arenasNamedInStep(step, allArenas);
  const isMeeting = MEETING_WORDS.some((word) => word.test(normalize(step.what)));
  const related = isMeeting ? routineArenas : [];
  const result: Arena[] = [];
  for (const arena of [...named, ...related]) {
    if (!result.some((a) => a.key === arena.key)) result.push(arena);
  }
  return result.slice(0, MAX_ARENAS_PER_STEP);
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

/** The phrase appears with a non-letter on each side, so "team" does not match "teamleder". */
function containsPhrase(text: string, phrase: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(phrase, from);
    if (at < 0) return false;
    if (!isLetter(text.charAt(at - 1)) && !isLetter(text.charAt(at + phrase.length))) return true;
    from = at + 1;
  }
}

function isLetter(char: string): boolean {
  return char !== '' && /[\p{L}\p{N}]/u.test(char);
}
