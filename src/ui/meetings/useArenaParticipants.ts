import * as React from 'react';
import { defaultInvitation, type MeetingInvitee } from '../../core/meetings';
import type { Arena } from '../../core/model/Arena';
import type { Service } from '../../core/model/Service';
import type { DirectoryPerson } from '../../data/ports/CalendarService';

/** Someone the organizer found by name and added on purpose: required, like the default invitations. */
export function toInvitee(person: DirectoryPerson, required: boolean): MeetingInvitee {
  return { email: person.mail, displayName: person.displayName, required };
}

/**
 * Who the booking starts with: one invitation per service the arena names, at the service's contact address in
 * the model (and the arena's chair where the model gives an address), everyone required. Nothing is looked up in
 * the directory; the organizer widens the invitation only by adding people by name. The organizer is left out:
 * they are in the meeting (and required) by booking it.
 */
export function useArenaParticipants(
  arena: Arena,
  services: readonly Service[],
  organizerEmail: string
): { invitees: MeetingInvitee[]; setInvitees: (next: MeetingInvitee[]) => void; servicesWithoutAddress: string[] } {
  const initial = React.useMemo(() => defaultInvitation(arena, services, organizerEmail), [arena, services, organizerEmail]);
  const [invitees, setInvitees] = React.useState<MeetingInvitee[]>(initial.invitees);
  // A model revalidated from the site gives new objects; the organizer's edits are kept unless the default itself changed.
  const defaultKey = JSON.stringify(initial.invitees);
  const firstKey = React.useRef(defaultKey);
  React.useEffect(() => {
    if (firstKey.current === defaultKey) return;
    firstKey.current = defaultKey;
    setInvitees(initial.invitees);
  }, [defaultKey]); // eslint-disable-line react-hooks/exhaustive-deps
  return { invitees, setInvitees, servicesWithoutAddress: initial.servicesWithoutAddress };
}
