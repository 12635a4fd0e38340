import type { Browser } from 'playwright-core';
import { launchBrowser, openWorkbench, screenshot } from './support/browser';
import { expectNoAxeViolations, closeAll } from './support/expectations';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('overview', () => {
  it.each([
    ['nb', 'sharepoint', 'light', 'Modellen', 'Jeg er bekymret for et barn'],
    ['nn', 'teams', 'dark', 'Modellen', 'Eg er uroa for eit barn'],
    ['en', 'teams', 'contrast', 'The model', "I'm worried about a child"]
  ] as const)('shows the model in %s on %s (%s theme), with no axe violation', async (lang, host, theme, heading, worry) => {
    const opened = await openWorkbench(browser, { lang, host, theme });
    const { page } = opened;
    await expect(page.getByRole('heading', { level: 1, name: heading }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: worry }).isVisible()).resolves.toBe(true);
    // The matrix of phases × levels (4 level columns) and the services × tiers matrix (service + 3 tiers) are drawn
    // from the configured dimensions.
    expect(await page.locator('table th[scope="col"]').count()).toBe(8);
    expect(await page.locator('#tb-tiers-title').count()).toBe(1);
    expect(await page.locator('[data-theme]').first().getAttribute('data-theme')).toBe(theme);
    await screenshot(page, `overview-${lang}-${host}-${theme}`);
    await expectNoAxeViolations(page);
    await closeAll(opened);
  });
});

describe('the urgent path', () => {
  it('is one click away from a routine page and says not to contact the parents', async () => {
    const opened = await openWorkbench(browser, { hash: '#/routines' });
    const { page } = opened;
    await page.locator('#tb-main a[href^="#/routine/"]').first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Akutt: vold eller overgrep' }).click();
    await page.getByText('Ikke kontakt foreldrene før du har snakket med barnevernet eller politiet.').waitFor();
    expect(await page.getByText('straffeloven § 196', { exact: false }).count()).toBeGreaterThan(0);
    expect(await page.getByText('barnevernsloven § 13-2', { exact: false }).count()).toBeGreaterThan(0);
    await screenshot(page, 'urgent-nb');
    await expectNoAxeViolations(page);
    await closeAll(opened);
  });
});

