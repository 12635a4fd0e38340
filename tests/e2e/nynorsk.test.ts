import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { ModelDocument } from '../../src/core/model/ModelDocument';
import type { Routine } from '../../src/core/model/Routine';
import { launchBrowser, openWorkbench, screenshot, type OpenedPage } from './support/browser';
import { closeAll, expectNoAxeViolations } from './support/expectations';

/**
 * Issue #13, "Both written standards in the content": the browser suite's workbench is seeded with the Bokmål
 * starter model (globalSetup), which carries the Nynorsk starter model's texts as its …Nn columns. The Nynorsk UI
 * shows them; the Bokmål and English UIs show the Bokmål text. Expectations are read from the two starter
 * documents, so content edits in either do not break the test.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function starter(locale: 'nb' | 'nn'): ModelDocument {
  return JSON.parse(readFileSync(join(__dirname, '..', '..', 'sharepoint', 'seed', `starter-model.${locale}.json`), 'utf8')) as ModelDocument;
}

const KEY = 'bti-niva-0-uro';
const routineIn = (locale: 'nb' | 'nn'): Routine => {
  const routine = starter(locale).routines.find((r) => r.key === KEY);
  if (!routine) throw new Error(`The ${locale} starter model has no routine ${KEY}`);
  return routine;
};

async function shownRoutine(lang: 'nb' | 'nn' | 'en', viewport = { width: 1366, height: 900 }): Promise<{ opened: OpenedPage; title: string; steps: string[]; article: string }> {
  const opened = await openWorkbench(browser, { lang, hash: `#/routine/${KEY}` }, viewport);
  const { page } = opened;
  await page.locator('#tb-routine-title').waitFor();
  const title = (await page.locator('#tb-routine-title').innerText()).trim();
  const steps = await page.locator('article[aria-labelledby="tb-routine-title"] ol > li h3').allInnerTexts();
  const article = await page.locator('article[aria-labelledby="tb-routine-title"]').innerText();
  return { opened, title, steps, article };
}

/** "Steg 1 av 4: Gjer uroa konkret" → "Gjer uroa konkret". */
const whatOf = (heading: string): string => heading.replace(/^[^:]*:\s*/, '').trim();

describe('both written standards on a Bokmål-seeded site', () => {
  it.each([
    ['nn', { width: 1366, height: 900 }],
    ['nn', { width: 390, height: 844 }]
  ] as const)('the Nynorsk UI shows a routine’s Nynorsk title, summary and steps (%s, %j)', async (lang, viewport) => {
    const nb = routineIn('nb');
    const nn = routineIn('nn');
    expect(nn.title).not.toBe(nb.title);
    const { opened, title, steps, article } = await shownRoutine(lang, viewport);
    expect(title).toBe(nn.title);
    expect(article).toContain(nn.summary.split('\n')[0].trim());
    // Steps in Nynorsk while the two documents have as many; otherwise the Bokmål steps whole.
    const expected = nn.steps.length === nb.steps.length ? nn.steps : nb.steps;
    expect(steps.map(whatOf)).toEqual(expected.map((s) => s.what.trim()));
    expect(article).not.toContain(nb.title);
    await screenshot(opened.page, `nynorsk-content-${viewport.width}`);
    await expectNoAxeViolations(opened.page);
    expect(opened.pageErrors).toEqual([]);
    await closeAll(opened);
  });

  it.each(['nb', 'en'] as const)('the %s UI shows the Bokmål content', async (lang) => {
    const nb = routineIn('nb');
    const { opened, title, steps } = await shownRoutine(lang);
    expect(title).toBe(nb.title);
    expect(steps.map(whatOf)).toEqual(nb.steps.map((s) => s.what.trim()));
    expect(opened.pageErrors).toEqual([]);
    await closeAll(opened);
  });

  it('search in the Nynorsk UI shows the Nynorsk title it found', async () => {
    const nn = routineIn('nn');
    const opened = await openWorkbench(browser, { lang: 'nn' });
    const { page } = opened;
    await page.locator('#wb-webpart input[role="combobox"]').first().fill(nn.title);
    await page.locator('#tb-hit-0').waitFor();
    const options = await page.locator('#wb-webpart').getByRole('option').allInnerTexts();
    expect(options.some((text) => text.includes(nn.title))).toBe(true);
    expect(options.some((text) => text.includes(routineIn('nb').title))).toBe(false);
    expect(opened.pageErrors).toEqual([]);
    await closeAll(opened);
  });

  it('switching the language in the page switches the content too', async () => {
    const opened = await openWorkbench(browser, { lang: 'nb', hash: `#/routine/${KEY}` });
    const { page } = opened;
    await page.locator('#tb-routine-title').waitFor();
    expect((await page.locator('#tb-routine-title').innerText()).trim()).toBe(routineIn('nb').title);
    await page.selectOption('#tb-language', 'nn');
    await page.waitForFunction((title) => document.querySelector('#tb-routine-title')?.textContent?.trim() === title, routineIn('nn').title);
    await page.selectOption('#tb-language', 'en');
    await page.waitForFunction((title) => document.querySelector('#tb-routine-title')?.textContent?.trim() === title, routineIn('nb').title);
    expect(opened.pageErrors).toEqual([]);
    await closeAll(opened);
  });
});
