import * as React from 'react';
import { Button, Checkbox, Text } from '@fluentui/react-components';
import { addInvitees, removeInvitee, setInviteeRequired, type MeetingInvitee } from '../../core/meetings';
import type { DirectoryPerson } from '../../data/ports/CalendarService';
import { FocusTargetHeading } from './FocusTargetHeading';
import { useMeetingStyles } from './meetingStyles';
import { PeopleSearch } from './PeopleSearch';
import { toInvitee } from './useArenaParticipants';
import { useMeetingStrings } from './strings';

export interface ParticipantsSectionProps {
  invitees: MeetingInvitee[];
  /** Titles of the arena's services the model gives no address for. */
  servicesWithoutAddress: readonly string[];
  organizerName: string;
  onChange: (next: MeetingInvitee[]) => void;
}

/**
 * Who is invited: one contact per service of the arena (from the model), each labelled with its service and
 * required until unticked, plus people the organizer adds by name. The count of invitations is always in view.
 */
export function ParticipantsSection(props: ParticipantsSectionProps): React.ReactElement {
  const s = useMeetingStrings();
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
    setAnnouncement(s.removed(labelOf(person, s.chairLabel)));
    // The button pressed is gone; without this, keyboard focus would fall back to the top of the page.
    heading.current?.focus();
  };

  return (
    <section aria-labelledby="tb-book-participants" className={styles.section}>
      <FocusTargetHeading id="tb-book-participants" ref={heading}>
        {s.participantsTitle}
      </FocusTargetHeading>
      <Text weight="semibold" id="tb-book-invitation-count" aria-live="polite">
        {s.invitationCount(invitees.length)}
      </Text>
      <Text>{invitees.length > 0 ? s.participantsIntro : s.noParticipants}</Text>
      {props.servicesWithoutAddress.length > 0 && <Text>{s.servicesWithoutAddress(props.servicesWithoutAddress.join(', '))}</Text>}
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
              <Text weight="semibold">{labelOf(person, s.chairLabel)}</Text>
              <Text className={styles.meta}>{person.email}</Text>
            </span>
            <span className={styles.row}>
              <Checkbox
                label={s.required}
                aria-label={s.requiredFor(labelOf(person, s.chairLabel))}
                checked={person.required}
                onChange={(_e, data) => onChange(setInviteeRequired(invitees, person.email, data.checked === true))}
              />
              <Button size="small" aria-label={s.removeNamed(labelOf(person, s.chairLabel))} onClick={() => remove(person)}>
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

/** An invitation is named by what it stands for: the service (never a job title), the arena's chair, or the person found by name. */
export function labelOf(person: MeetingInvitee, chairLabel: string): string {
  if (person.role === 'chair') return chairLabel;
  return person.serviceTitle ?? person.displayName;
}
