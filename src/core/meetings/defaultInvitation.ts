import type { Arena } from '../model/Arena';
import type { Service } from '../model/Service';
import { isSamePerson, type MeetingInvitee } from './MeetingInvitee';

/** What the booking view starts from: one invitation per service the arena names, and the services it cannot invite. */
export interface DefaultInvitation {
  /** The arena's chair (when the model gives an address), then one contact per service, in the arena's order. */
  invitees: MeetingInvitee[];
  /** Titles of the arena's services whose contact in the model has no usable address: the organizer adds someone by name. */
  servicesWithoutAddress: string[];
}

// One address, nothing else: a model field holding "Stafettholder" or "ola@kommune.no; kari@…" is not an address.
const ADDRESS = /^[^\s@;,<>"]+@[^\s@;,<>"]+\.[^\s@;,<>"]+$/;

/** An address the model gives, trimmed, or undefined when the text is not exactly one email address. */
export function modelAddress(text: string | undefined): string | undefined {
  const trimmed = (text ?? '').trim();
  return ADDRESS.test(trimmed) ? trimmed : undefined;
}

/**
 * The default invitation for an arena, from the model's own lists and nothing else: each service the arena names
 * is invited once, at the contact address the services list gives for it, labelled with the service's title. The
 * arena's chair is invited too where the model gives the chair as an address. No directory lookup is needed, so
 * the product needs no permission to read anyone's department or job title, and nobody's colleague is invited
 * because of a directory field (issue #13: invite as few as the meeting needs). Everyone starts as required; the
 * organizer makes someone optional with one click, and widens the invitation only by adding people by name.
 */
export function defaultInvitation(arena: Pick<Arena, 'services' | 'chair'>, services: readonly Service[], organizerEmail?: string): DefaultInvitation {
  const invitees: MeetingInvitee[] = [];
  const servicesWithoutAddress: string[] = [];
  const add = (invitee: MeetingInvitee): void => {
    if (organizerEmail !== undefined && isSamePerson(invitee.email, organizerEmail)) return;
    if (invitees.some((p) => isSamePerson(p.email, invitee.email))) return;
    invitees.push(invitee);
  };
  const chair = modelAddress(arena.chair);
  if (chair) add({ email: chair, displayName: chair, required: true, role: 'chair' });
  for (const key of new Set(arena.services)) {
    const service = services.find((s) => s.key === key);
    if (!service) continue;
    const address = modelAddress(service.reach.email);
    if (!address) {
      servicesWithoutAddress.push(service.title);
      continue;
    }
    add({ email: address, displayName: service.title, required: true, serviceKey: service.key, serviceTitle: service.title });
  }
  return { invitees, servicesWithoutAddress };
}
