import type { Page } from 'playwright-core';
import { ownWorkbench } from './support/ownWorkbench';

/**
 * Issue 16 in the browser: the same guard in feedback, evaluation and booking warns, with its reason, about a
 * child named with a class in lower case, and does not warn about an ordinary institutional sentence; a
 * service's protocol-relative web address is shown as text, never as a link. Its own workbench, since it
 * changes a service's web address.
 */
const CHILD = 'sondre i 2c gruer seg til å gå hjem';
const ORDINARY = 'Helsestasjon Nord har åpent mandag til fredag';
const REASON = 'ser ut som et navn og en klasse: «sondre i 2c»';
const WARNING = 'Dette kan være opplysninger om et barn';
const EVIL = '//evil.example/x';

const own = ownWorkbench('tb-privacy-guard-');
const openAs = (user: 'staff' | 'lead' | 'admin', hash: string): ReturnType<typeof own.openAs> => own.openAs(user, hash);

describe('feedback', () => {
  it('warns with the reason for a child named with a class, and sends an ordinary sentence at once', async () => {
    const page = await openAs('staff', '#/feedback');
    await page.getByRole('textbox', { name: /^Emne/ }).fill('Bekymring');
    await page.getByRole('textbox', { name: /^Tilbakemelding/ }).fill(CHILD);
    await page.getByRole('button', { name: 'Send tilbakemelding' }).click();
    const alert = page.getByRole('alert').filter({ hasText: WARNING });
    await alert.waitFor();
    expect(await alert.textContent()).toContain(REASON);

    await page.getByRole('button', { name: 'Endre teksten' }).click();
    await page.getByRole('textbox', { name: /^Emne/ }).fill('Åpningstider');
    await page.getByRole('textbox', { name: /^Tilbakemelding/ }).fill(ORDINARY);
    await page.getByRole('button', { name: 'Send tilbakemelding' }).click();
    await page.getByText('Takk! Tilbakemeldingen er sendt til prosjektgruppen.').waitFor();
    expect(await page.getByText(WARNING).count()).toBe(0);
    await page.context().close();
  });
});

describe('evaluation', () => {
  async function fillEvaluation(page: Page, comment: string): Promise<void> {
    await page.getByRole('radio', { name: 'Sammen med barnet eller foreldrene' }).check();
    await page.getByLabel('Nivå', { exact: true }).selectOption('1');
    await page.getByLabel('Tjeneste').selectOption('skole');
    await page.getByRole('radiogroup', { name: 'Følte du deg hørt og tatt på alvor?' }).getByRole('radio', { name: '4', exact: true }).check();
    await page.getByLabel('Kommentar (valgfritt)').fill(comment);
    await page.getByRole('button', { name: 'Send evaluering' }).click();
  }

  it('warns with the reason for the child, and saves the ordinary sentence without a warning', async () => {
    const page = await openAs('staff', '#/evaluate');
    await fillEvaluation(page, CHILD);
    const alert = page.getByRole('alert').filter({ hasText: WARNING });
    await alert.waitFor();
    expect(await alert.textContent()).toContain(REASON);
    await page.getByLabel('Kommentar (valgfritt)').fill(ORDINARY);
    await page.getByRole('button', { name: 'Send evaluering' }).click();
    await page.getByText('Takk! Evalueringen er lagret.').waitFor();
    await page.context().close();
  });
});

describe('booking', () => {
  it("checks the organizer's own subject with the same detector: a warning with its reason for the child, none for the ordinary sentence", async () => {
    const page = await openAs('lead', '#/book/tverrfaglig-team');
    await page.getByRole('heading', { level: 1, name: 'Book møte: Tverrfaglig team' }).waitFor();
    await page.getByRole('button', { name: 'Finn tidspunkt' }).click();
    await page.getByRole('heading', { level: 2, name: 'Forslag til tidspunkt' }).waitFor({ timeout: 30000 });
    await page.locator('section[aria-labelledby="tb-book-slots"]').getByRole('radio').first().check();
    await page.getByRole('switch', { name: 'Skriv eget emne' }).check();
    const subject = page.getByRole('textbox', { name: 'Eget emne' });
    await subject.fill(CHILD);
    await page.getByText('Dette kan identifisere et barn').first().waitFor();
    await page.getByText(REASON).first().waitFor();
    await subject.fill(ORDINARY);
    await page.waitForTimeout(300);
    expect(await page.getByText('Dette kan identifisere et barn').count()).toBe(0);
    await page.context().close();
  });
});

describe("a service's web address", () => {
  it('is shown as text, not a link, when it is protocol-relative', async () => {
    const token = ((await (await fetch(`${own.base}/workbench/token/admin`)).json()) as { access_token: string }).access_token;
    const api = `${own.base}/sites/tryggebarn/_api/web/lists/getByTitle('${encodeURIComponent('TB Tjenester')}')`;
    const headers = { Authorization: `Bearer ${token}`, Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json;charset=utf-8' };
    const items = (await (await fetch(`${api}/items?$select=Id,Title&$top=1`, { headers })).json()) as { value: Array<{ Id: number; Title: string }> };
    const service = items.value[0];
    // A Hyperlink field is written as { Url, Description } ("SP.FieldUrlValue").
    const response = await fetch(`${api}/items(${service.Id})`, {
      method: 'POST',
      headers: { ...headers, 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' },
      body: JSON.stringify({ WebUrl: { Url: EVIL, Description: EVIL } })
    });
    if (response.status !== 204) {
      // SharePoint itself refuses a URL without a scheme in a Hyperlink column; then it can never be shown.
      expect(response.status).toBe(400);
      return;
    }
    const page = await openAs('staff', '#/services');
    await page.getByText(EVIL).first().waitFor();
    expect(await page.locator(`a[href*="evil.example"]`).count()).toBe(0);
    await page.context().close();
  });
});
