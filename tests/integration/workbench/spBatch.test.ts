import * as fs from 'node:fs';
import * as path from 'node:path';
import { BrowserFetchWithRetry, DefaultParse, type Queryable } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit, spfi, type SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { byTitle, getJson, spHeaders, startWorkbench, type TestWorkbench } from './testWorkbench';

let wb: TestWorkbench;

/** PnPjs as the product configures it, signing each request with a workbench token. */
function pnp(token: string): SPFI {
  const bearer = (instance: Queryable): Queryable => {
    instance.on.auth.replace(async (url: URL, init: RequestInit) => {
      init.headers = { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` };
      return [url, init];
    });
    return instance;
  };
  return spfi(wb.site).using(DefaultHeaders(), DefaultInit(), BrowserFetchWithRetry({ retries: 2, interval: 50 }), DefaultParse(), bearer);
}

beforeAll(async () => {
  wb = await startWorkbench();
});

afterAll(async () => {
  await wb.close();
});

describe('SharePoint $batch as PnPjs v4 sends it', () => {
  it('runs reads and a change set of writes in one request, answering each part in order', async () => {
    const sp = pnp(wb.tokens.staff);
    const [batched, execute] = sp.batched();
    const feedback = batched.web.lists.getByTitle('TB Tilbakemeldinger');
    const first = feedback.items.add({ Title: 'Første', Body: 'a', FeedbackStatus: 'new' });
    const services = batched.web.lists.getByTitle('TB Tjenester').items.select('Id', 'Title').orderBy('Title')();
    const second = feedback.items.add({ Title: 'Andre', Body: 'b', FeedbackStatus: 'new', RoutineId: 2 });
    const lists = batched.web.lists.select('Title', 'ItemCount')();
    await execute();
    expect(await first).toMatchObject({ Id: 1, Title: 'Første' });
    expect(await second).toMatchObject({ Id: 2, RoutineId: 2 });
    expect((await services).map((s: { Title: string }) => s.Title)).toEqual(['Barnevern', 'Helsestasjon', 'Skole']);
    expect((await lists).find((l: { Title: string }) => l.Title === 'TB Tilbakemeldinger')).toBeDefined();
    const log = fs.readFileSync(wb.workbench.requestLogFile, 'utf8');
    expect(log).toMatch(/\tPOST\t\/sites\/tryggebarn\/_api\/\$batch\t200\n/);
    expect(log).toMatch(/\tbatch:POST\t\/sites\/tryggebarn\/_api\/web\/lists\/getByTitle\('TB%20Tilbakemeldinger'\)\/items\t201\n/);
  });

  it('is not transactional: a failing part rejects alone, the others are applied', async () => {
    const sp = pnp(wb.tokens.staff);
    const [batched, execute] = sp.batched();
    const feedback = batched.web.lists.getByTitle('TB Tilbakemeldinger');
    const good = feedback.items.add({ Title: 'God', Body: 'x', FeedbackStatus: 'new' });
    const bad = feedback.items.add({ Title: 'Dårlig', Nope: true });
    const denied = batched.web.lists.getByTitle('TB Tjenester').items.add({ Title: 'Ikke lov' });
    await execute();
    await expect(good).resolves.toMatchObject({ Title: 'God' });
    await expect(bad).rejects.toMatchObject({ status: 400 });
    await expect(denied).rejects.toMatchObject({ status: 403 });
    const titles = (await sp.web.lists.getByTitle('TB Tilbakemeldinger').items.select('Title')()).map((i: { Title: string }) => i.Title);
    expect(titles).toContain('God');
    expect(titles).not.toContain('Dårlig');
  });

  it('carries IF-Match into the parts: an update with the current ETag succeeds and returns the new one, a stale one fails', async () => {
    const sp = pnp(wb.tokens.admin);
    const [batched, execute] = sp.batched();
    const items = batched.web.lists.getByTitle('TB Tilbakemeldinger').items;
    const fresh = items.getById(1).update({ FeedbackStatus: 'inProgress' }, '"1"');
    const stale = items.getById(2).update({ FeedbackStatus: 'done' }, '"9"');
    const removed = items.getById(3).delete('*');
    await execute();
    // A MERGE answers with the item's long ETag, "{GUID},version" (pnp/pnpjs #2569).
    await expect(fresh).resolves.toEqual({ etag: expect.stringMatching(/^"\{[0-9A-F-]{36}\},2"$/) });
    await expect(stale).rejects.toMatchObject({ status: 412 });
    await expect(removed).resolves.toBeDefined();
    expect((await fetch(`${wb.api}/${byTitle('TB Tilbakemeldinger')}/items(3)`, { headers: spHeaders(wb.tokens.admin) })).status).toBe(404);
  });

  it('pages a list with PnPjs’s async iterator over $skiptoken', async () => {
    const sp = pnp(wb.tokens.admin);
    for (let i = 0; i < 7; i++) await sp.web.lists.getByTitle('TB Tilbakemeldinger').items.add({ Title: `Side ${i}`, Body: 'x', FeedbackStatus: 'new' });
    const pages: number[] = [];
    for await (const page of sp.web.lists.getByTitle('TB Tilbakemeldinger').items.select('Id').top(3)) pages.push((page as unknown[]).length);
    const total = (await sp.web.lists.getByTitle('TB Tilbakemeldinger').items.select('Id').top(5000)()).length;
    expect(pages.reduce((a, b) => a + b, 0)).toBe(total);
    expect(pages.slice(0, -1).every((n) => n === 3)).toBe(true);
  });

  it('reads the batch example of Microsoft’s documentation (change set with a DELETE, then a GET; CRLF lines)', async () => {
    const created = await fetch(`${wb.api}/web/lists`, { method: 'POST', headers: spHeaders(wb.tokens.admin), body: JSON.stringify({ Title: 'OldList' }) });
    expect(created.status).toBe(201);
    const documented = fs.readFileSync(path.join(__dirname, '../../fixtures/microsoft/sp-batch-request.txt'), 'utf8').replace(/https:\/\/fabrikam\.sharepoint\.com\/_api\//g, `${wb.api}/`);
    const response = await fetch(`${wb.api}/$batch`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${wb.tokens.admin}`, 'Content-Type': 'multipart/mixed; boundary=batch_7ba8d60b-efce-4a2f-b719-60c27cc0e70e' },
      body: documented
    });
    expect(response.status).toBe(200);
    const boundary = /boundary=(batchresponse_[0-9a-f-]+)/.exec(response.headers.get('content-type') ?? '')?.[1];
    expect(boundary).toBeDefined();
    const text = await response.text();
    const parts = text.split(`--${boundary}`).slice(1, -1);
    expect(parts).toHaveLength(2);
    expect(parts[0]).toContain('HTTP/1.1 200 OK');
    expect(parts[1]).toContain('HTTP/1.1 200 OK');
    expect(parts[1]).not.toContain('"Title":"OldList"');
    expect(text.endsWith(`--${boundary}--\r\n`)).toBe(true);
    await expect(getJson(`${wb.api}/${byTitle('OldList')}`, spHeaders(wb.tokens.admin), 404)).resolves.toBeDefined();
  });

  it('refuses parts that target another site', async () => {
    const body = [
      '--batch_x',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      'GET http://elsewhere.example/sites/other/_api/web HTTP/1.1',
      'Accept: application/json;odata=nometadata',
      '',
      '--batch_x--',
      ''
    ].join('\n');
    const response = await fetch(`${wb.api}/$batch`, { method: 'POST', headers: { Authorization: `Bearer ${wb.tokens.admin}`, 'Content-Type': 'multipart/mixed; boundary=batch_x' }, body });
    expect(await response.text()).toContain('HTTP/1.1 400 Bad Request');
  });
});
