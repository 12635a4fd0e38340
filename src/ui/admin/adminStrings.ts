import type { ReviewState } from '../../core/model/reviewStatus';
import type { Routine } from '../../core/model/Routine';
import type { WriteFailure } from '../../data/ports/WriteFailure';

/** The routine fields a conflict can show, named as admins know them. */
type ComparedField = keyof Pick<
  Routine,
  'title' | 'summary' | 'steps' | 'status' | 'owner' | 'responsibleService' | 'legalBasis' | 'lastReviewed' | 'nextReview' | 'placements' | 'arenas' | 'audience' | 'urgent'
>;

/** Every string of the admin views (editing, review, provisioning, import/export), in nb, nn and en. */
export interface AdminStrings {
  /** Items the mapping skipped, shown to admins (used before the admin views existed; kept). */
  issuesTitle: (n: number) => string;
  issuesIntro: string;
  issueLine: (list: string, item: string, field: string, message: string) => string;

  navLabel: string;
  title: string;
  intro: string;
  sectionsLabel: string;
  sections: { routines: string; review: string; readiness: string; transfer: string; setup: string };
  loading: string;
  loadFailed: string;
  retry: string;
  checkingAccess: string;
  notAllowed: string;
  failures: Record<WriteFailure, string>;

  routinesTitle: string;
  routinesIntro: string;
  routinesCaption: string;
  columns: { title: string; status: string; owner: string; nextReview: string; changed: string };
  status: { draft: string; published: string };
  noDate: string;
  changedOn: (date: string, who: string | undefined) => string;
  editRoutine: (title: string) => string;

  editorTitle: (title: string) => string;
  backToList: string;
  notFound: string;
  fields: Record<ComparedField, string>;
  stepsTitle: string;
  stepsHint: string;
  stepLegend: (n: number, total: number) => string;
  step: { what: string; how: string; who: string; deadline: string; tools: string };
  toolsChosen: (n: number) => string;
  addStep: string;
  /** Step buttons; each is described by its step's legend ("Trinn 2 av 4"). */
  moveUp: string;
  moveDown: string;
  removeStep: string;
  save: string;
  saving: string;
  discard: string;
  publish: string;
  unpublish: string;
  noChanges: string;
  unsavedChanges: string;
  saved: string;
  publishedNow: string;
  unpublishedNow: string;
  fixProblems: (n: number) => string;
  validation: {
    required: string;
    tooLong: (length: number, limit: number) => string;
    noSteps: string;
    tooManySteps: (count: number, limit: number) => string;
    noWhat: string;
  };
  previewTitle: string;
  previewDraftNote: string;
  versionHistory: string;
  lastChanged: (date: string, who: string | undefined) => string;
  editInListNote: string;

  conflictTitle: string;
  conflictIntro: (who: string | undefined, when: string | undefined) => string;
  conflictCaption: string;
  conflictColumns: { field: string; mine: string; theirs: string; changedBy: string };
  changedBy: { me: string; them: string; both: string };
  keepMine: string;
  keepMineHint: string;
  takeTheirs: string;
  takeTheirsHint: string;
  keptMine: string;
  tookTheirs: string;
  empty: string;
  yes: string;
  no: string;

  reviewTitle: string;
  reviewIntro: string;
  reviewCounts: (overdue: number, dueSoon: number, unknown: number) => string;
  groupBy: string;
  byOwner: string;
  byService: string;
  noOwner: string;
  noService: string;
  reviewState: Record<ReviewState, string>;
  reviewColumns: { routine: string; state: string; nextReview: string; action: string };
  markReviewed: string;
  markReviewedLabel: (title: string) => string;
  markedReviewed: (title: string, next: string) => string;
  changedMeanwhile: (title: string) => string;
  remind: string;
  remindLabel: (owner: string) => string;
  reminderSubject: (municipality: string) => string;
  reminderBody: (owner: string, routines: string, interval: number) => string;
  reminderLine: (title: string, state: string, link: string) => string;
  reminderNote: string;
  /** Beside a reminder whose owner has no e-mail address in the model. */
  reminderNoAddress: (owner: string) => string;
  nothingDue: string;

  transferTitle: string;
  exportTitle: string;
  exportIntro: string;
  exportButton: string;
  exporting: string;
  exported: (file: string) => string;
  exportSkipped: (n: number) => string;
  importTitle: string;
  importIntro: string;
  chooseFile: string;
  checkingFile: string;
  problemsTitle: (n: number) => string;
  problemsIntro: string;
  problemsCaption: string;
  problemColumns: { where: string; row: string; field: string; message: string };
  planTitle: string;
  planIntro: string;
  planCaption: string;
  planColumns: { list: string; create: string; update: string; unchanged: string; onlyOnSite: string };
  onlyOnSiteNote: string;
  nothingToImport: string;
  importButton: string;
  cancel: string;
  importing: (done: number, total: number) => string;
  rollingBack: (done: number, total: number) => string;
  imported: (n: number) => string;
  rolledBack: (list: string, ref: string, reason: string) => string;
  rollbackProblems: string;

  setupTitle: string;
  setupIntro: string;
  checkingSite: string;
  setupNotAllowed: string;
  upToDate: (version: number) => string;
  changesNeeded: (n: number, version: number) => string;
  setupButton: string;
  settingUp: (done: number, total: number) => string;
  setupDone: (n: number) => string;
  setupStopped: (action: string, reason: string) => string;
  setupWarningsTitle: string;
  setupOffer: string;
  actions: {
    createList: (list: string) => string;
    renameList: (from: string, list: string) => string;
    configureTitleField: (list: string) => string;
    addField: (list: string, field: string) => string;
    indexField: (list: string, field: string) => string;
    enableVersioning: (list: string) => string;
    disableContentApproval: (list: string) => string;
    createEditorsGroup: (group: string) => string;
    breakInheritance: (list: string) => string;
    grantRole: (list: string, principal: string, level: string) => string;
    setItemSecurity: (list: string) => string;
  };
}

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

