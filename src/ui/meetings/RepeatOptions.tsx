import * as React from 'react';
import { Field, Input, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { holidayOccurrences, occurrenceDates, weekdayOf, type PatternedRecurrence } from '../../core/meetings';
import type { SlotTime } from '../../core/scheduling';
import { useApp } from '../app/AppContext';
import { formatLongDate, formatShortDate } from './formatSlot';
import { useMeetingStyles } from './meetingStyles';
import { useMeetingStrings } from './strings';

export type RepeatKind = 'none' | 'weekly' | 'biweekly' | 'monthly';

export interface RepeatOptionsProps {
  slot: SlotTime;
  kind: RepeatKind;
  /** What the arena's frequency suggests; marked, never chosen for the organizer (a series is many meetings). */
  suggested: RepeatKind;
  until: string;
  onKindChange: (kind: RepeatKind) => void;
  onUntilChange: (until: string) => void;
  /** The series as it would be booked, or undefined when it cannot be (see `invalid`). */
  recurrence: PatternedRecurrence | undefined;
  invalid: boolean;
}

/** Repeat the arena's meeting for the season: weekly, every other week or monthly on the same weekday, until a date. */
export function RepeatOptions(props: RepeatOptionsProps): React.ReactElement {
  const { locale } = useApp();
  const s = useMeetingStrings();
  const styles = useMeetingStyles();
  const { weekday, index, date } = weekdayOf(props.slot.start);
  const day = s.weekdays[weekday];
  const dates = props.recurrence ? occurrenceDates(props.recurrence) : [];
  const holidays = props.recurrence ? holidayOccurrences(props.recurrence) : [];
  const mark = (kind: RepeatKind, label: string): string => (kind === props.suggested ? `${label} ${s.repeatSuggested}` : label);
  return (
    <div className={styles.section}>
      <Field label={s.repeatLegend}>
        <RadioGroup value={props.kind} onChange={(_e, data) => props.onKindChange(data.value as RepeatKind)}>
          <Radio value="none" label={s.repeatNone} />
          <Radio value="weekly" label={mark('weekly', s.repeatWeekly(day))} />
          <Radio value="biweekly" label={mark('biweekly', s.repeatBiweekly(day))} />
          <Radio value="monthly" label={mark('monthly', s.repeatMonthly(s.weekIndexes[index], day))} />
        </RadioGroup>
      </Field>
      {props.kind !== 'none' && (
        <>
          <Field
            label={s.repeatUntil}
            className={styles.fullWidth}
            validationState={props.invalid ? 'error' : 'none'}
            validationMessage={props.invalid ? s.repeatInvalid : undefined}
            hint={s.repeatFreeBusyNote}
          >
            <Input type="date" value={props.until} min={date} onChange={(_e, data) => props.onUntilChange(data.value)} />
          </Field>
          {dates.length > 0 && <Text>{s.repeatSummary(dates.length, formatLongDate(dates[dates.length - 1], locale))}</Text>}
          {holidays.length > 0 && <Text>{s.repeatHolidays(holidays.map((d) => formatShortDate(d, locale)).join(', '))}</Text>}
        </>
      )}
    </div>
  );
}
