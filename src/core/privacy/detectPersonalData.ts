import { findBirthNumbers } from './birthNumber';
import { findChildAges } from './childAge';
import { findDatesOfBirth } from './dateOfBirth';
import type { Finding, PersonalDataKind } from './Finding';
import { findPersonNames } from './personName';

export interface PersonalDataOptions {
  /** "Today", for deciding which dates could be a child's birth date; the current date when not given. */
  today?: Date;
  /**
   * Capitalized words that are not names in this municipality: its name, its schools and units, service titles.
   * Phrases are split into words.
   */
  allowWords?: readonly string[];
}

/** When findings overlap, the more telling kind names the merged finding: a birth number says more than a date. */
const KIND_PRIORITY: Readonly<Record<PersonalDataKind, number>> = { birthNumber: 4, dateOfBirth: 3, age: 2, name: 1 };

function allowWordSet(allowWords: readonly string[] | undefined): ReadonlySet<string> {
  const words = (allowWords ?? []).flatMap((phrase) => phrase.toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u));
  return new Set(words.filter((w) => w !== ''));
}

/** Sorts findings and merges those that overlap, so the UI marks each passage once. */
function mergeFindings(text: string, findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Finding[] = [];
  for (const f of sorted) {
    const last = merged[merged.length - 1];
    if (!last || f.start >= last.end) {
      merged.push({ ...f });
      continue;
    }
    const end = Math.max(last.end, f.end);
    merged[merged.length - 1] = {
      kind: KIND_PRIORITY[f.kind] > KIND_PRIORITY[last.kind] ? f.kind : last.kind,
      start: last.start,
      end,
      text: text.slice(last.start, end),
      confidence: last.confidence === 'high' || f.confidence === 'high' ? 'high' : 'medium'
    };
  }
  return merged;
}

/**
 * Finds passages in free text (a meeting subject, a note, feedback) that may identify a child: birth numbers,
 * dates of birth, names and ages. Sorted by position; overlapping findings merged. It warns, it does not decide:
 * the person typing sees what was found and can change it before the text is stored or sent.
 */
export function detectPersonalData(text: string, options: PersonalDataOptions = {}): Finding[] {
  if (!text) return [];
  const allowWords = allowWordSet(options.allowWords);
  return mergeFindings(text, [
    ...findBirthNumbers(text),
    ...findDatesOfBirth(text, options.today),
    ...findPersonNames(text, allowWords),
    ...findChildAges(text, allowWords)
  ]);
}

/** Whether the text holds anything that may identify a child. */
export function containsPersonalData(text: string, options: PersonalDataOptions = {}): boolean {
  return detectPersonalData(text, options).length > 0;
}
