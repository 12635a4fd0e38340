import type { Strings } from './Strings';
import { nn as privacy } from './privacyStrings';
import { hostingNn } from './hostingStrings';

export const nn: Strings = {
  appName: 'Trygge Barn',
  loading: 'Hentar modellen …',
  loadFailed: 'Modellen kunne ikkje hentast. Sjekk nettilkoplinga og prøv igjen.',
  retry: 'Prøv igjen',
  skipToContent: 'Hopp til innhaldet',
  mainNavigation: 'Hovudmeny',
  menu: { open: 'Meny', close: 'Lukk menyen' },
  languageLabel: 'Språk',
  languageNames: { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' },
  nav: {
    home: 'Oversikt',
    guide: 'Eg er uroa',
    routines: 'Rutinar',
    services: 'Tenester',
    tools: 'Verktøy',
    arenas: 'Arenaer',
    contacts: 'Kontaktar',
    forMe: 'For meg'
  },
  urgentButton: 'Akutt: vald eller overgrep',
  urgentTitle: 'Mistanke om vald, seksuelle overgrep eller akutt fare',
  urgentIntro: 'Handle med ein gong. Dette går føre alle andre rutinar.',
  urgentDoNotContactParents: 'Ikkje kontakt foreldra før du har snakka med barnevernet eller politiet.',
  urgentCallNow: 'Ring barnevernet (etter kontortid: barnevernvakta) eller politiet no.',
  urgentDutyToReport:
    'Meldeplikt (barnevernslova § 13-2): Du skal melde frå til barnevernet utan hinder av teieplikt når du har grunn til å tru at eit barn blir mishandla eller utsett for alvorleg omsorgssvikt.',
  urgentDutyToAvert:
    'Avvergingsplikt (straffelova § 196): Du skal prøve å avverge alvorlege straffbare handlingar, til dømes ved å varsle politiet. Plikta gjeld utan hinder av teieplikt.',
  worryButton: 'Eg er uroa for eit barn',
  worryIntro: 'Svar på nokre enkle spørsmål, så finn du rett nivå og rutine.',
  searchLabel: 'Søk i modellen',
  searchPlaceholder: 'Søk etter rutinar, tenester, verktøy …',
  searchNoResults: 'Ingen treff. Prøv eit anna ord.',
  searchResultCount: (n) => (n === 1 ? '1 treff' : `${n} treff`),
  kinds: { routine: 'Rutine', service: 'Teneste', tool: 'Verktøy', arena: 'Arena', contact: 'Kontakt' },
  overview: {
    title: 'Modellen',
    intro: 'Vel ein fase, eit nivå eller ei teneste for å sjå rutinane som høyrer til.',
    matrixTitle: 'Fasar og nivå',
    tiersTitle: 'Tenestene på dei tre trinna',
    btiTitle: 'Nivå 0–3 (BTI)',
    noRoutines: 'Ingen rutinar',
    tiersIntro: 'Kva kvar teneste gjer på kvart trinn: frå tiltak for alle barn til tiltak for barn som treng meir hjelp.',
    serviceColumn: 'Teneste',
    noTask: 'Inga eiga oppgåve på dette trinnet',
    scrollHint: 'Tabellen er breiare enn skjermen: rull sidelengs for å sjå alle kolonnane.',
    routinesCount: (n) => (n === 1 ? '1 rutine' : `${n} rutinar`)
  },
  routine: {
    steps: 'Slik gjer du',
    what: 'Kva',
    how: 'Korleis',
    who: 'Kven',
    tools: 'Verktøy',
    deadline: 'Frist',
    responsible: 'Ansvarleg teneste',
    legalBasis: 'Lovgrunnlag',
    arenas: 'Arenaer',
    lastReviewed: 'Sist gått gjennom',
    nextReview: 'Neste gjennomgang',
    owner: 'Eigar',
    notReviewed: 'Ikkje registrert',
    print: 'Skriv ut',
    copyLink: 'Kopier lenke',
    linkCopied: 'Lenka er kopiert',
    openInTeams: 'Opne i Teams',
    back: 'Tilbake',
    notFound: 'Fann ikkje rutinen. Han kan vere fjerna eller ikkje publisert enno.',
    draft: 'Utkast',
    stepOf: (n, total) => `Steg ${n} av ${total}`,
    urgentBadge: 'Akutt'
  },
  guide: {
    title: 'Eg er uroa for eit barn',
    intro: 'Nokre få spørsmål hjelper deg å finne rett nivå og rutine.',
    privacyNote: 'Ikkje skriv namn eller andre opplysningar om barnet. Svara dine blir ikkje lagra.',
    yes: 'Ja',
    no: 'Nei',
    startOver: 'Start på nytt',
    previous: 'Førre spørsmål',
    questions: {
      danger: 'Mistenkjer du vald eller seksuelle overgrep, eller er barnet i akutt fare?',
      concrete: 'Kan du skildre kva du har sett eller høyrt, og har det vart ei stund?',
      ownService: 'Kan uroa følgjast opp innan di eiga teneste?',
      oneOtherService: 'Er det nok å samarbeide med éi anna teneste?'
    },
    hints: {
      danger: 'Til dømes skadar utan god forklaring, at barnet fortel om vald, eller seksualisert åtferd som ikkje passar alderen.',
      concrete: 'Skriv ned konkret kva du såg eller høyrde, når og kor ofte.',
      ownService: 'Til dømes tilrettelegging i barnehagen eller skulen, eller samtalar med helsesjukepleiar.',
      oneOtherService: 'Vel nei om barnet treng hjelp frå fleire tenester samtidig.'
    },
    outcomeTitle: 'Dette bør du gjere',
    outcomes: {
      urgent: 'Handle no – ikkje kontakt foreldra',
      '0': 'Nivå 0 – uro og undring',
      '1': 'Nivå 1 – tiltak i eiga teneste',
      '2': 'Nivå 2 – samarbeid mellom to tenester',
      '3': 'Nivå 3 – brei tverrfagleg innsats'
    },
    outcomeText: {
      urgent: 'Ring barnevernet eller barnevernvakta, eller politiet. Meldeplikta og avvergingsplikta går føre teieplikta.',
      '0': 'Gjer uroa konkret, drøft med ein kollega eller leiar, og snakk med barnet og foreldra. Bestem innan 14 dagar kva som skal skje vidare.',
      '1': 'Definer utfordringa, avtal tiltak med barnet og foreldra, set ein dato for evaluering.',
      '2': 'Innhent samtykke, vel ein stafetthaldar og avtal samarbeidet med den andre tenesta.',
      '3': 'Stafetthaldaren kallar inn til tverrfagleg møte. Vurder individuell plan og barnekoordinator.'
    },
    suggestedRoutines: 'Rutinar for deg'
  },
  directory: {
    servicesTitle: 'Tenester',
    toolsTitle: 'Verktøy',
    arenasTitle: 'Samarbeidsarenaer',
    contactsTitle: 'Kontaktar',
    role: 'Rolle',
    mandate: 'Mandat',
    measuresPerTier: 'Tiltak per trinn',
    reach: 'Slik når du tenesta',
    phone: 'Telefon',
    email: 'E-post',
    web: 'Nettside',
    hours: 'Opningstid',
    openDocument: 'Opne verktøyet',
    purpose: 'Føremål',
    participants: 'Tenester som deltek',
    frequency: 'Kor ofte',
    chair: 'Leiar',
    consentRequired: 'Krev samtykke',
    consentNotRequired: 'Krev ikkje samtykke',
    agenda: 'Agenda',
    emergency: 'Naudnummer',
    placeholderNumber: 'Nummeret er ikkje sett enno. Kontakt administrator.',
    frequencies: { weekly: 'Kvar veke', biweekly: 'Annakvar veke', monthly: 'Kvar månad', termly: 'Kvart semester', yearly: 'Kvart år', asNeeded: 'Ved behov' },
    notFound: 'Fann ikkje dette. Det kan vere fjerna eller flytta.',
    usedInRoutines: 'Blir brukt i rutinane'
  },
  forMe: {
    title: 'For meg',
    intro: 'Vel tenesta du jobbar i, så viser vi det som gjeld deg først.',
    chooseService: 'Mi teneste',
    noService: 'Alle tenester',
    clear: 'Vis alt',
    remembered: 'Valet blir hugsa på denne eininga.',
    urgentRoutines: 'Akutt – gjeld alle',
    none: 'Ingen',
    filterActive: (service) => `Viser det som gjeld ${service}`
  },
  admin: {
    navLabel: 'Administrasjon',
    loading: 'Hentar modellen med utkast …',
    loadFailed: 'Kunne ikkje hente modellen frå SharePoint.',
    retry: 'Prøv igjen',
    checkingAccess: 'Sjekkar rettane dine …',
    notAllowed: 'Denne delen er for prosjektgruppa. Du har ikkje rett til å endre modellen i SharePoint.'
  },
  theme: { label: 'Tema' },
  meetings: {
    bookButton: 'Set opp møte',
    bookArenaButton: (arena) => `Set opp møte: ${arena}`,
    loadingView: 'Opnar bookinga …',
    loadViewFailed: 'Bookinga kunne ikkje opnast. Sjekk nettsambandet og prøv igjen.'
  },
  evaluation: {
    nav: { feedback: 'Tilbakemelding', evaluate: 'Evaluering', triage: 'Handsam tilbakemeldingar', results: 'Resultat', report: 'Årsrapport' },
    common: {
      loading: 'Hentar …',
      loadFailed: 'Kunne ikkje hente dataa. Prøv igjen.',
      retry: 'Prøv igjen'
    },
    feedback: {
      routineHeading: 'Tilbakemelding på denne rutinen'
    }
  },
  privacy,
  hosting: hostingNn
};
