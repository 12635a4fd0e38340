/**
 * The fictional people of the workbench's directory: the six demo users and 36 colleagues spread over the
 * product's services (the `department` is the service key). Every name is invented and generic; none belongs
 * to a real person in the source documents. Pure data and pure functions, so the page and tests can import it.
 */

export type DemoUserKey = 'staff' | 'staff2' | 'member' | 'lead' | 'admin' | 'owner';

export type WeekDay = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

export interface DemoWorkingHours {
  daysOfWeek: WeekDay[];
  /** Local time "HH:mm" in `timeZone`. */
  startTime: string;
  endTime: string;
  /** Windows time zone name, as Graph reports working hours. */
  timeZone: string;
}

export interface DemoPerson {
  id: string;
  givenName: string;
  surname: string;
  displayName: string;
  mail: string;
  userPrincipalName: string;
  jobTitle: string;
  /** The service key of the product (barnehage, skole, helsestasjon, …). */
  department: string;
  officeLocation: string;
  mobilePhone: string | null;
  preferredLanguage: string;
  workingHours: DemoWorkingHours;
  /** Set for the six people you can sign in as. */
  demoUser?: DemoUserKey;
}

export const DEMO_DOMAIN = 'demo-kommune.example';

const WEEKDAYS: WeekDay[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
const OSLO = 'W. Europe Standard Time';

const fullTime: DemoWorkingHours = { daysOfWeek: WEEKDAYS, startTime: '08:00', endTime: '15:30', timeZone: OSLO };
const mornings: DemoWorkingHours = { daysOfWeek: WEEKDAYS, startTime: '08:00', endTime: '12:00', timeZone: OSLO };
const monToThu: DemoWorkingHours = { daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday'], startTime: '08:00', endTime: '16:00', timeZone: OSLO };
const london: DemoWorkingHours = { daysOfWeek: WEEKDAYS, startTime: '09:00', endTime: '17:00', timeZone: 'GMT Standard Time' };
const newYork: DemoWorkingHours = { daysOfWeek: WEEKDAYS, startTime: '09:00', endTime: '17:00', timeZone: 'Eastern Standard Time' };

type Row = [givenName: string, surname: string, department: string, jobTitle: string, office: string, hours?: DemoWorkingHours, demoUser?: DemoUserKey];

const ROWS: Row[] = [
  ['Ingrid', 'Solberg', 'skole', 'Lærer', 'Nordbyen skole', fullTime, 'staff'],
  ['Jonas', 'Haugland', 'familiesenter', 'Teamleder og stafettholder', 'Familiesenteret', fullTime, 'lead'],
  ['Marit', 'Berge', 'helsestasjon', 'Leder for prosjektgruppa Trygge Barn', 'Rådhuset', fullTime, 'admin'],

  ['Kari', 'Nilsen', 'barnehage', 'Pedagogisk leder', 'Sentrum barnehage'],
  ['Ole', 'Pettersen', 'barnehage', 'Styrer', 'Sentrum barnehage'],
  ['Silje', 'Andreassen', 'barnehage', 'Barnehagelærer', 'Bakkedalen barnehage', mornings],
  ['Per', 'Kristiansen', 'skole', 'Rektor', 'Nordbyen skole'],
  ['Hanne', 'Lunde', 'skole', 'Kontaktlærer', 'Nordbyen skole'],
  ['Erik', 'Jensen', 'skole', 'Sosiallærer', 'Sørbyen ungdomsskole'],
  ['Anne', 'Haugen', 'helsestasjon', 'Helsesykepleier', 'Helsestasjonen'],
  ['Camilla', 'Strand', 'helsestasjon', 'Helsesykepleier i skolehelsetjenesten', 'Helsestasjonen', mornings],
  ['Magnus', 'Eide', 'helsestasjon', 'Jordmor', 'Helsestasjonen'],
  ['Knut', 'Larsen', 'ppt', 'PP-rådgiver', 'PPT-kontoret'],
  ['Heidi', 'Moen', 'ppt', 'Logoped', 'PPT-kontoret'],
  ['Geir', 'Halvorsen', 'barnevern', 'Barnevernleder', 'Barneverntjenesten'],
  ['Nina', 'Sørensen', 'barnevern', 'Saksbehandler', 'Barneverntjenesten'],
  ['Stian', 'Berg', 'barnevern', 'Barnevernkonsulent', 'Barneverntjenesten'],
  ['Marianne', 'Eriksen', 'nav', 'Veileder', 'NAV Demo kommune'],
  ['Trond', 'Olsen', 'nav', 'Sosialkonsulent', 'NAV Demo kommune', monToThu],
  ['Elin', 'Gundersen', 'psykisk-helse-rus', 'Psykiatrisk sykepleier', 'Psykisk helse og rus'],
  ['Rune', 'Iversen', 'psykisk-helse-rus', 'Ruskonsulent', 'Psykisk helse og rus'],
  ['Kristin', 'Bakke', 'psykisk-helse-rus', 'Psykolog', 'Psykisk helse og rus'],
  ['Håkon', 'Lie', 'bup', 'Psykologspesialist', 'BUP (fjernarbeid fra London)', london],
  ['Ragnhild', 'Myhre', 'bup', 'Overlege', 'BUP'],
  ['Svein', 'Aasen', 'politi', 'Politikontakt', 'Politistasjonen'],
  ['Ida', 'Hovland', 'politi', 'Forebyggende politi', 'Politistasjonen'],
  ['Lars', 'Mathisen', 'fastlege', 'Fastlege', 'Legesenteret'],
  ['Astrid', 'Nygaard', 'fastlege', 'Fastlege', 'Legesenteret', monToThu],
  ['Vegard', 'Knutsen', 'fritid', 'Fritidsleder', 'Ungdomshuset'],
  ['Linn', 'Ødegaard', 'fritid', 'Ungdomsarbeider', 'Ungdomshuset'],
  ['Sigrid', 'Holm', 'familiesenter', 'Familieterapeut', 'Familiesenteret'],
  ['Eirik', 'Paulsen', 'familiesenter', 'Familieveileder', 'Familiesenteret'],
  ['Tor', 'Fredriksen', 'flyktningtjeneste', 'Programrådgiver', 'Flyktningkontoret'],
  ['Mona', 'Jakobsen', 'flyktningtjeneste', 'Flyktningkonsulent', 'Flyktningkontoret'],
  ['Espen', 'Viken', 'flyktningtjeneste', 'Rådgiver (utplassert i New York)', 'Flyktningkontoret', newYork],
  ['Hilde', 'Bråten', 'tannhelse', 'Tannpleier', 'Tannklinikken'],
  ['Morten', 'Aune', 'tannhelse', 'Tannlege', 'Tannklinikken'],
  ['Kjersti', 'Ruud', 'tannhelse', 'Tannhelsesekretær', 'Tannklinikken'],
  ['Eva', 'Lindberg', 'barnevern', 'Fagkoordinator', 'Barneverntjenesten'],
  // Demo users added with sites and permission levels; appended so everyone above keeps their phone number.
  ['Randi', 'Vik', 'barnehage', 'Barnehagelærer', 'Bakkedalen barnehage', fullTime, 'staff2'],
  ['Arne', 'Fjeld', 'barnehage', 'Assisterende styrer', 'Sentrum barnehage', fullTime, 'member'],
  ['Liv', 'Sandvik', 'familiesenter', 'Seksjonsleder oppvekst', 'Rådhuset', fullTime, 'owner']
];

/** ASCII mail part of a Norwegian name: æ → ae, ø → o, å → a. */
export function mailNamePart(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A stable GUID-shaped id from text (FNV-1a rounds), so ids survive a reseed and match across processes. */
export function stableGuid(text: string): string {
  let hex = '';
  for (let round = 0; round < 4; round++) {
    let h = 2166136261 ^ round;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 16777619);
    }
    h ^= h >>> 13;
    h = Math.imul(h, 0x5bd1e995);
    h ^= h >>> 15;
    hex += (h >>> 0).toString(16).padStart(8, '0');
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function toPerson([givenName, surname, department, jobTitle, office, hours, demoUser]: Row, index: number): DemoPerson {
  const mail = `${mailNamePart(givenName)}.${mailNamePart(surname)}@${DEMO_DOMAIN}`;
  return {
    id: stableGuid(`person:${mail}`),
    givenName,
    surname,
    displayName: `${givenName} ${surname}`,
    mail,
    userPrincipalName: mail,
    jobTitle,
    department,
    officeLocation: office,
    mobilePhone: `+47 400 ${String(10 + index).padStart(2, '0')} ${String(100 + index * 7).slice(-3)}`,
    preferredLanguage: 'nb-NO',
    workingHours: hours ?? fullTime,
    demoUser
  };
}

/**
 * The services' functional mailboxes (shared mailboxes in Exchange, user objects in the directory), at the
 * addresses the starter model's services list gives as each service's e-mail. The booking invites one address
 * per service from the model, so these must have calendars for free/busy as a shared mailbox has.
 */
const SERVICE_MAILBOXES: ReadonlyArray<[serviceKey: string, displayName: string]> = [
  ['barnehage', 'Barnehage – fellespostkasse'],
  ['skole', 'Skole – fellespostkasse'],
  ['helsestasjon', 'Helsestasjon – fellespostkasse'],
  ['ppt', 'PP-tjenesten – fellespostkasse'],
  ['barnevern', 'Barnevernstjenesten – fellespostkasse'],
  ['nav', 'NAV – fellespostkasse'],
  ['psykisk-helse-rus', 'Psykisk helse og rus – fellespostkasse'],
  ['fritid', 'Fritid – fellespostkasse'],
  ['familiesenter', 'Familiesenteret – fellespostkasse'],
  ['flyktningtjeneste', 'Flyktningtjenesten – fellespostkasse'],
  ['tannhelse', 'Tannhelsetjenesten – fellespostkasse'],
  ['koordinerende-enhet', 'Koordinerende enhet – fellespostkasse'],
  ['slt', 'SLT – fellespostkasse']
];

function toMailbox([serviceKey, displayName]: [string, string]): DemoPerson {
  const mail = `${serviceKey}@${DEMO_DOMAIN}`;
  return {
    id: stableGuid(`person:${mail}`),
    givenName: '',
    surname: '',
    displayName,
    mail,
    userPrincipalName: mail,
    jobTitle: '',
    department: serviceKey,
    officeLocation: '',
    mobilePhone: null,
    preferredLanguage: 'nb-NO',
    workingHours: fullTime
  };
}

// Mailboxes last, so every person keeps the index (and so the phone number) it had.
export const DEMO_PEOPLE: readonly DemoPerson[] = [...ROWS.map(toPerson), ...SERVICE_MAILBOXES.map(toMailbox)];

export function demoUserPerson(key: DemoUserKey): DemoPerson {
  const person = DEMO_PEOPLE.find((p) => p.demoUser === key);
  if (!person) throw new Error(`No demo user "${key}"`);
  return person;
}

/** Finds a person by id, mail or user principal name (case-insensitive, as Graph does). */
export function findPerson(idOrAddress: string): DemoPerson | undefined {
  const wanted = idOrAddress.toLowerCase();
  return DEMO_PEOPLE.find((p) => p.id === wanted || p.mail === wanted || p.userPrincipalName === wanted);
}
