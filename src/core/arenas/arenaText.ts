import type { Finding, PersonalDataOptions } from '../privacy';
import { detectPersonalData } from '../privacy';
import type { Arena } from '../model/Arena';

/** The arena texts that go into every invitation booked for the arena (subject and body). */
export const ARENA_INVITATION_FIELDS = ['meetingSubject', 'agendaTemplate'] as const;
export type ArenaInvitationField = (typeof ARENA_INVITATION_FIELDS)[number];

export interface ArenaTextFinding {
  field: ArenaInvitationField;
  findings: Finding[];
}

/**
 * The privacy guard over an arena's meeting subject and agenda template, checked when an arena is saved (the
 * import is how the product saves arenas) — an invitation's subject is seen by every invitee and in every
 * calendar it lands in, so «Møte om Emma (7) i 2B» must never become an arena's default. The booking form checks
 * the texts again before it sends. `allowWords` must not contain these texts themselves.
 */
export function arenaTextFindings(arena: Pick<Arena, ArenaInvitationField>, options: PersonalDataOptions = {}): ArenaTextFinding[] {
  return ARENA_INVITATION_FIELDS.flatMap((field) => {
    const text = arena[field];
    const findings = typeof text === 'string' && text.trim() !== '' ? detectPersonalData(text, options) : [];
    return findings.length > 0 ? [{ field, findings }] : [];
  });
}
