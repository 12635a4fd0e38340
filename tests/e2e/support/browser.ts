import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const WORKBENCH_URL = (): string => {
  const url = process.env.TB_E2E_URL;
  if (!url) throw new Error('TB_E2E_URL is not set: run the browser tests with `npm run test:e2e`');
  return url;
};

export const SCREENSHOT_DIR = join(__dirname, '..', '..', '..', 'test-output', 'screenshots');

/**
 * Debian's Chromium, started the way this machine needs it (no sandbox as root, no background network).
 * playwright gives every launch a fresh, empty profile directory of its own.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  });
}

export type WorkbenchUser = 'staff' | 'staff2' | 'member' | 'lead' | 'admin' | 'owner';

/** sharepoint: a page on the model site; teams-personal: the tenant root; teams-channel: the team's site ("teams" = channel). */
export type WorkbenchHost = 'sharepoint' | 'teams-personal' | 'teams-channel' | 'teams';

export interface WorkbenchView {
  user?: WorkbenchUser;
  lang?: 'nb' | 'nn' | 'en';
  host?: WorkbenchHost;
  theme?: 'light' | 'dark' | 'contrast';
  /** A hash route such as "#/routine/niva-0". */
  hash?: string;
  /** The web part property modelSiteUrl. */
  modelSite?: string;
  /** The Teams context's page.subPageId (a deep link's subEntityId). */
  subPageId?: string;
}

export function workbenchUrl(view: WorkbenchView = {}): string {
  const params = new URLSearchParams({
    user: view.user ?? 'staff',
    lang: view.lang ?? 'nb',
    host: view.host ?? 'sharepoint',
    theme: view.theme ?? 'light'
  });
  if (view.modelSite !== undefined) params.set('modelSite', view.modelSite);
  if (view.subPageId !== undefined) params.set('subPageId', view.subPageId);
  return `${WORKBENCH_URL()}/?${params.toString()}${view.hash ?? ''}`;
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Errors thrown in the page: a test fails if the product threw. */
  pageErrors: Error[];
}

/** Opens the workbench in a fresh context and waits until the web part has painted its header. */
export async function openWorkbench(browser: Browser, view: WorkbenchView = {}, viewport = { width: 1280, height: 900 }, waitFor = '#tb-main'): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  await page.goto(workbenchUrl(view));
  await page.waitForSelector(waitFor, { timeout: 30000 });
  return { context, page, pageErrors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
