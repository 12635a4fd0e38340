import * as React from 'react';
import { MessageBar, MessageBarBody, Radio, RadioGroup, Text } from '@fluentui/react-components';
import type { FindSlotsResult, MeetingSlot } from '../../core/scheduling';
import { useApp } from '../app/AppContext';
import { FocusTargetHeading } from './FocusTargetHeading';
import { formatSlot } from './formatSlot';
import { useMeetingStyles } from './meetingStyles';
import { NoSlotExplanationView } from './NoSlotExplanationView';
import { useMeetingStrings } from './strings';

export interface SlotResultsProps {
  result: FindSlotsResult;
  nameOf: (email: string) => string;
  selected: string | undefined;
  onSelect: (slot: MeetingSlot) => void;
  canMakeOptional: (email: string) => boolean;
  onMakeOptional: (email: string) => void;
  /** The next longer search window (weeks), offered as a button when no time fits. */
  longerWindowWeeks?: number;
  onLongerWindow?: () => void;
  /** Receives focus when the results appear, so keyboard and screen-reader users land on them. */
  headingRef: React.Ref<HTMLHeadingElement>;
}

/** The best times, best first, each saying who is free, who is tentatively busy and which optional people cannot come. */
export function SlotResults(props: SlotResultsProps): React.ReactElement {
  const s = useMeetingStrings();
  const styles = useMeetingStyles();
  const { result, nameOf } = props;
  const names = (emails: readonly string[]): string => emails.map(nameOf).join(', ');

  const unknown = result.warnings.filter((w) => w.kind === 'availabilityUnknown').map((w) => w.email);
  const guessedHours = result.warnings.filter((w) => w.kind === 'workingHoursTimeZoneUnknown').map((w) => w.email);
  const warnings = (
    <>
      {unknown.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{s.unknownCalendars(names(unknown))}</MessageBarBody>
        </MessageBar>
      )}
      {guessedHours.length > 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{s.workingHoursGuessed(names(guessedHours))}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );

  if (result.slots.length === 0) {
    return (
      <section aria-labelledby="tb-book-slots" className={styles.section}>
        <FocusTargetHeading id="tb-book-slots" ref={props.headingRef}>
          {s.noSlotTitle}
        </FocusTargetHeading>
        {warnings}
        {result.explanation && (
          <NoSlotExplanationView
            explanation={result.explanation}
            nameOf={nameOf}
            canMakeOptional={props.canMakeOptional}
            onMakeOptional={props.onMakeOptional}
            longerWindowWeeks={props.longerWindowWeeks}
            onLongerWindow={props.onLongerWindow}
          />
        )}
      </section>
    );
  }

  return (
    <section aria-labelledby="tb-book-slots" className={styles.section}>
      <FocusTargetHeading id="tb-book-slots" ref={props.headingRef}>
        {s.slotsTitle}
      </FocusTargetHeading>
      <Text id="tb-book-slots-intro">{s.slotsIntro(result.slots.length)}</Text>
      {warnings}
      <RadioGroup
        aria-labelledby="tb-book-slots"
        aria-describedby="tb-book-slots-intro"
        value={props.selected ?? ''}
        onChange={(_e, data) => {
          const slot = result.slots.find((candidate) => candidate.start === data.value);
          if (slot) props.onSelect(slot);
        }}
      >
        {result.slots.map((slot) => (
          <Radio key={slot.start} value={slot.start} label={<SlotLabel slot={slot} names={names} />} />
        ))}
      </RadioGroup>
    </section>
  );
}

function SlotLabel(props: { slot: MeetingSlot; names: (emails: readonly string[]) => string }): React.ReactElement {
  const { locale } = useApp();
  const s = useMeetingStrings();
  const styles = useMeetingStyles();
  const { slot, names } = props;
  const free = slot.requiredFree.length + slot.optionalFree.length;
  const everyone = slot.allRequiredFree && slot.optionalTentative.length === 0 && slot.optionalBusy.length === 0;
  return (
    <span className={styles.slotLabel}>
      <span className={styles.slotTime}>{formatSlot(slot, locale)}</span>
      {everyone ? (
        <span>
          {s.everyoneFree} ({free})
        </span>
      ) : (
        <>
          <span>
            {s.freeLabel}: {free}
          </span>
          {slot.requiredTentative.length + slot.optionalTentative.length > 0 && (
            <span>
              {s.tentativeLabel}: {names([...slot.requiredTentative, ...slot.optionalTentative])}
            </span>
          )}
          {slot.optionalBusy.length > 0 && (
            <span>
              {s.optionalBusyLabel}: {names(slot.optionalBusy)}
            </span>
          )}
        </>
      )}
    </span>
  );
}
