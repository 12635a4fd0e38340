import type { TryggeBarnModel } from '../model/TryggeBarnModel';
import type { Reachability } from '../model/Service';

type AllowSource = Pick<TryggeBarnModel, 'settings' | 'services' | 'arenas' | 'tools' | 'routines' | 'contacts'> &
  Partial<Pick<TryggeBarnModel, 'dimensions' | 'actionPlan' | 'annualWheel'>>;

function reach(r: Reachability | undefined): string[] {
  return r ? [r.phone ?? '', r.email ?? ''] : [];
}

/**
 * The model is the privacy guard's allow-list: every service, tool, arena, routine, contact role, place and law
 * name in the loaded model, and the phone numbers and e-mail addresses it publishes, are the municipality's own
 * vocabulary, never a child's. Feedback about "Barnevernvakta", "Tidlig inn" or "Helsestasjon Nord" must not warn.
 * Memoize the result per model: the detector caches what it builds from this array by identity.
 */
export function modelAllowWords(model: AllowSource): string[] {
  return [
    model.settings.municipality,
    ...model.services.flatMap((s) => [s.title, ...reach(s.reach)]),
    ...model.arenas.flatMap((a) => [a.title, a.chair, a.meetingSubject]),
    ...model.tools.map((t) => t.title),
    ...model.routines.flatMap((r) => [r.title, r.legalBasis, r.owner]),
    ...model.contacts.flatMap((c) => [c.title, ...reach(c.reach)]),
    ...(model.dimensions ?? []).flatMap((d) => [d.name.nb, d.name.nn, d.name.en, ...d.values.flatMap((v) => [v.name.nb, v.name.nn, v.name.en])]),
    ...(model.actionPlan ?? []).map((p) => p.responsibleUnits ?? ''),
    ...(model.annualWheel ?? []).map((w) => w.audience ?? '')
  ].filter((phrase): phrase is string => typeof phrase === 'string' && phrase.trim() !== '');
}
