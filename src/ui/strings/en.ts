import type { Strings } from './Strings';
import { en as privacy } from './privacyStrings';
import { hostingEn } from './hostingStrings';

export const en: Strings = {
  appName: 'Trygge Barn',
  loading: 'Loading the model …',
  loadFailed: 'The model could not be loaded. Check your connection and try again.',
  retry: 'Try again',
  skipToContent: 'Skip to content',
  mainNavigation: 'Main menu',
  menu: { open: 'Menu', close: 'Close menu' },
  languageLabel: 'Language',
  languageNames: { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' },
  nav: {
    home: 'Overview',
    guide: "I'm worried",
    routines: 'Routines',
    services: 'Services',
    tools: 'Tools',
    arenas: 'Arenas',
    contacts: 'Contacts',
    forMe: 'For me'
  },
  urgentButton: 'Urgent: violence or abuse',
  urgentTitle: 'Suspected violence, sexual abuse or acute danger',
  urgentIntro: 'Act at once. This comes before every other routine.',
  urgentDoNotContactParents: 'Do not contact the parents before you have spoken to child welfare or the police.',
  urgentCallNow: 'Call child welfare (after hours: the child welfare emergency service) or the police now.',
  urgentDutyToReport:
    'Duty to report (Child Welfare Act § 13-2): you must notify child welfare, notwithstanding confidentiality, when you have reason to believe a child is being abused or seriously neglected.',
  urgentDutyToAvert:
    'Duty to avert (Penal Code § 196): you must try to prevent serious criminal acts, for example by alerting the police. The duty applies notwithstanding confidentiality.',
  worryButton: "I'm worried about a child",
  worryIntro: 'Answer a few simple questions to find the right level and routine.',
  searchLabel: 'Search the model',
  searchPlaceholder: 'Search routines, services, tools …',
  searchNoResults: 'No results. Try another word.',
  searchResultCount: (n) => (n === 1 ? '1 result' : `${n} results`),
  kinds: { routine: 'Routine', service: 'Service', tool: 'Tool', arena: 'Arena', contact: 'Contact' },
  overview: {
    title: 'The model',
    intro: 'Choose a phase, a level or a service to see the routines that belong to it.',
    matrixTitle: 'Phases and levels',
    tiersTitle: 'The services on the three tiers',
    btiTitle: 'Levels 0–3 (BTI)',
    noRoutines: 'No routines',
    tiersIntro: 'What each service does on each tier: from measures for all children to measures for children who need more help.',
    serviceColumn: 'Service',
    noTask: 'No task of its own on this tier',
    scrollHint: 'The table is wider than the screen: scroll sideways to see every column.',
    routinesCount: (n) => (n === 1 ? '1 routine' : `${n} routines`)
  },
  routine: {
    steps: 'What to do',
    what: 'What',
    how: 'How',
    who: 'Who',
    tools: 'Tools',
    deadline: 'Deadline',
    responsible: 'Responsible service',
    legalBasis: 'Legal basis',
    arenas: 'Arenas',
    lastReviewed: 'Last reviewed',
    nextReview: 'Next review',
    owner: 'Owner',
    notReviewed: 'Not recorded',
    print: 'Print',
    copyLink: 'Copy link',
    linkCopied: 'Link copied',
    openInTeams: 'Open in Teams',
    back: 'Back',
    notFound: 'The routine was not found. It may have been removed or not published yet.',
    draft: 'Draft',
    stepOf: (n, total) => `Step ${n} of ${total}`,
    urgentBadge: 'Urgent'
  },
  guide: {
    title: "I'm worried about a child",
    intro: 'A few questions help you find the right level and routine.',
    privacyNote: 'Do not type names or other details about the child. Your answers are not stored.',
    yes: 'Yes',
    no: 'No',
    startOver: 'Start over',
    previous: 'Previous question',
    questions: {
      danger: 'Do you suspect violence or sexual abuse, or is the child in acute danger?',
      concrete: 'Can you describe what you have seen or heard, and has it gone on for a while?',
      ownService: 'Can the concern be followed up within your own service?',
      oneOtherService: 'Is working with one other service enough?'
    },
    hints: {
      danger: 'For example injuries without a good explanation, a child telling about violence, or sexualised behaviour unusual for the age.',
      concrete: 'Write down concretely what you saw or heard, when and how often.',
      ownService: 'For example adjustments in kindergarten or school, or talks with the public health nurse.',
      oneOtherService: 'Choose no if the child needs help from several services at once.'
    },
    outcomeTitle: 'What you should do',
    outcomes: {
      urgent: 'Act now – do not contact the parents',
      '0': 'Level 0 – concern and wondering',
      '1': 'Level 1 – action within your own service',
      '2': 'Level 2 – two services working together',
      '3': 'Level 3 – broad interdisciplinary effort'
    },
    outcomeText: {
      urgent: 'Call child welfare or its emergency service, or the police. The duties to report and to avert come before confidentiality.',
      '0': 'Make the concern concrete, discuss it with a colleague or leader, and talk with the child and the parents. Decide within 14 days what happens next.',
      '1': 'Define the problem, agree measures with the child and the parents, and set a date to evaluate.',
      '2': 'Obtain consent, choose a relay coordinator (stafettholder) and agree the collaboration with the other service.',
      '3': 'The stafettholder calls an interdisciplinary meeting. Consider an individual plan and a child coordinator.'
    },
    suggestedRoutines: 'Routines for you'
  },
  directory: {
    servicesTitle: 'Services',
    toolsTitle: 'Tools',
    arenasTitle: 'Collaboration arenas',
    contactsTitle: 'Contacts',
    role: 'Role',
    mandate: 'Mandate',
    measuresPerTier: 'Measures per tier',
    reach: 'How to reach the service',
    phone: 'Phone',
    email: 'Email',
    web: 'Web page',
    hours: 'Opening hours',
    openDocument: 'Open the tool',
    purpose: 'Purpose',
    participants: 'Services taking part',
    frequency: 'Frequency',
    chair: 'Chair',
    consentRequired: 'Consent required',
    consentNotRequired: 'No consent required',
    agenda: 'Agenda',
    emergency: 'Emergency number',
    placeholderNumber: 'The number has not been set yet. Contact your administrator.',
    frequencies: { weekly: 'Weekly', biweekly: 'Every other week', monthly: 'Monthly', termly: 'Every term', yearly: 'Yearly', asNeeded: 'As needed' },
    notFound: 'Not found. It may have been removed or moved.',
    usedInRoutines: 'Used in the routines'
  },
  forMe: {
    title: 'For me',
    intro: 'Choose the service you work in and we show what concerns you first.',
    chooseService: 'My service',
    noService: 'All services',
    clear: 'Show everything',
    remembered: 'Your choice is remembered on this device.',
    urgentRoutines: 'Urgent – for everyone',
    none: 'None',
    filterActive: (service) => `Showing what concerns ${service}`
  },
  admin: {
    navLabel: 'Admin',
    loading: 'Loading the model with drafts …',
    loadFailed: 'Could not load the model from SharePoint.',
    retry: 'Try again',
    checkingAccess: 'Checking your permissions …',
    notAllowed: 'This part is for the project group. You do not have permission to change the model in SharePoint.'
  },
  theme: { label: 'Theme' },
  meetings: {
    bookButton: 'Book a meeting',
    bookArenaButton: (arena) => `Book a meeting: ${arena}`,
    loadingView: 'Opening the booking …',
    loadViewFailed: 'The booking could not be opened. Check the network connection and try again.'
  },
  evaluation: {
    nav: { feedback: 'Feedback', evaluate: 'Evaluation', triage: 'Triage feedback', results: 'Results', report: 'Yearly report' },
    common: {
      loading: 'Loading …',
      loadFailed: 'The data could not be loaded. Please try again.',
      retry: 'Try again'
    },
    feedback: {
      routineHeading: 'Feedback on this routine'
    }
  },
  privacy,
  hosting: hostingEn
};
