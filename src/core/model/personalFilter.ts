import { isResponsibleService } from './responsibleFor';
import type { TryggeBarnModel } from './TryggeBarnModel';

/**
 * "For meg": the part of the model relevant to one service. A routine is relevant when the service is
 * responsible for it or in its audience; urgent routines are relevant to everyone.
 */
export function filterModelForService(model: TryggeBarnModel, service: string): TryggeBarnModel {
  const routines = model.routines.filter((r) => r.urgent || isResponsibleService(r, service) || r.audience.includes(service));
  const arenas = model.arenas.filter((a) => a.services.includes(service));
  const toolKeys = new Set(routines.flatMap((r) => r.steps.flatMap((s) => s.tools)));
  return {
    ...model,
    routines,
    arenas,
    tools: model.tools.filter((t) => toolKeys.has(t.key)),
    services: model.services.filter((s) => s.key === service),
    contacts: model.contacts.filter((c) => c.emergency || c.service === service || c.service === undefined)
  };
}
