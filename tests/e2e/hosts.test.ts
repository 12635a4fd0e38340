import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openWorkbench, WORKBENCH_URL, type WorkbenchHost, type WorkbenchUser } from './support/browser';
import { closeAll } from './support/expectations';

/**
 * One model in every host, on the shipped bundle and a page session (cookie + digest): a SharePoint page on the
 * model site, a Teams personal app (tenant root) and a Teams channel tab (team site) all show the model of the
 * configured model site; admin views follow the model site's permissions; without a model site setting the app
 * says what the admin must set; in Teams, views open through teams-js.
 */
let browser: Browser;
const APP_ID = 'ed068436-df19-4b47-a0ee-3adc55720c72';
const CHANNEL_ID = '19:kanal-trygge-barn@thread.tacv2';
const KEY = 'TryggeBarnModelSite';

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function firstRoutine(page: Page): Promise<{ title: string; href: string }> {
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Rutiner', exact: true }).click();
  const link = page.locator('#tb-main a[href^="#/routine/"]').first();
  await link.waitFor();
  return { title: (await link.innerText()).trim(), href: (await link.getAttribute('href')) ?? '' };
}

async function setTenantProperty(value: string | undefined): Promise<void> {
  const url = `${WORKBENCH_URL()}/workbench/tenant-properties/${KEY}`;
  const response = value === undefined ? await fetch(url, { method: 'DELETE' }) : await fetch(url, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ value }) });
  expect(response.status).toBe(204);
}

describe('one model in every host', () => {
  it('shows the same model (same first routine) in a SharePoint page, a Teams personal app and a Teams channel tab', async () => {
    const seen: Record<string, { title: string; href: string }> = {};
    for (const host of ['sharepoint', 'teams-personal', 'teams-channel'] as WorkbenchHost[]) {
      const opened = await openWorkbench(browser, { user: 'staff', host });
      seen[host] = await firstRoutine(opened.page);
      expect(opened.pageErrors).toEqual([]);
      await closeAll(opened);
    }
    expect(seen['sharepoint'].title.length).toBeGreaterThan(0);
    expect(seen['teams-personal']).toEqual(seen['sharepoint']);
    expect(seen['teams-channel']).toEqual(seen['sharepoint']);
  });

  it('keeps host=teams (old links) working as the channel tab', async () => {
    const opened = await openWorkbench(browser, { host: 'teams' });
    expect(await opened.page.locator('#wb-canvas').getAttribute('data-host-kind')).toBe('teams-channel');
    await closeAll(opened);
  });
});

describe('admin views follow the model site’s permissions', () => {
  it.each([
    ['admin', true],
    ['owner', true],
    ['member', false],
    ['staff', false]
  ] as Array<[WorkbenchUser, boolean]>)('%s: admin entry shown = %s', async (user, shown) => {
    const opened = await openWorkbench(browser, { user });
    const nav = opened.page.getByRole('navigation', { name: 'Hovedmeny' });
    await nav.getByRole('link', { name: 'Oversikt' }).waitFor();
    if (shown) await nav.getByRole('link', { name: 'Administrasjon', exact: true }).waitFor();
    else {
      // The permission answer arrives after the first paint: give it time, then require absence.
      await opened.page.waitForTimeout(1500);
      expect(await nav.getByRole('link', { name: 'Administrasjon', exact: true }).count()).toBe(0);
      expect(await nav.getByRole('link', { name: 'Behandle tilbakemeldinger' }).count()).toBe(0);
    }
    await closeAll(opened);
  });
});

describe('a team member who is not a model editor', () => {
  it('is refused the routine editor and told why, in a channel tab as on the model site', async () => {
    for (const host of ['sharepoint', 'teams-channel'] as WorkbenchHost[]) {
      const opened = await openWorkbench(browser, { user: 'member', host, hash: '#/admin' });
      await opened.page.getByText('Denne delen er for prosjektgruppa').waitFor();
      expect(await opened.page.locator('tr[data-routine]').count()).toBe(0);
      await closeAll(opened);
    }
  });
});

