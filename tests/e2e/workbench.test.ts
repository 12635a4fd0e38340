import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, openWorkbench, WORKBENCH_URL } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const dist = join(__dirname, '..', '..', 'dist');

describe('the workbench page', () => {
  it('runs the very bundle gulp bundle --ship wrote for the .sppkg, byte for byte', async () => {
    const opened = await openWorkbench(browser);
    // The entry and whatever chunks webpack has added by now (search, strings) all come from dist/ as shipped;
    // how many chunks are loaded at this instant depends on timing, so only the entry is counted.
    const loaded = await opened.page.evaluate(() =>
      Array.from(document.querySelectorAll('script[src]'))
        .map((s) => (s as HTMLScriptElement).src)
        .filter((src) => src.includes('/workbench/bundle/'))
    );
    const entries = loaded.filter((src) => /\/trygge-barn-web-part_[0-9a-f]+\.js$/.test(src));
    expect(entries).toHaveLength(1);
    const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
    const shipped = readdirSync(dist);
    for (const src of loaded) {
      const file = shipped.find((f) => src.endsWith(`/${f}`));
      expect(file).toBeDefined();
      const served = Buffer.from(await (await fetch(src)).arrayBuffer());
      expect(sha(served)).toBe(sha(readFileSync(join(dist, file as string))));
    }
    await opened.context.close();
  });

  it('is served with a Content-Security-Policy without unsafe-eval or inline script, and the product runs under it', async () => {
    const response = await fetch(`${WORKBENCH_URL()}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    const opened = await openWorkbench(browser);
    const violations: string[] = [];
    opened.page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await opened.page.getByRole('button', { name: 'Jeg er bekymret for et barn' }).click();
    await opened.page.getByRole('button', { name: 'Nei', exact: true }).waitFor();
    expect(violations).toEqual([]);
    await opened.context.close();
  });

  it('explains tenant mode when it is not configured', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${WORKBENCH_URL()}/?tenant=1`);
    await page.getByText('WORKBENCH_TENANT_CLIENT_ID', { exact: false }).waitFor();
    await context.close();
  });

  it("opens a booked event's calendar link, as Outlook would", async () => {
    const token = ((await (await fetch(`${WORKBENCH_URL()}/workbench/token/lead`)).json()) as { access_token: string }).access_token;
    const created = await fetch(`${WORKBENCH_URL()}/graph/v1.0/me/events`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        subject: 'Tverrfaglig team – møte',
        sensitivity: 'private',
        isOnlineMeeting: true,
        onlineMeetingProvider: 'teamsForBusiness',
        start: { dateTime: '2028-03-06T09:00:00', timeZone: 'W. Europe Standard Time' },
        end: { dateTime: '2028-03-06T10:00:00', timeZone: 'W. Europe Standard Time' },
        body: { contentType: 'text', content: 'Agenda' }
      })
    });
    const event = (await created.json()) as { webLink: string };
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(event.webLink);
    await page.getByRole('heading', { level: 1, name: 'Tverrfaglig team – møte' }).waitFor();
    expect(await page.getByText('private', { exact: true }).count()).toBe(1);
    expect(await page.getByText('2028-03-06 09:00', { exact: false }).count()).toBe(1);
    await context.close();
  });

  it('answers 401 to an API call without a token', async () => {
    expect((await fetch(`${WORKBENCH_URL()}/sites/tryggebarn/_api/web/lists`)).status).toBe(401);
    expect((await fetch(`${WORKBENCH_URL()}/graph/v1.0/me`)).status).toBe(401);
  });
});
