import * as React from 'react';
import { Button, Field, Radio, RadioGroup, Select, Title3 } from '@fluentui/react-components';
import { MEETING_DURATIONS, SEARCH_WINDOW_WEEKS } from '../../core/meetings';
import { useMeetingStyles } from './meetingStyles';
import { useMeetingStrings } from './strings';

export interface SearchOptionsProps {
  durationMinutes: number;
  weeks: number;
  onDurationChange: (minutes: number) => void;
  onWeeksChange: (weeks: number) => void;
  onFind: () => void;
  /** Shown under the button when the search cannot start (nobody to meet). */
  problem?: string;
  busy: boolean;
}

/** How long the meeting lasts and how far ahead to look; then "Find times". */
export function SearchOptions(props: SearchOptionsProps): React.ReactElement {
  const s = useMeetingStrings();
  const styles = useMeetingStyles();
  return (
    <section aria-labelledby="tb-book-options" className={styles.section}>
      <Title3 as="h2" id="tb-book-options">
        {s.optionsTitle}
      </Title3>
      <Field label={s.durationLabel}>
        <RadioGroup layout="horizontal" className={styles.wrappingRadios} value={String(props.durationMinutes)} onChange={(_e, data) => props.onDurationChange(Number(data.value))}>
          {MEETING_DURATIONS.map((minutes) => (
            <Radio key={minutes} value={String(minutes)} label={s.minutes(minutes)} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={s.windowLabel} className={styles.fullWidth}>
        <Select value={String(props.weeks)} onChange={(_e, data) => props.onWeeksChange(Number(data.value))}>
          {SEARCH_WINDOW_WEEKS.map((weeks) => (
            <option key={weeks} value={String(weeks)}>
              {s.weeks(weeks)}
            </option>
          ))}
        </Select>
      </Field>
      <Field validationMessage={props.problem} validationState={props.problem ? 'error' : 'none'}>
        <div className={styles.row}>
          <Button appearance="primary" onClick={props.onFind} disabled={props.busy}>
            {s.findTimes}
          </Button>
        </div>
      </Field>
    </section>
  );
}
