import type { TryggeBarnModel } from '../model/TryggeBarnModel';

/**
 * Capitalized words that are the model's own names, not a child's: the municipality, services, arenas, tools,
 * routines and contacts. Feedback about "Barnevernvakta" or "Tidlig inn" must not be flagged as a name.
 */
export function modelAllowWords(model: Pick<TryggeBarnModel, 'settings' | 'services' | 'arenas' | 'tools' | 'routines' | 'contacts'>): string[] {
  return [
    model.settings.municipality,
    ...model.services.map((s) => s.title),
    ...model.arenas.map((a) => a.title),
    ...model.tools.map((t) => t.title),
    ...model.routines.map((r) => r.title),
    ...model.contacts.map((c) => c.title)
  ];
}
