import type { TryggeBarnModel } from '../model/TryggeBarnModel';
import { LookupIndex } from './LookupIndex';

/**
 * The id ↔ key index of a loaded model, for writing items that look up services, arenas or routines
 * (feedback, evaluations) and reading them back. Items without an id (a model from an import) are left out.
 */
export function modelLookupIndex(model: Pick<TryggeBarnModel, 'services' | 'arenas' | 'routines'>): LookupIndex {
  const index = new LookupIndex();
  for (const s of model.services) if (s.id !== undefined) index.add('services', s.id, s.key);
  for (const a of model.arenas) if (a.id !== undefined) index.add('arenas', a.id, a.key);
  for (const r of model.routines) if (r.id !== undefined) index.add('routines', r.id, r.key);
  return index;
}
