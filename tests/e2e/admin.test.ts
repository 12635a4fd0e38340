import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { ModelDocument } from '../../src/core/model/ModelDocument';
import { SCHEMA_VERSION } from '../../src/core/schema/lists';
import { launchBrowser, openWorkbench, screenshot, type OpenedPage } from './support/browser';
import { expectNoAxeViolations, closeAll, sharePoint } from './support/expectations';

/**
 * The project group's work in the browser, on the shipped bundle: the admin entry only for those who may edit,
 * editing and publishing a routine's steps with the preview, a conflict with a concurrent change, the review
 * overview, and export/import. The first test exports the starter model; the last imports it back, so the
 * other browser suites find the content as seeded whatever order they run in.
 */
let browser: Browser;
let original: ModelDocument | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface RoutineRow {
  Id: number;
  Title: string;
  Summary: string;
  Steps: string;
  RoutineStatus: string;
  LastReviewed: string | null;
}

const ROUTINES = "web/lists/getbytitle('TB%20Rutiner')/items";

async function routineRow(key: string): Promise<RoutineRow> {
  const rows = await sharePoint<{ value: RoutineRow[] }>('admin', `${ROUTINES}?$select=Id,Title,Summary,Steps,RoutineStatus,LastReviewed&$filter=RoutineKey eq '${key}'`);
  return rows.value[0];
}

async function openAdmin(hash: string, waitFor: string): Promise<OpenedPage> {
  const opened = await openWorkbench(browser, { user: 'admin', hash });
  await opened.page.locator(waitFor).first().waitFor({ timeout: 30000 });
  return opened;
}

