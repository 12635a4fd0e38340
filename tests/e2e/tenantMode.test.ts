import { ownWorkbench } from './support/ownWorkbench';

/**
 * Tenant mode offline: a workbench started with tenant settings runs MSAL Browser (v5) under the page's CSP and
 * sends the person to Entra ID's authorize endpoint with our app registration and the redirect bridge as
 * redirect URI. The sign-in itself needs a tenant; the request that starts it is checked here.
 */
const TENANT_ENV = {
  WORKBENCH_TENANT_CLIENT_ID: '2f7e4c1a-9b3d-4e5f-8a6b-1c2d3e4f5a6b',
  WORKBENCH_TENANT_ID: 'demokommune.onmicrosoft.com',
  WORKBENCH_TENANT_SITE_URL: 'https://demokommune.sharepoint.com/sites/tryggebarn'
};

const own = ownWorkbench('tb-tenant-', { env: TENANT_ENV });

describe('tenant mode (MSAL Browser v5)', () => {
  it('starts the sign-in at Entra ID with our client id, the tenant and the redirect bridge, without a CSP violation', async () => {
    const context = await own.browser.newContext();
    const page = await context.newPage();
    const cspViolations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    const authorize = new Promise<URL>((resolve) => {
      void page.route('https://login.microsoftonline.com/**', async (route) => {
        const requested = new URL(route.request().url());
        // MSAL first reads the tenant's OpenID metadata (answered here as Entra ID would, offline); the
        // navigation to /authorize is the sign-in itself.
        if (requested.pathname.endsWith('/openid-configuration')) {
          const base = 'https://login.microsoftonline.com/demokommune.onmicrosoft.com';
          await route.fulfill({
            status: 200,
            contentType: 'application/json',
            headers: { 'Access-Control-Allow-Origin': '*' },
            body: JSON.stringify({
              token_endpoint: `${base}/oauth2/v2.0/token`,
              authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
              end_session_endpoint: `${base}/oauth2/v2.0/logout`,
              issuer: 'https://login.microsoftonline.com/{tenantid}/v2.0',
              jwks_uri: `${base}/discovery/v2.0/keys`
            })
          });
        } else if (requested.pathname.endsWith('/authorize')) {
          resolve(requested);
          await route.abort();
        } else await route.abort();
      });
    });
    await page.goto(`${own.base}/?tenant=1`);
    const signIn = await authorize;
    expect(signIn.pathname).toBe('/demokommune.onmicrosoft.com/oauth2/v2.0/authorize');
    expect(signIn.searchParams.get('client_id')).toBe(TENANT_ENV.WORKBENCH_TENANT_CLIENT_ID);
    expect(signIn.searchParams.get('redirect_uri')).toMatch(/^http:\/\/localhost:\d+\/workbench\/auth\/redirect$/);
    expect(signIn.searchParams.get('scope')).toContain('https://demokommune.sharepoint.com/AllSites.Write');
    expect(signIn.searchParams.get('code_challenge_method')).toBe('S256');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('serves the redirect bridge, which says so when it is opened without a sign-in response', async () => {
    const context = await own.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${own.base}/workbench/auth/redirect`);
    await page.getByText('Innloggingen kunne ikke fullføres', { exact: false }).waitFor();
    await context.close();
  });
});
