import type { EvaluationStrings } from './types';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const nn: EvaluationStrings = {
  common: {
    notAllowed: 'Dette er for prosjektgruppa: du har ikkje tilgang til å redigere modellen.',
    unreadable: (n) => `${n} element i lista kunne ikkje lesast og er haldne utanfor.`,
    required: 'Fyll ut dette feltet.',
    monthNames: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
    monthShort: ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des']
  },
  privacy: {
    title: 'Dette kan vere opplysningar om eit barn',
    intro: 'Trygge Barn skal ikkje lagre noko som kan identifisere eit barn. Sjå over teksten:',
    kinds: { name: 'eit namn', age: 'ein alder', dateOfBirth: 'ein fødselsdato', birthNumber: 'eit fødselsnummer' },
    finding: (text, kind) => `«${text}» kan vere ${kind}`,
    edit: 'Endre teksten',
    confirm: 'Send likevel – det er ikkje opplysningar om eit barn'
  },
  feedback: {
    title: 'Gi tilbakemelding',
    intro: 'Alle skal med: Sei frå om kva som fungerer og kva som bør bli betre i modellen. Tilbakemeldinga går til prosjektgruppa.',
    subject: 'Emne',
    body: 'Tilbakemelding',
    bodyHint: 'Ikkje skriv namn, alder eller andre opplysningar om barn eller familiar.',
    routine: 'Gjeld rutine (valfritt)',
    noRoutine: 'Inga bestemt rutine',
    giveName: 'Send med namnet mitt',
    anonymousNote:
      'Utan namn ser prosjektgruppa tilbakemeldinga anonymt. SharePoint lagrar likevel kven som oppretta elementet, slik det gjer for alt i listene.',
    namedAs: (name) => `Blir send med namnet ${name}.`,
    send: 'Send tilbakemelding',
    sending: 'Sender …',
    sent: 'Takk! Tilbakemeldinga er send til prosjektgruppa.',
    sendAnother: 'Send ei til',
    failed: 'Tilbakemeldinga vart ikkje send. Prøv igjen.'
  },
  form: {
    title: 'Evaluering',
    intro:
      'Evaluer når eit tiltak blir avslutta eller skal vurderast: Bidreg vi til positiv endring, eller må vi prøve noko nytt? Skjemaet lagrar berre månad, nivå og teneste – aldri namn eller fødselsdato.',
    who: 'Kven fyller ut?',
    forms: { staff: 'Eg som tilsett, etter tiltaket', together: 'Saman med barnet eller foreldra' },
    level: 'Nivå',
    service: 'Teneste',
    chooseService: 'Vel teneste',
    period: 'Månad',
    scaleHint: '1 = i svært liten grad, 5 = i svært stor grad.',
    dontKnow: 'Veit ikkje',
    questions: {
      staff: {
        heard: 'Vart stemma til barnet høyrd og teken på alvor?',
        respect: 'Opplevde familien respekt og tillit?',
        timely: 'Kom hjelpa til rett tid?',
        change: 'Bidrog tiltaket til positiv endring?',
        cooperation: 'Fungerte samarbeidet mellom tenestene?'
      },
      together: {
        heard: 'Følte du deg høyrd og teken på alvor?',
        respect: 'Vart du møtt med respekt?',
        timely: 'Fekk de hjelp då de trong det?',
        change: 'Har hjelpa gjort ting betre?',
        cooperation: 'Snakka dei som hjelper dykk, godt saman?'
      }
    },
    nextStep: 'Kva skjer vidare?',
    nextSteps: { close: 'Avslutte', continue: 'Halde fram på same nivå', moveUp: 'Gå til neste nivå' },
    notDecided: 'Ikkje bestemt',
    comment: 'Kommentar (valfritt)',
    commentHint: 'Kva fungerte, og kva bør gjerast annleis? Ikkje skriv namn eller andre opplysningar om barnet.',
    answerOne: 'Svar på minst eitt spørsmål.',
    send: 'Send evaluering',
    sent: 'Takk! Evalueringa er lagra.',
    another: 'Fyll ut ei ny',
    failed: 'Evalueringa vart ikkje lagra. Prøv igjen.',
    noLevels: 'Modellen har ingen nivå å evaluere.'
  },
  hub: {
    title: 'Evaluere og forbetre',
    intro: 'Modellen skal evaluerast og forbetrast heile tida. Her evaluerer du tiltak, gir tilbakemelding og ser handlingsplanen og årshjulet.',
    forProjectGroup: 'For prosjektgruppa',
    actionPlan: 'Handlingsplan',
    annualWheel: 'Årshjul'
  },
  triage: {
    title: 'Tilbakemeldingar',
    intro: 'Nye tilbakemeldingar står først. Set status og knyt kvar tilbakemelding til rutinen ho gjeld.',
    counts: (fresh, inProgress, done) => `${fresh} nye · ${inProgress} under arbeid · ${done} ferdige`,
    statuses: { new: 'Ny', inProgress: 'Under arbeid', done: 'Ferdig' },
    status: 'Status',
    routine: 'Gjeld rutine',
    anonymous: 'Anonym',
    from: (name) => `Frå ${name}`,
    received: (date) => `Motteken ${date}`,
    save: 'Lagre',
    saved: 'Lagra.',
    saveFailed: 'Endringa vart ikkje lagra. Prøv igjen.',
    empty: 'Ingen tilbakemeldingar enno.'
  },
  results: {
    title: 'Resultat av evalueringane',
    intro: 'Snittskår frå 1 til 5 per nivå, spørsmål, teneste og månad. Tala byggjer berre på skjema utan opplysningar om barnet.',
    year: 'År',
    service: 'Teneste',
    allServices: 'Alle tenester',
    form: 'Skjema',
    bothForms: 'Begge skjemaa',
    count: (n) => plural(n, 'evaluering', 'evalueringar'),
    mean: (mean) => `Snitt ${mean} av 5`,
    noData: 'Ingen evalueringar for dette utvalet.',
    reading: (n) => `Les evalueringar … ${n}`,
    byLevel: 'Snittskår per nivå',
    byQuestion: 'Snittskår per spørsmål',
    byService: 'Snittskår per teneste',
    byPeriod: 'Evalueringar per månad',
    nextSteps: 'Kva skjedde vidare',
    questionShort: { heard: 'Høyrd', respect: 'Respekt', timely: 'Rett tid', change: 'Endring', cooperation: 'Samarbeid' },
    questionColumn: 'Spørsmål',
    averageColumn: 'Snitt (1–5)',
    answersColumn: 'Tal på svar',
    evaluationsColumn: 'Tal på evalueringar'
  },
  chart: { showTable: 'Vis som tabell', hideTable: 'Skjul tabellen', noValue: 'Ingen svar', tooFew: 'For få svar', tooFewForMean: 'for få svar til å vise snitt' },
  actionPlan: {
    title: 'Handlingsplan',
    intro: 'Tiltaka i planen til kommunen, med status og frist. Tiltak som har passert fristen utan å vere gjennomførte, er merkte.',
    columns: {
      focusArea: 'Fokusområde',
      goal: 'Mål',
      measure: 'Tiltak',
      targetGroup: 'Målgruppe',
      responsibleUnits: 'Ansvarlege einingar',
      deadline: 'Frist',
      status: 'Status'
    },
    statuses: { notStarted: 'Ikkje starta', inProgress: 'Pågår', done: 'Gjennomført', cancelled: 'Avlyst' },
    overdue: 'Forfallen',
    progress: (done, planned, percent) => `${done} av ${planned} tiltak gjennomførte (${percent} %)`,
    overdueCount: (n) => `${n} tiltak har passert fristen`,
    noDeadline: 'Inga frist',
    empty: 'Handlingsplanen er tom.'
  },
  wheel: {
    title: 'Årshjul',
    intro: 'Dei faste aktivitetane i året, som held fokus på barn vi er uroa for. Vel ein aktivitet for å lese meir.',
    figureLabel: 'Årshjul med kvar aktivitet plassert på sin månad',
    now: (month) => `No: ${month}`,
    listTitle: 'Aktivitetar månad for månad',
    everyYears: (n) => (n === 1 ? 'Kvart år' : `Kvart ${n}. år`),
    audience: 'For kven',
    bookMeeting: (arena) => `Book møte: ${arena}`,
    empty: 'Årshjulet har ingen aktivitetar.',
    nothing: 'Ingen aktivitetar'
  },
  report: {
    title: (year) => `Årsrapport ${year}`,
    subtitle: (municipality) => `Trygge Barn · ${municipality}`,
    intro: 'Eit samandrag til årsrapporten til kommunen: endringar i modellen, gjennomgang av rutinar, evalueringar og handlingsplanen.',
    year: 'År',
    print: 'Skriv ut eller lagre som PDF',
    madeOn: (date) => `Laga ${date}`,
    changesTitle: 'Endringar i modellen',
    routinesTotal: (n) => `Modellen har ${plural(n, 'rutine', 'rutinar')}.`,
    added: (n) => `Nye rutinar: ${n}`,
    reviewed: (n) => `Rutinar gått gjennom: ${n}`,
    changedOnly: (n) => `Endra utan gjennomgang: ${n}`,
    reviewTitle: 'Status for gjennomgang av rutinar',
    reviewStates: { overdue: 'Forfallen', dueSoon: 'Forfell snart', current: 'I rute', unknown: 'Utan dato' },
    overdueRoutines: 'Rutinar som skulle vore gått gjennom',
    evaluationsTitle: 'Evalueringar',
    actionPlanTitle: 'Handlingsplanen',
    feedbackTitle: 'Tilbakemeldingar («Alle skal med»)',
    feedbackSummary: (received, done) => `${received} motteke, ${done} ferdig handsama.`
  }
};