describe('the admin entry', () => {
  it('is shown to the admin and not to staff, who are told plainly when they open the address', async () => {
    const staff = await openWorkbench(browser, { user: 'staff' });
    await staff.page.getByRole('link', { name: 'Oversikt' }).waitFor();
    expect(await staff.page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Administrasjon' }).count()).toBe(0);
    await staff.page.goto(`${staff.page.url().split('#')[0]}#/admin`);
    await staff.page.getByText('Denne delen er for prosjektgruppa').waitFor();
    expect(await staff.page.locator('table').count()).toBe(0);
    await closeAll(staff);

    const admin = await openWorkbench(browser, { user: 'admin' });
    const entry = admin.page.getByRole('link', { name: 'Administrasjon', exact: true });
    await entry.waitFor();
    await entry.click();
    await admin.page.getByRole('heading', { level: 1, name: 'Administrasjon av modellen' }).waitFor();
    await admin.page.locator('tr[data-routine="tannhelse-omsorgssvikt"]').waitFor();
    // Drafts are listed for admins.
    expect(await admin.page.locator('tr[data-routine="tannhelse-omsorgssvikt"]').getByText('Utkast').count()).toBe(1);
    await screenshot(admin.page, 'admin-routines-nb');
    await expectNoAxeViolations(admin.page);
    await closeAll(admin);
  });
});

describe('export', () => {
  it('downloads the whole model, drafts included, as the documented JSON format', async () => {
    const opened = await openAdmin('#/admin/transfer', '#tb-admin-export');
    const { page } = opened;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned modellen' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^trygge-barn-modell-\d{4}-\d{2}-\d{2}\.json$/);
    const doc = JSON.parse(readFileSync((await download.path()) as string, 'utf8')) as ModelDocument;
    expect(doc.format).toBe('trygge-barn-model');
    expect(doc.routines.some((r) => r.key === 'tannhelse-omsorgssvikt' && r.status === 'draft')).toBe(true);
    expect(JSON.stringify(doc)).not.toMatch(/"id":/);
    await page.getByText('Modellen er lastet ned som').waitFor();
    original = doc;
    await closeAll(opened);
  });
});

describe('editing a routine', () => {
  it('edits, reorders and adds steps with a live preview, then publishes it for staff', async () => {
    const opened = await openAdmin('#/admin', 'tr[data-routine="tannhelse-omsorgssvikt"]');
    const { page } = opened;
    await page.locator('tr[data-routine="tannhelse-omsorgssvikt"] a').click();
    await page.getByRole('heading', { level: 2, name: /^Rediger rutine:/ }).waitFor();
    const preview = page.getByRole('region', { name: 'Forhåndsvisning: slik ser ansatte rutinen' });
    await preview.getByText('Rutinen er et utkast').waitFor();

    // An empty "what" is refused by the list's own rule before anything is sent.
    await page.locator('#tb-step-0-what').fill('');
    await page.getByRole('button', { name: 'Lagre', exact: true }).click();
    await page.getByText('Trinnet må si hva som skal gjøres.').waitFor();
    await page.locator('#tb-step-0-what').fill('Registrer alle uteblivelser');

    // A new step, moved to the front with the keyboard-reachable buttons.
    await page.getByRole('button', { name: 'Legg til trinn' }).click();
    const last = (await page.locator('[id^="tb-step-"][id$="-what"]').count()) - 1;
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(`tb-step-${last}-what`);
    await page.keyboard.type('Snakk med barnet');
    for (let i = last; i > 0; i--) await page.locator(`#tb-step-${i}-up`).click();
    await expect(page.locator('#tb-step-0-what').inputValue()).resolves.toBe('Snakk med barnet');
    await preview.getByText('Trinn 1 av 4: Snakk med barnet').waitFor();
    await page.getByText('Du har endringer som ikke er lagret.').waitFor();
    await screenshot(page, 'admin-editor-nb');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Publiser' }).click();
    await page.getByText('Rutinen er publisert og vises nå for ansatte.').waitFor();
    const stored = await routineRow('tannhelse-omsorgssvikt');
    expect(stored.RoutineStatus).toBe('published');
    expect((JSON.parse(stored.Steps) as Array<{ what: string }>).map((s) => s.what).slice(0, 2)).toEqual(['Snakk med barnet', 'Registrer alle uteblivelser']);
    await page.getByText(/Sist endret .* av /).waitFor();
    expect(await page.getByRole('link', { name: 'Versjonshistorikk i SharePoint' }).getAttribute('href')).toMatch(/\/_layouts\/15\/Versions\.aspx\?list=%7B[0-9a-f-]+%7D&ID=\d+$/);
    // The app's own staff views have re-read the model: the published routine is there without a reload.
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Rutiner' }).click();
    await page.locator('main a[href="#/routine/tannhelse-omsorgssvikt"]').waitFor();
    await closeAll(opened);

    // Staff now see it (a fresh page; their cache is revalidated by the lists' stamp).
    const staff = await openWorkbench(browser, { user: 'staff', hash: '#/routine/tannhelse-omsorgssvikt' });
    await staff.page.getByText('Trinn 1 av 4: Snakk med barnet').waitFor();
    await closeAll(staff);
  });

  it('shows both versions when someone saved in between, and keeps both changes on "keep mine"', async () => {
    const opened = await openAdmin('#/admin/routine/anonym-drofting', '#tb-admin-editor-title');
    const { page } = opened;
    await page.getByRole('textbox', { name: 'Sammendrag', exact: true }).fill('Drøft saken uten navn på barnet.');
    // Meanwhile another admin renames the routine in the list.
    const row = await routineRow('anonym-drofting');
    await sharePoint('admin', `${ROUTINES}(${row.Id})`, { method: 'POST', headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }, body: JSON.stringify({ Title: 'Anonym drøfting (endret i listen)' }) });
    await page.getByRole('button', { name: 'Lagre', exact: true }).click();
    const conflict = page.getByRole('region', { name: 'Noen andre har lagret rutinen mens du redigerte' });
    await conflict.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tb-conflict-title');
    await expect(conflict.locator('tr[data-field="title"] td').nth(1).textContent()).resolves.toBe('Anonym drøfting (endret i listen)');
    await expect(conflict.locator('tr[data-field="summary"] td').first().textContent()).resolves.toBe('Drøft saken uten navn på barnet.');
    // Nothing was overwritten: the list still has their title and the old summary.
    expect((await routineRow('anonym-drofting')).Summary).toBe(row.Summary);
    await screenshot(page, 'admin-conflict-nb');
    await expectNoAxeViolations(page);
    await conflict.getByRole('button', { name: 'Behold min versjon' }).click();
    await page.getByText('Din versjon er lagret over den nyere.').waitFor();
    expect(await routineRow('anonym-drofting')).toMatchObject({ Title: 'Anonym drøfting (endret i listen)', Summary: 'Drøft saken uten navn på barnet.' });
    await closeAll(opened);
  });
});

