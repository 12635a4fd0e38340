/** Public API of booking tverrfaglige møter: pure rules for the invitation, its recurrence and its idempotency. */
export { arenasNamedInStep, bookableArenasForStep, MAX_ARENAS_PER_STEP } from './arenasNamedInStep';
export { bookingAttemptFor, bookingFingerprint, isTransactionId, uuidFromRandomBytes, type BookingAttempt } from './bookingAttempt';
export { findByTransactionId, graphDateTimeToUtc, readBackWindow, seriesMastersToCheck, type ReadBackEvent } from './bookingReadBack';
export { defaultInvitation, modelAddress, type DefaultInvitation } from './defaultInvitation';
export { MEETING_EVENT_WORDING, type MeetingEventWording } from './eventWording';
export { addInvitees, isSamePerson, removeInvitee, setInviteeRequired, type MeetingInvitee } from './MeetingInvitee';
export {
  buildMeetingEvent,
  MEETING_TIME_ZONE,
  UnconfirmedPersonalDataError,
  type GraphAttendee,
  type GraphDateTime,
  type MeetingEventDraft,
  type MeetingEventInput,
  type MeetingEventRequest
} from './meetingEvent';
export {
  buildRecurrence,
  defaultSeriesEnd,
  holidayOccurrences,
  MAX_SERIES_DAYS,
  occurrenceDates,
  seasonEnd,
  suggestedRepeatKind,
  weekdayOf,
  weekIndexOf,
  type PatternedRecurrence,
  type RepeatChoice,
  type WeekIndex,
  type Weekday
} from './meetingRecurrence';
export {
  checkOrganizerText,
  confirmOrganizerText,
  isReadyToSend,
  MAX_NOTE_LENGTH,
  MAX_SUBJECT_LENGTH,
  type CheckedOrganizerText,
  type OrganizerTextKind,
  type OrganizerTextStatus
} from './organizerText';
export { DEFAULT_MEETING_DURATION, DEFAULT_SEARCH_WINDOW_WEEKS, MEETING_DURATIONS, SEARCH_WINDOW_WEEKS, searchWindow } from './searchWindow';
export { isSharingBasis, SHARING_BASES, type SharingBasis } from './SharingBasis';
