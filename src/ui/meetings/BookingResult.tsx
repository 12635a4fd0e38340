import * as React from 'react';
import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import type { CreatedMeeting } from '../../data/ports/CalendarService';
import { useMeetingStyles } from './meetingStyles';
import type { BookingFailure } from './useMeetingBooking';
import { useMeetingStrings } from './strings';

/** The booked meeting (its Teams join link and its calendar link) and a way to book another. */
export function BookedMeeting(props: { meeting: CreatedMeeting; onBookAnother: () => void; headingRef: React.Ref<HTMLHeadingElement> }): React.ReactElement {
  const s = useMeetingStrings();
  const styles = useMeetingStyles();
  const { meeting } = props;
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody className={styles.result}>
        <MessageBarTitle>
          <h2 ref={props.headingRef} tabIndex={-1} className={`${styles.headingTarget} ${styles.inlineHeading}`}>
            {s.bookedTitle}
          </h2>
        </MessageBarTitle>
        <Text>{s.bookedText}</Text>
        <span className={styles.row}>
          {meeting.joinUrl ? (
            <Link href={meeting.joinUrl} target="_blank" rel="noopener noreferrer">
              {s.joinLink}
            </Link>
          ) : (
            <Text>{s.joinLinkPending}</Text>
          )}
          {meeting.webLink && (
            <Link href={meeting.webLink} target="_blank" rel="noopener noreferrer">
              {s.calendarLink}
            </Link>
          )}
        </span>
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={props.onBookAnother}>{s.bookAnother}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/**
 * Not booked, and known to be so (the refusal proved it, or the calendar was read back): what failed, what to do,
 * and a retry that cannot make a second meeting (same transactionId).
 */
export function BookingFailed(props: { failure: BookingFailure; onRetry: () => void; headingRef: React.Ref<HTMLHeadingElement> }): React.ReactElement {
  const s = useMeetingStrings();
  const styles = useMeetingStyles();
  const advice = { throttled: s.failedThrottled, network: s.failedNetwork, denied: s.failedDenied, other: s.failedOther }[props.failure];
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody className={styles.result}>
        <MessageBarTitle>
          <h2 ref={props.headingRef} tabIndex={-1} className={`${styles.headingTarget} ${styles.inlineHeading}`}>
            {s.failedTitle}
          </h2>
        </MessageBarTitle>
        <Text>{s.nothingCreated}</Text>
        <Text>{advice}</Text>
        {props.failure !== 'denied' && <Text>{s.retryIsSafe}</Text>}
      </MessageBarBody>
      {props.failure !== 'denied' && (
        <MessageBarActions>
          <Button onClick={props.onRetry}>{s.tryAgain}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/**
 * The create's answer was lost and the calendar could not be read back: the meeting may exist, so the organizer is
 * not told "not booked" — only that it is not known yet, where to look, and a way to check again (reads only).
 */
export function BookingUnknown(props: { onCheckAgain: () => void; headingRef: React.Ref<HTMLHeadingElement> }): React.ReactElement {
  const s = useMeetingStrings();
  const styles = useMeetingStyles();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody className={styles.result}>
        <MessageBarTitle>
          <h2 ref={props.headingRef} tabIndex={-1} className={`${styles.headingTarget} ${styles.inlineHeading}`}>
            {s.unknownTitle}
          </h2>
        </MessageBarTitle>
        <Text>{s.unknownText}</Text>
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={props.onCheckAgain}>{s.checkAgain}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