describe('the review overview', () => {
  it('shows what is due by owner and by service, prepares reminders, and marks a routine reviewed', async () => {
    const opened = await openAdmin('#/admin/review', '#tb-admin-review');
    const { page } = opened;
    await expect(page.getByTestId('review-counts').textContent()).resolves.toMatch(/^\d+ forfalt · \d+ forfaller snart · \d+ uten dato$/);
    const reminder = page.getByRole('link', { name: /^Send påminnelse til / }).first();
    expect(await reminder.getAttribute('href')).toMatch(/^mailto:[^?]*\?subject=Trygge%20Barn/);
    await expectNoAxeViolations(page);
    await page.getByRole('radio', { name: 'Ansvarlig tjeneste' }).check();
    const firstRow = page.locator('section[data-group] tr[data-routine]').first();
    const key = (await firstRow.getAttribute('data-routine')) as string;
    await firstRow.getByRole('button', { name: /^Merk .* som gjennomgått i dag$/ }).click();
    await page.getByText(/er merket som gjennomgått\. Neste gjennomgang:/).waitFor();
    expect(await page.locator(`tr[data-routine="${key}"]`).count()).toBe(0);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
    // LastReviewed is a DateOnly column: SharePoint keeps the site's local midnight in UTC.
    const reviewed = (await routineRow(key)).LastReviewed as string;
    expect(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date(reviewed))).toBe(today);
    await screenshot(page, 'admin-review-nb');
    await closeAll(opened);
  });
});

describe('site setup', () => {
  it('finds the seeded site up to date with the schemas, in Nynorsk', async () => {
    const opened = await openWorkbench(browser, { user: 'owner', lang: 'nn', hash: '#/admin/setup' });
    await opened.page.getByTestId('setup-up-to-date').waitFor({ timeout: 30000 });
    await expect(opened.page.getByTestId('setup-up-to-date').textContent()).resolves.toBe(`Nettstaden er oppdatert (skjemaversjon ${SCHEMA_VERSION}). Ingenting å gjere.`);
    await expectNoAxeViolations(opened.page);
    await closeAll(opened);
  });
});

describe('search words and signs', () => {
  /** The routines the first two search hits open, as the staff search box offers them. */
  async function firstTwoTitles(query: string): Promise<string[]> {
    const staff = await openWorkbench(browser, { user: 'staff' });
    const box = staff.page.locator('#wb-webpart input[role="combobox"]').first();
    await box.waitFor();
    await box.fill(query);
    // A first option: a hit, or the guide and emergency view offered when nothing matches. The index is built
    // after the first paint, so the answer is read once it has settled.
    await staff.page.locator('#tb-hit-0').waitFor();
    await staff.page.waitForTimeout(1000);
    await box.fill(`${query} `);
    await box.fill(query);
    await staff.page.locator('#tb-hit-0').waitFor();
    const options = staff.page.locator('#wb-webpart [role="option"]:not([data-fallback]):not([aria-disabled])');
    const titles = (await options.allTextContents()).slice(0, 2);
    await closeAll(staff);
    return titles;
  }

  it('adds a synonym the staff search then uses to find a routine, and removes it again', async () => {
    const query = 'borteblir';
    expect((await firstTwoTitles(query)).some((t) => t.includes('Bekymringsfullt skolefravær'))).toBe(false);

    const opened = await openAdmin('#/admin/words', '#tb-admin-words');
    const { page } = opened;
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Legg til søkeord' }).click();
    await page.getByRole('textbox', { name: /^Ord folk skriver/ }).fill('borteblir, slutter å komme');
    await page.getByRole('button', { name: 'Lagre' }).click();
    await page.getByText('Hvert ord til venstre må være ett ord uten mellomrom', { exact: false }).waitFor();
    await page.getByRole('textbox', { name: /^Ord folk skriver/ }).fill(query);
    await page.getByRole('textbox', { name: /^Søk også etter/ }).fill('skolefravær');
    await page.getByRole('button', { name: 'Lagre' }).click();
    await page.getByText('Lagt til. Søket og veiviseren bruker det nå.').waitFor();
    await page.getByTestId('synonym-table').getByRole('rowheader', { name: query }).waitFor();
    await expectNoAxeViolations(page);
    const rows = await sharePoint<{ value: Array<{ Title: string; SettingValue: string }> }>('admin', "web/lists/getbytitle('TB%20Innstillinger')/items?$select=Title,SettingValue");
    expect(rows.value.find((r) => r.SettingValue === `${query} => skolefravær`)?.Title).toMatch(/^searchSynonym \d+$/);

    expect((await firstTwoTitles(query)).some((t) => t.includes('Bekymringsfullt skolefravær'))).toBe(true);

    await page.getByRole('button', { name: `Fjern «${query}»` }).click();
    await page.getByText('Fjernet.').waitFor();
    await screenshot(page, 'admin-words-nb');
    await closeAll(opened);
  });
});

