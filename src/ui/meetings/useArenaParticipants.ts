import * as React from 'react';
import { isSamePerson, type MeetingInvitee } from '../../core/meetings';
import type { Arena } from '../../core/model/Arena';
import type { Service } from '../../core/model/Service';
import type { CalendarService, DirectoryPerson } from '../../data/graph/CalendarService';

export type ParticipantsStatus = 'loading' | 'ready' | 'failed';

export function toInvitee(person: DirectoryPerson, required: boolean): MeetingInvitee {
  return {
    email: person.mail,
    displayName: person.displayName,
    required,
    ...(person.jobTitle ? { jobTitle: person.jobTitle } : {}),
    ...(person.department ? { department: person.department } : {})
  };
}

/**
 * The people of the services the arena names, looked up in the directory once per arena. They start as optional:
 * a service usually sends one or two of its people, and with everyone required a busy month has no time at all.
 * The organizer ticks who must come; the times are ranked by how many of the others can. The organizer is left
 * out of the list: they are in the meeting (and required) by booking it.
 */
export function useArenaParticipants(
  arena: Arena,
  services: readonly Service[],
  calendar: CalendarService,
  organizerEmail: string
): { invitees: MeetingInvitee[]; setInvitees: (next: MeetingInvitee[]) => void; status: ParticipantsStatus } {
  const [invitees, setInvitees] = React.useState<MeetingInvitee[]>([]);
  const [status, setStatus] = React.useState<ParticipantsStatus>('loading');
  const departments = React.useMemo(
    () => arena.services.map((key) => ({ key, title: services.find((s) => s.key === key)?.title })),
    [arena, services]
  );

  React.useEffect(() => {
    let current = true;
    setStatus('loading');
    calendar.findPeopleByService(departments).then(
      (people) => {
        if (!current) return;
        setInvitees(people.filter((p) => !isSamePerson(p.mail, organizerEmail)).map((p) => toInvitee(p, false)));
        setStatus('ready');
      },
      () => current && setStatus('failed')
    );
    return () => {
      current = false;
    };
  }, [calendar, departments, organizerEmail]);

  return { invitees, setInvitees, status };
}
