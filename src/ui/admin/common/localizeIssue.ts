import type { AdminStrings } from '../strings';

/**
 * The list mappings describe a problem in English (their messages also go to logs and the import report); the
 * ones an admin meets while editing are put in the admin's language here. Anything else is shown as it is.
 */
export function localizeIssue(message: string, s: AdminStrings): string {
  if (message === 'is required but empty') return s.validation.required;
  if (message === 'must be a non-empty list of steps') return s.validation.noSteps;
  if (message === 'has no "what"') return s.validation.noWhat;
  const tooLong = /^is (\d+) characters long; the limit is (\d+)$/.exec(message);
  if (tooLong) return s.validation.tooLong(Number(tooLong[1]), Number(tooLong[2]));
  const tooMany = /^has (\d+) steps; the limit is (\d+)$/.exec(message);
  if (tooMany) return s.validation.tooManySteps(Number(tooMany[1]), Number(tooMany[2]));
  return message;
}