describe('import', () => {
  it('refuses a hostile file and reports every problem, then imports a valid one completely', async () => {
    if (!original) throw new Error('the export test must run first');
    const opened = await openAdmin('#/admin/transfer', '#tb-admin-import');
    const { page } = opened;
    const hostile = JSON.stringify({ ...original, routines: [{ ...original.routines[0], steps: 'gjør noe', urgent: 'ja' }] }).replace('"format"', '"__proto__":{"admin":true},"format"');
    await page.setInputFiles('#tb-admin-import-file', { name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(hostile) });
    await page.getByText(/^Filen har \d+ feil$/).waitFor();
    await expect(page.getByTestId('import-problems').getByText('__proto__').count()).resolves.toBeGreaterThan(0);
    await expectNoAxeViolations(page);

    const wrongTypes = JSON.stringify({ ...original, routines: [{ ...original.routines[0], steps: 'gjør noe', urgent: 'ja' }] });
    await page.setInputFiles('#tb-admin-import-file', { name: 'wrong.json', mimeType: 'application/json', buffer: Buffer.from(wrongTypes) });
    await page.getByText('Filen har 2 feil').waitFor();
    const problems = page.getByTestId('import-problems');
    await problems.getByRole('cell', { name: 'steps', exact: true }).waitFor();
    await problems.getByRole('cell', { name: 'urgent', exact: true }).waitFor();

    // The model as exported at the start, with one change: everything else the tests changed goes back.
    const restored = { ...original, routines: original.routines.map((r) => (r.key === 'bti-niva-0-uro' ? { ...r, summary: `${r.summary} (importert)` } : r)) };
    await page.setInputFiles('#tb-admin-import-file', { name: 'model.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(restored)) });
    const plan = page.getByTestId('import-plan');
    await plan.waitFor();
    await expect(plan.locator('tr[data-list="routines"] td').nth(1).textContent()).resolves.not.toBe('0');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByText(/^Importen er fullført: \d+ elementer lagret\.$/).waitFor();
    expect((await routineRow('tannhelse-omsorgssvikt')).RoutineStatus).toBe('draft');
    expect((await routineRow('anonym-drofting')).Title).toBe(original.routines.find((r) => r.key === 'anonym-drofting')?.title);
    expect((await routineRow('bti-niva-0-uro')).Summary).toMatch(/\(importert\)$/);
    await screenshot(page, 'admin-import-nb');
    await closeAll(opened);

    // Back to the starter model exactly, for the other suites.
    const opened2 = await openAdmin('#/admin/transfer', '#tb-admin-import');
    await opened2.page.setInputFiles('#tb-admin-import-file', { name: 'original.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(original)) });
    await opened2.page.getByRole('button', { name: 'Importer', exact: true }).click();
    await opened2.page.getByText('Importen er fullført: 1 element lagret.').waitFor();
    await closeAll(opened2);
  });
});
