import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openWorkbench, screenshot, type WorkbenchView } from './support/browser';
import { closeAll, expectNoAxeViolations } from './support/expectations';

/**
 * Issue #13, "Phone": no view scrolls sideways at 320 and 390 px, the header is compact (emergency and worry one tap
 * away, content within the first screen), the call-now card's first tel: link is above the fold at 390×844, and
 * axe finds nothing in the light, dark and high-contrast themes. Views that load data wait for their heading or
 * their content before measuring: an empty page never overflows.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface ViewCase {
  name: string;
  view: WorkbenchView;
  /** What shows that the view has painted its content. */
  ready: (page: Page) => Promise<unknown>;
}

const h1 = (page: Page): Promise<unknown> => page.locator('#tb-main h1').first().waitFor();

const VIEWS: readonly ViewCase[] = [
  { name: 'overview', view: { hash: '#/' }, ready: (p) => p.locator('#tb-tiers-title').waitFor() },
  { name: 'routine', view: { hash: '#/routine/bti-niva-2-samarbeid' }, ready: h1 },
  { name: 'guide', view: { hash: '#/guide' }, ready: (p) => p.locator('#tb-guide-question').waitFor() },
  { name: 'urgent', view: { hash: '#/urgent' }, ready: (p) => p.getByTestId('call-now').waitFor() },
  { name: 'routines', view: { hash: '#/routines' }, ready: h1 },
  { name: 'services', view: { hash: '#/services' }, ready: h1 },
  { name: 'service', view: { hash: '#/service/skole' }, ready: h1 },
  { name: 'tools', view: { hash: '#/tools' }, ready: h1 },
  { name: 'arenas', view: { hash: '#/arenas' }, ready: h1 },
  { name: 'arena', view: { hash: '#/arena/tverrfaglig-team' }, ready: h1 },
  { name: 'contacts', view: { hash: '#/contacts' }, ready: h1 },
  { name: 'for me', view: { hash: '#/for-me' }, ready: h1 },
  { name: 'feedback', view: { hash: '#/feedback' }, ready: h1 },
  { name: 'evaluate', view: { hash: '#/evaluate' }, ready: h1 },
  { name: 'evaluation results', view: { user: 'admin', hash: '#/evaluation-results' }, ready: (p) => p.locator('#tb-main figure, #tb-main p').first().waitFor() },
  { name: 'yearly report', view: { user: 'admin', hash: '#/yearly-report' }, ready: (p) => p.locator('#tb-report-changes').waitFor({ timeout: 30000 }) },
  { name: 'annual wheel', view: { user: 'admin', hash: '#/annual-wheel' }, ready: (p) => p.locator('svg [data-activity]').first().waitFor() },
  { name: 'action plan', view: { user: 'admin', hash: '#/action-plan' }, ready: (p) => p.locator('[data-action]').first().waitFor() },
  { name: 'feedback triage', view: { user: 'admin', hash: '#/feedback-triage' }, ready: h1 },
  { name: 'admin routines', view: { user: 'admin', hash: '#/admin/routines' }, ready: (p) => p.locator('#tb-main h2').first().waitFor() },
  { name: 'admin review', view: { user: 'admin', hash: '#/admin/review' }, ready: (p) => p.locator('#tb-main h2').first().waitFor() },
  { name: 'admin readiness', view: { user: 'admin', hash: '#/admin/readiness' }, ready: (p) => p.locator('#tb-main h2').first().waitFor() },
  { name: 'admin transfer', view: { user: 'admin', hash: '#/admin/transfer' }, ready: (p) => p.locator('#tb-main h2').first().waitFor() },
  { name: 'admin routine editor', view: { user: 'admin', hash: '#/admin/routine/bti-niva-1-egen-tjeneste' }, ready: (p) => p.locator('#tb-main h2').first().waitFor() }
];

