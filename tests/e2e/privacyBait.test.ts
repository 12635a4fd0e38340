import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { LISTS } from '../../src/core/schema/lists';
import { ownWorkbench } from './support/ownWorkbench';

/**
 * Issue 9's privacy proof: bait — a fictional child's name, a valid-looking 11-digit birth number and a date
 * of birth — is typed into every free-text field staff and team leads have, then everything the product wrote
 * is scanned: list items, calendar events, browser storage (local, session, IndexedDB, cookies), the URL and
 * the workbench's request log. Bait may be found only where the user explicitly confirmed the warning, and
 * never in a meeting.
 */
const NAME = 'Sofie Bakkejord';

/** A fictional fødselsnummer with valid control digits: 12.03.17, individual number 512. */
function birthNumber(): string {
  const digits = '120317512'.split('').map(Number);
  const k1 = 11 - ([3, 7, 6, 1, 8, 9, 4, 5, 2].reduce((sum, w, i) => sum + w * digits[i], 0) % 11);
  const c1 = k1 === 11 ? 0 : k1;
  const k2 = 11 - ([5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((sum, w, i) => sum + w * [...digits, c1][i], 0) % 11);
  const c2 = k2 === 11 ? 0 : k2;
  if (c1 === 10 || c2 === 10) throw new Error('choose another individual number');
  return `${digits.join('')}${c1}${c2}`;
}
const BIRTH_NUMBER = birthNumber();
const DATE_OF_BIRTH = '12.03.2017';
const NEVER_CONFIRMED = [NAME, 'Bakkejord', BIRTH_NUMBER];

const own = ownWorkbench('tb-privacy-');

const token = (user: 'staff' | 'lead' | 'admin'): Promise<string> => own.token(user);

/** Everything the page keeps in the browser: local and session storage, every IndexedDB store, cookies, the URL. */
async function browserTraces(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = [JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage }), document.cookie, location.href];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name as string);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        parts.push(JSON.stringify(all));
      }
      db.close();
    }
    return parts.join('\n');
  });
}