export const nb: AdminStrings = {
  issuesTitle: (n) => (n === 1 ? '1 element i listene har feil' : `${n} elementer i listene har feil`),
  issuesIntro: 'Disse elementene vises ikke for ansatte før de er rettet i SharePoint-listene:',
  issueLine: (list, item, field, message) => `${list}, element ${item}, felt ${field}: ${message}`,

  navLabel: 'Administrasjon',
  title: 'Administrasjon av modellen',
  intro:
    'Prosjektgruppa holder modellen oppdatert her og i SharePoint-listene. Tjenester, verktøy, arenaer og kontakter redigeres rett i listene; rutinenes trinn, gjennomgang og import/eksport gjøres her.',
  sectionsLabel: 'Administrasjon',
  sections: { routines: 'Rutiner', review: 'Gjennomgang', readiness: 'Klar til bruk', transfer: 'Import og eksport', setup: 'Oppsett av nettstedet' },
  loading: 'Henter modellen med utkast …',
  loadFailed: 'Kunne ikke hente modellen fra SharePoint.',
  retry: 'Prøv igjen',
  checkingAccess: 'Sjekker rettighetene dine …',
  notAllowed: 'Denne delen er for prosjektgruppa. Du har ikke rettighet til å endre modellen i SharePoint.',
  failures: {
    denied: 'SharePoint avviste endringen: du har ikke rettighet til å endre dette. Ingenting er lagret.',
    conflict: 'Noen andre har endret dette i mellomtiden. Ingenting er overskrevet.',
    invalid: 'SharePoint avviste verdiene. Ingenting er lagret.',
    notFound: 'Elementet finnes ikke lenger i listen.',
    unavailable: 'SharePoint svarte ikke. Ingenting er lagret; prøv igjen om litt.',
    unknown: 'Svaret fra SharePoint kom bort, og vi fikk ikke sjekket om endringen ble lagret. Last inn siden på nytt og se før du prøver igjen.'
  },

  routinesTitle: 'Rutiner',
  routinesIntro: 'Alle rutiner, også utkast. Bare publiserte rutiner vises for ansatte.',
  routinesCaption: 'Rutiner med status, eier, neste gjennomgang og siste endring',
  columns: { title: 'Rutine', status: 'Status', owner: 'Eier', nextReview: 'Neste gjennomgang', changed: 'Sist endret' },
  status: { draft: 'Utkast', published: 'Publisert' },
  noDate: 'Ingen dato',
  changedOn: (date, who) => (who ? `${date} av ${who}` : date),
  editRoutine: (title) => `Rediger ${title}`,

  editorTitle: (title) => `Rediger rutine: ${title}`,
  backToList: 'Tilbake til rutinene',
  notFound: 'Fant ikke rutinen. Den kan være slettet i listen.',
  fields: {
    title: 'Tittel',
    summary: 'Sammendrag',
    steps: 'Trinn',
    status: 'Status',
    owner: 'Eier',
    responsibleService: 'Ansvarlig tjeneste',
    legalBasis: 'Lovgrunnlag',
    lastReviewed: 'Sist gjennomgått',
    nextReview: 'Neste gjennomgang',
    placements: 'Plassering i modellen',
    arenas: 'Arenaer',
    audience: 'Mest aktuell for',
    urgent: 'Akutt (vold/overgrep)'
  },
  stepsTitle: 'Trinn',
  stepsHint: 'Hvert trinn sier hva, hvordan, hvem og med hvilket verktøy, med frist der det finnes en.',
  stepLegend: (n, total) => `Trinn ${n} av ${total}`,
  step: { what: 'Hva', how: 'Hvordan', who: 'Hvem', deadline: 'Frist', tools: 'Verktøy' },
  toolsChosen: (n) => `Verktøy (${n} valgt)`,
  addStep: 'Legg til trinn',
  moveUp: 'Flytt opp',
  moveDown: 'Flytt ned',
  removeStep: 'Fjern trinnet',
  save: 'Lagre',
  saving: 'Lagrer …',
  discard: 'Forkast endringene',
  publish: 'Publiser',
  unpublish: 'Gjør om til utkast',
  noChanges: 'Ingen endringer å lagre.',
  unsavedChanges: 'Du har endringer som ikke er lagret.',
  saved: 'Endringene er lagret.',
  publishedNow: 'Rutinen er publisert og vises nå for ansatte.',
  unpublishedNow: 'Rutinen er et utkast og vises ikke lenger for ansatte.',
  fixProblems: (n) => (n === 1 ? 'Rett feilen før du lagrer.' : `Rett de ${n} feilene før du lagrer.`),
  validation: {
    required: 'Må fylles ut.',
    tooLong: (length, limit) => `Er ${length} tegn lang; grensen er ${limit}.`,
    noSteps: 'Rutinen må ha minst ett trinn.',
    tooManySteps: (count, limit) => `Har ${count} trinn; grensen er ${limit}.`,
    noWhat: 'Trinnet må si hva som skal gjøres.'
  },
  previewTitle: 'Forhåndsvisning: slik ser ansatte rutinen',
  previewDraftNote: 'Rutinen er et utkast. Ansatte ser den først når den er publisert.',
  versionHistory: 'Versjonshistorikk i SharePoint',
  lastChanged: (date, who) => (who ? `Sist endret ${date} av ${who}.` : `Sist endret ${date}.`),
  editInListNote: 'Eier, ansvarlig tjeneste, lovgrunnlag, plassering og arenaer redigeres i listen «TB Rutiner».',

  conflictTitle: 'Noen andre har lagret rutinen mens du redigerte',
  conflictIntro: (who, when) =>
    `${who ?? 'Noen'} lagret en nyere versjon${when ? ` ${when}` : ''}. Ingenting er overskrevet. Se forskjellene og velg hva som skal gjelde.`,
  conflictCaption: 'Felt der din versjon og den lagrede versjonen er ulike',
  conflictColumns: { field: 'Felt', mine: 'Din versjon', theirs: 'Lagret versjon', changedBy: 'Endret av' },
  changedBy: { me: 'deg', them: 'den andre', both: 'begge' },
  keepMine: 'Behold min versjon',
  keepMineHint: 'Lagrer feltene du har endret over den nyere versjonen. Feltene bare den andre endret, beholdes.',
  takeTheirs: 'Bruk den lagrede versjonen',
  takeTheirsHint: 'Forkaster endringene dine og viser den lagrede versjonen.',
  keptMine: 'Din versjon er lagret over den nyere.',
  tookTheirs: 'Endringene dine er forkastet. Du ser nå den lagrede versjonen.',
  empty: '(tomt)',
  yes: 'Ja',
  no: 'Nei',

  reviewTitle: 'Gjennomgang av rutiner',
  reviewIntro: 'Rutiner som har passert datoen for gjennomgang, som skal gjennomgås innen 30 dager, eller som mangler dato.',
  reviewCounts: (overdue, dueSoon, unknown) => `${overdue} forfalt · ${dueSoon} forfaller snart · ${unknown} uten dato`,
  groupBy: 'Grupper etter',
  byOwner: 'Eier',
  byService: 'Ansvarlig tjeneste',
  noOwner: 'Uten eier',
  noService: 'Uten ansvarlig tjeneste',
  reviewState: { overdue: 'Forfalt', dueSoon: 'Forfaller snart', unknown: 'Mangler dato', current: 'Oppdatert' },
  reviewColumns: { routine: 'Rutine', state: 'Status', nextReview: 'Neste gjennomgang', action: 'Handling' },
  markReviewed: 'Merk som gjennomgått',
  markReviewedLabel: (title) => `Merk ${title} som gjennomgått i dag`,
  markedReviewed: (title, next) => `${title} er merket som gjennomgått. Neste gjennomgang: ${next}.`,
  changedMeanwhile: (title) => `${title} ble endret av noen andre i mellomtiden. Listen er oppdatert; prøv igjen.`,
  remind: 'Send påminnelse',
  remindLabel: (owner) => `Send påminnelse til ${owner}`,
  reminderSubject: (municipality) => `Trygge Barn: rutiner som skal gjennomgås (${municipality})`,
  reminderBody: (owner, routines, interval) =>
    `Hei, ${owner}!\n\nDisse rutinene i Trygge Barn skal gjennomgås:\n\n${routines}\n\nGå gjennom innholdet og gi beskjed til prosjektgruppa om hva som må endres, eller at rutinen fortsatt stemmer. Rutinene gjennomgås hver ${interval}. måned.\n\nHilsen prosjektgruppa`,
  reminderLine: (title, state, link) => `- ${title} (${state}): ${link}`,
  reminderNote:
    'Påminnelsen åpnes i ditt eget e-postprogram, slik at du ser og kan endre den før du sender. Trygge Barn sender ingen e-post selv.',
  reminderNoAddress: (owner) => `Modellen har ingen e-postadresse for «${owner}»: skriv inn mottakeren selv i e-posten. Legg inn en kontakt med tittelen «${owner}» og e-post, så fylles den inn.`,
  nothingDue: 'Ingen rutiner er forfalt eller forfaller snart.',

  transferTitle: 'Import og eksport',
  exportTitle: 'Eksporter modellen',
  exportIntro: 'Last ned hele modellen, også utkast, som én JSON-fil i det dokumenterte formatet. Filen kan importeres på et annet nettsted.',
  exportButton: 'Last ned modellen',
  exporting: 'Lager filen …',
  exported: (file) => `Modellen er lastet ned som ${file}.`,
  exportSkipped: (n) =>
    n === 1 ? '1 element har feil i listene og er ikke med i filen.' : `${n} elementer har feil i listene og er ikke med i filen.`,
  importTitle: 'Importer en modell',
  importIntro:
    'Velg en modellfil (JSON, høyst 5 MB). Filen kontrolleres først; importen gjennomføres bare hvis filen er helt feilfri, og enten blir alt lagret eller ingenting.',
  chooseFile: 'Modellfil (.json)',
  checkingFile: 'Kontrollerer filen …',
  problemsTitle: (n) => (n === 1 ? 'Filen har 1 feil' : `Filen har ${n} feil`),
  problemsIntro: 'Ingenting er endret. Rett filen og prøv igjen.',
  problemsCaption: 'Feil i filen, etter del, rad og felt',
  problemColumns: { where: 'Del', row: 'Rad', field: 'Felt', message: 'Feil' },
  planTitle: 'Dette vil importen gjøre',
  planIntro: 'Filen er feilfri. Elementer finnes igjen etter nøkkel: nye opprettes, endrede oppdateres, og like elementer røres ikke.',
  planCaption: 'Endringer per liste',
  planColumns: { list: 'Liste', create: 'Nye', update: 'Endret', unchanged: 'Uendret', onlyOnSite: 'Bare på nettstedet' },
  onlyOnSiteNote: 'Elementer som bare finnes på nettstedet, slettes ikke. Slett dem i listen hvis de skal bort.',
  nothingToImport: 'Nettstedet har allerede akkurat denne modellen. Ingenting å importere.',
  importButton: 'Importer',
  cancel: 'Avbryt',
  importing: (done, total) => `Importerer: ${done} av ${total} elementer …`,
  rollingBack: (done, total) => `Noe gikk galt. Tilbakestiller: ${done} av ${total} …`,
  imported: (n) => `Importen er fullført: ${n} ${plural(n, 'element', 'elementer')} lagret.`,
  rolledBack: (list, ref, reason) => `Importen stoppet ved ${list}, ${ref}: ${reason} Alt importen hadde lagret, er satt tilbake.`,
  rollbackProblems: 'Disse kunne ikke settes tilbake fordi noen andre endret dem i mellomtiden. Se over dem i listene:',

  setupTitle: 'Oppsett av nettstedet',
  setupIntro:
    'Oppretter listene og kolonnene Trygge Barn trenger, etter skjemaene i appen. Oppsettet legger bare til det som mangler; det sletter eller endrer aldri innhold, og kan kjøres på nytt.',
  checkingSite: 'Sjekker nettstedet …',
  setupNotAllowed: 'Oppsettet krever at du kan opprette lister på nettstedet (eier av nettstedet).',
  upToDate: (version) => `Nettstedet er oppdatert (skjemaversjon ${version}). Ingenting å gjøre.`,
  changesNeeded: (n, version) => `${n} ${plural(n, 'endring trengs', 'endringer trengs')} for skjemaversjon ${version}:`,
  setupButton: 'Sett opp nettstedet',
  settingUp: (done, total) => `Setter opp: ${done} av ${total} …`,
  setupDone: (n) => `Ferdig: ${n} ${plural(n, 'endring', 'endringer')} er gjort.`,
  setupStopped: (action, reason) => `Stoppet ved «${action}»: ${reason} Det som ble gjort før, beholdes; kjør oppsettet igjen for å fortsette.`,
  setupWarningsTitle: 'Dette endres ikke, fordi det kan berøre innhold:',
  setupOffer: 'Listene til Trygge Barn finnes ikke på dette nettstedet ennå. Du kan opprette dem nå.',
  actions: {
    createList: (list) => `Opprett listen «${list}»`,
    renameList: (from, list) => `Gi listen «${from}» navnet «${list}»`,
    configureTitleField: (list) => `Gi tittelkolonnen i «${list}» navn`,
    addField: (list, field) => `Legg til kolonnen ${field} i «${list}»`,
    indexField: (list, field) => `Indekser kolonnen ${field} i «${list}»`,
    enableVersioning: (list) => `Slå på versjonshistorikk i «${list}»`,
    disableContentApproval: (list) => `Slå av godkjenning av innhold i «${list}»`,
    createEditorsGroup: (group) => `Opprett gruppen «${group}»`,
    breakInheritance: (list) => `Gi «${list}» egne tillatelser`,
    grantRole: (list, principal, level) => `Gi ${principal} tillatelsen ${level} i «${list}»`,
    setItemSecurity: (list) => `La hver bruker se og endre bare sine egne elementer i «${list}»`
  }
};