/** How far the page reaches past the window: 0 when nothing scrolls sideways. */
async function sidewaysOverflow(page: Page): Promise<{ overflow: number; widest: string }> {
  return page.evaluate(() => {
    const overflow = document.documentElement.scrollWidth - window.innerWidth;
    // Name the element that sticks out furthest, so a failure says where to look.
    let widest = '';
    let right = window.innerWidth;
    for (const el of Array.from(document.querySelectorAll('#tb-main *, header *'))) {
      const r = el.getBoundingClientRect();
      if (r.right > right + 0.5 && r.width > 0) {
        right = r.right;
        widest = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}[${Math.round(r.right)}px]`;
      }
    }
    return { overflow, widest };
  });
}

describe.each([320, 390])('at %i px wide', (width) => {
  const viewport = { width, height: 844 };

  it.each(VIEWS.map((v) => [v.name, v] as const))('%s does not scroll sideways', async (_name, c) => {
    const opened = await openWorkbench(browser, c.view, viewport);
    const { page } = opened;
    await c.ready(page);
    const { overflow, widest } = await sidewaysOverflow(page);
    expect({ overflow: Math.max(0, overflow), widest: overflow > 0 ? widest : '' }).toEqual({ overflow: 0, widest: '' });
    await closeAll(opened);
  });

  it('search with its results open does not scroll sideways', async () => {
    const opened = await openWorkbench(browser, {}, viewport);
    const { page } = opened;
    await page.locator('#wb-webpart input[role="combobox"]').first().fill('blåmerker');
    await page.locator('#tb-hit-0').waitFor();
    const { overflow } = await sidewaysOverflow(page);
    expect(Math.max(0, overflow)).toBe(0);
    await closeAll(opened);
  });
});

describe('the compact header on a phone (390 × 844)', () => {
  const PHONE = { width: 390, height: 844 };

  it('keeps the emergency and worry buttons in the first screen and the header under a quarter of it', async () => {
    const opened = await openWorkbench(browser, {}, PHONE);
    const { page } = opened;
    // Measured from the web part's top: above it sits the host's own chrome (here the workbench's bar).
    const top = (await page.locator('#wb-webpart').boundingBox())!.y;
    for (const name of ['Akutt: vold eller overgrep', 'Jeg er bekymret for et barn']) {
      const box = await page.getByRole('button', { name }).boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y + box!.height - top).toBeLessThanOrEqual(PHONE.height / 4);
    }
    const header = await page.locator('#wb-webpart header').first().boundingBox();
    expect(header!.height).toBeLessThanOrEqual(PHONE.height / 4);
    // The menu opens the navigation.
    await page.getByRole('button', { name: 'Meny' }).click();
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'For meg' }).click();
    await page.getByRole('heading', { level: 1, name: 'For meg' }).waitFor();
    await screenshot(page, 'phone-header-390');
    await closeAll(opened);
  });

  it.each(['nb', 'nn'] as const)('shows the call-now card’s first tel: link above the fold (%s)', async (lang) => {
    const opened = await openWorkbench(browser, { lang, hash: '#/urgent' }, PHONE);
    const { page } = opened;
    const first = page.getByTestId('call-now').locator('a[href^="tel:"]').first();
    await first.waitFor();
    const box = await first.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
    await closeAll(opened);
  });

  it('reflows the Lier tiers to cards, one per service with its task on each tier', async () => {
    const opened = await openWorkbench(browser, {}, PHONE);
    const { page } = opened;
    const cards = page.getByTestId('tier-cards');
    await cards.waitFor();
    expect(await page.getByTestId('tier-matrix').count()).toBe(0);
    const school = cards.locator('li').filter({ has: page.getByRole('link', { name: 'Skole og SFO' }) });
    expect(await school.locator('dt').allTextContents()).toEqual(['Universelle tiltak', 'Selektive tiltak', 'Indikative tiltak']);
    await closeAll(opened);
  });
});

describe('axe stays clean on a phone in the three themes', () => {
  const PHONE = { width: 390, height: 844 };
  it.each([
    ['light', '#/'],
    ['dark', '#/'],
    ['contrast', '#/'],
    ['light', '#/urgent'],
    ['contrast', '#/for-me'],
    ['dark', '#/service/skole']
  ] as const)('%s %s', async (theme, hash) => {
    const opened = await openWorkbench(browser, { theme, hash }, PHONE);
    const { page } = opened;
    await page.locator('#tb-main h1').first().waitFor();
    await expectNoAxeViolations(page);
    // With the menu open too.
    await page.getByRole('button', { name: 'Meny' }).click();
    await expectNoAxeViolations(page);
    await closeAll(opened);
  });
});

describe('on a wide screen the Lier tiers are a matrix', () => {
  it('has a column per tier and a row per service', async () => {
    const opened = await openWorkbench(browser, {}, { width: 1366, height: 900 });
    const { page } = opened;
    const matrix = page.getByTestId('tier-matrix');
    await matrix.waitFor();
    expect(await matrix.locator('thead th').allTextContents()).toEqual(['Tjeneste', 'Universelle tiltak', 'Selektive tiltak', 'Indikative tiltak']);
    expect(await matrix.locator('tbody tr').count()).toBeGreaterThanOrEqual(10);
    await expectNoAxeViolations(page);
    await closeAll(opened);
  });
});
