import { detectPersonalData, type Finding, type PersonalDataOptions } from '../privacy';

/**
 * Text the organizer typed themselves (their own subject or a note) on its way into a calendar invitation.
 * Calendars are read by many and kept for years, so typed text passes the personal-data check first: it
 * warns (names, birth numbers, dates of birth, ages) and the organizer must edit or explicitly confirm.
 *
 * The brand makes the check impossible to skip: the event builder accepts only values made here, so a subject
 * cannot reach Graph without having been checked.
 */
declare const checkedBrand: unique symbol;

/**
 * - `clean`: nothing found; ready to send.
 * - `needsConfirmation`: something that may identify a child was found; not sendable until confirmed or edited.
 * - `confirmed`: the organizer saw the findings and chose to keep the text (e.g. a flagged word is a place name).
 */
export type OrganizerTextStatus = 'clean' | 'needsConfirmation' | 'confirmed';

export interface CheckedOrganizerText {
  readonly text: string;
  readonly findings: readonly Finding[];
  readonly status: OrganizerTextStatus;
  readonly [checkedBrand]: true;
}

/** Graph accepts longer subjects, but Outlook and Teams cut them; a subject is a title, not a note. */
export const MAX_SUBJECT_LENGTH = 120;
export const MAX_NOTE_LENGTH = 2000;

export type OrganizerTextKind = 'subject' | 'note';

/**
 * Checks typed text. A subject is one line (line breaks and runs of spaces become one space) and is cut to
 * MAX_SUBJECT_LENGTH; a note keeps its lines and is cut to MAX_NOTE_LENGTH. The findings refer to the cleaned
 * text, which is what will be sent.
 */
export function checkOrganizerText(text: string, kind: OrganizerTextKind, options: PersonalDataOptions = {}): CheckedOrganizerText {
  const cleaned = kind === 'subject' ? text.replace(/\s+/g, ' ').trim().slice(0, MAX_SUBJECT_LENGTH) : text.replace(/\r\n?/g, '\n').trim().slice(0, MAX_NOTE_LENGTH);
  const findings = detectPersonalData(cleaned, options);
  return brand({ text: cleaned, findings, status: findings.length === 0 ? 'clean' : 'needsConfirmation' });
}

/** The organizer has seen the findings and keeps the text as it is. */
export function confirmOrganizerText(checked: CheckedOrganizerText): CheckedOrganizerText {
  return checked.status === 'needsConfirmation' ? brand({ text: checked.text, findings: checked.findings, status: 'confirmed' }) : checked;
}

/** Whether the text may go into an invitation. */
export function isReadyToSend(checked: CheckedOrganizerText | undefined): boolean {
  return checked === undefined || checked.status !== 'needsConfirmation';
}

function brand(value: { text: string; findings: readonly Finding[]; status: OrganizerTextStatus }): CheckedOrganizerText {
  return Object.freeze(value) as CheckedOrganizerText;
}
