import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mountPage } from '../../../workbench/server/mountPage';
import { startWorkbench } from './testWorkbench';

/** Issue #13: 18 of 21 demo tool links answered 404. Every tool link of the starter models opens a page now. */
describe('the starter model’s tool links', () => {
  const tools = (locale: 'nb' | 'nn'): Array<{ title: string; documentUrl: string }> =>
    (JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'sharepoint', 'seed', `starter-model.${locale}.json`), 'utf8')) as { tools: Array<{ title: string; documentUrl: string }> }).tools;

  it('on the model site each answer with a demo page that names the tool; other names are a 404', async () => {
    const wb = await startWorkbench({ mount: mountPage });
    try {
      const onSite = [...tools('nb'), ...tools('nn')].filter((t) => t.documentUrl.startsWith('/'));
      expect(onSite.length).toBeGreaterThanOrEqual(36);
      for (const tool of tools('nb').filter((t) => t.documentUrl.startsWith('/'))) {
        const response = await fetch(`${wb.url}${tool.documentUrl}`);
        expect([tool.documentUrl, response.status]).toEqual([tool.documentUrl, 200]);
        expect(response.headers.get('content-type')).toMatch(/^text\/html/);
        expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
        const text = await response.text();
        expect(text).toContain('Demodokument');
        expect(text).toContain(tool.title.replace(/&/g, '&amp;'));
      }
      for (const tool of tools('nn').filter((t) => t.documentUrl.startsWith('/'))) {
        expect((await fetch(`${wb.url}${tool.documentUrl}`)).status).toBe(200);
      }
      expect((await fetch(`${wb.url}/sites/tryggebarn/Verktoy/finnes-ikke.pdf`)).status).toBe(404);
      expect((await fetch(`${wb.url}/sites/tryggebarn/Verktoy/..%2Findex.json`)).status).toBe(404);
    } finally {
      await wb.close();
    }
  });

  it('elsewhere are absolute https addresses (public pages)', () => {
    for (const tool of [...tools('nb'), ...tools('nn')].filter((t) => !t.documentUrl.startsWith('/'))) expect(tool.documentUrl).toMatch(/^https:\/\//);
  });
});
