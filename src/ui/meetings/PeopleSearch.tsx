import * as React from 'react';
import { Button, Field, Input, Spinner, Text } from '@fluentui/react-components';
import { isSamePerson, type MeetingInvitee } from '../../core/meetings';
import type { DirectoryPerson } from '../../data/ports/CalendarService';
import { useServices } from '../shell/ServicesContext';
import { useMeetingStyles } from './meetingStyles';
import { useMeetingStrings } from './strings';

type SearchState = { kind: 'idle' } | { kind: 'searching' } | { kind: 'done'; people: DirectoryPerson[] } | { kind: 'failed' };

/** Waits for a pause in typing, so the directory is asked once per name rather than once per letter. */
const TYPING_PAUSE_MS = 300;

/**
 * Widens the invitation on purpose: finds people in the directory by name (Graph $search on display name and
 * address, the basic profile User.ReadBasic.All gives; the address tells two people of one name apart). Results are
 * buttons ("Add Kari Nilsen"), so adding works with the keyboard and reads well in a screen reader.
 */
export function PeopleSearch(props: { invitees: readonly MeetingInvitee[]; onAdd: (person: DirectoryPerson) => void }): React.ReactElement {
  const s = useMeetingStrings();
  const styles = useMeetingStyles();
  const { calendar } = useServices();
  const [text, setText] = React.useState('');
  const [state, setState] = React.useState<SearchState>({ kind: 'idle' });

  React.useEffect(() => {
    const term = text.trim();
    if (term.length < 2) {
      setState({ kind: 'idle' });
      return undefined;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setState({ kind: 'searching' });
      calendar.searchPeople(term, controller.signal).then(
        (people) => !controller.signal.aborted && setState({ kind: 'done', people }),
        () => !controller.signal.aborted && setState({ kind: 'failed' })
      );
    }, TYPING_PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, calendar]);

  const added = (person: DirectoryPerson): boolean => props.invitees.some((i) => isSamePerson(i.email, person.mail));

  return (
    <div className={styles.section}>
      <Field label={s.searchLabel} hint={s.searchHint} className={styles.fullWidth}>
        <Input type="search" value={text} onChange={(_e, data) => setText(data.value)} autoComplete="off" />
      </Field>
      <div aria-live="polite">
        {state.kind === 'searching' && <Spinner size="tiny" label={s.searching} />}
        {state.kind === 'failed' && <Text>{s.searchFailed}</Text>}
        {state.kind === 'done' && state.people.length === 0 && <Text>{s.searchNoResults}</Text>}
      </div>
      {state.kind === 'done' && state.people.length > 0 && (
        <ul className={styles.list}>
          {state.people.map((person) => (
            <li key={person.mail} className={styles.person}>
              <span className={styles.personName}>
                <Text weight="semibold">{person.displayName}</Text>
                <Text className={styles.meta}>{person.mail}</Text>
              </span>
              {added(person) ? (
                <Text className={styles.meta}>{s.alreadyAdded}</Text>
              ) : (
                <Button size="small" onClick={() => props.onAdd(person)}>
                  {s.addNamed(person.displayName)}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