describe('the worry guide', () => {
  it('leads to level 1 and its routines with the keyboard alone, and stores nothing', async () => {
    const opened = await openWorkbench(browser);
    const { page } = opened;
    const storageBefore = await page.evaluate(() => JSON.stringify({ ...window.localStorage }) + JSON.stringify({ ...window.sessionStorage }));
    await page.getByRole('button', { name: 'Jeg er bekymret for et barn' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Mistenker du vold eller seksuelle overgrep').waitFor();
    // No, it is not acute; yes, it is concrete; yes, my own service can follow it up.
    for (const answer of ['Nei', 'Ja', 'Ja']) {
      await page.getByRole('button', { name: answer, exact: true }).focus();
      await page.keyboard.press('Enter');
    }
    await page.getByRole('heading', { level: 2, name: /Nivå 1 – tiltak i egen tjeneste/ }).waitFor();
    const suggested = page.locator('#tb-main ul a[href^="#/routine/"]');
    expect(await suggested.count()).toBeGreaterThan(0);
    await screenshot(page, 'guide-result-nb');
    await expectNoAxeViolations(page);
    const storageAfter = await page.evaluate(() => JSON.stringify({ ...window.localStorage }) + JSON.stringify({ ...window.sessionStorage }));
    expect(storageAfter).toBe(storageBefore);
    expect(page.url()).not.toMatch(/answers|danger|concrete/);
    await suggested.first().click();
    await page.getByRole('heading', { level: 2, name: 'Slik gjør du' }).waitFor();
    await closeAll(opened);
  });

  it('goes straight to the urgent path when violence is suspected', async () => {
    const opened = await openWorkbench(browser, { hash: '#/guide', lang: 'nn' });
    const { page } = opened;
    await page.getByRole('button', { name: 'Ja', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: /Handle no – ikkje kontakt foreldra/ }).waitFor();
    await closeAll(opened);
  });
});

describe('a routine', () => {
  it('shows steps as what / how / who / tool, the responsible service, the legal basis and review date, and prints without the menu', async () => {
    const opened = await openWorkbench(browser, { hash: '#/routines' });
    const { page } = opened;
    await page.locator('#tb-main a[href^="#/routine/"]').nth(2).click();
    await page.getByRole('heading', { level: 2, name: 'Slik gjør du' }).waitFor();
    expect(await page.locator('#tb-main ol > li').count()).toBeGreaterThan(0);
    expect(await page.getByText('Hvordan', { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.getByText('Sist gjennomgått', { exact: false }).count()).toBe(1);
    const routineUrl = page.url();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').first().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await expectNoAxeViolations(page);
    await screenshot(page, 'routine-nb');
    // The deep link opens the same routine in a fresh page.
    const second = await opened.context.newPage();
    await second.goto(routineUrl);
    await second.getByRole('heading', { level: 2, name: 'Slik gjør du' }).waitFor();
    expect(await second.getByRole('heading', { level: 1 }).textContent()).toBe(await page.getByRole('heading', { level: 1 }).textContent());
    await closeAll(opened);
  });
});

describe('search', () => {
  it('finds Bokmål content for a Nynorsk word and a typo, as you type, and opens a result with the keyboard', async () => {
    const opened = await openWorkbench(browser);
    const { page } = opened;
    const box = page.getByRole('combobox', { name: 'Søk i modellen' });
    await box.fill('vald');
    const results = page.getByRole('listbox', { name: 'Søk i modellen' });
    await results.waitFor();
    const first = await results.getByRole('option').first().textContent();
    expect(first?.toLowerCase()).toContain('vold');
    await box.fill('bekymrnig');
    await results.getByRole('option').first().waitFor();
    expect(await results.getByRole('option').first().textContent()).toMatch(/bekymr/i);
    expect(await page.locator('mark').count()).toBeGreaterThan(0);
    await screenshot(page, 'search-nb');
    await expectNoAxeViolations(page);
    await box.press('ArrowDown');
    await box.press('Enter');
    await page.waitForFunction(() => window.location.hash.startsWith('#/'));
    expect(page.url()).not.toContain('bekymrnig');
    await closeAll(opened);
  });
});

describe('directories', () => {
  it('lists emergency contacts first', async () => {
    const opened = await openWorkbench(browser, { hash: '#/contacts' });
    const { page } = opened;
    const badges = await page.locator('#tb-main li').evaluateAll((items) => items.map((li) => li.textContent?.includes('Nødnummer') ?? false));
    const firstNonEmergency = badges.indexOf(false);
    expect(firstNonEmergency).toBeGreaterThan(0);
    expect(badges.slice(firstNonEmergency).includes(true)).toBe(false);
    await expectNoAxeViolations(page);
    await closeAll(opened);
  });

  it.each(['#/services', '#/tools', '#/arenas'])('shows %s with no axe violation', async (hash) => {
    const opened = await openWorkbench(browser, { hash, theme: 'dark' });
    expect(await opened.page.locator('#tb-main li').count()).toBeGreaterThan(4);
    await expectNoAxeViolations(opened.page);
    await closeAll(opened);
  });
});

describe('own-service routines', () => {
  it('name the reader’s own service as responsible, never Familiesenteret, and the chosen service once it is set', async () => {
    const opened = await openWorkbench(browser, { hash: '#/routine/bti-niva-1-egen-tjeneste' });
    const { page } = opened;
    const responsible = page.locator('#wb-webpart [data-testid="routine-responsible"]');
    await responsible.waitFor();
    expect(await responsible.textContent()).toBe('Din egen tjeneste');
    await page.locator('#wb-webpart').getByRole('link', { name: 'Velg tjenesten din under «For meg», så står den her.' }).click();
    await page.getByLabel('Min tjeneste').selectOption('skole');
    await page.goto(`${page.url().split('#')[0]}#/routine/bti-niva-1-egen-tjeneste`);
    await responsible.waitFor();
    expect(await responsible.textContent()).toBe('Skole og SFO (din tjeneste)');
    await expectNoAxeViolations(page);
    await closeAll(opened);
  });
});

describe('For meg', () => {
  it('remembers my service for this user after a reload', async () => {
    const opened = await openWorkbench(browser, { hash: '#/for-me' });
    const { page } = opened;
    await page.getByLabel('Min tjeneste').selectOption('barnevern');
    await page.getByText('Viser det som gjelder', { exact: false }).waitFor();
    await page.reload();
    await page.waitForSelector('#tb-main');
    expect(await page.getByLabel('Min tjeneste').inputValue()).toBe('barnevern');
    await closeAll(opened);
  });
});

describe('a returning person', () => {
  it('sees the routines in the first frame — no spinner — and the model is checked with SharePoint only after', async () => {
    const opened = await openWorkbench(browser, { hash: '#/routines' });
    const { page } = opened;
    await page.locator('#tb-main a[href^="#/routine/"]').first().waitFor();
    // Before the reload: record what the web part shows, and when SharePoint is first asked, from the page itself.
    await page.addInitScript(() => {
      const seen = { spinner: false, routineAt: -1 };
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      new MutationObserver(() => {
        const part = document.getElementById('wb-webpart');
        if (!part) return;
        if (/Henter modellen/.test(part.textContent ?? '')) seen.spinner = true;
        if (seen.routineAt < 0 && part.querySelector('#tb-main a[href^="#/routine/"]')) seen.routineAt = performance.now();
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    const batches: number[] = [];
    page.on('request', (request) => {
      if (/\/_api\/\$batch/.test(request.url())) batches.push(Date.now());
    });
    await page.reload();
    await page.locator('#tb-main a[href^="#/routine/"]').first().waitFor();
    await page.waitForTimeout(500);
    const seen = await page.evaluate(() => (window as unknown as { __seen: { spinner: boolean; routineAt: number } }).__seen);
    const routineEpoch = await page.evaluate((at) => performance.timeOrigin + at, seen.routineAt);
    expect(seen.spinner).toBe(false);
    expect(seen.routineAt).toBeGreaterThan(0);
    // The revalidation: one $batch, sent after the routines were on the page.
    expect(batches).toHaveLength(1);
    expect(batches[0]).toBeGreaterThanOrEqual(Math.floor(routineEpoch));
    await closeAll(opened);
  });
});

describe('on a phone', () => {
  it('works 320 px wide without horizontal scrolling', async () => {
    const opened = await openWorkbench(browser, { host: 'teams' }, { width: 320, height: 640 });
    const { page } = opened;
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-320-nb');
    await closeAll(opened);
  });
});

describe('Teams', () => {
  it('follows a live theme change from Teams', async () => {
    const opened = await openWorkbench(browser, { host: 'teams', theme: 'light' });
    const { page } = opened;
    await page.evaluate(() => (window as unknown as { tryggeBarnWorkbench: { setTeamsTheme(t: string): void } }).tryggeBarnWorkbench.setTeamsTheme('dark'));
    await page.waitForSelector('[data-theme="dark"]');
    await page.evaluate(() => (window as unknown as { tryggeBarnWorkbench: { setTeamsTheme(t: string): void } }).tryggeBarnWorkbench.setTeamsTheme('contrast'));
    await page.waitForSelector('[data-theme="contrast"]');
    await expectNoAxeViolations(page);
    await closeAll(opened);
  });
});
