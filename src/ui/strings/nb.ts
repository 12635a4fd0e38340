import type { Strings } from './Strings';
import { nb as privacy } from './privacyStrings';
import { hostingNb } from './hostingStrings';

export const nb: Strings = {
  appName: 'Trygge Barn',
  loading: 'Henter modellen …',
  loadFailed: 'Modellen kunne ikke hentes. Sjekk nettforbindelsen og prøv igjen.',
  retry: 'Prøv igjen',
  skipToContent: 'Hopp til innholdet',
  mainNavigation: 'Hovedmeny',
  menu: { open: 'Meny', close: 'Lukk menyen' },
  languageLabel: 'Språk',
  languageNames: { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' },
  nav: {
    home: 'Oversikt',
    guide: 'Jeg er bekymret',
    routines: 'Rutiner',
    services: 'Tjenester',
    tools: 'Verktøy',
    arenas: 'Arenaer',
    contacts: 'Kontakter',
    forMe: 'For meg'
  },
  urgentButton: 'Akutt: vold eller overgrep',
  urgentTitle: 'Mistanke om vold, seksuelle overgrep eller akutt fare',
  urgentIntro: 'Handle med en gang. Dette går foran alle andre rutiner.',
  urgentDoNotContactParents: 'Ikke kontakt foreldrene før du har snakket med barnevernet eller politiet.',
  urgentCallNow: 'Ring barnevernet (etter kontortid: barnevernvakten) eller politiet nå.',
  urgentDutyToReport:
    'Meldeplikt (barnevernsloven § 13-2): Du skal melde fra til barnevernet uten hinder av taushetsplikt når du har grunn til å tro at et barn blir mishandlet eller utsatt for alvorlig omsorgssvikt.',
  urgentDutyToAvert:
    'Avvergeplikt (straffeloven § 196): Du skal forsøke å avverge alvorlige straffbare handlinger, for eksempel ved å varsle politiet. Plikten gjelder uten hinder av taushetsplikt.',
  worryButton: 'Jeg er bekymret for et barn',
  worryIntro: 'Svar på noen enkle spørsmål, så finner du riktig nivå og rutine.',
  searchLabel: 'Søk i modellen',
  searchPlaceholder: 'Søk etter rutiner, tjenester, verktøy …',
  searchNoResults: 'Ingen treff. Prøv et annet ord.',
  searchResultCount: (n) => (n === 1 ? '1 treff' : `${n} treff`),
  kinds: { routine: 'Rutine', service: 'Tjeneste', tool: 'Verktøy', arena: 'Arena', contact: 'Kontakt' },
  overview: {
    title: 'Modellen',
    intro: 'Velg en fase, et nivå eller en tjeneste for å se rutinene som hører til.',
    matrixTitle: 'Faser og nivåer',
    tiersTitle: 'Tjenestene på de tre trinnene',
    btiTitle: 'Nivå 0–3 (BTI)',
    noRoutines: 'Ingen rutiner',
    tiersIntro: 'Hva hver tjeneste gjør på hvert trinn: fra tiltak for alle barn til tiltak for barn som trenger mer hjelp.',
    serviceColumn: 'Tjeneste',
    noTask: 'Ingen egen oppgave på dette trinnet',
    scrollHint: 'Tabellen er bredere enn skjermen: rull sideveis for å se alle kolonnene.',
    routinesCount: (n) => (n === 1 ? '1 rutine' : `${n} rutiner`)
  },
  routine: {
    steps: 'Slik gjør du',
    what: 'Hva',
    how: 'Hvordan',
    who: 'Hvem',
    tools: 'Verktøy',
    deadline: 'Frist',
    responsible: 'Ansvarlig tjeneste',
    legalBasis: 'Lovgrunnlag',
    arenas: 'Arenaer',
    lastReviewed: 'Sist gjennomgått',
    nextReview: 'Neste gjennomgang',
    owner: 'Eier',
    notReviewed: 'Ikke registrert',
    print: 'Skriv ut',
    copyLink: 'Kopier lenke',
    linkCopied: 'Lenken er kopiert',
    openInTeams: 'Åpne i Teams',
    back: 'Tilbake',
    notFound: 'Fant ikke rutinen. Den kan være fjernet eller ikke publisert ennå.',
    draft: 'Utkast',
    stepOf: (n, total) => `Trinn ${n} av ${total}`,
    urgentBadge: 'Akutt'
  },
  guide: {
    title: 'Jeg er bekymret for et barn',
    intro: 'Noen få spørsmål hjelper deg å finne riktig nivå og rutine.',
    privacyNote: 'Ikke skriv navn eller andre opplysninger om barnet. Svarene dine lagres ikke.',
    yes: 'Ja',
    no: 'Nei',
    startOver: 'Start på nytt',
    previous: 'Forrige spørsmål',
    questions: {
      danger: 'Mistenker du vold eller seksuelle overgrep, eller er barnet i akutt fare?',
      concrete: 'Kan du beskrive hva du har sett eller hørt, og har det vart en stund?',
      ownService: 'Kan bekymringen følges opp innen din egen tjeneste?',
      oneOtherService: 'Holder det å samarbeide med én annen tjeneste?'
    },
    hints: {
      danger: 'For eksempel skader uten god forklaring, at barnet forteller om vold, eller seksualisert atferd som ikke passer alderen.',
      concrete: 'Skriv ned konkret hva du så eller hørte, når og hvor ofte.',
      ownService: 'For eksempel tilrettelegging i barnehagen eller skolen, eller samtaler med helsesykepleier.',
      oneOtherService: 'Velg nei hvis barnet trenger hjelp fra flere tjenester samtidig.'
    },
    outcomeTitle: 'Dette bør du gjøre',
    outcomes: {
      urgent: 'Handle nå – ikke kontakt foreldrene',
      '0': 'Nivå 0 – uro og undring',
      '1': 'Nivå 1 – tiltak i egen tjeneste',
      '2': 'Nivå 2 – samarbeid mellom to tjenester',
      '3': 'Nivå 3 – bred tverrfaglig innsats'
    },
    outcomeText: {
      urgent: 'Ring barnevernet eller barnevernvakten, eller politiet. Meldeplikten og avvergeplikten går foran taushetsplikten.',
      '0': 'Gjør uroen konkret, drøft med en kollega eller leder, og snakk med barnet og foreldrene. Bestem innen 14 dager hva som skal skje videre.',
      '1': 'Definer utfordringen, avtal tiltak med barnet og foreldrene, sett en dato for evaluering.',
      '2': 'Innhent samtykke, velg en stafettholder og avtal samarbeidet med den andre tjenesten.',
      '3': 'Stafettholderen kaller inn til tverrfaglig møte. Vurder individuell plan og barnekoordinator.'
    },
    suggestedRoutines: 'Rutiner for deg'
  },
  directory: {
    servicesTitle: 'Tjenester',
    toolsTitle: 'Verktøy',
    arenasTitle: 'Samarbeidsarenaer',
    contactsTitle: 'Kontakter',
    role: 'Rolle',
    mandate: 'Mandat',
    measuresPerTier: 'Tiltak per trinn',
    reach: 'Slik når du tjenesten',
    phone: 'Telefon',
    email: 'E-post',
    web: 'Nettside',
    hours: 'Åpningstid',
    openDocument: 'Åpne verktøyet',
    purpose: 'Formål',
    participants: 'Tjenester som deltar',
    frequency: 'Hyppighet',
    chair: 'Leder',
    consentRequired: 'Krever samtykke',
    consentNotRequired: 'Krever ikke samtykke',
    agenda: 'Agenda',
    emergency: 'Nødnummer',
    placeholderNumber: 'Nummeret er ikke satt ennå. Kontakt administrator.',
    frequencies: { weekly: 'Hver uke', biweekly: 'Annenhver uke', monthly: 'Hver måned', termly: 'Hvert semester', yearly: 'Hvert år', asNeeded: 'Ved behov' },
    notFound: 'Fant ikke dette. Det kan være fjernet eller flyttet.',
    usedInRoutines: 'Brukes i rutinene'
  },
  forMe: {
    title: 'For meg',
    intro: 'Velg tjenesten du jobber i, så viser vi det som gjelder deg først.',
    chooseService: 'Min tjeneste',
    noService: 'Alle tjenester',
    clear: 'Vis alt',
    remembered: 'Valget huskes på denne enheten.',
    urgentRoutines: 'Akutt – gjelder alle',
    none: 'Ingen',
    filterActive: (service) => `Viser det som gjelder ${service}`
  },
  admin: {
    navLabel: 'Administrasjon',
    loading: 'Henter modellen med utkast …',
    loadFailed: 'Kunne ikke hente modellen fra SharePoint.',
    retry: 'Prøv igjen',
    checkingAccess: 'Sjekker rettighetene dine …',
    notAllowed: 'Denne delen er for prosjektgruppa. Du har ikke rettighet til å endre modellen i SharePoint.'
  },
  theme: { label: 'Tema' },
  meetings: {
    bookButton: 'Book møte',
    bookArenaButton: (arena) => `Book møte: ${arena}`,
    loadingView: 'Åpner bookingen …',
    loadViewFailed: 'Bookingen kunne ikke åpnes. Sjekk nettforbindelsen og prøv igjen.'
  },
  evaluation: {
    nav: { feedback: 'Tilbakemelding', evaluate: 'Evaluering', triage: 'Behandle tilbakemeldinger', results: 'Resultater', report: 'Årsrapport' },
    common: {
      loading: 'Henter …',
      loadFailed: 'Kunne ikke hente dataene. Prøv igjen.',
      retry: 'Prøv igjen'
    },
    feedback: {
      routineHeading: 'Tilbakemelding på denne rutinen'
    }
  },
  privacy,
  hosting: hostingNb
};
