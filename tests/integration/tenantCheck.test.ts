import type { Client } from '@microsoft/microsoft-graph-client';
import { workbenchGraphClient } from '../../workbench/client/workbenchGraphClient';
import { SharePointSiteProvisioner } from '../../src/data/sharepoint/SharePointSiteProvisioner';
import { exitCodeOf, formatChecklist, runTenantCheck, type CheckLine } from '../../scripts/tenantCheck/runTenantCheck';
import { listPath, startAdminWorkbench, type AdminWorkbench, type DemoUser } from './admin/adminWorkbench';

const OWNER = 'owner' as DemoUser;

let wb: AdminWorkbench;
let graph: Client;

beforeAll(async () => {
  wb = await startAdminWorkbench({ empty: true });
  const token = ((await (await fetch(`${wb.url}/workbench/token/owner`)).json()) as { access_token: string }).access_token;
  graph = workbenchGraphClient(wb.url, token);
});
afterAll(async () => {
  await wb?.stop();
});

async function check(): Promise<CheckLine[]> {
  return runTenantCheck({ siteUrl: wb.siteUrl, sp: await wb.client(OWNER), graph });
}

function failed(lines: CheckLine[]): string[] {
  return lines.filter((l) => l.status === 'fail').map((l) => l.check);
}

describe('npm run tenant:check against the workbench', () => {
  it('fails on a site nobody has set up: missing lists and the editors group, with what to do', async () => {
    const lines = await check();
    expect(exitCodeOf(lines)).toBe(1);
    expect(failed(lines)).toEqual(expect.arrayContaining(['group «Trygge Barn – redaktører»', 'TB Rutiner: lists and columns']));
    expect(lines.find((l) => l.check === 'TB Rutiner: lists and columns')?.detail).toMatch(/npm run provision/);
  });

  it('passes every check once the site is provisioned: lists, permissions, approval off, tenant property, time zone, Graph grants', async () => {
    const provisioner = new SharePointSiteProvisioner(await wb.client(OWNER));
    expect((await provisioner.apply(await provisioner.plan(), 'nb')).kind).toBe('done');
    const lines = await check();
    expect(formatChecklist(lines)).not.toMatch(/✘/);
    expect(exitCodeOf(lines)).toBe(0);
    expect(lines.find((l) => l.check === 'TB Tilbakemeldinger: permissions')?.detail).toMatch(/only their own items/);
    expect(lines.find((l) => l.check === 'tenant property TryggeBarnModelSite')).toMatchObject({ status: 'ok' });
    expect(lines.find((l) => l.check === 'regional time zone')).toMatchObject({ status: 'ok', detail: expect.stringMatching(/Stockholm/) });
    expect(lines.find((l) => l.check === 'Microsoft Graph permissions for SPFx')).toMatchObject({ status: 'ok', detail: 'Calendars.ReadBasic, Calendars.ReadWrite, User.ReadBasic.All granted' });
  });

  it('fails when someone resets a model list to inherit the site (Members could edit routines) or switches approval on', async () => {
    const routines = listPath('TB Rutiner');
    expect((await wb.rest(OWNER, 'POST', `${routines}/resetroleinheritance`)).status).toBeLessThan(300);
    expect((await wb.rest(OWNER, 'POST', listPath('TB Verktoy'), { EnableModeration: true }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' })).status).toBe(204);
    const lines = await check();
    expect(exitCodeOf(lines)).toBe(1);
    expect(failed(lines).sort()).toEqual(['TB Rutiner: permissions', 'TB Verktoy: content approval']);
    expect(lines.find((l) => l.check === 'TB Rutiner: permissions')?.detail).toMatch(/inherits the site's permissions/);
  });

  it('fails when a Graph permission the package requests was not approved', async () => {
    const sp = (await graph.api('/servicePrincipals').filter("displayName eq 'SharePoint Online Client Extensibility Web Application Principal'").get()) as { value: { id: string }[] };
    const grants = (await graph.api('/oauth2PermissionGrants').filter(`clientId eq '${sp.value[0].id}'`).get()) as { value: { id: string }[] };
    await graph.api(`/oauth2PermissionGrants/${grants.value[0].id}`).patch({ scope: 'User.ReadBasic.All Calendars.ReadBasic' });
    const line = (await check()).find((l) => l.check === 'Microsoft Graph permissions for SPFx');
    expect(line).toMatchObject({ status: 'fail', detail: expect.stringMatching(/^Calendars\.ReadWrite not granted; approve .* API access/) });
  });
});
