import type { Weekday, WeekIndex, SharingBasis } from '../../../core/meetings';
import type { PersonalDataKind } from '../../../core/privacy';

/** Every string of the meeting booking, in nb, nn and en. */
export interface MeetingStrings {
  title: (arena: string) => string;
  intro: string;
  audienceNote: string;
  /** The arena's subject or agenda template looks like it identifies a child: booking is refused until an editor changes it. */
  arenaTextRefused: string;
  arenaTextField: { meetingSubject: string; agendaTemplate: string };
  arenaNotFound: string;
  backToArena: (arena: string) => string;

  participantsTitle: string;
  /** How many people the invitation goes to, shown before booking. */
  invitationCount: (count: number) => string;
  participantsIntro: string;
  servicesWithoutAddress: (services: string) => string;
  chairLabel: string;
  noParticipants: string;
  requiredHint: string;
  you: string;
  required: string;
  requiredFor: (name: string) => string;
  remove: string;
  removeNamed: (name: string) => string;
  added: (name: string) => string;
  removed: (name: string) => string;
  searchLabel: string;
  searchHint: string;
  searching: string;
  searchNoResults: string;
  searchFailed: string;
  addNamed: (name: string) => string;
  alreadyAdded: string;

  optionsTitle: string;
  durationLabel: string;
  minutes: (n: number) => string;
  windowLabel: string;
  weeks: (n: number) => string;
  findTimes: string;
  needsParticipants: string;

  progressTitle: string;
  progressFinding: (calendars: number) => string;
  progressWaiting: (seconds: number, calendars: number) => string;
  progressRanking: string;
  progressBooking: string;
  progressBookingAgain: (attempt: number) => string;
  progressBookingWaiting: (seconds: number) => string;
  progressConfirming: string;
  progressChecking: string;
  findFailed: string;
  cancel: string;

  slotsTitle: string;
  slotsIntro: (count: number) => string;
  slotLegend: string;
  everyoneFree: string;
  freeLabel: string;
  tentativeLabel: string;
  optionalBusyLabel: string;
  unknownCalendars: (names: string) => string;
  workingHoursGuessed: (names: string) => string;

  noSlotTitle: string;
  noCandidateTimes: string;
  requiredUnavailable: (candidates: number) => string;
  blockerLine: (name: string, blocked: number, candidates: number) => string;
  blockerWhy: (busy: number, outsideWorkingHours: number) => string;
  nearestWithout: (name: string, time: string) => string;
  makeOptional: (name: string) => string;
  /** A button: search again over the given number of weeks. */
  tryLongerWindow: (weeks: number) => string;

  detailsTitle: string;
  subjectLabel: string;
  subjectFromArena: string;
  ownSubjectToggle: string;
  ownSubjectLabel: string;
  noteLabel: string;
  noteHint: string;
  privacyWarningTitle: string;
  privacyFindingKinds: Record<PersonalDataKind, string>;
  privacyAdvice: string;
  privacyConfirm: string;
  privacyNeedsAnswer: string;

  basisLegend: string;
  basisHint: string;
  basisOptions: Record<SharingBasis, string>;
  basisRequired: string;
  consentArenaHint: string;

  repeatLegend: string;
  repeatNone: string;
  repeatSuggested: string;
  repeatWeekly: (weekday: string) => string;
  repeatBiweekly: (weekday: string) => string;
  repeatMonthly: (index: string, weekday: string) => string;
  repeatUntil: string;
  repeatSummary: (count: number, last: string) => string;
  repeatHolidays: (dates: string) => string;
  repeatFreeBusyNote: string;
  repeatInvalid: string;
  weekdays: Record<Weekday, string>;
  weekIndexes: Record<WeekIndex, string>;

  bookNow: string;
  chosenTime: (time: string) => string;

  bookedTitle: string;
  bookedText: string;
  joinLink: string;
  calendarLink: string;
  joinLinkPending: string;
  bookAnother: string;
  failedTitle: string;
  failedThrottled: string;
  failedNetwork: string;
  failedDenied: string;
  failedOther: string;
  tryAgain: string;
  retryIsSafe: string;
  nothingCreated: string;
  unknownTitle: string;
  unknownText: string;
  checkAgain: string;
}
