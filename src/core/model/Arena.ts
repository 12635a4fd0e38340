/** How often an arena meets. */
export type ArenaFrequency = 'weekly' | 'biweekly' | 'monthly' | 'termly' | 'yearly' | 'asNeeded';

export const ARENA_FREQUENCIES: readonly ArenaFrequency[] = ['weekly', 'biweekly', 'monthly', 'termly', 'yearly', 'asNeeded'];

/** A collaboration arena (samarbeidsarena): tverrfaglig team, ansvarsgruppe, stafettmøte, leiarforum… */
export interface Arena {
  key: string;
  title: string;
  purpose: string;
  /** Keys of the services taking part. */
  services: string[];
  frequency: ArenaFrequency;
  /** The role that chairs it. */
  chair: string;
  /** A neutral meeting subject; it must never say who a meeting is about. */
  meetingSubject: string;
  agendaTemplate: string;
  /** Whether the family's consent (samtykke) is needed before a named child is discussed. */
  consentRequired: boolean;
  placements: string[];
  id?: number;
}
