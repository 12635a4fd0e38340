import * as React from 'react';
import { Field, Input, Radio, RadioGroup, Switch, Text, Textarea, Title3 } from '@fluentui/react-components';
import { MAX_NOTE_LENGTH, MAX_SUBJECT_LENGTH, SHARING_BASES, type CheckedOrganizerText, type PatternedRecurrence, type SharingBasis } from '../../core/meetings';
import type { Arena } from '../../core/model/Arena';
import type { SlotTime } from '../../core/scheduling';
import { useMeetingStyles } from './meetingStyles';
import { OrganizerTextWarning } from './OrganizerTextWarning';
import { RepeatOptions, type RepeatKind } from './RepeatOptions';
import { useMeetingStrings } from './strings';

/** What the organizer has typed and chosen about the meeting. Texts are checked (and confirmed) by the view. */
export interface MeetingDetails {
  ownSubjectOn: boolean;
  ownSubject: string;
  /** The subject text the organizer confirmed despite findings; a changed text needs confirming again. */
  confirmedSubject?: string;
  note: string;
  confirmedNote?: string;
  basis?: SharingBasis;
  repeatKind: RepeatKind;
  until: string;
}

export interface DetailsProblems {
  subject: boolean;
  note: boolean;
  basis: boolean;
  repeat: boolean;
}

export interface MeetingDetailsSectionProps {
  arena: Arena;
  slot: SlotTime;
  details: MeetingDetails;
  onChange: (next: MeetingDetails) => void;
  subject: CheckedOrganizerText | undefined;
  note: CheckedOrganizerText | undefined;
  recurrence: PatternedRecurrence | undefined;
  suggestedRepeat: RepeatKind;
  /** Shown after the organizer pressed Book with something missing. */
  problems: DetailsProblems | undefined;
}

/** The subject (the arena's, or the organizer's own, checked), a note, the basis for sharing and the repeat. */
export function MeetingDetailsSection(props: MeetingDetailsSectionProps): React.ReactElement {
  const s = useMeetingStrings();
  const styles = useMeetingStyles();
  const { details, onChange, problems } = props;
  const set = (patch: Partial<MeetingDetails>): void => onChange({ ...details, ...patch });
  const subjectNeedsAnswer = props.subject?.status === 'needsConfirmation';
  const noteNeedsAnswer = props.note?.status === 'needsConfirmation';

  return (
    <section aria-labelledby="tb-book-details" className={styles.section}>
      <Title3 as="h2" id="tb-book-details">
        {s.detailsTitle}
      </Title3>

      <Field label={s.subjectLabel} hint={details.ownSubjectOn ? undefined : s.subjectFromArena}>
        <Text id="tb-book-subject" weight="semibold">
          {props.arena.meetingSubject.trim() || props.arena.title}
        </Text>
      </Field>
      <Switch checked={details.ownSubjectOn} onChange={(_e, data) => set({ ownSubjectOn: data.checked })} label={s.ownSubjectToggle} />
      {details.ownSubjectOn && (
        <>
          <Field
            label={s.ownSubjectLabel}
            className={styles.fullWidth}
            validationState={problems?.subject ? 'error' : 'none'}
            validationMessage={problems?.subject ? s.privacyNeedsAnswer : undefined}
          >
            <Input
              id="tb-book-own-subject"
              value={details.ownSubject}
              maxLength={MAX_SUBJECT_LENGTH}
              onChange={(_e, data) => set({ ownSubject: data.value })}
              aria-describedby={subjectNeedsAnswer ? 'tb-book-subject-warning' : undefined}
            />
          </Field>
          {props.subject && props.subject.status !== 'clean' && (
            <OrganizerTextWarning
              id="tb-book-subject-warning"
              checked={props.subject}
              confirmed={props.subject.status === 'confirmed'}
              onConfirm={(confirmed) => set({ confirmedSubject: confirmed ? props.subject?.text : undefined })}
            />
          )}
        </>
      )}

      <Field
        label={s.noteLabel}
        hint={s.noteHint}
        className={styles.fullWidth}
        validationState={problems?.note ? 'error' : 'none'}
        validationMessage={problems?.note ? s.privacyNeedsAnswer : undefined}
      >
        <Textarea
          id="tb-book-note"
          value={details.note}
          maxLength={MAX_NOTE_LENGTH}
          resize="vertical"
          onChange={(_e, data) => set({ note: data.value })}
          aria-describedby={noteNeedsAnswer ? 'tb-book-note-warning' : undefined}
        />
      </Field>
      {props.note && props.note.status !== 'clean' && (
        <OrganizerTextWarning
          id="tb-book-note-warning"
          checked={props.note}
          confirmed={props.note.status === 'confirmed'}
          onConfirm={(confirmed) => set({ confirmedNote: confirmed ? props.note?.text : undefined })}
        />
      )}

      <Field
        label={s.basisLegend}
        hint={props.arena.consentRequired ? `${s.basisHint} ${s.consentArenaHint}` : s.basisHint}
        required
        validationState={problems?.basis ? 'error' : 'none'}
        validationMessage={problems?.basis ? s.basisRequired : undefined}
      >
        <RadioGroup id="tb-book-basis" value={details.basis ?? ''} onChange={(_e, data) => set({ basis: data.value as SharingBasis })}>
          {SHARING_BASES.map((basis) => (
            <Radio key={basis} value={basis} label={s.basisOptions[basis]} />
          ))}
        </RadioGroup>
      </Field>

      <RepeatOptions
        slot={props.slot}
        kind={details.repeatKind}
        suggested={props.suggestedRepeat}
        until={details.until}
        onKindChange={(repeatKind) => set({ repeatKind })}
        onUntilChange={(until) => set({ until })}
        recurrence={props.recurrence}
        invalid={problems?.repeat === true || (details.repeatKind !== 'none' && props.recurrence === undefined)}
      />
    </section>
  );
}
