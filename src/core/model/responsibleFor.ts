import type { Routine } from './Routine';
import type { Service } from './Service';

/**
 * Who is responsible for a routine, as a reader should be told: one named service, or — for a routine done
 * inside one's own service (`ownServiceResponsible`) — the reader's own service, named when the reader has
 * chosen it in "For meg" (`service`), else said as "your own service". Naming a central service there (the
 * starter model used to say Familiesenteret) would send a teacher to the wrong door.
 */
export type Responsible = { kind: 'service'; service: Service } | { kind: 'ownService'; service?: Service };

export function responsibleFor(
  routine: Pick<Routine, 'responsibleService' | 'ownServiceResponsible'>,
  services: readonly Service[],
  myService?: string
): Responsible | undefined {
  if (routine.ownServiceResponsible) {
    const mine = myService ? services.find((s) => s.key === myService) : undefined;
    return mine ? { kind: 'ownService', service: mine } : { kind: 'ownService' };
  }
  const named = routine.responsibleService ? services.find((s) => s.key === routine.responsibleService) : undefined;
  return named ? { kind: 'service', service: named } : undefined;
}

/**
 * Whether a service is responsible for a routine: it is named as responsible, or the routine is done in each
 * reader's own service and is meant for this one (its audience).
 */
export function isResponsibleService(routine: Pick<Routine, 'responsibleService' | 'ownServiceResponsible' | 'audience'>, service: string): boolean {
  if (routine.ownServiceResponsible) return routine.audience.includes(service);
  return routine.responsibleService === service;
}
