import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEMO_PEOPLE } from '../../../workbench/server/graph/demoPeople';
import { shapeDifferences } from '../../fixtures/workbench/expectSameShape';
import { getJson, startWorkbench, type TestWorkbench } from './testWorkbench';

/** The services' functional mailboxes have no person's name. */
const isServiceMailbox = (p: (typeof DEMO_PEOPLE)[number]): boolean => p.givenName === '' && p.surname === '';

const SERVICE_KEYS = ['barnehage', 'skole', 'helsestasjon', 'ppt', 'barnevern', 'nav', 'psykisk-helse-rus', 'bup', 'politi', 'fastlege', 'fritid', 'familiesenter', 'flyktningtjeneste', 'tannhelse'];

let wb: TestWorkbench;
const auth = (user: 'staff' | 'lead' | 'admin' = 'staff', extra: Record<string, string> = {}): Record<string, string> => ({ Authorization: `Bearer ${wb.tokens[user]}`, ...extra });

interface Users {
  value: Record<string, unknown>[];
  '@odata.nextLink'?: string;
  '@odata.count'?: number;
}

beforeAll(async () => {
  wb = await startWorkbench();
});

afterAll(async () => {
  await wb.close();
});

describe('the demo directory', () => {
  it('spreads about 36 fictional people over every service, 2–4 each, plus the three demo users', () => {
    const others = DEMO_PEOPLE.filter((p) => !p.demoUser && !isServiceMailbox(p));
    expect(others.length).toBeGreaterThanOrEqual(34);
    expect(others.length).toBeLessThanOrEqual(38);
    for (const key of SERVICE_KEYS) {
      const count = others.filter((p) => p.department === key).length;
      expect([key, count >= 2 && count <= 4]).toEqual([key, true]);
    }
    expect(DEMO_PEOPLE.filter((p) => p.demoUser).map((p) => [p.demoUser, p.department])).toEqual(
      expect.arrayContaining([
        ['staff', 'skole'],
        ['lead', 'familiesenter'],
        ['admin', 'helsestasjon']
      ])
    );
    expect(new Set(DEMO_PEOPLE.map((p) => p.id)).size).toBe(DEMO_PEOPLE.length);
    for (const p of DEMO_PEOPLE) expect(p.mail).toMatch(isServiceMailbox(p) ? /^[a-z-]+@demo-kommune\.example$/ : /^[a-z-]+\.[a-z-]+@demo-kommune\.example$/);
    const zones = new Set(DEMO_PEOPLE.map((p) => p.workingHours.timeZone));
    expect(zones).toEqual(new Set(['W. Europe Standard Time', 'GMT Standard Time', 'Eastern Standard Time']));
  });

  it('uses no name from the source documents', () => {
    const seeds = '/work/shared/seeds';
    if (!fs.existsSync(seeds)) return;
    const text = fs.readdirSync(seeds).map((f) => fs.readFileSync(path.join(seeds, f), 'utf8')).join('\n');
    for (const p of DEMO_PEOPLE.filter((person) => !isServiceMailbox(person))) {
      expect([p.givenName, new RegExp(`\\b${p.givenName}\\b`).test(text)]).toEqual([p.givenName, false]);
      expect([p.surname, new RegExp(`\\b${p.surname}\\b`).test(text)]).toEqual([p.surname, false]);
    }
  });
});

describe('the services\' mailboxes', () => {
  it('every service e-mail in the starter model (nb and nn) is a directory entry with a calendar', async () => {
    const emails = new Set<string>();
    for (const locale of ['nb', 'nn']) {
      const model = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'sharepoint', 'seed', `starter-model.${locale}.json`), 'utf8')) as {
        services: Array<{ reach?: { email?: string } }>;
      };
      for (const service of model.services) if (service.reach?.email) emails.add(service.reach.email.toLowerCase());
    }
    expect(emails.size).toBeGreaterThan(10);
    const response = await fetch(`${wb.graph}/me/calendar/getSchedule`, {
      method: 'POST',
      headers: auth('lead', { 'Content-Type': 'application/json' }),
      body: JSON.stringify({
        schedules: [...emails].slice(0, 20),
        startTime: { dateTime: '2027-01-11T08:00:00', timeZone: 'W. Europe Standard Time' },
        endTime: { dateTime: '2027-01-11T16:00:00', timeZone: 'W. Europe Standard Time' },
        availabilityViewInterval: 60
      })
    });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { value: Array<{ scheduleId: string; availabilityView?: string; error?: unknown }> };
    for (const email of emails) expect([email, DEMO_PEOPLE.some((p) => p.mail === email)]).toEqual([email, true]);
    for (const schedule of answer.value) expect([schedule.scheduleId, schedule.error, typeof schedule.availabilityView]).toEqual([schedule.scheduleId, undefined, 'string']);
  });
});

