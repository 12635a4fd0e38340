import type { Routine, RoutineStatus, RoutineStep, RoutineStepText } from '../model/Routine';
import { dateValue, idOf, idsOf, joinKeys, type EntityMapping } from './EntityMapping';
import type { ItemReader } from './ItemReader';
import { nynorskPart, readNynorskJson } from './nynorskColumns';

const STEP_TEXT_FIELDS = ['what', 'how', 'who', 'deadline'] as const;
const MAX_STEPS = 50;

/** Validates the Steps JSON: an ordered, non-empty list of what/how/who/tools/deadline. */
export function parseSteps(value: unknown): { steps: RoutineStep[]; problem?: string } {
  if (!Array.isArray(value) || value.length === 0) return { steps: [], problem: 'must be a non-empty list of steps' };
  if (value.length > MAX_STEPS) return { steps: [], problem: `has ${value.length} steps; the limit is ${MAX_STEPS}` };
  const steps: RoutineStep[] = [];
  for (let i = 0; i < value.length; i++) {
    const raw = value[i] as Record<string, unknown> | null;
    if (!raw || typeof raw !== 'object') return { steps: [], problem: `step ${i + 1} is not an object` };
    for (const name of STEP_TEXT_FIELDS) {
      if (raw[name] !== undefined && typeof raw[name] !== 'string') {
        return { steps: [], problem: `step ${i + 1}: "${name}" must be text` };
      }
    }
    if (typeof raw.what !== 'string' || raw.what.trim() === '') return { steps: [], problem: `step ${i + 1} has no "what"` };
    const tools = raw.tools ?? [];
    if (!Array.isArray(tools) || tools.some((t) => typeof t !== 'string')) {
      return { steps: [], problem: `step ${i + 1}: "tools" must be a list of tool keys` };
    }
    steps.push({
      what: raw.what,
      how: (raw.how as string | undefined) ?? '',
      who: (raw.who as string | undefined) ?? '',
      tools: tools as string[],
      deadline: (raw.deadline as string | undefined) ?? ''
    });
  }
  return { steps };
}

function readSteps(reader: ItemReader): RoutineStep[] {
  const value = reader.json('Steps');
  if (value === undefined) return [];
  const { steps, problem } = parseSteps(value);
  if (problem) reader.error('Steps', problem);
  return steps;
}

/**
 * StepsNn: the steps' text in Nynorsk, by parseSteps' rules, except that a step may have no "what": a step added
 * after the translation is shown in the main text, field by field (see localizeModel). Tools are the steps' own.
 */
export function parseStepTexts(value: unknown): { value: RoutineStepText[]; problem?: string } {
  const untranslated = new Set<number>();
  const checked = Array.isArray(value)
    ? value.map((raw: unknown, i) => {
        const step = raw as Record<string, unknown> | null;
        if (!step || typeof step !== 'object' || !(step.what === undefined || (typeof step.what === 'string' && step.what.trim() === ''))) return raw;
        untranslated.add(i);
        return { ...step, what: 'untranslated' };
      })
    : value;
  const { steps, problem } = parseSteps(checked);
  return { value: steps.map(({ what, how, who, deadline }, i) => ({ what: untranslated.has(i) ? '' : what, how, who, deadline })), problem };
}

export const routineMapping: EntityMapping<Routine> = {
  list: 'routines',
  read: (r) => ({
    id: r.id,
    key: r.text('RoutineKey'),
    title: r.text('Title'),
    summary: r.text('Summary'),
    steps: readSteps(r),
    responsibleService: r.lookup('ResponsibleService'),
    // Only when set, so a routine read from a site before schema 3 is the same object as before.
    ...(r.boolean('OwnServiceResponsible') ? { ownServiceResponsible: true } : {}),
    legalBasis: r.text('LegalBasis'),
    owner: r.text('Owner'),
    lastReviewed: r.date('LastReviewed'),
    nextReview: r.date('NextReview'),
    status: r.choice<RoutineStatus>('RoutineStatus') ?? 'draft',
    placements: r.keys('Placements'),
    arenas: r.lookupMany('Arenas'),
    audience: r.lookupMany('Audience'),
    urgent: r.boolean('Urgent'),
    ...nynorskPart({
      title: r.optionalText('TitleNn'),
      summary: r.optionalText('SummaryNn'),
      steps: readNynorskJson(r, 'StepsNn', parseStepTexts),
      legalBasis: r.optionalText('LegalBasisNn')
    })
  }),
  write: (x, lookups) => ({
    Title: x.title,
    RoutineKey: x.key,
    Summary: x.summary,
    Steps: JSON.stringify(x.steps),
    ResponsibleServiceId: idOf(lookups, 'services', x.responsibleService),
    OwnServiceResponsible: x.ownServiceResponsible === true,
    LegalBasis: x.legalBasis,
    Owner: x.owner,
    LastReviewed: dateValue(x.lastReviewed, lookups.timeZone),
    NextReview: dateValue(x.nextReview, lookups.timeZone),
    RoutineStatus: x.status,
    Placements: joinKeys(x.placements),
    ArenasId: idsOf(lookups, 'arenas', x.arenas),
    AudienceId: idsOf(lookups, 'services', x.audience),
    Urgent: x.urgent,
    TitleNn: x.nn?.title,
    SummaryNn: x.nn?.summary,
    StepsNn: x.nn?.steps?.length ? JSON.stringify(x.nn.steps.map(({ what, how, who, deadline }) => ({ what, how, who, deadline }))) : undefined,
    LegalBasisNn: x.nn?.legalBasis
  })
};
