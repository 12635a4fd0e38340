import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Text, Title2 } from '@fluentui/react-components';
import {
  buildMeetingEvent,
  buildRecurrence,
  checkOrganizerText,
  confirmOrganizerText,
  DEFAULT_MEETING_DURATION,
  DEFAULT_SEARCH_WINDOW_WEEKS,
  defaultSeriesEnd,
  isReadyToSend,
  isSamePerson,
  MEETING_EVENT_WORDING,
  SEARCH_WINDOW_WEEKS,
  seasonEnd,
  setInviteeRequired,
  suggestedRepeatKind,
  type CheckedOrganizerText,
  type MeetingInvitee,
  type PatternedRecurrence,
  type RepeatChoice
} from '../../core/meetings';
import { arenaTextFindings } from '../../core/arenas/arenaText';
import { modelAllowWords } from '../../core/feedback/modelAllowWords';
import type { Arena } from '../../core/model/Arena';
import type { MeetingSlot } from '../../core/scheduling';
import { useApp } from '../app/AppContext';
import { RouteLink } from '../common/RouteLink';
import { toPlainText } from '../common/toPlainText';
import { useModelLookups } from '../common/useModelLookups';
import { BookedMeeting, BookingFailed, BookingUnknown } from './BookingResult';
import { useServices } from '../shell/ServicesContext';
import { formatSlot } from './formatSlot';
import { MeetingDetailsSection, type DetailsProblems, type MeetingDetails } from './MeetingDetailsSection';
import { useMeetingStyles } from './meetingStyles';
import { labelOf, ParticipantsSection } from './ParticipantsSection';
import { ProgressStatus } from './ProgressStatus';
import type { RepeatKind } from './RepeatOptions';
import { SearchOptions } from './SearchOptions';
import { SlotResults } from './SlotResults';
import { useArenaParticipants } from './useArenaParticipants';
import { useMeetingBooking, type BookState } from './useMeetingBooking';
import { useSlotFinder, type FindState } from './useSlotFinder';
import { useMeetingStrings, type MeetingStrings } from './strings';

/** The booking view for an arena (route #/book/<arena>). */
export function BookMeetingView(props: { arenaKey: string }): React.ReactElement {
  const s = useMeetingStrings();
  const lookups = useModelLookups();
  const arena = lookups.arena(props.arenaKey);
  if (!arena) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{s.arenaNotFound}</MessageBarBody>
      </MessageBar>
    );
  }
  return <BookArenaMeeting key={arena.key} arena={arena} />;
}

/** The repeat the arena's frequency suggests, as the repeat options name it. */
function suggestedRepeat(arena: Arena): RepeatKind {
  const suggested = suggestedRepeatKind(arena.frequency);
  if (suggested.kind === 'weekly') return suggested.everyWeeks === 2 ? 'biweekly' : 'weekly';
  return suggested.kind;
}

function repeatChoice(kind: RepeatKind, until: string): RepeatChoice {
  if (kind === 'none') return { kind: 'none' };
  if (kind === 'monthly') return { kind: 'monthly', until };
  return { kind: 'weekly', everyWeeks: kind === 'biweekly' ? 2 : 1, until };
}

/**
 * Finding a time and booking a tverrfaglig møte, top to bottom: who (prefilled from the arena's services), how long
 * and how far ahead, the best times, then the details (subject, note, basis for sharing, repeat) and Book.
 */