describe('GET me and users/{id|upn}', () => {
  it('me answers Graph’s default user properties (department only with $select)', async () => {
    const me = await getJson(`${wb.graph}/me`, auth('lead'));
    expect(shapeDifferences(me, JSON.parse(fs.readFileSync(path.join(__dirname, '../../fixtures/microsoft/graph-user.json'), 'utf8')))).toEqual([]);
    expect(me).toMatchObject({ displayName: 'Jonas Haugland', mail: 'jonas.haugland@demo-kommune.example', jobTitle: 'Teamleder og stafettholder' });
    expect(me).not.toHaveProperty('department');
    const selected = await getJson(`${wb.graph}/me?$select=displayName,department`, auth('lead'));
    expect(selected).toEqual({ '@odata.context': `${wb.graph}/$metadata#users(displayName,department)/$entity`, displayName: 'Jonas Haugland', department: 'familiesenter' });
  });

  it('users/{id} and users/{upn} (any case); 404 for an unknown one', async () => {
    const person = DEMO_PEOPLE.find((p) => p.department === 'bup') as (typeof DEMO_PEOPLE)[number];
    await expect(getJson(`${wb.graph}/users/${person.id}`, auth())).resolves.toMatchObject({ id: person.id, displayName: person.displayName });
    await expect(getJson(`${wb.graph}/users/${person.userPrincipalName.toUpperCase()}`, auth())).resolves.toMatchObject({ id: person.id });
    const missing = await getJson<{ error: { code: string } }>(`${wb.graph}/users/nobody@demo-kommune.example`, auth(), 404);
    expect(missing.error.code).toBe('Request_ResourceNotFound');
  });
});