export const nn: AdminStrings = {
  issuesTitle: (n) => (n === 1 ? '1 element i listene har feil' : `${n} element i listene har feil`),
  issuesIntro: 'Desse elementa blir ikkje viste for tilsette før dei er retta i SharePoint-listene:',
  issueLine: (list, item, field, message) => `${list}, element ${item}, felt ${field}: ${message}`,

  navLabel: 'Administrasjon',
  title: 'Administrasjon av modellen',
  intro:
    'Prosjektgruppa held modellen oppdatert her og i SharePoint-listene. Tenester, verktøy, arenaer og kontaktar blir redigerte rett i listene; steg i rutinane, gjennomgang og import/eksport gjer de her.',
  sectionsLabel: 'Administrasjon',
  sections: { routines: 'Rutinar', review: 'Gjennomgang', readiness: 'Klar til bruk', transfer: 'Import og eksport', setup: 'Oppsett av nettstaden' },
  loading: 'Hentar modellen med utkast …',
  loadFailed: 'Kunne ikkje hente modellen frå SharePoint.',
  retry: 'Prøv igjen',
  checkingAccess: 'Sjekkar rettane dine …',
  notAllowed: 'Denne delen er for prosjektgruppa. Du har ikkje rett til å endre modellen i SharePoint.',
  failures: {
    denied: 'SharePoint avviste endringa: du har ikkje rett til å endre dette. Ingenting er lagra.',
    conflict: 'Nokon andre har endra dette i mellomtida. Ingenting er skrive over.',
    invalid: 'SharePoint avviste verdiane. Ingenting er lagra.',
    notFound: 'Elementet finst ikkje lenger i lista.',
    unavailable: 'SharePoint svarte ikkje. Ingenting er lagra; prøv igjen om litt.',
    unknown: 'Svaret frå SharePoint kom bort, og vi fekk ikkje sjekka om endringa vart lagra. Last inn sida på nytt og sjå før du prøver igjen.'
  },

  routinesTitle: 'Rutinar',
  routinesIntro: 'Alle rutinar, også utkast. Berre publiserte rutinar blir viste for tilsette.',
  routinesCaption: 'Rutinar med status, eigar, neste gjennomgang og siste endring',
  columns: { title: 'Rutine', status: 'Status', owner: 'Eigar', nextReview: 'Neste gjennomgang', changed: 'Sist endra' },
  status: { draft: 'Utkast', published: 'Publisert' },
  noDate: 'Ingen dato',
  changedOn: (date, who) => (who ? `${date} av ${who}` : date),
  editRoutine: (title) => `Rediger ${title}`,

  editorTitle: (title) => `Rediger rutine: ${title}`,
  backToList: 'Tilbake til rutinane',
  notFound: 'Fann ikkje rutinen. Han kan vere sletta i lista.',
  fields: {
    title: 'Tittel',
    summary: 'Samandrag',
    steps: 'Steg',
    status: 'Status',
    owner: 'Eigar',
    responsibleService: 'Ansvarleg teneste',
    legalBasis: 'Lovgrunnlag',
    lastReviewed: 'Sist gått gjennom',
    nextReview: 'Neste gjennomgang',
    placements: 'Plassering i modellen',
    arenas: 'Arenaer',
    audience: 'Mest aktuell for',
    urgent: 'Akutt (vald/overgrep)'
  },
  stepsTitle: 'Steg',
  stepsHint: 'Kvart steg seier kva, korleis, kven og med kva verktøy, med frist der det finst ein.',
  stepLegend: (n, total) => `Steg ${n} av ${total}`,
  step: { what: 'Kva', how: 'Korleis', who: 'Kven', deadline: 'Frist', tools: 'Verktøy' },
  toolsChosen: (n) => `Verktøy (${n} valt)`,
  addStep: 'Legg til steg',
  moveUp: 'Flytt opp',
  moveDown: 'Flytt ned',
  removeStep: 'Fjern steget',
  save: 'Lagre',
  saving: 'Lagrar …',
  discard: 'Forkast endringane',
  publish: 'Publiser',
  unpublish: 'Gjer om til utkast',
  noChanges: 'Ingen endringar å lagre.',
  unsavedChanges: 'Du har endringar som ikkje er lagra.',
  saved: 'Endringane er lagra.',
  publishedNow: 'Rutinen er publisert og blir no vist for tilsette.',
  unpublishedNow: 'Rutinen er eit utkast og blir ikkje lenger vist for tilsette.',
  fixProblems: (n) => (n === 1 ? 'Rett feilen før du lagrar.' : `Rett dei ${n} feila før du lagrar.`),
  validation: {
    required: 'Må fyllast ut.',
    tooLong: (length, limit) => `Er ${length} teikn lang; grensa er ${limit}.`,
    noSteps: 'Rutinen må ha minst eitt steg.',
    tooManySteps: (count, limit) => `Har ${count} steg; grensa er ${limit}.`,
    noWhat: 'Steget må seie kva som skal gjerast.'
  },
  previewTitle: 'Førehandsvising: slik ser tilsette rutinen',
  previewDraftNote: 'Rutinen er eit utkast. Tilsette ser han først når han er publisert.',
  versionHistory: 'Versjonshistorikk i SharePoint',
  lastChanged: (date, who) => (who ? `Sist endra ${date} av ${who}.` : `Sist endra ${date}.`),
  editInListNote: 'Eigar, ansvarleg teneste, lovgrunnlag, plassering og arenaer blir redigerte i lista «TB Rutiner».',

  conflictTitle: 'Nokon andre har lagra rutinen medan du redigerte',
  conflictIntro: (who, when) =>
    `${who ?? 'Nokon'} lagra ein nyare versjon${when ? ` ${when}` : ''}. Ingenting er skrive over. Sjå skilnadene og vel kva som skal gjelde.`,
  conflictCaption: 'Felt der din versjon og den lagra versjonen er ulike',
  conflictColumns: { field: 'Felt', mine: 'Din versjon', theirs: 'Lagra versjon', changedBy: 'Endra av' },
  changedBy: { me: 'deg', them: 'den andre', both: 'begge' },
  keepMine: 'Behald min versjon',
  keepMineHint: 'Lagrar felta du har endra over den nyare versjonen. Felta berre den andre endra, blir haldne ved lag.',
  takeTheirs: 'Bruk den lagra versjonen',
  takeTheirsHint: 'Forkastar endringane dine og viser den lagra versjonen.',
  keptMine: 'Din versjon er lagra over den nyare.',
  tookTheirs: 'Endringane dine er forkasta. Du ser no den lagra versjonen.',
  empty: '(tomt)',
  yes: 'Ja',
  no: 'Nei',

  reviewTitle: 'Gjennomgang av rutinar',
  reviewIntro: 'Rutinar som har passert datoen for gjennomgang, som skal gåast gjennom innan 30 dagar, eller som manglar dato.',
  reviewCounts: (overdue, dueSoon, unknown) => `${overdue} forfalne · ${dueSoon} forfell snart · ${unknown} utan dato`,
  groupBy: 'Grupper etter',
  byOwner: 'Eigar',
  byService: 'Ansvarleg teneste',
  noOwner: 'Utan eigar',
  noService: 'Utan ansvarleg teneste',
  reviewState: { overdue: 'Forfallen', dueSoon: 'Forfell snart', unknown: 'Manglar dato', current: 'Oppdatert' },
  reviewColumns: { routine: 'Rutine', state: 'Status', nextReview: 'Neste gjennomgang', action: 'Handling' },
  markReviewed: 'Merk som gått gjennom',
  markReviewedLabel: (title) => `Merk ${title} som gått gjennom i dag`,
  markedReviewed: (title, next) => `${title} er merkt som gått gjennom. Neste gjennomgang: ${next}.`,
  changedMeanwhile: (title) => `${title} vart endra av nokon andre i mellomtida. Lista er oppdatert; prøv igjen.`,
  remind: 'Send påminning',
  remindLabel: (owner) => `Send påminning til ${owner}`,
  reminderSubject: (municipality) => `Trygge Barn: rutinar som skal gåast gjennom (${municipality})`,
  reminderBody: (owner, routines, interval) =>
    `Hei, ${owner}!\n\nDesse rutinane i Trygge Barn skal gåast gjennom:\n\n${routines}\n\nGå gjennom innhaldet og gi beskjed til prosjektgruppa om kva som må endrast, eller at rutinen framleis stemmer. Rutinane blir gått gjennom kvar ${interval}. månad.\n\nHelsing prosjektgruppa`,
  reminderLine: (title, state, link) => `- ${title} (${state}): ${link}`,
  reminderNote:
    'Påminninga blir opna i ditt eige e-postprogram, slik at du ser og kan endre henne før du sender. Trygge Barn sender ingen e-post sjølv.',
  reminderNoAddress: (owner) => `Modellen har inga e-postadresse for «${owner}»: skriv inn mottakaren sjølv i e-posten. Legg inn ein kontakt med tittelen «${owner}» og e-post, så blir ho fylt inn.`,
  nothingDue: 'Ingen rutinar er forfalne eller forfell snart.',

  transferTitle: 'Import og eksport',
  exportTitle: 'Eksporter modellen',
  exportIntro: 'Last ned heile modellen, også utkast, som éi JSON-fil i det dokumenterte formatet. Fila kan importerast på ein annan nettstad.',
  exportButton: 'Last ned modellen',
  exporting: 'Lagar fila …',
  exported: (file) => `Modellen er lasta ned som ${file}.`,
  exportSkipped: (n) =>
    n === 1 ? '1 element har feil i listene og er ikkje med i fila.' : `${n} element har feil i listene og er ikkje med i fila.`,
  importTitle: 'Importer ein modell',
  importIntro:
    'Vel ei modellfil (JSON, høgst 5 MB). Fila blir kontrollert først; importen blir gjennomført berre om fila er heilt feilfri, og anten blir alt lagra eller ingenting.',
  chooseFile: 'Modellfil (.json)',
  checkingFile: 'Kontrollerer fila …',
  problemsTitle: (n) => (n === 1 ? 'Fila har 1 feil' : `Fila har ${n} feil`),
  problemsIntro: 'Ingenting er endra. Rett fila og prøv igjen.',
  problemsCaption: 'Feil i fila, etter del, rad og felt',
  problemColumns: { where: 'Del', row: 'Rad', field: 'Felt', message: 'Feil' },
  planTitle: 'Dette vil importen gjere',
  planIntro: 'Fila er feilfri. Element blir funne att etter nøkkel: nye blir oppretta, endra blir oppdaterte, og like element blir ikkje rørte.',
  planCaption: 'Endringar per liste',
  planColumns: { list: 'Liste', create: 'Nye', update: 'Endra', unchanged: 'Uendra', onlyOnSite: 'Berre på nettstaden' },
  onlyOnSiteNote: 'Element som berre finst på nettstaden, blir ikkje sletta. Slett dei i lista om dei skal bort.',
  nothingToImport: 'Nettstaden har allereie akkurat denne modellen. Ingenting å importere.',
  importButton: 'Importer',
  cancel: 'Avbryt',
  importing: (done, total) => `Importerer: ${done} av ${total} element …`,
  rollingBack: (done, total) => `Noko gjekk gale. Tilbakestiller: ${done} av ${total} …`,
  imported: (n) => `Importen er fullført: ${n} element lagra.`,
  rolledBack: (list, ref, reason) => `Importen stoppa ved ${list}, ${ref}: ${reason} Alt importen hadde lagra, er sett tilbake.`,
  rollbackProblems: 'Desse kunne ikkje setjast tilbake fordi nokon andre endra dei i mellomtida. Sjå over dei i listene:',

  setupTitle: 'Oppsett av nettstaden',
  setupIntro:
    'Opprettar listene og kolonnane Trygge Barn treng, etter skjemaa i appen. Oppsettet legg berre til det som manglar; det slettar eller endrar aldri innhald, og kan køyrast på nytt.',
  checkingSite: 'Sjekkar nettstaden …',
  setupNotAllowed: 'Oppsettet krev at du kan opprette lister på nettstaden (eigar av nettstaden).',
  upToDate: (version) => `Nettstaden er oppdatert (skjemaversjon ${version}). Ingenting å gjere.`,
  changesNeeded: (n, version) => `${n} ${plural(n, 'endring trengst', 'endringar trengst')} for skjemaversjon ${version}:`,
  setupButton: 'Set opp nettstaden',
  settingUp: (done, total) => `Set opp: ${done} av ${total} …`,
  setupDone: (n) => `Ferdig: ${n} ${plural(n, 'endring', 'endringar')} er gjord.`,
  setupStopped: (action, reason) => `Stoppa ved «${action}»: ${reason} Det som vart gjort før, blir halde ved lag; køyr oppsettet igjen for å halde fram.`,
  setupWarningsTitle: 'Dette blir ikkje endra, fordi det kan røre ved innhald:',
  setupOffer: 'Listene til Trygge Barn finst ikkje på denne nettstaden enno. Du kan opprette dei no.',
  actions: {
    createList: (list) => `Opprett lista «${list}»`,
    renameList: (from, list) => `Gi lista «${from}» namnet «${list}»`,
    configureTitleField: (list) => `Gi tittelkolonnen i «${list}» namn`,
    addField: (list, field) => `Legg til kolonnen ${field} i «${list}»`,
    indexField: (list, field) => `Indekser kolonnen ${field} i «${list}»`,
    enableVersioning: (list) => `Slå på versjonshistorikk i «${list}»`,
    disableContentApproval: (list) => `Slå av godkjenning av innhald i «${list}»`,
    createEditorsGroup: (group) => `Opprett gruppa «${group}»`,
    breakInheritance: (list) => `Gi «${list}» eigne løyve`,
    grantRole: (list, principal, level) => `Gi ${principal} løyvet ${level} i «${list}»`,
    setItemSecurity: (list) => `La kvar brukar sjå og endre berre sine eigne element i «${list}»`
  }
};

