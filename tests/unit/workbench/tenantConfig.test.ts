import { readTenantConfig, GRAPH_SCOPES } from '../../../workbench/server/tenantConfig';
import { pageCsp } from '../../../workbench/server/mountPage';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const valid = {
  WORKBENCH_TENANT_CLIENT_ID: '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0',
  WORKBENCH_TENANT_ID: 'demokommune.onmicrosoft.com',
  WORKBENCH_TENANT_SITE_URL: 'https://demokommune.sharepoint.com/sites/tryggebarn/'
};

describe('tenant mode of the workbench', () => {
  it('is off without settings', () => {
    expect(readTenantConfig({}, 4321)).toEqual({ kind: 'off' });
  });

  it('builds the MSAL and scope configuration from the three settings', () => {
    const result = readTenantConfig(valid, 4321);
    expect(result).toEqual({
      kind: 'on',
      config: {
        clientId: valid.WORKBENCH_TENANT_CLIENT_ID,
        authority: 'https://login.microsoftonline.com/demokommune.onmicrosoft.com',
        redirectUri: 'http://localhost:4321/workbench/auth/redirect',
        siteUrl: 'https://demokommune.sharepoint.com/sites/tryggebarn',
        sharePointScopes: ['https://demokommune.sharepoint.com/AllSites.Write'],
        graphScopes: ['Calendars.ReadBasic', 'Calendars.ReadWrite', 'User.ReadBasic.All'],
        connectOrigins: ['https://demokommune.sharepoint.com', 'https://login.microsoftonline.com', 'https://graph.microsoft.com']
      }
    });
  });

  it('asks Graph for exactly the scopes the package requests', () => {
    const solution = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'config', 'package-solution.json'), 'utf8'));
    expect(solution.solution.webApiPermissionRequests.map((p: { scope: string }) => p.scope)).toEqual(GRAPH_SCOPES);
  });

  it.each([
    [{ ...valid, WORKBENCH_TENANT_CLIENT_ID: 'my-app' }, 'CLIENT_ID'],
    [{ ...valid, WORKBENCH_TENANT_ID: 'not a tenant' }, 'TENANT_ID'],
    [{ ...valid, WORKBENCH_TENANT_SITE_URL: 'http://demokommune.sharepoint.com/sites/x' }, 'SITE_URL'],
    [{ ...valid, WORKBENCH_TENANT_SITE_URL: 'https://evil.example.com/sites/x' }, 'SITE_URL'],
    [{ WORKBENCH_TENANT_CLIENT_ID: valid.WORKBENCH_TENANT_CLIENT_ID }, 'TENANT_ID']
  ])('names what is wrong: %j', (env, problem) => {
    const result = readTenantConfig(env, 4321);
    expect(result.kind).toBe('invalid');
    expect(result.kind === 'invalid' && result.problems.join(' ')).toContain(problem);
  });

  it('opens the page CSP to the tenant only in tenant mode, never to eval or inline script', () => {
    const local = pageCsp();
    expect(local).toContain("connect-src 'self';");
    expect(local).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    const result = readTenantConfig(valid, 4321);
    const tenant = pageCsp(result.kind === 'on' ? result.config : undefined);
    expect(tenant).toContain("connect-src 'self' https://demokommune.sharepoint.com https://login.microsoftonline.com https://graph.microsoft.com");
    expect(tenant).not.toMatch(/unsafe-eval/);
  });
});
