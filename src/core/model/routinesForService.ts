import type { Routine } from './Routine';
import type { TryggeBarnModel } from './TryggeBarnModel';

/** The routines of "For meg", in the order a person in one service needs them. */
export interface RoutinesForService {
  /** Act at once: relevant to everyone, always first. */
  urgent: Routine[];
  /** The service itself is responsible. */
  responsible: Routine[];
  /** When worried about a child (placed on a level of the worry guide) and the service is in the audience. */
  whenWorried: Routine[];
  /** Other routines for the service's own work (in the audience, for a service or a child). */
  inYourWork: Routine[];
  /** Routines for every service alike or for the municipality as a whole (the project group's): not listed one by one. */
  forEveryone: Routine[];
}

/**
 * Sorts the model's routines for one service. A routine whose audience names every service, or that sits only on the
 * municipality level (`levelDimension:kommune`-like values given in `municipalityValues`), is the same for everyone,
 * so it is counted rather than listed, and a teacher sees the routines that are theirs.
 */
export function routinesForService(
  model: Pick<TryggeBarnModel, 'routines' | 'services'>,
  service: string,
  options: { guideDimension: string; municipalityPlacements: readonly string[] }
): RoutinesForService {
  const result: RoutinesForService = { urgent: [], responsible: [], whenWorried: [], inYourWork: [], forEveryone: [] };
  const everyService = model.services.length;
  const onGuide = (r: Routine): boolean => r.placements.some((p) => p.startsWith(`${options.guideDimension}:`));
  const municipalityOnly = (r: Routine): boolean => {
    const system = r.placements.filter((p) => options.municipalityPlacements.some((m) => p.split(':')[0] === m.split(':')[0]));
    return system.length > 0 && system.every((p) => options.municipalityPlacements.includes(p));
  };
  for (const r of model.routines) {
    if (r.urgent) result.urgent.push(r);
    else if (r.responsibleService === service) result.responsible.push(r);
    else if (!r.audience.includes(service)) continue;
    else if (onGuide(r) && !municipalityOnly(r)) result.whenWorried.push(r);
    else if (municipalityOnly(r) || (everyService > 0 && new Set(r.audience).size >= everyService)) result.forEveryone.push(r);
    else result.inYourWork.push(r);
  }
  return result;
}
