/** Public API of the meeting-slot finder for tverrfaglige møter. */
export {
  AVAILABILITY_VIEW_CODES,
  attendeeRole,
  type AttendeeAvailability,
  type AttendeeRole,
  type DayOfWeek,
  type FreeBusyStatus,
  type GraphDateTimeTimeZone,
  type MeetingAttendee,
  type ScheduleItem,
  type WorkingHours
} from './Availability';
export {
  buildBatchBodies,
  buildBatchBody,
  chunk,
  DEFAULT_AVAILABILITY_VIEW_INTERVAL,
  DEFAULT_RETRY_AFTER_SECONDS,
  GET_SCHEDULE_URL,
  MAX_REQUESTS_PER_BATCH,
  MAX_SCHEDULE_WINDOW_DAYS,
  MAX_SCHEDULES_PER_REQUEST,
  parseBatchResponse,
  planScheduleRequests,
  type BatchRequestBody,
  type BatchRequestItem,
  type BatchResponseBody,
  type BatchResponseItem,
  type FailedRequest,
  type GetScheduleBody,
  type GraphScheduleInformation,
  type ParsedBatchResponse,
  type RetryableRequest,
  type ScheduleRequest,
  type ScheduleRequestPlanInput
} from './batchSchedules';
export type { MeetingMode } from './calendarConflicts';
export {
  DEFAULT_MAX_RESULTS,
  DEFAULT_ORGANIZER_TIME_ZONE,
  DEFAULT_STEP_MINUTES,
  findSlots,
  MAX_SEARCH_WINDOW_DAYS,
  type FindSlotsInput
} from './findSlots';
export { knownWindowsTimeZones, toGraphTimeZone, toIanaTimeZone, UnknownTimeZoneError } from './graphTimeZones';
export {
  easterSunday,
  holidaysOf,
  holidaysOn,
  isNorwegianHoliday,
  type NorwegianHoliday,
  type NorwegianHolidayKey
} from './norwegianHolidays';
export type {
  BlockingAttendee,
  FindSlotsResult,
  MeetingSlot,
  NoSlotExplanation,
  SchedulingWarning,
  SlotTime
} from './SlotSearchResult';
