import type { PrivacyStrings } from './privacyStrings';
import type { HostingStrings } from './hostingStrings';

/** Every UI string, in each of nb, nn and en. Content (routines, services…) comes from the lists instead. */
export interface Strings {
  appName: string;
  loading: string;
  loadFailed: string;
  retry: string;
  skipToContent: string;
  mainNavigation: string;
  /** The compact header's menu button on a phone. */
  menu: { open: string; close: string };
  languageLabel: string;
  languageNames: { nb: string; nn: string; en: string };
  nav: {
    home: string;
    guide: string;
    routines: string;
    services: string;
    tools: string;
    arenas: string;
    contacts: string;
    forMe: string;
  };
  urgentButton: string;
  urgentTitle: string;
  urgentIntro: string;
  urgentDoNotContactParents: string;
  urgentCallNow: string;
  urgentDutyToReport: string;
  urgentDutyToAvert: string;
  worryButton: string;
  worryIntro: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchNoResults: string;
  searchResultCount: (n: number) => string;
  kinds: { routine: string; service: string; tool: string; arena: string; contact: string };
  overview: {
    title: string;
    intro: string;
    matrixTitle: string;
    tiersTitle: string;
    btiTitle: string;
    noRoutines: string;
    routinesCount: (n: number) => string;
    /** Services × tiers: what each service does on each tier. */
    tiersIntro: string;
    serviceColumn: string;
    noTask: string;
    /** Shown above a table wider than the screen. */
    scrollHint: string;
  };
  routine: {
    steps: string;
    what: string;
    how: string;
    who: string;
    tools: string;
    deadline: string;
    responsible: string;
    legalBasis: string;
    arenas: string;
    lastReviewed: string;
    nextReview: string;
    owner: string;
    notReviewed: string;
    print: string;
    copyLink: string;
    linkCopied: string;
    openInTeams: string;
    back: string;
    notFound: string;
    draft: string;
    stepOf: (n: number, total: number) => string;
    urgentBadge: string;
  };
  guide: {
    title: string;
    intro: string;
    privacyNote: string;
    yes: string;
    no: string;
    startOver: string;
    previous: string;
    questions: { danger: string; concrete: string; ownService: string; oneOtherService: string };
    hints: { danger: string; concrete: string; ownService: string; oneOtherService: string };
    outcomeTitle: string;
    outcomes: { urgent: string; '0': string; '1': string; '2': string; '3': string };
    outcomeText: { urgent: string; '0': string; '1': string; '2': string; '3': string };
    suggestedRoutines: string;
  };
  directory: {
    servicesTitle: string;
    toolsTitle: string;
    arenasTitle: string;
    contactsTitle: string;
    role: string;
    mandate: string;
    measuresPerTier: string;
    reach: string;
    phone: string;
    email: string;
    web: string;
    hours: string;
    openDocument: string;
    purpose: string;
    participants: string;
    frequency: string;
    chair: string;
    consentRequired: string;
    consentNotRequired: string;
    agenda: string;
    emergency: string;
    placeholderNumber: string;
    frequencies: { weekly: string; biweekly: string; monthly: string; termly: string; yearly: string; asNeeded: string };
    notFound: string;
    usedInRoutines: string;
  };
  forMe: {
    title: string;
    intro: string;
    chooseService: string;
    noService: string;
    clear: string;
    remembered: string;
    filterActive: (service: string) => string;
    /** The groups of routines for the chosen service. */
    urgentRoutines: string;
    none: string;
  };
  /**
   * What the entry shows of the admin views: the menu entry and the words while they load. The views' own strings
   * load with their chunk (src/ui/admin/strings/, read with useAdminStrings()).
   */
  admin: {
    navLabel: string;
    loading: string;
    loadFailed: string;
    retry: string;
    checkingAccess: string;
    notAllowed: string;
  };
  theme: { label: string };
  /** The meeting booking's links and loading words; the booking's own strings load with it (src/ui/meetings/strings/). */
  meetings: {
    bookButton: string;
    bookArenaButton: (arena: string) => string;
    loadingView: string;
    loadViewFailed: string;
  };
  /**
   * Evaluate and improve, as the entry shows it: menu entries, the routine page's feedback button, the words while
   * the views load. The views' own strings load with them (src/ui/evaluation/strings/, useEvaluationStrings()).
   */
  evaluation: {
    nav: { feedback: string; evaluate: string; triage: string; results: string; report: string };
    common: { loading: string; loadFailed: string; retry: string };
    feedback: { routineHeading: string };
  };
  /** The privacy guard's reasons, shared by every form that checks free text (src/ui/strings/privacyStrings.ts). */
  privacy: PrivacyStrings;
  /** Where the model is (model site setting) and the host's own refusals (src/ui/strings/hostingStrings.ts). */
  hosting: HostingStrings;
}
