import { loadSigningSecret } from '../../../workbench/server/auth/signingSecret';
import { DEMO_TENANT_ID, signToken, TOKEN_AUDIENCE, TOKEN_ISSUER } from '../../../workbench/server/auth/jwt';
import { APP_CLIENT } from '../../../workbench/server/auth/scopes';
import { demoUserPerson } from '../../../workbench/server/graph/demoPeople';
import { startWorkbench, type TestWorkbench } from './testWorkbench';

/**
 * Graph checks the token's delegated scopes per operation ("Permissions" table of each v1.0 page): a token
 * holding none of the listed permissions is refused, whatever the user could do in Outlook.
 */
describe('Graph refuses a token without the operation\'s delegated permission', () => {
  let wb: TestWorkbench;
  beforeAll(async () => {
    wb = await startWorkbench();
  });
  afterAll(async () => {
    await wb.close();
  });

  function tokenWith(scp: string): string {
    const person = demoUserPerson('lead');
    const now = Math.floor(Date.now() / 1000);
    return signToken(
      { aud: TOKEN_AUDIENCE, iss: TOKEN_ISSUER, iat: now, nbf: now, exp: now + 600, tid: DEMO_TENANT_ID, name: person.displayName, upn: person.userPrincipalName, oid: person.id, roles: [], scp, appid: APP_CLIENT.id, app_displayname: APP_CLIENT.displayName },
      loadSigningSecret(wb.dataDir)
    );
  }

  async function call(token: string, method: string, path: string, body?: unknown): Promise<{ status: number; code?: string }> {
    const response = await fetch(`${wb.graph}/${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    const json = (await response.json().catch(() => ({}))) as { error?: { code?: string } };
    return { status: response.status, code: json.error?.code };
  }

  const schedule = {
    schedules: [demoUserPerson('staff').mail],
    startTime: { dateTime: '2027-01-11T08:00:00', timeZone: 'W. Europe Standard Time' },
    endTime: { dateTime: '2027-01-11T16:00:00', timeZone: 'W. Europe Standard Time' },
    availabilityViewInterval: 30
  };

  it('getSchedule without a Calendars scope: 403 ErrorAccessDenied; with Calendars.ReadBasic it answers', async () => {
    expect(await call(tokenWith('AllSites.Write User.ReadBasic.All'), 'POST', 'me/calendar/getSchedule', schedule)).toEqual({ status: 403, code: 'ErrorAccessDenied' });
    expect((await call(tokenWith('Calendars.ReadBasic'), 'POST', 'me/calendar/getSchedule', schedule)).status).toBe(200);
  });

  it('creating an event needs Calendars.ReadWrite: Calendars.ReadBasic alone is refused', async () => {
    const event = { subject: 'Tverrfaglig team', start: schedule.startTime, end: { dateTime: '2027-01-11T09:00:00', timeZone: 'W. Europe Standard Time' } };
    expect(await call(tokenWith('Calendars.ReadBasic User.ReadBasic.All'), 'POST', 'me/events', event)).toEqual({ status: 403, code: 'ErrorAccessDenied' });
  });

  it('listing users without a directory scope: 403 Authorization_RequestDenied', async () => {
    expect(await call(tokenWith('Calendars.ReadWrite'), 'GET', "users?$filter=startswith(displayName,'K')")).toEqual({ status: 403, code: 'Authorization_RequestDenied' });
    expect((await call(tokenWith('User.ReadBasic.All'), 'GET', "users?$filter=startswith(displayName,'K')")).status).toBe(200);
  });

  it('the tokens the workbench hands out (own app and SPFx principal) carry what the product needs', async () => {
    const spfx = ((await (await fetch(`${wb.url}/workbench/token/lead?client=spfx`)).json()) as { access_token: string }).access_token;
    for (const token of [wb.tokens.lead, spfx]) {
      expect((await call(token, 'POST', 'me/calendar/getSchedule', schedule)).status).toBe(200);
    }
  });
});
