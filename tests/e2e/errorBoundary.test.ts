import type { Browser } from 'playwright-core';
import { launchBrowser, openWorkbench } from './support/browser';
import { closeAll } from './support/expectations';

/**
 * The web part cannot go blank: a link whose key cannot be read ("#/routine/%E0", which made decodeURIComponent
 * throw a URIError in render) shows "not found" inside the shell, and a view that throws while rendering shows a
 * message with a way back — in the shipped bundle, with the menu still there.
 */
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const NOT_FOUND = { nb: 'Fant ikke siden', nn: 'Fann ikkje sida', en: 'Page not found' } as const;
const MENU = { nb: 'Hovedmeny', nn: 'Hovudmeny', en: 'Main menu' } as const;
const BACK = { nb: 'Tilbake til oversikten', nn: 'Tilbake til oversikta', en: 'Back to the overview' } as const;

describe('a link that cannot be read', () => {
  it.each(['nb', 'nn', 'en'] as const)('#/routine/%%E0 shows "not found" and the way back, not a blank part (%s)', async (lang) => {
    const opened = await openWorkbench(browser, { user: 'staff', lang, hash: '#/routine/%E0' });
    const { page } = opened;
    const message = page.getByTestId('route-not-found');
    await message.waitFor();
    expect(await message.innerText()).toContain(NOT_FOUND[lang]);
    // The shell is all there: the main menu beside the message.
    expect(await page.getByRole('navigation', { name: MENU[lang] }).isVisible()).toBe(true);
    await page.getByRole('link', { name: BACK[lang] }).click();
    await page.waitForFunction(() => window.location.hash === '#/');
    await page.getByTestId('route-not-found').waitFor({ state: 'detached' });
    expect(await page.locator('#tb-main').innerText()).not.toBe('');
    await closeAll(opened);
  });

  it('a Teams deep link with an unreadable key (subEntityId "routine/%E0") opens the tab on "not found"', async () => {
    const opened = await openWorkbench(browser, { user: 'staff', host: 'teams-channel', subPageId: 'routine/%E0' });
    await opened.page.getByTestId('route-not-found').waitFor();
    await closeAll(opened);
  });
});

describe('a view that throws while rendering', () => {
  it('shows a message with "try again" and the way back; the menu stays, and the overview opens again', async () => {
    const opened = await openWorkbench(browser, { user: 'staff' });
    const { page } = opened;
    // A fault the routine view can meet in a browser: formatting its review date throws. Only the exact call of
    // formatDate (day, long month, year, UTC) is broken, so nothing else on the page is touched.
    await page.evaluate(() => {
      const Original = Intl.DateTimeFormat;
      const broken = function (this: unknown, locales?: string | string[], options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
        if (options?.month === 'long' && options.day === 'numeric' && options.timeZone === 'UTC') throw new Error('Ola Nordmann (fictional) broke the date');
        return new Original(locales, options);
      } as unknown as typeof Intl.DateTimeFormat;
      Object.defineProperty(Intl, 'DateTimeFormat', { value: broken, configurable: true, writable: true });
    });
    const messages: string[] = [];
    page.on('console', (m) => messages.push(m.text()));
    await page.getByRole('navigation', { name: MENU.nb }).getByRole('link', { name: 'Rutiner', exact: true }).click();
    await page.locator('#tb-main a[href^="#/routine/"]').first().click();
    const failed = page.getByTestId('view-failed');
    await failed.waitFor();
    expect(await failed.innerText()).toContain('Denne visningen kunne ikke vises');
    expect(await failed.innerText()).not.toContain('Ola Nordmann');
    expect(await page.getByRole('button', { name: 'Prøv igjen' }).isVisible()).toBe(true);
    expect(await page.getByRole('navigation', { name: MENU.nb }).isVisible()).toBe(true);
    // The boundary names the view, never the error.
    expect(messages.filter((m) => m.startsWith('Trygge Barn:'))).toEqual(['Trygge Barn: the view "routine" failed to render.']);
    await page.getByRole('link', { name: 'Tilbake til oversikten' }).click();
    await page.waitForFunction(() => window.location.hash === '#/');
    await failed.waitFor({ state: 'detached' });
    expect(opened.pageErrors.map((e) => e.message)).toEqual([]);
    await opened.context.close();
  });
});
