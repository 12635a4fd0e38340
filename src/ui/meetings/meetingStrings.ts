import type { Weekday, WeekIndex, SharingBasis } from '../../core/meetings';
import type { PersonalDataKind } from '../../core/privacy';

/** Every string of the meeting booking, in nb, nn and en. */
export interface MeetingStrings {
  bookButton: string;
  bookArenaButton: (arena: string) => string;
  title: (arena: string) => string;
  intro: string;
  audienceNote: string;
  /** The arena's subject or agenda template looks like it identifies a child: booking is refused until an editor changes it. */
  arenaTextRefused: string;
  arenaTextField: { meetingSubject: string; agendaTemplate: string };
  arenaNotFound: string;
  loadingView: string;
  loadViewFailed: string;
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

export const nb: MeetingStrings = {
  bookButton: 'Book møte',
  bookArenaButton: (arena) => `Book møte: ${arena}`,
  title: (arena) => `Book møte: ${arena}`,
  intro:
    'Finn et tidspunkt der alle kan, og send innkallingen som et privat Teams-møte fra din kalender. Emnet er arenaens nøytrale tittel, så ingen kan se hvem møtet gjelder.',
  audienceNote: 'Dette er for teamledere og stafettholdere som kaller inn til tverrfaglige møter. Møtet opprettes i din egen Outlook-kalender.',
  arenaTextRefused: 'Denne arenaens møtetittel eller agendamal ser ut til å kunne identifisere et barn, og den står i hver invitasjon. Be en redaktør endre arenaen i listen «TB Arenaer» før du booker.',
  arenaTextField: { meetingSubject: 'Møtetittel', agendaTemplate: 'Agendamal' },
  arenaNotFound: 'Fant ikke arenaen. Den kan være fjernet eller gitt nytt navn.',
  loadingView: 'Åpner bookingen …',
  loadViewFailed: 'Bookingen kunne ikke åpnes. Sjekk nettforbindelsen og prøv igjen.',
  backToArena: (arena) => `Tilbake til ${arena}`,

  participantsTitle: 'Deltakere',
  invitationCount: (count) => (count === 1 ? 'Invitasjon sendes til 1 person' : `Invitasjon sendes til ${count} personer`),
  participantsIntro: 'Forslaget er én kontakt per tjeneste på arenaen. Vil du invitere flere, legger du dem til med søket under.',
  servicesWithoutAddress: (services) => `Modellen har ingen e-postadresse for ${services}. Legg til en person med søket hvis tjenesten skal være med.`,
  chairLabel: 'Leder av arenaen',
  noParticipants: 'Ingen deltakere ennå. Legg til med søket under.',
  requiredHint: 'Alle må delta til du fjerner krysset. De uten kryss inviteres som valgfrie, og tidspunktene rangeres etter hvor mange av dem som kan.',
  you: 'deg',
  required: 'Må delta',
  requiredFor: (name) => `${name} må delta`,
  remove: 'Fjern',
  removeNamed: (name) => `Fjern ${name}`,
  added: (name) => `${name} er lagt til.`,
  removed: (name) => `${name} er fjernet.`,
  searchLabel: 'Legg til person',
  searchHint: 'Skriv minst to bokstaver av navnet.',
  searching: 'Søker …',
  searchNoResults: 'Ingen treff.',
  searchFailed: 'Søket virket ikke. Prøv igjen.',
  addNamed: (name) => `Legg til ${name}`,
  alreadyAdded: 'Allerede med',

  optionsTitle: 'Lengde og periode',
  durationLabel: 'Møtets lengde',
  minutes: (n) => `${n} minutter`,
  windowLabel: 'Let etter tid de neste',
  weeks: (n) => (n === 1 ? '1 uke' : `${n} uker`),
  findTimes: 'Finn tidspunkt',
  needsParticipants: 'Legg til minst én deltaker.',

  progressTitle: 'Status',
  progressFinding: (calendars) => `Finner tidspunkt: henter ledig tid for ${calendars} kalendere …`,
  progressWaiting: (seconds, calendars) => `Microsoft 365 ber oss vente: prøver ${calendars} kalendere igjen om ${seconds} s …`,
  progressRanking: 'Finner de beste tidspunktene …',
  progressBooking: 'Booker møtet …',
  progressBookingAgain: (attempt) => `Booker møtet (forsøk ${attempt}) …`,
  progressBookingWaiting: (seconds) => `Microsoft 365 svarte ikke. Prøver igjen om ${seconds} s …`,
  progressConfirming: 'Møtet er laget. Henter Teams-lenken …',
  progressChecking: 'Sjekker kalenderen din om møtet ble laget …',
  findFailed: 'Fant ikke ledig tid: Microsoft 365 svarte ikke. Vent litt og prøv igjen.',
  cancel: 'Avbryt',

  slotsTitle: 'Forslag til tidspunkt',
  slotsIntro: (count) => (count === 1 ? 'Ett tidspunkt passer. Velg det for å gå videre.' : `De ${count} beste tidspunktene, best først. Velg ett.`),
  slotLegend: 'Tidspunkt',
  everyoneFree: 'Alle kan',
  freeLabel: 'Ledige',
  tentativeLabel: 'Foreløpig opptatt',
  optionalBusyLabel: 'Kan ikke (valgfrie)',
  unknownCalendars: (names) => `Fant ikke kalenderen til ${names}. De er regnet som ledige.`,
  workingHoursGuessed: (names) => `Arbeidstiden til ${names} er lest i norsk tid.`,

  noSlotTitle: 'Ingen tidspunkt passer',
  noCandidateTimes: 'Perioden har ingen arbeidstid der noen som må delta, er på jobb. Velg en lengre periode.',
  requiredUnavailable: (candidates) => `Av ${candidates} mulige tidspunkt har hvert ett minst én som må delta, men ikke kan.`,
  blockerLine: (name, blocked, candidates) => `${name} kan ikke på ${blocked} av ${candidates} tidspunkt`,
  blockerWhy: (busy, outside) => `(${busy} opptatt, ${outside} utenfor arbeidstid)`,
  nearestWithout: (name, time) => `Nærmeste tidspunkt uten ${name}: ${time}.`,
  makeOptional: (name) => `Gjør ${name} valgfri og søk igjen`,
  tryLongerWindow: (weeks) => `Let i en lengre periode (${weeks} uker)`,

  detailsTitle: 'Om møtet',
  subjectLabel: 'Emne',
  subjectFromArena: 'Nøytralt emne fra arenaen. Det sier ikke hvem møtet gjelder.',
  ownSubjectToggle: 'Skriv eget emne',
  ownSubjectLabel: 'Eget emne',
  noteLabel: 'Merknad til deltakerne (valgfri)',
  noteHint: 'Skriv ikke navn, fødselsdato eller annet som kan identifisere barnet.',
  privacyWarningTitle: 'Dette kan identifisere et barn',
  privacyFindingKinds: { name: 'Kan være et navn', birthNumber: 'Fødselsnummer', dateOfBirth: 'Kan være en fødselsdato', age: 'Alder' },
  privacyAdvice: 'Kalenderen leses av mange og lagres lenge. Endre teksten, eller bekreft at den ikke identifiserer barnet.',
  privacyConfirm: 'Jeg har sjekket teksten. Den identifiserer ikke barnet.',
  privacyNeedsAnswer: 'Endre teksten eller bekreft den før du booker.',

  basisLegend: 'Grunnlag for å dele opplysninger',
  basisHint: 'Bare valget ditt skrives i innkallingen, aldri hvem møtet gjelder.',
  basisOptions: {
    consentObtained: 'Samtykke er innhentet',
    anonymousDiscussion: 'Anonym drøfting',
    noPersonalInformation: 'Ingen personopplysninger (gjelder ikke ett barn)'
  },
  basisRequired: 'Velg grunnlag for å dele opplysninger.',
  consentArenaHint: 'Denne arenaen krever samtykke før et navngitt barn drøftes. Uten samtykke: velg anonym drøfting.',

  repeatLegend: 'Gjenta',
  repeatNone: 'Ikke gjenta',
  repeatSuggested: '(vanlig for denne arenaen)',
  repeatWeekly: (weekday) => `Hver uke på ${weekday}`,
  repeatBiweekly: (weekday) => `Annenhver uke på ${weekday}`,
  repeatMonthly: (index, weekday) => `Hver måned, ${index} ${weekday}`,
  repeatUntil: 'Til og med',
  repeatSummary: (count, last) => (count === 1 ? `1 møte, ${last}.` : `${count} møter, det siste ${last}.`),
  repeatHolidays: (dates) => `Faller på helligdag: ${dates}. Flytt eller avlys disse i kalenderen.`,
  repeatFreeBusyNote: 'Ledig tid er bare sjekket for det første møtet.',
  repeatInvalid: 'Sluttdatoen må være etter det første møtet og innen ett år.',
  weekdays: { monday: 'mandag', tuesday: 'tirsdag', wednesday: 'onsdag', thursday: 'torsdag', friday: 'fredag', saturday: 'lørdag', sunday: 'søndag' },
  weekIndexes: { first: 'første', second: 'andre', third: 'tredje', fourth: 'fjerde', last: 'siste' },

  bookNow: 'Book møtet',
  chosenTime: (time) => `Valgt tidspunkt: ${time}`,

  bookedTitle: 'Møtet er booket',
  bookedText: 'Innkallingen er sendt som et privat Teams-møte fra din kalender.',
  joinLink: 'Bli med i Teams-møtet',
  calendarLink: 'Åpne i kalenderen',
  joinLinkPending: 'Teams-lenken kommer i innkallingen i kalenderen din.',
  bookAnother: 'Book et nytt møte',
  failedTitle: 'Møtet ble ikke booket',
  failedThrottled: 'Microsoft 365 er travelt akkurat nå. Vent et minutt og prøv igjen.',
  failedNetwork: 'Forbindelsen ble brutt. Sjekk nettet og prøv igjen.',
  failedDenied: 'Du har ikke tilgang til å lage møter i kalenderen. Kontakt IT eller prosjektgruppa.',
  failedOther: 'Noe gikk galt. Prøv igjen, eller book møtet i Outlook.',
  tryAgain: 'Prøv igjen',
  retryIsSafe: 'Å prøve igjen lager ikke et ekstra møte: hvis det første kom gjennom, får du det.',
  nothingCreated: 'Det ble ikke laget noe møte, og ingen innkalling er sendt.',
  unknownTitle: 'Vi vet ikke ennå om møtet ble booket',
  unknownText: 'Svaret fra Microsoft 365 kom ikke fram, og vi fikk ikke sjekket kalenderen din. Møtet kan finnes. Se i Outlook-kalenderen, eller sjekk igjen om litt.',
  checkAgain: 'Sjekk igjen'
};

export const nn: MeetingStrings = {
  bookButton: 'Set opp møte',
  bookArenaButton: (arena) => `Set opp møte: ${arena}`,
  title: (arena) => `Set opp møte: ${arena}`,
  intro:
    'Finn eit tidspunkt der alle kan, og send innkallinga som eit privat Teams-møte frå kalenderen din. Emnet er den nøytrale tittelen til arenaen, så ingen kan sjå kven møtet gjeld.',
  audienceNote: 'Dette er for teamleiarar og stafetthaldarar som kallar inn til tverrfaglege møte. Møtet blir oppretta i din eigen Outlook-kalender.',
  arenaTextRefused: 'Møtetittelen eller agendamalen til denne arenaen ser ut til å kunne identifisere eit barn, og han står i kvar invitasjon. Be ein redaktør endre arenaen i lista «TB Arenaer» før du bookar.',
  arenaTextField: { meetingSubject: 'Møtetittel', agendaTemplate: 'Agendamal' },
  arenaNotFound: 'Fann ikkje arenaen. Han kan vere fjerna eller ha fått nytt namn.',
  loadingView: 'Opnar bookinga …',
  loadViewFailed: 'Bookinga kunne ikkje opnast. Sjekk nettsambandet og prøv igjen.',
  backToArena: (arena) => `Tilbake til ${arena}`,

  participantsTitle: 'Deltakarar',
  invitationCount: (count) => (count === 1 ? 'Invitasjonen blir sendt til 1 person' : `Invitasjonen blir sendt til ${count} personar`),
  participantsIntro: 'Framlegget er éin kontakt per teneste på arenaen. Vil du invitere fleire, legg du dei til med søket under.',
  servicesWithoutAddress: (services) => `Modellen har inga e-postadresse for ${services}. Legg til ein person med søket dersom tenesta skal vere med.`,
  chairLabel: 'Leiar for arenaen',
  noParticipants: 'Ingen deltakarar enno. Legg til med søket under.',
  requiredHint: 'Alle må delta til du fjernar krysset. Dei utan kryss blir inviterte som valfrie, og tidspunkta blir rangerte etter kor mange av dei som kan.',
  you: 'deg',
  required: 'Må delta',
  requiredFor: (name) => `${name} må delta`,
  remove: 'Fjern',
  removeNamed: (name) => `Fjern ${name}`,
  added: (name) => `${name} er lagd til.`,
  removed: (name) => `${name} er fjerna.`,
  searchLabel: 'Legg til person',
  searchHint: 'Skriv minst to bokstavar av namnet.',
  searching: 'Søkjer …',
  searchNoResults: 'Ingen treff.',
  searchFailed: 'Søket verka ikkje. Prøv igjen.',
  addNamed: (name) => `Legg til ${name}`,
  alreadyAdded: 'Allereie med',

  optionsTitle: 'Lengd og periode',
  durationLabel: 'Lengda på møtet',
  minutes: (n) => `${n} minutt`,
  windowLabel: 'Leit etter tid dei neste',
  weeks: (n) => (n === 1 ? '1 veke' : `${n} veker`),
  findTimes: 'Finn tidspunkt',
  needsParticipants: 'Legg til minst éin deltakar.',

  progressTitle: 'Status',
  progressFinding: (calendars) => `Finn tidspunkt: hentar ledig tid for ${calendars} kalenderar …`,
  progressWaiting: (seconds, calendars) => `Microsoft 365 ber oss vente: prøver ${calendars} kalenderar igjen om ${seconds} s …`,
  progressRanking: 'Finn dei beste tidspunkta …',
  progressBooking: 'Set opp møtet …',
  progressBookingAgain: (attempt) => `Set opp møtet (forsøk ${attempt}) …`,
  progressBookingWaiting: (seconds) => `Microsoft 365 svarte ikkje. Prøver igjen om ${seconds} s …`,
  progressConfirming: 'Møtet er laga. Hentar Teams-lenka …',
  progressChecking: 'Sjekkar kalenderen din om møtet vart laga …',
  findFailed: 'Fann ikkje ledig tid: Microsoft 365 svarte ikkje. Vent litt og prøv igjen.',
  cancel: 'Avbryt',

  slotsTitle: 'Forslag til tidspunkt',
  slotsIntro: (count) => (count === 1 ? 'Eitt tidspunkt passar. Vel det for å gå vidare.' : `Dei ${count} beste tidspunkta, det beste først. Vel eitt.`),
  slotLegend: 'Tidspunkt',
  everyoneFree: 'Alle kan',
  freeLabel: 'Ledige',
  tentativeLabel: 'Førebels oppteken',
  optionalBusyLabel: 'Kan ikkje (valfrie)',
  unknownCalendars: (names) => `Fann ikkje kalenderen til ${names}. Dei er rekna som ledige.`,
  workingHoursGuessed: (names) => `Arbeidstida til ${names} er lesen i norsk tid.`,

  noSlotTitle: 'Ingen tidspunkt passar',
  noCandidateTimes: 'Perioden har inga arbeidstid der nokon som må delta, er på jobb. Vel ein lengre periode.',
  requiredUnavailable: (candidates) => `Av ${candidates} moglege tidspunkt har kvart eitt minst éin som må delta, men ikkje kan.`,
  blockerLine: (name, blocked, candidates) => `${name} kan ikkje på ${blocked} av ${candidates} tidspunkt`,
  blockerWhy: (busy, outside) => `(${busy} oppteken, ${outside} utanfor arbeidstida)`,
  nearestWithout: (name, time) => `Nærmaste tidspunkt utan ${name}: ${time}.`,
  makeOptional: (name) => `Gjer ${name} valfri og søk igjen`,
  tryLongerWindow: (weeks) => `Leit i ein lengre periode (${weeks} veker)`,

  detailsTitle: 'Om møtet',
  subjectLabel: 'Emne',
  subjectFromArena: 'Nøytralt emne frå arenaen. Det seier ikkje kven møtet gjeld.',
  ownSubjectToggle: 'Skriv eige emne',
  ownSubjectLabel: 'Eige emne',
  noteLabel: 'Merknad til deltakarane (valfri)',
  noteHint: 'Skriv ikkje namn, fødselsdato eller anna som kan identifisere barnet.',
  privacyWarningTitle: 'Dette kan identifisere eit barn',
  privacyFindingKinds: { name: 'Kan vere eit namn', birthNumber: 'Fødselsnummer', dateOfBirth: 'Kan vere ein fødselsdato', age: 'Alder' },
  privacyAdvice: 'Kalenderen blir lesen av mange og lagra lenge. Endre teksten, eller stadfest at han ikkje identifiserer barnet.',
  privacyConfirm: 'Eg har sjekka teksten. Han identifiserer ikkje barnet.',
  privacyNeedsAnswer: 'Endre teksten eller stadfest han før du set opp møtet.',

  basisLegend: 'Grunnlag for å dele opplysningar',
  basisHint: 'Berre valet ditt blir skrive i innkallinga, aldri kven møtet gjeld.',
  basisOptions: {
    consentObtained: 'Samtykke er henta inn',
    anonymousDiscussion: 'Anonym drøfting',
    noPersonalInformation: 'Ingen personopplysningar (gjeld ikkje eitt barn)'
  },
  basisRequired: 'Vel grunnlag for å dele opplysningar.',
  consentArenaHint: 'Denne arenaen krev samtykke før eit namngjeve barn blir drøfta. Utan samtykke: vel anonym drøfting.',

  repeatLegend: 'Gjenta',
  repeatNone: 'Ikkje gjenta',
  repeatSuggested: '(vanleg for denne arenaen)',
  repeatWeekly: (weekday) => `Kvar veke på ${weekday}`,
  repeatBiweekly: (weekday) => `Annakvar veke på ${weekday}`,
  repeatMonthly: (index, weekday) => `Kvar månad, ${index} ${weekday}`,
  repeatUntil: 'Til og med',
  repeatSummary: (count, last) => (count === 1 ? `1 møte, ${last}.` : `${count} møte, det siste ${last}.`),
  repeatHolidays: (dates) => `Fell på heilagdag: ${dates}. Flytt eller avlys desse i kalenderen.`,
  repeatFreeBusyNote: 'Ledig tid er berre sjekka for det første møtet.',
  repeatInvalid: 'Sluttdatoen må vere etter det første møtet og innan eitt år.',
  weekdays: { monday: 'måndag', tuesday: 'tysdag', wednesday: 'onsdag', thursday: 'torsdag', friday: 'fredag', saturday: 'laurdag', sunday: 'sundag' },
  weekIndexes: { first: 'første', second: 'andre', third: 'tredje', fourth: 'fjerde', last: 'siste' },

  bookNow: 'Set opp møtet',
  chosenTime: (time) => `Valt tidspunkt: ${time}`,

  bookedTitle: 'Møtet er sett opp',
  bookedText: 'Innkallinga er send som eit privat Teams-møte frå kalenderen din.',
  joinLink: 'Bli med i Teams-møtet',
  calendarLink: 'Opne i kalenderen',
  joinLinkPending: 'Teams-lenka kjem i innkallinga i kalenderen din.',
  bookAnother: 'Set opp eit nytt møte',
  failedTitle: 'Møtet vart ikkje sett opp',
  failedThrottled: 'Microsoft 365 har mykje å gjere akkurat no. Vent eit minutt og prøv igjen.',
  failedNetwork: 'Sambandet vart brote. Sjekk nettet og prøv igjen.',
  failedDenied: 'Du har ikkje tilgang til å lage møte i kalenderen. Kontakt IT eller prosjektgruppa.',
  failedOther: 'Noko gjekk gale. Prøv igjen, eller set opp møtet i Outlook.',
  tryAgain: 'Prøv igjen',
  retryIsSafe: 'Å prøve igjen lagar ikkje eit ekstra møte: om det første kom gjennom, får du det.',
  nothingCreated: 'Det vart ikkje laga noko møte, og inga innkalling er send.',
  unknownTitle: 'Vi veit ikkje enno om møtet vart sett opp',
  unknownText: 'Svaret frå Microsoft 365 kom ikkje fram, og vi fekk ikkje sjekka kalenderen din. Møtet kan finnast. Sjå i Outlook-kalenderen, eller sjekk igjen om litt.',
  checkAgain: 'Sjekk igjen'
};

export const en: MeetingStrings = {
  bookButton: 'Book a meeting',
  bookArenaButton: (arena) => `Book a meeting: ${arena}`,
  title: (arena) => `Book a meeting: ${arena}`,
  intro:
    'Find a time everyone can make and send the invitation as a private Teams meeting from your calendar. The subject is the arena’s neutral title, so nobody can see who the meeting is about.',
  audienceNote: 'This is for team leads and stafettholdere (case coordinators) who call interdisciplinary meetings. The meeting is created in your own Outlook calendar.',
  arenaTextRefused: "This arena's meeting subject or agenda template looks as if it could identify a child, and it goes into every invitation. Ask an editor to change the arena in the «TB Arenaer» list before you book.",
  arenaTextField: { meetingSubject: 'Meeting subject', agendaTemplate: 'Agenda template' },
  arenaNotFound: 'The arena was not found. It may have been removed or renamed.',
  loadingView: 'Opening the booking …',
  loadViewFailed: 'The booking could not be opened. Check the network connection and try again.',
  backToArena: (arena) => `Back to ${arena}`,

  participantsTitle: 'Participants',
  invitationCount: (count) => (count === 1 ? 'The invitation goes to 1 person' : `The invitation goes to ${count} people`),
  participantsIntro: 'The suggestion is one contact per service on the arena. To invite more people, add them with the search below.',
  servicesWithoutAddress: (services) => `The model has no email address for ${services}. Add a person with the search if the service should take part.`,
  chairLabel: 'Chair of the arena',
  noParticipants: 'No participants yet. Add them with the search below.',
  requiredHint: 'Everyone must come until you untick them. Those unticked are invited as optional, and the times are ranked by how many of them can come.',
  you: 'you',
  required: 'Required',
  requiredFor: (name) => `${name} required`,
  remove: 'Remove',
  removeNamed: (name) => `Remove ${name}`,
  added: (name) => `${name} added.`,
  removed: (name) => `${name} removed.`,
  searchLabel: 'Add a person',
  searchHint: 'Type at least two letters of the name.',
  searching: 'Searching …',
  searchNoResults: 'No matches.',
  searchFailed: 'The search did not work. Try again.',
  addNamed: (name) => `Add ${name}`,
  alreadyAdded: 'Already added',

  optionsTitle: 'Length and period',
  durationLabel: 'Meeting length',
  minutes: (n) => `${n} minutes`,
  windowLabel: 'Look for times in the next',
  weeks: (n) => (n === 1 ? '1 week' : `${n} weeks`),
  findTimes: 'Find times',
  needsParticipants: 'Add at least one participant.',

  progressTitle: 'Status',
  progressFinding: (calendars) => `Finding times: getting free/busy for ${calendars} calendars …`,
  progressWaiting: (seconds, calendars) => `Microsoft 365 asked us to wait: retrying ${calendars} calendars in ${seconds} s …`,
  progressRanking: 'Picking the best times …',
  progressBooking: 'Booking the meeting …',
  progressBookingAgain: (attempt) => `Booking the meeting (attempt ${attempt}) …`,
  progressBookingWaiting: (seconds) => `Microsoft 365 did not answer. Trying again in ${seconds} s …`,
  progressConfirming: 'The meeting is made. Getting the Teams link …',
  progressChecking: 'Checking your calendar for the meeting …',
  findFailed: 'Could not get free/busy: Microsoft 365 did not answer. Wait a moment and try again.',
  cancel: 'Cancel',

  slotsTitle: 'Suggested times',
  slotsIntro: (count) => (count === 1 ? 'One time fits. Choose it to continue.' : `The ${count} best times, best first. Choose one.`),
  slotLegend: 'Time',
  everyoneFree: 'Everyone can come',
  freeLabel: 'Free',
  tentativeLabel: 'Tentatively busy',
  optionalBusyLabel: 'Cannot come (optional)',
  unknownCalendars: (names) => `Could not read the calendar of ${names}. They are counted as free.`,
  workingHoursGuessed: (names) => `The working hours of ${names} were read in Norwegian time.`,

  noSlotTitle: 'No time fits',
  noCandidateTimes: 'The period has no working hours in which anyone required is at work. Choose a longer period.',
  requiredUnavailable: (candidates) => `Each of the ${candidates} possible times has at least one required person who cannot come.`,
  blockerLine: (name, blocked, candidates) => `${name} cannot come at ${blocked} of ${candidates} times`,
  blockerWhy: (busy, outside) => `(${busy} busy, ${outside} outside working hours)`,
  nearestWithout: (name, time) => `Nearest time without ${name}: ${time}.`,
  makeOptional: (name) => `Make ${name} optional and search again`,
  tryLongerWindow: (weeks) => `Search a longer period (${weeks} weeks)`,

  detailsTitle: 'About the meeting',
  subjectLabel: 'Subject',
  subjectFromArena: 'A neutral subject from the arena. It does not say who the meeting is about.',
  ownSubjectToggle: 'Write my own subject',
  ownSubjectLabel: 'Own subject',
  noteLabel: 'Note to the participants (optional)',
  noteHint: 'Do not write names, dates of birth or anything else that could identify the child.',
  privacyWarningTitle: 'This could identify a child',
  privacyFindingKinds: { name: 'May be a name', birthNumber: 'Birth number', dateOfBirth: 'May be a date of birth', age: 'Age' },
  privacyAdvice: 'Calendars are read by many and kept for a long time. Change the text, or confirm that it does not identify the child.',
  privacyConfirm: 'I have checked the text. It does not identify the child.',
  privacyNeedsAnswer: 'Change the text or confirm it before booking.',

  basisLegend: 'Basis for sharing information',
  basisHint: 'Only your choice is written in the invitation, never who the meeting is about.',
  basisOptions: {
    consentObtained: 'Consent has been obtained',
    anonymousDiscussion: 'Anonymous discussion',
    noPersonalInformation: 'No personal information (not about one child)'
  },
  basisRequired: 'Choose the basis for sharing information.',
  consentArenaHint: 'This arena needs consent before a named child is discussed. Without consent, choose anonymous discussion.',

  repeatLegend: 'Repeat',
  repeatNone: 'Do not repeat',
  repeatSuggested: '(usual for this arena)',
  repeatWeekly: (weekday) => `Every week on ${weekday}`,
  repeatBiweekly: (weekday) => `Every other week on ${weekday}`,
  repeatMonthly: (index, weekday) => `Every month, the ${index} ${weekday}`,
  repeatUntil: 'Until',
  repeatSummary: (count, last) => (count === 1 ? `1 meeting, ${last}.` : `${count} meetings, the last on ${last}.`),
  repeatHolidays: (dates) => `Falls on a public holiday: ${dates}. Move or cancel these in the calendar.`,
  repeatFreeBusyNote: 'Free/busy was only checked for the first meeting.',
  repeatInvalid: 'The end date must be after the first meeting and within a year.',
  weekdays: { monday: 'Monday', tuesday: 'Tuesday', wednesday: 'Wednesday', thursday: 'Thursday', friday: 'Friday', saturday: 'Saturday', sunday: 'Sunday' },
  weekIndexes: { first: 'first', second: 'second', third: 'third', fourth: 'fourth', last: 'last' },

  bookNow: 'Book the meeting',
  chosenTime: (time) => `Chosen time: ${time}`,

  bookedTitle: 'The meeting is booked',
  bookedText: 'The invitation was sent as a private Teams meeting from your calendar.',
  joinLink: 'Join the Teams meeting',
  calendarLink: 'Open in the calendar',
  joinLinkPending: 'The Teams link will be in the invitation in your calendar.',
  bookAnother: 'Book another meeting',
  failedTitle: 'The meeting was not booked',
  failedThrottled: 'Microsoft 365 is busy right now. Wait a minute and try again.',
  failedNetwork: 'The connection was lost. Check the network and try again.',
  failedDenied: 'You are not allowed to create meetings in the calendar. Contact IT or the project group.',
  failedOther: 'Something went wrong. Try again, or book the meeting in Outlook.',
  tryAgain: 'Try again',
  retryIsSafe: 'Trying again does not create a second meeting: if the first went through, you get that one.',
  nothingCreated: 'No meeting was made and no invitation was sent.',
  unknownTitle: 'We do not know yet whether the meeting was booked',
  unknownText: 'The answer from Microsoft 365 was lost, and your calendar could not be checked. The meeting may exist. Look in your Outlook calendar, or check again in a moment.',
  checkAgain: 'Check again'
};
