import type { Arena } from '../model/Arena';
import type { Contact } from '../model/Contact';
import type { Routine } from '../model/Routine';
import type { Service } from '../model/Service';
import type { Tool } from '../model/Tool';
import type { TryggeBarnModel } from '../model/TryggeBarnModel';
import type { SearchKind } from './SearchHit';

/** The text fields every searchable entity is mapped onto, in falling order of weight. */
export type SearchField = 'title' | 'summary' | 'body' | 'reference';

export const SEARCH_FIELDS: readonly SearchField[] = ['title', 'summary', 'body', 'reference'];

/** The fields a snippet may be taken from, in order of preference: the title is shown anyway. */
export const SNIPPET_FIELDS: readonly SearchField[] = ['summary', 'body', 'reference'];

/**
 * One searchable entity, flattened. Routines, services, tools, arenas and contacts have different fields; mapping
 * them onto the same four lets one index weigh "in the title" above "in the steps" for all of them.
 */
export interface SearchDocument extends Record<SearchField, string> {
  /** `${kind}:${key}`: keys are unique per kind only. */
  id: string;
  kind: SearchKind;
  key: string;
  /** Urgent routines (the violence / abuse path) are ranked slightly higher. */
  urgent: boolean;
}

/** The parts of a model that search reads; a whole TryggeBarnModel will do. */
export type SearchableModel = Pick<TryggeBarnModel, 'routines' | 'services' | 'tools' | 'arenas' | 'contacts'>;

/** Joins texts into readable prose for snippets: blank parts dropped, each part ending as a sentence. */
function asProse(parts: readonly string[]): string {
  return parts
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '')
    .map((part) => (/[.!?:;…]$/.test(part) ? part : `${part}.`))
    .join(' ');
}

function document(kind: SearchKind, key: string, fields: Partial<Record<SearchField, string>>, urgent: boolean = false): SearchDocument {
  return {
    id: `${kind}:${key}`,
    kind,
    key,
    urgent,
    title: fields.title ?? '',
    summary: asProse([fields.summary ?? '']),
    body: fields.body ?? '',
    reference: fields.reference ?? ''
  };
}

function routineDocument(r: Routine): SearchDocument {
  const steps = asProse(r.steps.flatMap((s) => [s.what, s.how, s.who, s.deadline]));
  return document('routine', r.key, { title: r.title, summary: r.summary, body: steps, reference: r.legalBasis }, r.urgent);
}

function serviceDocument(s: Service): SearchDocument {
  const body = asProse([s.mandate, ...s.tierMeasures.map((t) => t.measures)]);
  return document('service', s.key, { title: s.title, summary: s.role, body });
}

function toolDocument(t: Tool): SearchDocument {
  return document('tool', t.key, { title: t.title, summary: t.description });
}

function arenaDocument(a: Arena): SearchDocument {
  return document('arena', a.key, { title: a.title, summary: a.purpose, body: asProse([a.agendaTemplate, a.chair, a.meetingSubject]) });
}

function contactDocument(c: Contact): SearchDocument {
  return document('contact', c.key, { title: c.title, summary: c.description });
}

/** Every searchable entity of a model as a search document. */
export function searchDocumentsOf(model: SearchableModel): SearchDocument[] {
  return [
    ...model.routines.map(routineDocument),
    ...model.services.map(serviceDocument),
    ...model.tools.map(toolDocument),
    ...model.arenas.map(arenaDocument),
    ...model.contacts.map(contactDocument)
  ];
}
