import type { Browser } from 'playwright-core';
import { launchBrowser, openWorkbench, screenshot } from './support/browser';
import { closeAll, expectNoAxeViolations, sharePoint } from './support/expectations';

/**
 * Issue #13, "Worried at 14:55 on a Friday": a worried person acting literally on what the product says. The
 * call-now card shows callable numbers above the fold on a phone with the starter model as shipped; unpublishing an
 * urgent routine asks twice and undoes in one click; everyday words find the right routine.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

describe('the call-now card', () => {
  it.each([
    ['nb', PHONE],
    ['nn', PHONE],
    ['nb', DESKTOP],
    ['nn', DESKTOP]
  ] as const)('shows callable barnevernvakt and police numbers above the fold (%s, %j)', async (lang, viewport) => {
    const opened = await openWorkbench(browser, { lang, hash: '#/urgent' }, viewport);
    const { page } = opened;
    const card = page.getByTestId('call-now');
    await card.waitFor();
    for (const role of ['barnevernvakt', 'police', 'emergency']) {
      const link = card.locator(`a[data-role="${role}"]`);
      expect(await link.getAttribute('href')).toMatch(/^tel:\d{3,}$/);
      const box = await link.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
    }
    expect(await card.locator('a[data-role="police"]').getAttribute('href')).toBe('tel:02800');
    expect(await card.locator('a[data-role="barnevernvakt"]').getAttribute('href')).toBe('tel:116111');
    expect(await page.locator('#tb-main').innerText()).not.toMatch(/00 00 00 00|ikke satt ennå|ikkje sett enno/);
    await screenshot(page, `call-now-${lang}-${viewport.width}`);
    await expectNoAxeViolations(page);
    expect(opened.pageErrors).toEqual([]);
    await closeAll(opened);
  });
});

describe('search in the words worried people type', () => {
  it.each([
    ['nb', 'redd', 'mistanke-vold-overgrep'],
    ['nb', 'blåmerker', 'mistanke-vold-overgrep'],
    ['nb', 'vald', 'mistanke-vold-overgrep'],
    ['nb', 'PPT', 'ppt'],
    ['nn', 'redd', 'mistanke-vold-overgrep'],
    ['nn', 'blåmerker', 'mistanke-vold-overgrep'],
    ['nn', 'vald', 'mistanke-vold-overgrep'],
    ['nn', 'PPT', 'ppt']
  ] as const)('%s: «%s» finds %s first or second', async (lang, query, key) => {
    const opened = await openWorkbench(browser, { lang }, PHONE);
    const { page } = opened;
    await page.locator('#wb-webpart input[role="combobox"]').first().fill(query);
    await page.locator('#tb-hit-0').waitFor();
    // Choosing the first, then the second result: one of them opens the expected page.
    const hrefs: string[] = [];
    for (const i of [0, 1]) {
      const option = page.locator(`#tb-hit-${i}`);
      if ((await option.count()) === 0) continue;
      await option.dispatchEvent('mousedown');
      await page.waitForFunction(() => location.hash.length > 2);
      hrefs.push(await page.evaluate(() => location.hash));
      await page.goBack();
      await page.locator('#wb-webpart input[role="combobox"]').first().fill(query);
      await page.locator('#wb-webpart').getByRole('option').first().waitFor();
    }
    expect(hrefs.some((h) => h.endsWith(`/${key}`))).toBe(true);
    await closeAll(opened);
  });

  it('offers the guide and the emergency view when nothing matches', async () => {
    const opened = await openWorkbench(browser, { lang: 'nb' }, PHONE);
    const { page } = opened;
    await page.locator('#wb-webpart input[role="combobox"]').first().fill('qwxzqq');
    await page.locator('[data-fallback="guide"]').waitFor();
    await page.locator('[data-fallback="urgent"]').dispatchEvent('mousedown');
    await page.getByTestId('call-now').waitFor();
    await closeAll(opened);
  });
});

describe('unpublishing an urgent routine', () => {
  it('asks twice, names what staff lose, refuses to republish while numbers are placeholders, and undoes in one click', async () => {
    const opened = await openWorkbench(browser, { user: 'admin', hash: '#/admin/routine/mistanke-vold-overgrep' }, DESKTOP, 'h2');
    const { page } = opened;
    await page.getByRole('heading', { level: 2, name: /^Rediger rutine:/ }).waitFor();
    await page.getByRole('button', { name: 'Gjør om til utkast' }).click();
    const first = page.getByTestId('unpublish-first');
    await first.waitFor();
    await first.getByText('bekymringsveilederen', { exact: false }).waitFor();
    await expectNoAxeViolations(page);
    await first.getByRole('button', { name: 'Gjør om til utkast' }).click();
    const second = page.getByTestId('unpublish-second');
    await second.waitFor();
    await second.getByRole('button', { name: 'Ja, gjør om til utkast' }).click();
    await page.getByText('Rutinen er et utkast og vises ikke lenger for ansatte.').waitFor();

    // Publishing it anew is refused while the barnevernvakt's number is a placeholder…
    await page.getByRole('button', { name: 'Publiser' }).click();
    await page.getByTestId('publish-refused').waitFor();
    // …but undo restores what was there, in one click.
    await page.getByRole('button', { name: 'Angre' }).click();
    await page.getByText('Rutinen er publisert igjen.').waitFor();
    const rows = await sharePoint<{ value: Array<{ RoutineStatus: string }> }>(
      'admin',
      "web/lists/getbytitle('TB%20Rutiner')/items?$select=RoutineStatus&$filter=RoutineKey eq 'mistanke-vold-overgrep'"
    );
    expect(rows.value[0].RoutineStatus).toBe('published');
    await closeAll(opened);
  });

  it('lists the placeholder emergency numbers in the readiness view', async () => {
    const opened = await openWorkbench(browser, { user: 'admin', hash: '#/admin/readiness' }, PHONE, 'h2');
    const { page } = opened;
    await page.locator('tr[data-readiness="barnevernvakt"]').waitFor();
    await expect(page.locator('tr[data-readiness="barnevern-mottak"]').count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
    await closeAll(opened);
  });
});
