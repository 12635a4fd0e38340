import type { EvaluationStrings } from './types';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const nb: EvaluationStrings = {
  common: {
    notAllowed: 'Dette er for prosjektgruppen: du har ikke tilgang til å redigere modellen.',
    unreadable: (n) => `${plural(n, 'element', 'elementer')} i listen kunne ikke leses og er holdt utenfor.`,
    required: 'Fyll ut dette feltet.',
    monthNames: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
    monthShort: ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des']
  },
  privacy: {
    title: 'Dette kan være opplysninger om et barn',
    intro: 'Trygge Barn skal ikke lagre noe som kan identifisere et barn. Se over teksten:',
    kinds: { name: 'et navn', age: 'en alder', dateOfBirth: 'en fødselsdato', birthNumber: 'et fødselsnummer' },
    finding: (text, kind) => `«${text}» kan være ${kind}`,
    edit: 'Endre teksten',
    confirm: 'Send likevel – det er ikke opplysninger om et barn'
  },
  feedback: {
    title: 'Gi tilbakemelding',
    intro: 'Alle skal med: Si fra om hva som fungerer og hva som bør bli bedre i modellen. Tilbakemeldingen går til prosjektgruppen.',
    subject: 'Emne',
    body: 'Tilbakemelding',
    bodyHint: 'Ikke skriv navn, alder eller andre opplysninger om barn eller familier.',
    routine: 'Gjelder rutine (valgfritt)',
    noRoutine: 'Ingen bestemt rutine',
    giveName: 'Send med navnet mitt',
    anonymousNote:
      'Uten navn ser prosjektgruppen tilbakemeldingen anonymt. SharePoint lagrer likevel hvem som opprettet elementet, slik det gjør for alt i listene.',
    namedAs: (name) => `Sendes med navnet ${name}.`,
    send: 'Send tilbakemelding',
    sending: 'Sender …',
    sent: 'Takk! Tilbakemeldingen er sendt til prosjektgruppen.',
    sendAnother: 'Send en til',
    failed: 'Tilbakemeldingen ble ikke sendt. Prøv igjen.'
  },
  form: {
    title: 'Evaluering',
    intro:
      'Evaluer når et tiltak avsluttes eller skal vurderes: Bidrar vi til positiv endring, eller må vi prøve noe nytt? Skjemaet lagrer bare måned, nivå og tjeneste – aldri navn eller fødselsdato.',
    who: 'Hvem fyller ut?',
    forms: { staff: 'Jeg som ansatt, etter tiltaket', together: 'Sammen med barnet eller foreldrene' },
    level: 'Nivå',
    service: 'Tjeneste',
    chooseService: 'Velg tjeneste',
    period: 'Måned',
    scaleHint: '1 = i svært liten grad, 5 = i svært stor grad.',
    dontKnow: 'Vet ikke',
    questions: {
      staff: {
        heard: 'Ble barnets stemme hørt og tatt på alvor?',
        respect: 'Opplevde familien respekt og tillit?',
        timely: 'Kom hjelpen til rett tid?',
        change: 'Bidro tiltaket til positiv endring?',
        cooperation: 'Fungerte samarbeidet mellom tjenestene?'
      },
      together: {
        heard: 'Følte du deg hørt og tatt på alvor?',
        respect: 'Ble du møtt med respekt?',
        timely: 'Fikk dere hjelp da dere trengte det?',
        change: 'Har hjelpen gjort ting bedre?',
        cooperation: 'Snakket de som hjelper dere, godt sammen?'
      }
    },
    nextStep: 'Hva skjer videre?',
    nextSteps: { close: 'Avslutte', continue: 'Fortsette på samme nivå', moveUp: 'Gå til neste nivå' },
    notDecided: 'Ikke bestemt',
    comment: 'Kommentar (valgfritt)',
    commentHint: 'Hva fungerte, og hva bør gjøres annerledes? Ikke skriv navn eller andre opplysninger om barnet.',
    answerOne: 'Svar på minst ett spørsmål.',
    send: 'Send evaluering',
    sent: 'Takk! Evalueringen er lagret.',
    another: 'Fyll ut en ny',
    failed: 'Evalueringen ble ikke lagret. Prøv igjen.',
    noLevels: 'Modellen har ingen nivåer å evaluere.'
  },
  hub: {
    title: 'Evaluere og forbedre',
    intro: 'Modellen skal evalueres og forbedres hele tiden. Her evaluerer du tiltak, gir tilbakemelding og ser handlingsplanen og årshjulet.',
    forProjectGroup: 'For prosjektgruppen',
    actionPlan: 'Handlingsplan',
    annualWheel: 'Årshjul'
  },
  triage: {
    title: 'Tilbakemeldinger',
    intro: 'Nye tilbakemeldinger står først. Sett status og knytt hver tilbakemelding til rutinen den gjelder.',
    counts: (fresh, inProgress, done) => `${fresh} nye · ${inProgress} under arbeid · ${done} ferdige`,
    statuses: { new: 'Ny', inProgress: 'Under arbeid', done: 'Ferdig' },
    status: 'Status',
    routine: 'Gjelder rutine',
    anonymous: 'Anonym',
    from: (name) => `Fra ${name}`,
    received: (date) => `Mottatt ${date}`,
    save: 'Lagre',
    saved: 'Lagret.',
    saveFailed: 'Endringen ble ikke lagret. Prøv igjen.',
    empty: 'Ingen tilbakemeldinger ennå.'
  },
  results: {
    title: 'Resultater av evalueringene',
    intro: 'Snittskår fra 1 til 5 per nivå, spørsmål, tjeneste og måned. Tallene bygger bare på skjemaer uten opplysninger om barnet.',
    year: 'År',
    service: 'Tjeneste',
    allServices: 'Alle tjenester',
    form: 'Skjema',
    bothForms: 'Begge skjemaene',
    count: (n) => plural(n, 'evaluering', 'evalueringer'),
    mean: (mean) => `Snitt ${mean} av 5`,
    noData: 'Ingen evalueringer for dette utvalget.',
    reading: (n) => `Leser evalueringer … ${n}`,
    byLevel: 'Snittskår per nivå',
    byQuestion: 'Snittskår per spørsmål',
    byService: 'Snittskår per tjeneste',
    byPeriod: 'Evalueringer per måned',
    nextSteps: 'Hva skjedde videre',
    questionShort: { heard: 'Hørt', respect: 'Respekt', timely: 'Rett tid', change: 'Endring', cooperation: 'Samarbeid' },
    questionColumn: 'Spørsmål',
    averageColumn: 'Snitt (1–5)',
    answersColumn: 'Antall svar',
    evaluationsColumn: 'Antall evalueringer'
  },
  chart: { showTable: 'Vis som tabell', hideTable: 'Skjul tabellen', noValue: 'Ingen svar', tooFew: 'For få svar', tooFewForMean: 'for få svar til å vise snitt' },
  actionPlan: {
    title: 'Handlingsplan',
    intro: 'Tiltakene i kommunens plan, med status og frist. Tiltak som har passert fristen uten å være gjennomført, er merket.',
    columns: {
      focusArea: 'Fokusområde',
      goal: 'Mål',
      measure: 'Tiltak',
      targetGroup: 'Målgruppe',
      responsibleUnits: 'Ansvarlige enheter',
      deadline: 'Frist',
      status: 'Status'
    },
    statuses: { notStarted: 'Ikke startet', inProgress: 'Pågår', done: 'Gjennomført', cancelled: 'Avlyst' },
    overdue: 'Forfalt',
    progress: (done, planned, percent) => `${done} av ${planned} tiltak gjennomført (${percent} %)`,
    overdueCount: (n) => `${n} tiltak har passert fristen`,
    noDeadline: 'Ingen frist',
    empty: 'Handlingsplanen er tom.'
  },
  wheel: {
    title: 'Årshjul',
    intro: 'Årets faste aktiviteter, som holder fokus på barn vi er bekymret for. Velg en aktivitet for å lese mer.',
    figureLabel: 'Årshjul med hver aktivitet plassert på sin måned',
    now: (month) => `Nå: ${month}`,
    listTitle: 'Aktiviteter måned for måned',
    everyYears: (n) => (n === 1 ? 'Hvert år' : `Hvert ${n}. år`),
    audience: 'For hvem',
    bookMeeting: (arena) => `Book møte: ${arena}`,
    empty: 'Årshjulet har ingen aktiviteter.',
    nothing: 'Ingen aktiviteter'
  },
  report: {
    title: (year) => `Årsrapport ${year}`,
    subtitle: (municipality) => `Trygge Barn · ${municipality}`,
    intro: 'Et sammendrag til kommunens årsrapport: endringer i modellen, gjennomgang av rutiner, evalueringer og handlingsplanen.',
    year: 'År',
    print: 'Skriv ut eller lagre som PDF',
    madeOn: (date) => `Laget ${date}`,
    changesTitle: 'Endringer i modellen',
    routinesTotal: (n) => `Modellen har ${plural(n, 'rutine', 'rutiner')}.`,
    added: (n) => `Nye rutiner: ${n}`,
    reviewed: (n) => `Gjennomgåtte rutiner: ${n}`,
    changedOnly: (n) => `Endret uten gjennomgang: ${n}`,
    reviewTitle: 'Status for gjennomgang av rutiner',
    reviewStates: { overdue: 'Forfalt', dueSoon: 'Forfaller snart', current: 'I rute', unknown: 'Uten dato' },
    overdueRoutines: 'Rutiner som skulle vært gjennomgått',
    evaluationsTitle: 'Evalueringer',
    actionPlanTitle: 'Handlingsplanen',
    feedbackTitle: 'Tilbakemeldinger («Alle skal med»)',
    feedbackSummary: (received, done) => `${received} mottatt, ${done} ferdig behandlet.`
  }
};