async function openAs(user: 'staff' | 'lead', hash = ''): Promise<Page> {
  const context = await own.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${own.base}/?user=${user}&lang=nb${hash}`);
  await page.waitForSelector('#tb-main');
  return page;
}

describe('bait typed into every free-text field', () => {
  it('is stored only where the user confirmed the warning, and never in a meeting', async () => {
    const traces: string[] = [];

    // Staff: search, feedback edited after the warning, feedback confirmed despite it, an evaluation comment.
    const staff = await openAs('staff', '#/routine/bti-niva-1-egen-tjeneste');
    const search = staff.getByRole('combobox', { name: 'Søk i modellen' });
    await search.fill(`${NAME} ${BIRTH_NUMBER}`);
    await staff.waitForTimeout(300);
    await search.fill('');

    await staff.getByRole('button', { name: 'Tilbakemelding på denne rutinen' }).click();
    await staff.getByRole('textbox', { name: /^Emne/ }).fill(`Om ${NAME}`);
    await staff.getByRole('textbox', { name: /^Tilbakemelding/ }).fill(`${NAME} (f. ${BIRTH_NUMBER}) trenger hjelp.`);
    await staff.getByRole('button', { name: 'Send tilbakemelding' }).click();
    await staff.getByRole('alert').filter({ hasText: 'Dette kan være opplysninger om et barn' }).waitFor();
    await staff.getByRole('button', { name: 'Endre teksten' }).click();
    await staff.getByRole('textbox', { name: /^Emne/ }).fill('Oppfølging på nivå 1');
    await staff.getByRole('textbox', { name: /^Tilbakemelding/ }).fill('Rutinen bør si hvem som følger opp etter møtet.');
    await staff.getByRole('button', { name: 'Send tilbakemelding' }).click();
    await staff.getByText('Takk! Tilbakemeldingen er sendt til prosjektgruppen.').waitFor();

    await staff.goto(`${own.base}/?user=staff&lang=nb#/feedback`);
    await staff.getByRole('textbox', { name: /^Emne/ }).fill('Dato i rutinen');
    await staff.getByRole('textbox', { name: /^Tilbakemelding/ }).fill(`Barnet er født ${DATE_OF_BIRTH} og gruer seg til å gå hjem.`);
    await staff.getByRole('button', { name: 'Send tilbakemelding' }).click();
    await staff.getByRole('alert').filter({ hasText: 'Dette kan være opplysninger om et barn' }).waitFor();
    await staff.getByRole('button', { name: 'Send likevel – det er ikke opplysninger om et barn' }).click();
    await staff.getByText('Takk! Tilbakemeldingen er sendt til prosjektgruppen.').waitFor();
    await staff.goto(`${own.base}/?user=staff&lang=nb#/evaluate`);
    await staff.getByRole('radio', { name: 'Sammen med barnet eller foreldrene' }).check();
    await staff.getByLabel('Nivå', { exact: true }).selectOption('1');
    await staff.getByLabel('Tjeneste').selectOption('skole');
    await staff.getByRole('radiogroup', { name: 'Følte du deg hørt og tatt på alvor?' }).getByRole('radio', { name: '4', exact: true }).check();
    await staff.getByLabel('Kommentar (valgfritt)').fill(`${NAME} og moren kom, fnr ${BIRTH_NUMBER}.`);
    await staff.getByRole('button', { name: 'Send evaluering' }).click();
    await staff.getByText('Dette kan være opplysninger om et barn', { exact: false }).first().waitFor();
    await staff.getByLabel('Kommentar (valgfritt)').fill('Foreldrene ønsket et nytt møte.');
    await staff.getByRole('button', { name: 'Send evaluering' }).click();
    await staff.getByText('Takk! Evalueringen er lagret.').waitFor();
    traces.push(await browserTraces(staff));
    await staff.context().close();

    // Team lead: a meeting with an own subject and a note that hold bait, edited after the warning.
    const lead = await openAs('lead', '#/book/tverrfaglig-team');
    await lead.getByRole('heading', { level: 1, name: 'Book møte: Tverrfaglig team' }).waitFor();
    await lead.getByRole('button', { name: 'Finn tidspunkt' }).click();
    await lead.getByRole('heading', { level: 2, name: 'Forslag til tidspunkt' }).waitFor({ timeout: 30000 });
    await lead.locator('section[aria-labelledby="tb-book-slots"]').getByRole('radio').first().check();
    await lead.getByRole('switch', { name: 'Skriv eget emne' }).check();
    await lead.getByRole('textbox', { name: 'Eget emne' }).fill(`Møte om ${NAME}`);
    await lead.getByText('Dette kan identifisere et barn').first().waitFor();
    await lead.getByRole('textbox', { name: 'Eget emne' }).fill('Oppfølging');
    await lead.getByRole('radio', { name: 'Anonym drøfting' }).check();
    await lead.getByRole('button', { name: 'Book møtet' }).click();
    await lead.getByRole('heading', { name: 'Møtet er booket' }).waitFor({ timeout: 30000 });
    traces.push(await browserTraces(lead));
    await lead.context().close();

    // Admin: a routine's summary with bait is held back by the same warning, then edited.
    const adminContext = await own.browser.newContext();
    const adminPage = await adminContext.newPage();
    await adminPage.goto(`${own.base}/?user=admin&lang=nb#/admin`);
    await adminPage.getByRole('heading', { level: 1, name: 'Administrasjon av modellen' }).waitFor();
    await adminPage.locator('tr[data-routine="tannhelse-omsorgssvikt"] a').click();
    await adminPage.getByRole('heading', { level: 2, name: /^Rediger rutine:/ }).waitFor();
    await adminPage.getByLabel('Sammendrag', { exact: true }).fill(`Gjelder ${NAME}, født ${BIRTH_NUMBER}.`);
    await adminPage.getByRole('button', { name: 'Lagre', exact: true }).click();
    await adminPage.getByRole('alert').filter({ hasText: 'Dette kan være opplysninger om et barn' }).waitFor();
    await adminPage.getByRole('button', { name: 'Endre teksten' }).click();
    await adminPage.getByLabel('Sammendrag', { exact: true }).fill('Tannhelsetjenesten ser tegn på omsorgssvikt og melder fra.');
    await adminPage.getByRole('button', { name: 'Lagre', exact: true }).click();
    await adminPage.getByText('Endringene er lagret.').waitFor();
    traces.push(await browserTraces(adminPage));
    await adminContext.close();

    // Everything the product wrote to SharePoint.
    const admin = await token('admin');
    const listText: Record<string, string> = {};
    for (const list of LISTS) {
      const response = await fetch(`${own.base}/sites/tryggebarn/_api/web/lists/getByTitle('${encodeURIComponent(list.title)}')/items?$top=5000`, {
        headers: { Authorization: `Bearer ${admin}`, Accept: 'application/json;odata=nometadata' }
      });
      listText[list.title] = await response.text();
    }
    // Every calendar event the lead's booking made (the organizer's; attendees get copies of the same event).
    const leadToken = await token('lead');
    const events = await (await fetch(`${own.base}/graph/v1.0/me/events?$top=999`, { headers: { Authorization: `Bearer ${leadToken}` } })).text();
    const log = readFileSync(own.workbench.requestLogFile, 'utf8');

    for (const bait of NEVER_CONFIRMED) {
      for (const [title, text] of Object.entries(listText)) expect({ list: title, bait, found: text.includes(bait) }).toEqual({ list: title, bait, found: false });
      expect({ where: 'calendar', bait, found: events.includes(bait) }).toEqual({ where: 'calendar', bait, found: false });
      expect({ where: 'browser', bait, found: traces.join('\n').includes(bait) }).toEqual({ where: 'browser', bait, found: false });
      expect({ where: 'request log', bait, found: log.includes(bait) }).toEqual({ where: 'request log', bait, found: false });
    }
    // The date the user explicitly confirmed is in the feedback list, and nowhere else.
    expect(listText['TB Tilbakemeldinger']).toContain(DATE_OF_BIRTH);
    for (const [title, text] of Object.entries(listText).filter(([t]) => t !== 'TB Tilbakemeldinger')) expect({ title, found: text.includes(DATE_OF_BIRTH) }).toEqual({ title, found: false });
    expect(events.includes(DATE_OF_BIRTH)).toBe(false);
    expect(JSON.parse(events).value.length).toBeGreaterThan(0);
    // Nothing in any other file of the workbench's data folder either (the database holds the confirmed feedback).
    for (const file of readdirSync(own.dataDir).filter((f) => statSync(join(own.dataDir, f)).isFile() && !f.endsWith('.db') && !f.includes('.db-'))) {
      const text = readFileSync(join(own.dataDir, file), 'latin1');
      for (const bait of NEVER_CONFIRMED) expect({ file, bait, found: text.includes(bait) }).toEqual({ file, bait, found: false });
    }
  });
});