function BookArenaMeeting(props: { arena: Arena }): React.ReactElement {
  const { arena } = props;
  const { strings, host, model, locale } = useApp();
  const s = useMeetingStrings();
  const styles = useMeetingStyles();
  const { calendar } = useServices();
  const organizerEmail = host.user.email;

  const participants = useArenaParticipants(arena, model.services, organizerEmail);
  const [durationMinutes, setDurationMinutes] = React.useState(DEFAULT_MEETING_DURATION);
  const [weeks, setWeeks] = React.useState(DEFAULT_SEARCH_WINDOW_WEEKS);
  const [searchProblem, setSearchProblem] = React.useState<string | undefined>(undefined);
  const finder = useSlotFinder(calendar);
  const booking = useMeetingBooking(calendar);
  const [slot, setSlot] = React.useState<MeetingSlot | undefined>(undefined);
  const [details, setDetails] = React.useState<MeetingDetails>(() => ({
    ownSubjectOn: false,
    ownSubject: '',
    note: '',
    repeatKind: 'none',
    until: seasonEnd(new Date().toISOString())
  }));
  // Problems are shown once the organizer has pressed Book, and then follow every edit until they are solved.
  const [showProblems, setShowProblems] = React.useState(false);
  const resultsHeading = React.useRef<HTMLHeadingElement>(null);
  const outcomeHeading = React.useRef<HTMLHeadingElement>(null);

  // Anything that changes the question makes the old answer wrong: the results go, and a new search is needed.
  const invalidate = (): void => {
    finder.reset();
    setSlot(undefined);
    booking.reset();
  };
  const changeInvitees = (next: MeetingInvitee[]): void => {
    participants.setInvitees(next);
    setSearchProblem(undefined);
    invalidate();
  };

  const find = (invitees: readonly MeetingInvitee[] = participants.invitees, searchWeeks: number = weeks): void => {
    // The organizer is always required; a meeting also needs someone to meet.
    if (invitees.length === 0) {
      setSearchProblem(s.needsParticipants);
      return;
    }
    setSearchProblem(undefined);
    setSlot(undefined);
    booking.reset();
    finder.find({ invitees, organizerEmail, durationMinutes, weeks: searchWeeks });
  };

  // Focus follows the flow: to the results when they arrive, to the outcome when the booking ends.
  React.useEffect(() => {
    if (finder.state.phase === 'found' || finder.state.phase === 'failed') resultsHeading.current?.focus();
  }, [finder.state.phase]);
  React.useEffect(() => {
    if (booking.state.phase === 'booked' || booking.state.phase === 'failed' || booking.state.phase === 'unknown') outcomeHeading.current?.focus();
  }, [booking.state.phase]);

  // The invitation is plain text. An admin may have made the arena's columns rich text (or written HTML through
  // REST): only the text goes into calendars, never markup.
  const arenaText = React.useMemo(
    () => ({ title: toPlainText(arena.title), meetingSubject: toPlainText(arena.meetingSubject), agendaTemplate: toPlainText(arena.agendaTemplate) }),
    [arena]
  );
  // The arena's own subject and agenda go into every invitation: checked again here (they were checked when the
  // arena was saved, but a list item can be edited in SharePoint directly) — never used as allow-words for themselves.
  const modelWords = React.useMemo(() => modelAllowWords(model), [model]);
  const arenaFindings = React.useMemo(() => arenaTextFindings(arenaText, { allowWords: modelWords.filter((w) => w !== arenaText.meetingSubject && w !== arenaText.agendaTemplate) }), [arenaText, modelWords]);
  const allowWords = React.useMemo(() => (arenaFindings.length === 0 ? [...modelWords, arena.meetingSubject] : modelWords), [modelWords, arena, arenaFindings]);
  const subject = React.useMemo(
    () => (details.ownSubjectOn && details.ownSubject.trim() !== '' ? confirmed(checkOrganizerText(details.ownSubject, 'subject', { allowWords }), details.confirmedSubject) : undefined),
    [details.ownSubjectOn, details.ownSubject, details.confirmedSubject, allowWords]
  );
  const note = React.useMemo(
    () => (details.note.trim() !== '' ? confirmed(checkOrganizerText(details.note, 'note', { allowWords }), details.confirmedNote) : undefined),
    [details.note, details.confirmedNote, allowWords]
  );
  const recurrence = React.useMemo((): PatternedRecurrence | undefined => {
    if (!slot) return undefined;
    try {
      return buildRecurrence(slot.start, repeatChoice(details.repeatKind, details.until));
    } catch {
      return undefined;
    }
  }, [slot, details.repeatKind, details.until]);

  const problems: DetailsProblems = {
    subject: !isReadyToSend(subject),
    note: !isReadyToSend(note),
    basis: details.basis === undefined,
    repeat: details.repeatKind !== 'none' && recurrence === undefined
  };

  const selectSlot = (chosen: MeetingSlot): void => {
    setSlot(chosen);
    booking.reset();
    setShowProblems(false);
    // The series' end follows the chosen time until the organizer picks a repeat (and perhaps their own end).
    setDetails((d) => (d.repeatKind === 'none' ? { ...d, until: defaultSeriesEnd(chosen.start) } : d));
  };

  const book = (): void => {
    if (!slot || arenaFindings.length > 0) return;
    setShowProblems(true);
    if (problems.subject || problems.note || problems.basis || problems.repeat) {
      focusFirstProblem(problems);
      return;
    }
    const draft = buildMeetingEvent({
      arena: arenaText,
      slot,
      invitees: participants.invitees,
      organizerEmail,
      basis: details.basis as NonNullable<MeetingDetails['basis']>,
      wording: MEETING_EVENT_WORDING[model.settings.contentLocale],
      ownSubject: subject,
      note,
      recurrence
    });
    booking.book(draft);
  };

  const nameOf = (email: string): string => {
    if (isSamePerson(email, organizerEmail)) return `${host.user.displayName} (${s.you})`;
    const invitee = participants.invitees.find((i) => isSamePerson(i.email, email));
    return invitee ? labelOf(invitee, s.chairLabel) : email;
  };
  // "Search a longer period" is one click: the next window the options offer, searched at once.
  const longerWeeks = SEARCH_WINDOW_WEEKS.find((w) => w > weeks);
  const searchLonger = (): void => {
    if (longerWeeks === undefined) return;
    setWeeks(longerWeeks);
    find(participants.invitees, longerWeeks);
  };
  const makeOptional = (email: string): void => {
    const next = setInviteeRequired(participants.invitees, email, false);
    changeInvitees(next);
    find(next);
  };

  const findState = finder.state;
  const busy = findState.phase === 'finding' || booking.state.phase === 'booking';

  return (
    <article aria-labelledby="tb-book-title">
      <Title2 as="h1" id="tb-book-title">
        {s.title(arena.title)}
      </Title2>
      <p>
        <RouteLink to={{ view: 'arena', key: arena.key }}>{s.backToArena(arena.title)}</RouteLink>
      </p>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <Text block>{s.audienceNote}</Text>
          <Text block>{s.intro}</Text>
        </MessageBarBody>
      </MessageBar>

      {arenaFindings.length > 0 && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <Text block weight="semibold">
              {s.arenaTextRefused}
            </Text>
            <ul>
              {arenaFindings.flatMap((found) =>
                found.findings.map((finding) => (
                  <li key={`${found.field}-${finding.start}`}>
                    {s.arenaTextField[found.field]}: {strings.privacy.reasons[finding.reason](finding.text)}
                  </li>
                ))
              )}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <ParticipantsSection invitees={participants.invitees} servicesWithoutAddress={participants.servicesWithoutAddress} organizerName={host.user.displayName} onChange={changeInvitees} />
      <SearchOptions
        durationMinutes={durationMinutes}
        weeks={weeks}
        onDurationChange={(minutes) => {
          setDurationMinutes(minutes);
          invalidate();
        }}
        onWeeksChange={(w) => {
          setWeeks(w);
          invalidate();
        }}
        onFind={() => find()}
        problem={searchProblem}
        busy={busy}
      />

      <ProgressStatus text={progressText(findState, booking.state, s)} />
      {findState.phase === 'finding' && <Button onClick={finder.reset}>{s.cancel}</Button>}
      {findState.phase === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>
            <h2 ref={resultsHeading} tabIndex={-1} className={`${styles.headingTarget} ${styles.inlineHeading}`}>
              {s.findFailed}
            </h2>
          </MessageBarBody>
        </MessageBar>
      )}
      {findState.phase === 'found' && (
        <SlotResults
          result={findState.result}
          nameOf={nameOf}
          selected={slot?.start}
          onSelect={selectSlot}
          canMakeOptional={(email) => participants.invitees.some((i) => isSamePerson(i.email, email))}
          onMakeOptional={makeOptional}
          longerWindowWeeks={longerWeeks}
          onLongerWindow={searchLonger}
          headingRef={resultsHeading}
        />
      )}

      {findState.phase === 'found' && slot && booking.state.phase !== 'booked' && (
        <>
          <MeetingDetailsSection arena={arena} slot={slot} details={details} onChange={setDetails} subject={subject} note={note} recurrence={recurrence} suggestedRepeat={suggestedRepeat(arena)} problems={showProblems ? problems : undefined} />
          <div className={styles.section}>
            <Text weight="semibold">{s.chosenTime(formatSlot(slot, locale))}</Text>
            <Text>{s.invitationCount(participants.invitees.length)}</Text>
            <div className={styles.row}>
              <Button appearance="primary" onClick={book} disabled={booking.state.phase === 'booking'}>
                {s.bookNow}
              </Button>
            </div>
          </div>
        </>
      )}

      {booking.state.phase === 'booked' && (
        <BookedMeeting
          meeting={booking.state.meeting}
          headingRef={outcomeHeading}
          onBookAnother={() => {
            invalidate();
            setDetails((d) => ({ ...d, ownSubject: '', note: '', confirmedSubject: undefined, confirmedNote: undefined, basis: undefined }));
          }}
        />
      )}
      {booking.state.phase === 'failed' && <BookingFailed failure={booking.state.failure} headingRef={outcomeHeading} onRetry={book} />}
      {booking.state.phase === 'unknown' && <BookingUnknown headingRef={outcomeHeading} onCheckAgain={booking.checkAgain} />}
    </article>
  );
}

