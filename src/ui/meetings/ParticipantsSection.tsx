import * as React from 'react';
import { Button, Checkbox, Spinner, Text } from '@fluentui/react-components';
import { addInvitees, removeInvitee, setInviteeRequired, type MeetingInvitee } from '../../core/meetings';
import type { DirectoryPerson } from '../../data/graph/CalendarService';
import { useApp } from '../app/AppContext';
import { FocusTargetHeading } from './FocusTargetHeading';
import { useMeetingStyles } from './meetingStyles';
import { PeopleSearch } from './PeopleSearch';
import { toInvitee, type ParticipantsStatus } from './useArenaParticipants';

export interface ParticipantsSectionProps {
  invitees: MeetingInvitee[];
  status: ParticipantsStatus;
  organizerName: string;
  onChange: (next: MeetingInvitee[]) => void;
}

/** Who is invited: prefilled from the arena's services, each required or optional, plus people found by search. */
export function ParticipantsSection(props: ParticipantsSectionProps): React.ReactElement {
  const { strings } = useApp();
  const s = strings.meetings;
  const styles = useMeetingStyles();
  const [announcement, setAnnouncement] = React.useState('');
  const heading = React.useRef<HTMLHeadingElement>(null);
  const { invitees, onChange } = props;

  const add = (person: DirectoryPerson): void => {
    // Someone added by hand was chosen on purpose: required, like the arena's own people.
    onChange(addInvitees(invitees, [toInvitee(person, true)]));
    setAnnouncement(s.added(person.displayName));
  };
  const remove = (person: MeetingInvitee): void => {
    onChange(removeInvitee(invitees, person.email));
    setAnnouncement(s.removed(person.displayName));
    // The button pressed is gone; without this, keyboard focus would fall back to the top of the page.
    heading.current?.focus();
  };

  return (
    <section aria-labelledby="tb-book-participants" className={styles.section}>
      <FocusTargetHeading id="tb-book-participants" ref={heading}>
        {s.participantsTitle}
      </FocusTargetHeading>
      {props.status === 'loading' && <Spinner size="small" label={s.participantsLoading} />}
      {props.status === 'failed' && <Text>{s.participantsFailed}</Text>}
      {props.status === 'ready' && <Text>{invitees.length > 0 ? s.participantsIntro(invitees.length) : s.noParticipants}</Text>}
      {invitees.length > 0 && <Text>{s.requiredHint}</Text>}
      <ul className={styles.list}>
        <li className={styles.person}>
          <Text weight="semibold">
            {props.organizerName} ({s.you})
          </Text>
        </li>
        {invitees.map((person) => (
          <li key={person.email} className={styles.person}>
            <span className={styles.personName}>
              <Text weight="semibold">{person.displayName}</Text>
              {person.jobTitle && <Text className={styles.meta}>{person.jobTitle}</Text>}
            </span>
            <span className={styles.row}>
              <Checkbox
                label={s.required}
                aria-label={s.requiredFor(person.displayName)}
                checked={person.required}
                onChange={(_e, data) => onChange(setInviteeRequired(invitees, person.email, data.checked === true))}
              />
              <Button size="small" aria-label={s.removeNamed(person.displayName)} onClick={() => remove(person)}>
                {s.remove}
              </Button>
            </span>
          </li>
        ))}
      </ul>
      <PeopleSearch invitees={invitees} onAdd={add} />
      <div role="status" className={styles.visuallyHidden}>
        {announcement}
      </div>
    </section>
  );
}
