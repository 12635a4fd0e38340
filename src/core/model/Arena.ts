/** How often an arena meets. */
export type ArenaFrequency = 'weekly' | 'biweekly' | 'monthly' | 'termly' | 'yearly' | 'asNeeded';

export const ARENA_FREQUENCIES: readonly ArenaFrequency[] = ['weekly', 'biweekly', 'monthly', 'termly', 'yearly', 'asNeeded'];

/** An arena's title and purpose in Nynorsk beside the site's main written standard. */
export interface ArenaNynorsk {
  title?: string;
  purpose?: string;
}

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
  /** Columns TitleNn, PurposeNn. The neutral meeting subject is one text: it goes into invitations as written. */
  nn?: ArenaNynorsk;
  id?: number;
}