describe('the model site setting', () => {
  it('without the tenant property and without a web part property, says what the admin must set — in every host', async () => {
    await setTenantProperty(undefined);
    try {
      for (const host of ['sharepoint', 'teams-personal', 'teams-channel'] as WorkbenchHost[]) {
        const opened = await openWorkbench(browser, { user: 'owner', host }, undefined, '[data-testid="tb-model-site-message"]');
        const message = opened.page.locator('[data-testid="tb-model-site-message"]');
        await expect(message.innerText()).resolves.toContain('Ingen modellside er valgt');
        await expect(message.innerText()).resolves.toContain(`«${KEY}»`);
        await expect(message.innerText()).resolves.toContain('Modellside (adresse)');
        // No model is read from the page's own site, and no set-up is offered there.
        expect(await opened.page.locator('#tb-main').count()).toBe(0);
        expect(await opened.page.getByRole('button', { name: /Sett opp/ }).count()).toBe(0);
        await closeAll(opened);
      }
    } finally {
      await setTenantProperty(`${WORKBENCH_URL()}/sites/tryggebarn`);
    }
  });

  it('uses the web part property before the tenant property, and explains a refused one (English)', async () => {
    const opened = await openWorkbench(browser, { lang: 'en', modelSite: 'https://other.example/sites/tryggebarn' }, undefined, '[data-testid="tb-model-site-message"]');
    const text = await opened.page.locator('[data-testid="tb-model-site-message"]').innerText();
    expect(text).toContain('The model site cannot be used');
    expect(text).toContain('same SharePoint tenant');
    await closeAll(opened);
    const explicit = await openWorkbench(browser, { modelSite: `${WORKBENCH_URL()}/sites/tryggebarn`, host: 'teams-personal' });
    await explicit.page.locator('#tb-main').waitFor();
    await closeAll(explicit);
  });

  it('the property pane field refuses what cannot be the model site, in the UI language', async () => {
    const opened = await openWorkbench(browser, { lang: 'nn' });
    const validate = (value: string): Promise<string> =>
      opened.page.evaluate((v) => (window as unknown as { tryggeBarnWorkbench: { validateProperty(n: string, v: string): Promise<string> } }).tryggeBarnWorkbench.validateProperty('modelSiteUrl', v), value);
    await expect(validate(`${WORKBENCH_URL()}/sites/tryggebarn`)).resolves.toBe('');
    await expect(validate('')).resolves.toBe('');
    await expect(validate('https://other.example/sites/tryggebarn')).resolves.toContain('same SharePoint-leigetakar');
    await expect(validate(`${WORKBENCH_URL()}/sites/tryggebarn/SitePages/Home.aspx`)).resolves.toContain('områdesamling');
    await closeAll(opened);
  });
});

describe('Teams navigation through teams-js', () => {
  interface Calls {
    navigateToApp: Array<Record<string, string>>;
    openLink: string[];
  }
  const callsOf = (page: Page): Promise<Calls> => page.evaluate(() => (window as unknown as { tryggeBarnWorkbench: { calls: Calls } }).tryggeBarnWorkbench.calls);

  it.each([
    ['teams-channel', { channelId: CHANNEL_ID }],
    ['teams-personal', {}]
  ] as Array<[WorkbenchHost, Record<string, string>]>)('%s: "Open in Teams" calls pages.navigateToApp with the routine as subPageId', async (host, extra) => {
    const opened = await openWorkbench(browser, { user: 'staff', host });
    const { href } = await firstRoutine(opened.page);
    await opened.page.locator(`#tb-main a[href="${href}"]`).first().click();
    await opened.page.getByRole('button', { name: 'Åpne i Teams' }).click();
    const calls = await callsOf(opened.page);
    expect(calls.navigateToApp).toEqual([{ appId: APP_ID, pageId: 'tryggebarn', subPageId: href.slice(2), ...extra }]);
    await closeAll(opened);
  });

  it('opens a Teams deep link’s subPageId at start', async () => {
    const probe = await openWorkbench(browser, { user: 'staff', host: 'teams-channel' });
    const first = await firstRoutine(probe.page);
    await closeAll(probe);
    const opened = await openWorkbench(browser, { user: 'staff', host: 'teams-channel', subPageId: first.href.slice(2) });
    await opened.page.getByRole('heading', { level: 1, name: first.title }).waitFor();
    await closeAll(opened);
  });

  it('opens a tool’s document through app.openLink, not a new browser tab', async () => {
    const opened = await openWorkbench(browser, { user: 'staff', host: 'teams-channel' });
    await firstRoutine(opened.page);
    const routines = await opened.page.locator('#tb-main a[href^="#/routine/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    let clicked: string | undefined;
    for (const href of routines.slice(0, 12)) {
      await opened.page.evaluate((h) => (window.location.hash = h), href);
      await opened.page.locator('#tb-routine-title').waitFor();
      const toolLink = opened.page.locator('#tb-main ol a[target="_blank"]').first();
      if ((await toolLink.count()) === 0) continue;
      clicked = (await toolLink.getAttribute('href')) ?? undefined;
      await toolLink.click();
      break;
    }
    expect(clicked).toBeDefined();
    expect((await callsOf(opened.page)).openLink).toEqual([clicked]);
    expect(opened.context.pages()).toHaveLength(1);
    await closeAll(opened);
  });
});
