/** Someone the organizer invites: who they are (as the directory says) and whether they must be able to come. */
export interface MeetingInvitee {
  email: string;
  displayName: string;
  required: boolean;
  /** The service this invitation stands for (the default invitation: one per service, at the service's contact address). */
  serviceKey?: string;
  /** The service's title, the label shown beside the invitation (never a job title from the directory). */
  serviceTitle?: string;
  /** Set for the arena's chair when the model gives the chair as an address. */
  role?: 'chair';
}

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Adds people to an invitation list, skipping anyone already on it (addresses compare case-insensitively, as
 * Exchange does). The order is kept: people come in the order their services were named, then as added.
 */
export function addInvitees(list: readonly MeetingInvitee[], added: readonly MeetingInvitee[]): MeetingInvitee[] {
  const result = [...list];
  for (const person of added) {
    if (person.email.trim() !== '' && !result.some((p) => same(p.email, person.email))) result.push(person);
  }
  return result;
}

export function removeInvitee(list: readonly MeetingInvitee[], email: string): MeetingInvitee[] {
  return list.filter((p) => !same(p.email, email));
}

export function setInviteeRequired(list: readonly MeetingInvitee[], email: string, required: boolean): MeetingInvitee[] {
  return list.map((p) => (same(p.email, email) ? { ...p, required } : p));
}

/** Whether an address belongs to a person: for leaving the organizer out of the attendee list Graph gets. */
export function isSamePerson(a: string, b: string): boolean {
  return same(a, b);
}