export const en: AdminStrings = {
  issuesTitle: (n) => (n === 1 ? '1 list item has errors' : `${n} list items have errors`),
  issuesIntro: 'These items are not shown to staff until they are fixed in the SharePoint lists:',
  issueLine: (list, item, field, message) => `${list}, item ${item}, field ${field}: ${message}`,

  navLabel: 'Admin',
  title: 'Managing the model',
  intro:
    'The project group keeps the model current here and in the SharePoint lists. Services, tools, arenas and contacts are edited right in the lists; routine steps, reviews and import/export are done here.',
  sectionsLabel: 'Admin',
  sections: { routines: 'Routines', review: 'Review', readiness: 'Ready for use', transfer: 'Import and export', setup: 'Site setup' },
  loading: 'Loading the model with drafts …',
  loadFailed: 'Could not load the model from SharePoint.',
  retry: 'Try again',
  checkingAccess: 'Checking your permissions …',
  notAllowed: 'This part is for the project group. You do not have permission to change the model in SharePoint.',
  failures: {
    denied: 'SharePoint refused the change: you do not have permission to change this. Nothing was saved.',
    conflict: 'Someone else changed this in the meantime. Nothing was overwritten.',
    invalid: 'SharePoint refused the values. Nothing was saved.',
    notFound: 'The item no longer exists in the list.',
    unavailable: 'SharePoint did not answer. Nothing was saved; try again in a moment.',
    unknown: 'The answer from SharePoint was lost and we could not check whether the change was saved. Reload the page and look before you try again.'
  },

  routinesTitle: 'Routines',
  routinesIntro: 'All routines, drafts included. Only published routines are shown to staff.',
  routinesCaption: 'Routines with status, owner, next review and last change',
  columns: { title: 'Routine', status: 'Status', owner: 'Owner', nextReview: 'Next review', changed: 'Last changed' },
  status: { draft: 'Draft', published: 'Published' },
  noDate: 'No date',
  changedOn: (date, who) => (who ? `${date} by ${who}` : date),
  editRoutine: (title) => `Edit ${title}`,

  editorTitle: (title) => `Edit routine: ${title}`,
  backToList: 'Back to the routines',
  notFound: 'The routine was not found. It may have been deleted in the list.',
  fields: {
    title: 'Title',
    summary: 'Summary',
    steps: 'Steps',
    status: 'Status',
    owner: 'Owner',
    responsibleService: 'Responsible service',
    legalBasis: 'Legal basis',
    lastReviewed: 'Last reviewed',
    nextReview: 'Next review',
    placements: 'Placement in the model',
    arenas: 'Arenas',
    audience: 'Most relevant for',
    urgent: 'Urgent (violence/abuse)'
  },
  stepsTitle: 'Steps',
  stepsHint: 'Each step says what, how, who and with which tool, with a deadline where there is one.',
  stepLegend: (n, total) => `Step ${n} of ${total}`,
  step: { what: 'What', how: 'How', who: 'Who', deadline: 'Deadline', tools: 'Tools' },
  toolsChosen: (n) => `Tools (${n} chosen)`,
  addStep: 'Add a step',
  moveUp: 'Move up',
  moveDown: 'Move down',
  removeStep: 'Remove step',
  save: 'Save',
  saving: 'Saving …',
  discard: 'Discard changes',
  publish: 'Publish',
  unpublish: 'Make it a draft',
  noChanges: 'No changes to save.',
  unsavedChanges: 'You have changes that are not saved.',
  saved: 'The changes are saved.',
  publishedNow: 'The routine is published and is now shown to staff.',
  unpublishedNow: 'The routine is a draft and is no longer shown to staff.',
  fixProblems: (n) => (n === 1 ? 'Fix the error before saving.' : `Fix the ${n} errors before saving.`),
  validation: {
    required: 'Must be filled in.',
    tooLong: (length, limit) => `Is ${length} characters long; the limit is ${limit}.`,
    noSteps: 'The routine needs at least one step.',
    tooManySteps: (count, limit) => `Has ${count} steps; the limit is ${limit}.`,
    noWhat: 'The step must say what to do.'
  },
  previewTitle: 'Preview: how staff see the routine',
  previewDraftNote: 'The routine is a draft. Staff see it once it is published.',
  versionHistory: 'Version history in SharePoint',
  lastChanged: (date, who) => (who ? `Last changed ${date} by ${who}.` : `Last changed ${date}.`),
  editInListNote: 'Owner, responsible service, legal basis, placement and arenas are edited in the list “TB Rutiner”.',

  conflictTitle: 'Someone else saved the routine while you were editing',
  conflictIntro: (who, when) =>
    `${who ?? 'Someone'} saved a newer version${when ? ` ${when}` : ''}. Nothing was overwritten. See the differences and choose which should stand.`,
  conflictCaption: 'Fields where your version and the saved version differ',
  conflictColumns: { field: 'Field', mine: 'Your version', theirs: 'Saved version', changedBy: 'Changed by' },
  changedBy: { me: 'you', them: 'the other person', both: 'both' },
  keepMine: 'Keep my version',
  keepMineHint: 'Saves the fields you changed over the newer version. Fields only the other person changed are kept.',
  takeTheirs: 'Use the saved version',
  takeTheirsHint: 'Discards your changes and shows the saved version.',
  keptMine: 'Your version was saved over the newer one.',
  tookTheirs: 'Your changes were discarded. You now see the saved version.',
  empty: '(empty)',
  yes: 'Yes',
  no: 'No',

  reviewTitle: 'Reviewing routines',
  reviewIntro: 'Routines past their review date, due for review within 30 days, or without a date.',
  reviewCounts: (overdue, dueSoon, unknown) => `${overdue} overdue · ${dueSoon} due soon · ${unknown} without a date`,
  groupBy: 'Group by',
  byOwner: 'Owner',
  byService: 'Responsible service',
  noOwner: 'No owner',
  noService: 'No responsible service',
  reviewState: { overdue: 'Overdue', dueSoon: 'Due soon', unknown: 'No date', current: 'Current' },
  reviewColumns: { routine: 'Routine', state: 'Status', nextReview: 'Next review', action: 'Action' },
  markReviewed: 'Mark as reviewed',
  markReviewedLabel: (title) => `Mark ${title} as reviewed today`,
  markedReviewed: (title, next) => `${title} is marked as reviewed. Next review: ${next}.`,
  changedMeanwhile: (title) => `${title} was changed by someone else in the meantime. The list is updated; try again.`,
  remind: 'Send a reminder',
  remindLabel: (owner) => `Send a reminder to ${owner}`,
  reminderSubject: (municipality) => `Trygge Barn: routines due for review (${municipality})`,
  reminderBody: (owner, routines, interval) =>
    `Hello ${owner},\n\nThese routines in Trygge Barn are due for review:\n\n${routines}\n\nPlease go through them and tell the project group what needs changing, or that the routine still holds. Routines are reviewed every ${interval} months.\n\nThe project group`,
  reminderLine: (title, state, link) => `- ${title} (${state}): ${link}`,
  reminderNote: 'The reminder opens in your own mail program, so you see it and can change it before sending. Trygge Barn sends no e-mail itself.',
  reminderNoAddress: (owner) => `The model has no e-mail address for “${owner}”: type the recipient in the e-mail yourself. Add a contact titled “${owner}” with an e-mail address and it is filled in.`,
  nothingDue: 'No routine is overdue or due soon.',

  transferTitle: 'Import and export',
  exportTitle: 'Export the model',
  exportIntro: 'Download the whole model, drafts included, as one JSON file in the documented format. The file can be imported on another site.',
  exportButton: 'Download the model',
  exporting: 'Making the file …',
  exported: (file) => `The model was downloaded as ${file}.`,
  exportSkipped: (n) => (n === 1 ? '1 item has errors in the lists and is not in the file.' : `${n} items have errors in the lists and are not in the file.`),
  importTitle: 'Import a model',
  importIntro:
    'Choose a model file (JSON, at most 5 MB). The file is checked first; the import runs only if the file has no problem at all, and either everything is saved or nothing.',
  chooseFile: 'Model file (.json)',
  checkingFile: 'Checking the file …',
  problemsTitle: (n) => (n === 1 ? 'The file has 1 problem' : `The file has ${n} problems`),
  problemsIntro: 'Nothing was changed. Fix the file and try again.',
  problemsCaption: 'Problems in the file, by part, row and field',
  problemColumns: { where: 'Part', row: 'Row', field: 'Field', message: 'Problem' },
  planTitle: 'What the import will do',
  planIntro: 'The file has no problems. Items are matched by key: new ones are created, changed ones updated, and equal ones left alone.',
  planCaption: 'Changes per list',
  planColumns: { list: 'List', create: 'New', update: 'Changed', unchanged: 'Unchanged', onlyOnSite: 'Only on the site' },
  onlyOnSiteNote: 'Items only on the site are not deleted. Delete them in the list if they should go.',
  nothingToImport: 'The site already holds exactly this model. Nothing to import.',
  importButton: 'Import',
  cancel: 'Cancel',
  importing: (done, total) => `Importing: ${done} of ${total} items …`,
  rollingBack: (done, total) => `Something went wrong. Rolling back: ${done} of ${total} …`,
  imported: (n) => `The import is complete: ${n} ${plural(n, 'item', 'items')} saved.`,
  rolledBack: (list, ref, reason) => `The import stopped at ${list}, ${ref}: ${reason} Everything the import had saved was put back.`,
  rollbackProblems: 'These could not be put back because someone else changed them in the meantime. Check them in the lists:',

  setupTitle: 'Site setup',
  setupIntro:
    'Creates the lists and columns Trygge Barn needs, from the schemas in the app. Setup only adds what is missing; it never deletes or changes content, and can be run again.',
  checkingSite: 'Checking the site …',
  setupNotAllowed: 'Setup needs permission to create lists on the site (site owner).',
  upToDate: (version) => `The site is up to date (schema version ${version}). Nothing to do.`,
  changesNeeded: (n, version) => `${n} ${plural(n, 'change is', 'changes are')} needed for schema version ${version}:`,
  setupButton: 'Set up this site',
  settingUp: (done, total) => `Setting up: ${done} of ${total} …`,
  setupDone: (n) => `Done: ${n} ${plural(n, 'change', 'changes')} made.`,
  setupStopped: (action, reason) => `Stopped at “${action}”: ${reason} What was done before is kept; run setup again to continue.`,
  setupWarningsTitle: 'This is not changed, because it could touch content:',
  setupOffer: 'The Trygge Barn lists do not exist on this site yet. You can create them now.',
  actions: {
    createList: (list) => `Create the list “${list}”`,
    renameList: (from, list) => `Rename the list “${from}” to “${list}”`,
    configureTitleField: (list) => `Name the title column of “${list}”`,
    addField: (list, field) => `Add the column ${field} to “${list}”`,
    indexField: (list, field) => `Index the column ${field} in “${list}”`,
    enableVersioning: (list) => `Switch on version history in “${list}”`,
    disableContentApproval: (list) => `Switch off content approval in “${list}”`,
    createEditorsGroup: (group) => `Create the group “${group}”`,
    breakInheritance: (list) => `Give “${list}” its own permissions`,
    grantRole: (list, principal, level) => `Give ${principal} ${level} in “${list}”`,
    setItemSecurity: (list) => `Let each user read and edit only their own items in “${list}”`
  }
};