/** A checked text counts as confirmed only while it is exactly the text the organizer confirmed. */
function confirmed(checked: CheckedOrganizerText, confirmedText: string | undefined): CheckedOrganizerText {
  return confirmedText !== undefined && confirmedText === checked.text ? confirmOrganizerText(checked) : checked;
}

function focusFirstProblem(problems: DetailsProblems): void {
  const target = problems.subject
    ? document.getElementById('tb-book-own-subject')
    : problems.note
      ? document.getElementById('tb-book-note')
      : problems.basis
        ? document.querySelector<HTMLElement>('#tb-book-basis input')
        : document.querySelector<HTMLElement>('input[type="date"]');
  target?.focus();
}

function progressText(find: FindState, book: BookState, s: MeetingStrings): string | undefined {
  if (book.phase === 'booking') {
    const progress = book.progress;
    if (progress.kind === 'waiting') return s.progressBookingWaiting(progress.seconds);
    if (progress.kind === 'confirming') return s.progressConfirming;
    if (progress.kind === 'checking') return s.progressChecking;
    return progress.attempt > 1 ? s.progressBookingAgain(progress.attempt) : s.progressBooking;
  }
  if (find.phase === 'finding') {
    const progress = find.progress;
    if (progress.kind === 'ranking') return s.progressRanking;
    if (progress.kind === 'waiting') return s.progressWaiting(progress.seconds, progress.calendars);
    return s.progressFinding(progress.calendars);
  }
  return undefined;
}
