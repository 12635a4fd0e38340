/** One step of a routine, written the BTI way: Hva / Hvordan / Hvem / Verktøy, with a deadline where one exists. */
export interface RoutineStep {
  what: string;
  how: string;
  who: string;
  /** Keys of tools used in this step. */
  tools: string[];
  /** Free text such as "innen 14 dagar" or "straks"; empty when the step has none. */
  deadline: string;
}

/** A step's text without its tools: the other written standard's text of a step uses the step's own tools. */
export type RoutineStepText = Omit<RoutineStep, 'tools'>;

/**
 * A routine's text in Nynorsk beside the site's main written standard (settings.contentLocale), for the Nynorsk UI
 * of a Bokmål site. Every part is optional; what is missing is shown in the main text (see src/core/language).
 */
export interface RoutineNynorsk {
  title?: string;
  summary?: string;
  /** Step by step, in the order of `steps`; shown only while there are as many as `steps`. */
  steps?: RoutineStepText[];
  legalBasis?: string;
}

export type RoutineStatus = 'draft' | 'published';

export const ROUTINE_STATUSES: readonly RoutineStatus[] = ['draft', 'published'];

/** A routine (rutine): what to do in a situation, by whom, with which tools, on what legal basis. */
export interface Routine {
  key: string;
  title: string;
  summary: string;
  steps: RoutineStep[];
  /** Key of the responsible service. */
  responsibleService?: string;
  /**
   * True for a routine done inside the reader's own service (BTI levels 0–1, the stafettholder's work): the
   * responsible service is whoever reads it — "din egen tjeneste", or the service chosen in "For meg" — and
   * `responsibleService` is then not used (see src/core/model/responsibleFor.ts).
   */
  ownServiceResponsible?: boolean;
  /** e.g. "barnevernsloven § 13-2; straffeloven § 196". */
  legalBasis: string;
  /** The role or person who owns the routine and must review it. */
  owner: string;
  /** ISO date (yyyy-mm-dd). */
  lastReviewed?: string;
  /** ISO date (yyyy-mm-dd). */
  nextReview?: string;
  status: RoutineStatus;
  /** Where the routine sits in the model, as "dimension:value" keys. */
  placements: string[];
  /** Keys of related arenas. */
  arenas: string[];
  /** Keys of services this routine is most relevant for (used by "For meg"). */
  audience: string[];
  /** True for the violence / sexual-abuse exception path: do not contact the parents, act at once. */
  urgent: boolean;
  /** The text in Nynorsk where the main text is Bokmål (columns TitleNn, SummaryNn, StepsNn, LegalBasisNn). */
  nn?: RoutineNynorsk;
  id?: number;
}
