import type { Page } from 'playwright-core';
import { XSS_PAYLOADS } from '../fixtures/xss/payloads';
import { ownWorkbench } from './support/ownWorkbench';

/**
 * Writes ≥ 50 XSS payloads through SharePoint REST into every text field the product shows, opens every view
 * in Chromium with the page's CSP bypassed (so the product itself, not the CSP, must stop them), and proves
 * no script ran. Its own workbench, so the other browser tests keep the clean starter model.
 */
const own = ownWorkbench('tb-xss-');

const TEXT_FIELDS: Record<string, string[]> = {
  'TB Rutiner': ['Title', 'Summary', 'LegalBasis', 'Owner'],
  'TB Tjenester': ['Title', 'Role', 'Mandate', 'Hours', 'Email'],
  'TB Verktoy': ['Title', 'Description'],
  'TB Arenaer': ['Title', 'Purpose', 'Chair', 'AgendaTemplate', 'MeetingSubject'],
  'TB Kontakter': ['Title', 'Description', 'Hours', 'Email'],
  'TB Modell': ['Title', 'DescriptionNb']
};

async function spRequest(token: string, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${own.base}/sites/tryggebarn/_api/${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json;charset=utf-8', ...(init.headers ?? {}) }
  });
}

const list = (title: string): string => `web/lists/getByTitle('${encodeURIComponent(title)}')`;

beforeAll(async () => {
  const token = await own.token('admin');
  let n = 0;
  const next = (): string => XSS_PAYLOADS[n++ % XSS_PAYLOADS.length];
  for (const [title, fields] of Object.entries(TEXT_FIELDS)) {
    const structured = title === 'TB Rutiner' ? ',Steps' : title === 'TB Tjenester' ? ',TierMeasures' : '';
    const items = (await (await spRequest(token, `${list(title)}/items?$select=Id${structured}&$top=5000`)).json()) as { value: Array<{ Id: number; Steps?: string; TierMeasures?: string }> };
    for (const item of items.value) {
      const body: Record<string, string> = {};
      for (const field of fields) body[field] = `${next()} ${field}`;
      // Structured fields too: every step's what/how/who/deadline and every tier's measures.
      if (item.Steps) body.Steps = JSON.stringify(JSON.parse(item.Steps).map((s: Record<string, unknown>) => ({ ...s, what: next(), how: next(), who: next(), deadline: next() })));
      if (item.TierMeasures) body.TierMeasures = JSON.stringify(JSON.parse(item.TierMeasures).map((m: Record<string, unknown>) => ({ ...m, measures: next() })));
      const response = await spRequest(token, `${list(title)}/items(${item.Id})`, { method: 'POST', headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }, body: JSON.stringify(body) });
      if (response.status !== 204) throw new Error(`MERGE ${title} ${item.Id}: ${response.status} ${await response.text()}`);
    }
  }
  expect(n).toBeGreaterThan(XSS_PAYLOADS.length * 3);
});

/** Everything a payload could have done if it had run or been parsed as markup. */
async function evidenceOfInjection(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.getElementById('tb-main')?.parentElement ?? document.body;
    root.querySelectorAll('*').forEach((el) => {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) found.push(`${el.tagName} has ${attr.name}`);
        if (/^(href|src|action|data|formaction)$/i.test(attr.name) && /^\s*javascript:/i.test(attr.value)) found.push(`${el.tagName} ${attr.name}=${attr.value}`);
      }
      if (/^(SCRIPT|IFRAME|OBJECT|EMBED|BASE|META|LINK|FORM|STYLE)$/.test(el.tagName) && !el.closest('head')) {
        // Fluent UI's own <style> elements live in <head>; anything else came from content.
        found.push(`unexpected <${el.tagName.toLowerCase()}>`);
      }
    });
    return found;
  });
}

describe('hostile HTML in every field', () => {
  it(`runs none of ${XSS_PAYLOADS.length} payloads on any view`, async () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
    const context = await own.browser.newContext({ bypassCSP: true });
    const ran: string[] = [];
    await context.exposeFunction('xss', () => ran.push('xss()'));
    const page = await context.newPage();
    page.on('dialog', async (dialog) => {
      ran.push(`dialog: ${dialog.message()}`);
      await dialog.dismiss();
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${own.base}/?user=admin&lang=nb`);
    await page.waitForSelector('#tb-main');
    const views = ['#/', '#/routines', '#/services', '#/tools', '#/arenas', '#/contacts', '#/for-me', '#/guide', '#/urgent'];
    const detailLinks = await page.evaluate(async () => {
      window.location.hash = '#/routines';
      await new Promise((resolve) => setTimeout(resolve, 300));
      const routines = Array.from(document.querySelectorAll('#tb-main a[href^="#/routine/"]')).map((a) => a.getAttribute('href') as string);
      window.location.hash = '#/services';
      await new Promise((resolve) => setTimeout(resolve, 300));
      const services = Array.from(document.querySelectorAll('#tb-main a[href^="#/service/"]')).map((a) => a.getAttribute('href') as string);
      window.location.hash = '#/arenas';
      await new Promise((resolve) => setTimeout(resolve, 300));
      const arenas = Array.from(document.querySelectorAll('#tb-main a[href^="#/arena/"]')).map((a) => a.getAttribute('href') as string);
      return [...routines, ...services, ...arenas];
    });
    expect(detailLinks.length).toBeGreaterThan(30);
    // The payloads are on screen — as text.
    expect(await page.locator('#tb-main').textContent()).toContain('xss()');
    for (const hash of [...views, ...detailLinks]) {
      await page.evaluate((h) => {
        window.location.hash = h;
      }, hash);
      await page.waitForTimeout(60);
      expect({ hash, evidence: await evidenceOfInjection(page) }).toEqual({ hash, evidence: [] });
    }
    // Search shows highlighted snippets of the same fields.
    await page.evaluate(() => {
      window.location.hash = '#/';
    });
    for (const query of ['script', 'onerror', 'javascript', 'svg']) {
      await page.getByRole('combobox', { name: 'Søk i modellen' }).fill(query);
      await page.waitForTimeout(150);
      expect(await evidenceOfInjection(page)).toEqual([]);
    }
    // Hovering and focusing cannot trigger anything either.
    await page.mouse.move(200, 300);
    await page.keyboard.press('Tab');
    await page.waitForTimeout(300);
    expect(ran).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
