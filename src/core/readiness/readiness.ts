import { hasPlaceholderNumber, PLACEHOLDER_PHONE, type Contact } from '../model/Contact';
import type { Routine } from '../model/Routine';
import type { TryggeBarnModel } from '../model/TryggeBarnModel';
import { contactForRole } from './callNow';

/**
 * Is this model ready for staff to act on? The starter model ships every municipal number as a placeholder
 * ("00 00 00 00"); a worried person who rings one reaches no one. This check lists every placeholder and every
 * missing contact, and says which of them must be fixed before the model, or an urgent routine, is published.
 */
export type ReadinessProblemKind =
  /** A contact or service whose phone is still the starter placeholder. */
  | 'placeholderNumber'
  /** A contact with neither a phone nor an e-mail address. */
  | 'noWayToReach'
  /** No contact at all for the barnevern in office hours, or for the barnevernvakt. */
  | 'missingEmergencyContact'
  /** A service that staff cannot reach: no phone or e-mail of its own and no contact of its own. */
  | 'serviceUnreachable';

export interface ReadinessProblem {
  kind: ReadinessProblemKind;
  /** Blockers stop publishing; warnings are listed for the project group. */
  severity: 'blocker' | 'warning';
  list: 'contacts' | 'services';
  /** Key of the contact or service; for a missing contact, the role that has none. */
  key: string;
  /** Title as the admin sees it in the list. */
  title: string;
}

/** The contacts a worried person rings first: those marked emergency, and the barnevern's office-hours intake. */
export function isEmergencyNumber(model: TryggeBarnModel, contact: Contact): boolean {
  return contact.emergency || contactForRole(model, 'barnevernDaytime')?.key === contact.key;
}

/** Every problem, blockers first, then in list order. */
export function checkReadiness(model: TryggeBarnModel): ReadinessProblem[] {
  const problems: ReadinessProblem[] = [];
  const contacts = [...model.contacts].sort((a, b) => a.order - b.order);
  for (const [role, title] of [
    ['barnevernDaytime', 'Barnevernstjenesten'],
    ['barnevernvakt', 'Barnevernvakten']
  ] as const) {
    if (!contactForRole(model, role)) problems.push({ kind: 'missingEmergencyContact', severity: 'blocker', list: 'contacts', key: role, title });
  }
  for (const contact of contacts) {
    const severity = isEmergencyNumber(model, contact) ? 'blocker' : 'warning';
    if (hasPlaceholderNumber(contact)) problems.push({ kind: 'placeholderNumber', severity, list: 'contacts', key: contact.key, title: contact.title });
    else if (!contact.reach.phone?.trim() && !contact.reach.email?.trim()) problems.push({ kind: 'noWayToReach', severity, list: 'contacts', key: contact.key, title: contact.title });
  }
  for (const service of model.services) {
    if (service.reach.phone === PLACEHOLDER_PHONE) {
      problems.push({ kind: 'placeholderNumber', severity: 'warning', list: 'services', key: service.key, title: service.title });
    }
    const ownContact = model.contacts.some((c) => c.service === service.key && !hasPlaceholderNumber(c) && (c.reach.phone || c.reach.email));
    const ownReach = (!!service.reach.phone && service.reach.phone !== PLACEHOLDER_PHONE) || !!service.reach.email;
    if (!ownContact && !ownReach) problems.push({ kind: 'serviceUnreachable', severity: 'warning', list: 'services', key: service.key, title: service.title });
  }
  const rank = (p: ReadinessProblem): number => (p.severity === 'blocker' ? 0 : 1);
  return problems.map((p, i) => ({ p, i })).sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i).map(({ p }) => p);
}

/** What stops the whole model from being published: the blockers. */
export function modelPublishBlockers(model: TryggeBarnModel): ReadinessProblem[] {
  return checkReadiness(model).filter((p) => p.severity === 'blocker');
}

/**
 * What stops one routine from being published. An urgent routine tells staff to ring now, so it is refused while
 * any emergency number is a placeholder; other routines are not held back by the numbers.
 */
export function routinePublishBlockers(model: TryggeBarnModel, routine: Routine): ReadinessProblem[] {
  return routine.urgent ? modelPublishBlockers(model) : [];
}
