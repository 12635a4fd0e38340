import type { ActionStatus } from '../../core/model/ActionPlanItem';
import type { EvaluationForm, EvaluationNextStep, EvaluationQuestion } from '../../core/model/Evaluation';
import type { FeedbackStatus } from '../../core/model/Feedback';
import type { ReviewState } from '../../core/model/reviewStatus';
import type { PersonalDataKind } from '../../core/privacy';

/** The words of "evaluate and improve": feedback, evaluation forms, results, action plan, annual wheel, yearly report. */
export interface EvaluationStrings {
  nav: { feedback: string; evaluate: string; triage: string; results: string; report: string };
  common: {
    loading: string;
    loadFailed: string;
    retry: string;
    notAllowed: string;
    unreadable: (n: number) => string;
    required: string;
    monthNames: readonly string[];
    monthShort: readonly string[];
  };
  privacy: {
    title: string;
    intro: string;
    kinds: Record<PersonalDataKind, string>;
    finding: (text: string, kind: string) => string;
    edit: string;
    confirm: string;
  };
  feedback: {
    title: string;
    intro: string;
    routineHeading: string;
    subject: string;
    body: string;
    bodyHint: string;
    routine: string;
    noRoutine: string;
    giveName: string;
    anonymousNote: string;
    namedAs: (name: string) => string;
    send: string;
    sending: string;
    sent: string;
    sendAnother: string;
    failed: string;
  };
  form: {
    title: string;
    intro: string;
    who: string;
    forms: Record<EvaluationForm, string>;
    level: string;
    service: string;
    chooseService: string;
    period: string;
    scaleHint: string;
    dontKnow: string;
    questions: Record<EvaluationForm, Record<EvaluationQuestion, string>>;
    nextStep: string;
    nextSteps: Record<EvaluationNextStep, string>;
    notDecided: string;
    comment: string;
    commentHint: string;
    answerOne: string;
    send: string;
    sent: string;
    another: string;
    failed: string;
    noLevels: string;
  };
  hub: {
    title: string;
    intro: string;
    forProjectGroup: string;
    actionPlan: string;
    annualWheel: string;
  };
  triage: {
    title: string;
    intro: string;
    counts: (fresh: number, inProgress: number, done: number) => string;
    statuses: Record<FeedbackStatus, string>;
    status: string;
    routine: string;
    anonymous: string;
    from: (name: string) => string;
    received: (date: string) => string;
    save: string;
    saved: string;
    saveFailed: string;
    empty: string;
  };
  results: {
    title: string;
    intro: string;
    year: string;
    service: string;
    allServices: string;
    form: string;
    bothForms: string;
    count: (n: number) => string;
    mean: (mean: string) => string;
    noData: string;
    reading: (n: number) => string;
    byLevel: string;
    byQuestion: string;
    byService: string;
    byPeriod: string;
    nextSteps: string;
    questionShort: Record<EvaluationQuestion, string>;
    questionColumn: string;
    averageColumn: string;
    answersColumn: string;
    evaluationsColumn: string;
  };
  chart: {
    showTable: string;
    hideTable: string;
    noValue: string;
    /** In place of a mean from a single answer, which would show that person's own scores. */
    tooFew: string;
    /** The headline's note when there are too few evaluations for a mean. */
    tooFewForMean: string;
  };
  actionPlan: {
    title: string;
    intro: string;
    columns: { focusArea: string; goal: string; measure: string; targetGroup: string; responsibleUnits: string; deadline: string; status: string };
    statuses: Record<ActionStatus, string>;
    overdue: string;
    progress: (done: number, planned: number, percent: number) => string;
    overdueCount: (n: number) => string;
    noDeadline: string;
    empty: string;
  };
  wheel: {
    title: string;
    intro: string;
    figureLabel: string;
    now: (month: string) => string;
    listTitle: string;
    everyYears: (n: number) => string;
    audience: string;
    bookMeeting: (arena: string) => string;
    empty: string;
    nothing: string;
  };
  report: {
    title: (year: number) => string;
    subtitle: (municipality: string) => string;
    intro: string;
    year: string;
    print: string;
    madeOn: (date: string) => string;
    changesTitle: string;
    routinesTotal: (n: number) => string;
    added: (n: number) => string;
    reviewed: (n: number) => string;
    changedOnly: (n: number) => string;
    reviewTitle: string;
    reviewStates: Record<ReviewState, string>;
    overdueRoutines: string;
    evaluationsTitle: string;
    actionPlanTitle: string;
    feedbackTitle: string;
    feedbackSummary: (received: number, done: number) => string;
  };
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const nb: EvaluationStrings = {
  nav: { feedback: 'Tilbakemelding', evaluate: 'Evaluering', triage: 'Behandle tilbakemeldinger', results: 'Resultater', report: 'Årsrapport' },
  common: {
    loading: 'Henter …',
    loadFailed: 'Kunne ikke hente dataene. Prøv igjen.',
    retry: 'Prøv igjen',
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
    routineHeading: 'Tilbakemelding på denne rutinen',
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

export const nn: EvaluationStrings = {
  nav: { feedback: 'Tilbakemelding', evaluate: 'Evaluering', triage: 'Handsam tilbakemeldingar', results: 'Resultat', report: 'Årsrapport' },
  common: {
    loading: 'Hentar …',
    loadFailed: 'Kunne ikkje hente dataa. Prøv igjen.',
    retry: 'Prøv igjen',
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
    routineHeading: 'Tilbakemelding på denne rutinen',
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

export const en: EvaluationStrings = {
  nav: { feedback: 'Feedback', evaluate: 'Evaluation', triage: 'Triage feedback', results: 'Results', report: 'Yearly report' },
  common: {
    loading: 'Loading …',
    loadFailed: 'The data could not be loaded. Please try again.',
    retry: 'Try again',
    notAllowed: 'This is for the project group: you do not have permission to edit the model.',
    unreadable: (n) => `${plural(n, 'item', 'items')} in the list could not be read and ${n === 1 ? 'is' : 'are'} left out.`,
    required: 'Please fill in this field.',
    monthNames: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    monthShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
  },
  privacy: {
    title: 'This may be information about a child',
    intro: 'Trygge Barn must not store anything that could identify a child. Please check the text:',
    kinds: { name: 'a name', age: 'an age', dateOfBirth: 'a date of birth', birthNumber: 'a national identity number' },
    finding: (text, kind) => `“${text}” may be ${kind}`,
    edit: 'Edit the text',
    confirm: 'Send anyway – this is not about a child'
  },
  feedback: {
    title: 'Give feedback',
    intro: 'Everyone counts: tell us what works and what should be better in the model. Your feedback goes to the project group.',
    routineHeading: 'Feedback on this routine',
    subject: 'Subject',
    body: 'Your feedback',
    bodyHint: 'Do not write names, ages or anything else about a child or a family.',
    routine: 'Concerns routine (optional)',
    noRoutine: 'No particular routine',
    giveName: 'Include my name',
    anonymousNote: 'Without your name the project group sees the feedback anonymously. SharePoint still records who created the item, as it does for everything in its lists.',
    namedAs: (name) => `Sent with the name ${name}.`,
    send: 'Send feedback',
    sending: 'Sending …',
    sent: 'Thank you! Your feedback has been sent to the project group.',
    sendAnother: 'Send more',
    failed: 'Your feedback was not sent. Please try again.'
  },
  form: {
    title: 'Evaluation',
    intro:
      'Evaluate when a course of action ends or is reviewed: are we contributing to positive change, or must we try something new? The form stores only the month, level and service – never a name or a date of birth.',
    who: 'Who is filling in the form?',
    forms: { staff: 'Me as staff, after the course of action', together: 'Together with the child or the parents' },
    level: 'Level',
    service: 'Service',
    chooseService: 'Choose a service',
    period: 'Month',
    scaleHint: '1 = to a very small extent, 5 = to a very large extent.',
    dontKnow: "Don't know",
    questions: {
      staff: {
        heard: "Was the child's voice heard and taken seriously?",
        respect: 'Did the family experience respect and trust?',
        timely: 'Did help come at the right time?',
        change: 'Did the course of action contribute to positive change?',
        cooperation: 'Did the services work well together?'
      },
      together: {
        heard: 'Did you feel heard and taken seriously?',
        respect: 'Were you treated with respect?',
        timely: 'Did you get help when you needed it?',
        change: 'Has the help made things better?',
        cooperation: 'Did the people helping you work well together?'
      }
    },
    nextStep: 'What happens next?',
    nextSteps: { close: 'Close', continue: 'Continue on this level', moveUp: 'Move up a level' },
    notDecided: 'Not decided',
    comment: 'Comment (optional)',
    commentHint: 'What worked, and what should be done differently? Do not write names or anything else about the child.',
    answerOne: 'Answer at least one question.',
    send: 'Send evaluation',
    sent: 'Thank you! The evaluation has been saved.',
    another: 'Fill in another',
    failed: 'The evaluation was not saved. Please try again.',
    noLevels: 'The model has no levels to evaluate.'
  },
  hub: {
    title: 'Evaluate and improve',
    intro: 'The model is evaluated and improved all the time. Here you evaluate courses of action, give feedback and see the action plan and the annual wheel.',
    forProjectGroup: 'For the project group',
    actionPlan: 'Action plan',
    annualWheel: 'Annual wheel'
  },
  triage: {
    title: 'Feedback',
    intro: 'New feedback comes first. Set the status and link each piece of feedback to the routine it concerns.',
    counts: (fresh, inProgress, done) => `${fresh} new · ${inProgress} in progress · ${done} done`,
    statuses: { new: 'New', inProgress: 'In progress', done: 'Done' },
    status: 'Status',
    routine: 'Concerns routine',
    anonymous: 'Anonymous',
    from: (name) => `From ${name}`,
    received: (date) => `Received ${date}`,
    save: 'Save',
    saved: 'Saved.',
    saveFailed: 'The change was not saved. Please try again.',
    empty: 'No feedback yet.'
  },
  results: {
    title: 'Evaluation results',
    intro: 'Average scores from 1 to 5 per level, question, service and month. The figures come only from forms that hold nothing about the child.',
    year: 'Year',
    service: 'Service',
    allServices: 'All services',
    form: 'Form',
    bothForms: 'Both forms',
    count: (n) => plural(n, 'evaluation', 'evaluations'),
    mean: (mean) => `Average ${mean} of 5`,
    noData: 'No evaluations for this selection.',
    reading: (n) => `Reading evaluations … ${n}`,
    byLevel: 'Average score per level',
    byQuestion: 'Average score per question',
    byService: 'Average score per service',
    byPeriod: 'Evaluations per month',
    nextSteps: 'What happened next',
    questionShort: { heard: 'Heard', respect: 'Respect', timely: 'Timely', change: 'Change', cooperation: 'Cooperation' },
    questionColumn: 'Question',
    averageColumn: 'Average (1–5)',
    answersColumn: 'Answers',
    evaluationsColumn: 'Evaluations'
  },
  chart: { showTable: 'Show as a table', hideTable: 'Hide the table', noValue: 'No answers', tooFew: 'Too few answers', tooFewForMean: 'too few answers to show an average' },
  actionPlan: {
    title: 'Action plan',
    intro: "The measures of the municipality's plan, with status and deadline. Measures past their deadline and not done are marked.",
    columns: {
      focusArea: 'Focus area',
      goal: 'Goal',
      measure: 'Measure',
      targetGroup: 'Target group',
      responsibleUnits: 'Responsible units',
      deadline: 'Deadline',
      status: 'Status'
    },
    statuses: { notStarted: 'Not started', inProgress: 'In progress', done: 'Done', cancelled: 'Cancelled' },
    overdue: 'Overdue',
    progress: (done, planned, percent) => `${done} of ${planned} measures done (${percent}%)`,
    overdueCount: (n) => `${plural(n, 'measure is', 'measures are')} past the deadline`,
    noDeadline: 'No deadline',
    empty: 'The action plan is empty.'
  },
  wheel: {
    title: 'Annual wheel',
    intro: 'The fixed activities of the year, which keep the focus on children we are worried about. Choose an activity to read more.',
    figureLabel: 'Annual wheel with each activity placed on its month',
    now: (month) => `Now: ${month}`,
    listTitle: 'Activities month by month',
    everyYears: (n) => (n === 1 ? 'Every year' : `Every ${n} years`),
    audience: 'For whom',
    bookMeeting: (arena) => `Book a meeting: ${arena}`,
    empty: 'The annual wheel has no activities.',
    nothing: 'No activities'
  },
  report: {
    title: (year) => `Yearly report ${year}`,
    subtitle: (municipality) => `Trygge Barn · ${municipality}`,
    intro: "A summary for the municipality's annual report: changes to the model, routine reviews, evaluations and the action plan.",
    year: 'Year',
    print: 'Print or save as PDF',
    madeOn: (date) => `Made on ${date}`,
    changesTitle: 'Changes to the model',
    routinesTotal: (n) => `The model has ${plural(n, 'routine', 'routines')}.`,
    added: (n) => `New routines: ${n}`,
    reviewed: (n) => `Routines reviewed: ${n}`,
    changedOnly: (n) => `Changed without a review: ${n}`,
    reviewTitle: 'Review status of the routines',
    reviewStates: { overdue: 'Overdue', dueSoon: 'Due soon', current: 'Up to date', unknown: 'No date' },
    overdueRoutines: 'Routines past their review date',
    evaluationsTitle: 'Evaluations',
    actionPlanTitle: 'The action plan',
    feedbackTitle: 'Feedback ("Everyone counts")',
    feedbackSummary: (received, done) => `${received} received, ${done} dealt with.`
  }
};
