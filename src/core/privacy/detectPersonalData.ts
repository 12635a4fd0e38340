import { allowListOf, type AllowList } from './allowList';
import { findBirthNumbers } from './birthNumber';
import { findChildAges } from './childAge';
import { findAddresses, findEmailAddresses, findPhoneNumbers } from './contact';
import { findDatesOfBirth } from './dateOfBirth';
import type { Finding, FindingKind } from './Finding';
import { findInitials } from './initials';
import { findPersonNames } from './personName';

export interface PersonalDataOptions {
  /** "Today", for deciding which dates could be a child's birth date; the current date when not given. */
  today?: Date;
  /**
   * The municipality's own names and contact points (modelAllowWords gives them from the loaded model): the words
   * of its service, tool, arena, routine, contact and law names, its phone numbers and e-mail addresses are
   * ordinary text. Pass the same array on every call: the list built from it is cached per array.
   */
  allowWords?: readonly string[];
}

/** The answer for one text: what the forms and `npm run privacy:check` both print. */
export interface PrivacyCheck {
  /** True when anything was found: the one threshold for every form and the command. */
  personal: boolean;
  findings: Finding[];
}

/** When findings overlap, the more telling kind names the merged finding: a birth number says more than a date. */
const KIND_PRIORITY: Readonly<Record<FindingKind, number>> = {
  birthNumber: 8,
  dateOfBirth: 7,
  email: 6,
  phone: 5,
  address: 4,
  initials: 3,
  name: 2,
  age: 1
};

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
    const winner = KIND_PRIORITY[f.kind] > KIND_PRIORITY[last.kind] ? f : last;
    merged[merged.length - 1] = {
      kind: winner.kind,
      reason: winner.reason,
      start: last.start,
      end,
      text: text.slice(last.start, end),
      confidence: last.confidence === 'high' || f.confidence === 'high' ? 'high' : 'medium'
    };
  }
  return merged;
}

function findAll(text: string, allow: AllowList, today: Date | undefined): Finding[] {
  return [
    ...findBirthNumbers(text),
    ...findDatesOfBirth(text, today),
    ...findEmailAddresses(text, allow),
    ...findPhoneNumbers(text, allow),
    ...findAddresses(text, allow),
    ...findInitials(text),
    ...findPersonNames(text, allow),
    ...findChildAges(text)
  ];
}

/**
 * Finds passages in free text (feedback, an evaluation comment, a meeting subject or note, a routine) that may
 * identify a child: names (by the name list and by context, never by a capital alone), initials with a class,
 * birth numbers and D-numbers in any grouping, dates of birth, ages of particular children, home addresses,
 * phone numbers and e-mail addresses. Sorted by position; overlapping findings merged. It warns, it does not
 * decide: the person typing sees what was found, and why, and can change it before the text is stored or sent.
 */
export function detectPersonalData(text: string, options: PersonalDataOptions = {}): Finding[] {
  if (!text) return [];
  return mergeFindings(text, findAll(text, allowListOf(options.allowWords), options.today));
}

/** The one check behind every form and the command: `{ personal, findings }`. */
export function checkPersonalData(text: string, options: PersonalDataOptions = {}): PrivacyCheck {
  const findings = detectPersonalData(text, options);
  return { personal: findings.length > 0, findings };
}

/** Whether the text holds anything that may identify a child. */
export function containsPersonalData(text: string, options: PersonalDataOptions = {}): boolean {
  return detectPersonalData(text, options).length > 0;
}
