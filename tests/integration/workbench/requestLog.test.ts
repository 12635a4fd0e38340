import * as fs from 'node:fs';
import { byTitle, spHeaders, startWorkbench, type TestWorkbench } from './testWorkbench';

let wb: TestWorkbench;

beforeAll(async () => {
  wb = await startWorkbench();
});

afterAll(async () => {
  await wb.close();
});

describe('the request log', () => {
  it('has one line per API request: time, user, method, path, status — never query strings or bodies', async () => {
    const secret = 'Kari Hemmelig';
    await fetch(`${wb.api}/${byTitle('TB Rutiner')}/items?$filter=${encodeURIComponent(`Title eq '${secret}'`)}&$select=Id`, { headers: spHeaders(wb.tokens.staff) });
    await fetch(`${wb.api}/${byTitle('TB Tilbakemeldinger')}/items`, { method: 'POST', headers: spHeaders(wb.tokens.staff), body: JSON.stringify({ Title: secret, Body: `${secret} er bekymret`, FeedbackStatus: 'new' }) });
    await fetch(`${wb.graph}/users?$search="displayName:${secret}"`, { headers: { Authorization: `Bearer ${wb.tokens.lead}`, ConsistencyLevel: 'eventual' } });
    await fetch(`${wb.graph}/me`);
    await fetch(`${wb.url}/workbench/health`);
    const lines = fs.readFileSync(wb.workbench.requestLogFile, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      const [time, user, method, path, status, ...rest] = line.split('\t');
      expect(rest).toEqual([]);
      expect(Date.parse(time)).not.toBeNaN();
      expect(user).toMatch(/^(-|[a-z.-]+@demo-kommune\.example)$/);
      expect(method).toMatch(/^[A-Z]+$/);
      expect(path).not.toContain('?');
      expect(status).toMatch(/^\d{3}$/);
    }
    const log = lines.join('\n');
    expect(log).not.toContain('Hemmelig');
    expect(log).not.toContain('%24filter');
    expect(log).not.toContain('$search');
    expect(lines[0]).toMatch(/\tingrid\.solberg@demo-kommune\.example\tGET\t\/sites\/tryggebarn\/_api\/web\/lists\/getByTitle\('TB%20Rutiner'\)\/items\t200$/);
    expect(lines[1]).toMatch(/\tPOST\t.*\/items\t201$/);
    expect(lines[3]).toMatch(/\t-\tGET\t\/graph\/v1\.0\/me\t401$/);
  });
});