// The product's package requests User.ReadBasic.All and no wider directory permission (config/package-solution.json),
// and workbench tokens carry the same scopes: others' profiles are the basic profile only.
describe('User.ReadBasic.All: the basic profile of other people', () => {
  const other = (): (typeof DEMO_PEOPLE)[number] => DEMO_PEOPLE.find((p) => p.department === 'bup') as (typeof DEMO_PEOPLE)[number];

  it('gives others’ basic properties; jobTitle, department and the rest come back null, even when $selected', async () => {
    const person = other();
    const plain = await getJson<Record<string, unknown>>(`${wb.graph}/users/${person.id}`, auth('lead'));
    expect(plain).toMatchObject({ id: person.id, displayName: person.displayName, givenName: person.givenName, surname: person.surname, mail: person.mail, userPrincipalName: person.userPrincipalName });
    expect(plain).toMatchObject({ jobTitle: null, officeLocation: null, mobilePhone: null, preferredLanguage: null, businessPhones: [] });
    const selected = await getJson<Record<string, unknown>>(`${wb.graph}/users/${person.id}?$select=displayName,jobTitle,department,officeLocation`, auth('lead'));
    expect(selected).toEqual({
      '@odata.context': `${wb.graph}/$metadata#users(displayName,jobTitle,department,officeLocation)/$entity`,
      displayName: person.displayName,
      jobTitle: null,
      department: null,
      officeLocation: null
    });
    const list = await getJson<Users>(`${wb.graph}/users?$select=displayName,department&$top=999`, auth('lead'));
    expect(list.value.filter((u) => u.displayName !== 'Jonas Haugland').every((u) => u.department === null)).toBe(true);
  });

  it('refuses $filter on department or jobTitle with 403 Authorization_RequestDenied, and $search on them too', async () => {
    for (const filter of ["department eq 'bup'", "startswith(jobTitle,'Rektor')", "startswith(displayName,'Ka') and department eq 'skole'"]) {
      const refused = await getJson<{ error: { code: string; message: string } }>(`${wb.graph}/users?$filter=${encodeURIComponent(filter)}`, auth('lead', { ConsistencyLevel: 'eventual' }), 403);
      expect([filter, refused.error]).toEqual([filter, expect.objectContaining({ code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' })]);
    }
    const search = await getJson<{ error: { code: string } }>(`${wb.graph}/users?$search="department:bup"`, auth('lead', { ConsistencyLevel: 'eventual' }), 403);
    expect(search.error.code).toBe('Authorization_RequestDenied');
  });

  it('takes startswith(displayName) and $search on name and address with the basic $select', async () => {
    const found = await getJson<Users>(`${wb.graph}/users?$filter=${encodeURIComponent("startswith(displayName,'Kari')")}&$select=id,displayName,mail,userPrincipalName`, auth('lead'));
    expect(found.value.map((u) => Object.keys(u).sort())).toEqual([['displayName', 'id', 'mail', 'userPrincipalName']]);
    const searched = await getJson<Users>(`${wb.graph}/users?$search=${encodeURIComponent('"displayName:nilsen" OR "mail:nilsen"')}&$select=id,displayName,mail`, auth('lead', { ConsistencyLevel: 'eventual' }));
    expect(searched.value.map((u) => u.displayName)).toEqual(['Kari Nilsen']);
  });

  it('gives the signed-in user their own full profile', async () => {
    const me = await getJson<Record<string, unknown>>(`${wb.graph}/me?$select=displayName,department`, auth('lead'));
    expect(me).toMatchObject({ displayName: 'Jonas Haugland', department: 'familiesenter' });
  });
});

describe('GET users', () => {
  it('$search needs ConsistencyLevel: eventual, as in Graph', async () => {
    const refused = await getJson<{ error: { code: string; message: string } }>(`${wb.graph}/users?$search="displayName:ka"`, auth(), 400);
    expect(refused.error).toMatchObject({ code: 'Request_UnsupportedQuery', message: expect.stringContaining('ConsistencyLevel') });
    const found = await getJson<Users>(`${wb.graph}/users?$search="displayName:ka"&$select=displayName,mail`, auth('staff', { ConsistencyLevel: 'eventual' }));
    expect(found.value).toEqual([{ displayName: 'Kari Nilsen', mail: 'kari.nilsen@demo-kommune.example' }]);
    const surname = await getJson<Users>(`${wb.graph}/users?$search="displayName:holm" OR "mail:sigrid"&$count=true`, auth('staff', { ConsistencyLevel: 'eventual' }));
    expect(surname.value.map((u) => u.displayName)).toEqual(['Sigrid Holm']);
    expect(surname['@odata.count']).toBe(1);
  });

  it("$filter=startswith(displayName,'Ma')", async () => {
    const ma = await getJson<Users>(`${wb.graph}/users?$filter=startswith(displayName,'Ma')&$select=displayName`, auth());
    expect(ma.value.map((u) => u.displayName).sort()).toEqual(['Magnus Eide', 'Marianne Eriksen', 'Marit Berge']);
  });

  it('$top pages with @odata.nextLink', async () => {
    const first = await getJson<Users>(`${wb.graph}/users?$top=15&$select=id`, auth());
    expect(first.value).toHaveLength(15);
    const ids = first.value.map((u) => u.id);
    let next = first['@odata.nextLink'];
    while (next) {
      const page: Users = await getJson<Users>(next, auth());
      ids.push(...page.value.map((u) => u.id));
      next = page['@odata.nextLink'];
    }
    expect(ids).toEqual(DEMO_PEOPLE.map((p) => p.id));
  });

  it('answers a path Graph does not know as Graph does', async () => {
    const unknown = await getJson<{ error: { code: string; message: string } }>(`${wb.graph}/me/drive/root`, auth(), 400);
    expect(unknown.error.code).toBe('BadRequest');
  });
});
