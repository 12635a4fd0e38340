import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DateTime } from 'luxon';
import { LISTS } from '../../../src/core/schema/lists';
import { createWorkbenchServer } from '../../../workbench/server/createWorkbenchServer';
import { CalendarRepository } from '../../../workbench/server/graph/CalendarRepository';
import { refreshDemoCalendarsIfStale } from '../../../workbench/server/graph/seedCalendars';
import { starterModelPath } from '../../../workbench/server/paths';
import { createEvent } from './graphCalendar';
import { byTitle, getJson, spHeaders, startWorkbench } from './testWorkbench';

const REPO = path.resolve(__dirname, '../../..');
const TSX = path.join(REPO, 'node_modules', '.bin', 'tsx');

describe('seeding', () => {
  it('creates every list of LISTS with its fields, and the tiny document’s items', async () => {
    const wb = await startWorkbench();
    try {
      const lists = await getJson<{ value: { Title: string; ItemCount: number }[] }>(`${wb.api}/web/lists?$select=Title,ItemCount`, spHeaders(wb.tokens.staff));
      expect(lists.value.map((l) => l.Title).sort()).toEqual(LISTS.map((l) => l.title).sort());
      expect(lists.value.find((l) => l.Title === 'TB Rutiner')?.ItemCount).toBe(2);
      for (const schema of LISTS) {
        const fields = await getJson<{ value: { InternalName: string }[] }>(`${wb.api}/${byTitle(schema.title)}/fields?$select=InternalName`, spHeaders(wb.tokens.staff));
        const names = fields.value.map((f) => f.InternalName);
        expect([schema.title, schema.fields.every((f) => names.includes(f.name))]).toEqual([schema.title, true]);
      }
      expect(wb.workbench.seedReport).toMatchObject({ source: 'document', issues: [] });
    } finally {
      await wb.close();
    }
  });

  for (const locale of ['nb', 'nn'] as const) {
    const exists = fs.existsSync(starterModelPath(locale));
    (exists ? it : it.skip)(`seeds the ${locale} starter model through documentToLists`, async () => {
      const wb = await startWorkbench({ seedDocument: undefined, seedLocale: locale });
      try {
        const report = wb.workbench.seedReport;
        expect(report?.source).toBe('starter-model');
        if (report && report.issues.length > 0) console.warn(`starter model ${locale}:`, report.issues.slice(0, 10));
        const services = await getJson<{ value: unknown[] }>(`${wb.api}/${byTitle('TB Tjenester')}/items?$select=Id`, spHeaders(wb.tokens.staff));
        expect(services.value.length).toBeGreaterThan(0);
        const web = await getJson<{ Language: number }>(`${wb.api}/web?$select=Language`, spHeaders(wb.tokens.staff));
        expect(web.Language).toBe(locale === 'nn' ? 2068 : 1044);
      } finally {
        await wb.close();
      }
    });
  }

  it('reseed() wipes what was written and seeds again, in the locale asked', async () => {
    const wb = await startWorkbench();
    try {
      await fetch(`${wb.api}/${byTitle('TB Tilbakemeldinger')}/items`, { method: 'POST', headers: spHeaders(wb.tokens.staff), body: JSON.stringify({ Title: 'Skal bort' }) });
      wb.workbench.reseed('nn');
      const items = await getJson<{ value: unknown[] }>(`${wb.api}/${byTitle('TB Tilbakemeldinger')}/items`, spHeaders(wb.tokens.staff));
      expect(items.value).toEqual([]);
      const field = await getJson<{ Title: string }>(`${wb.api}/${byTitle('TB Rutiner')}/fields/getByInternalNameOrTitle('Steps')`, spHeaders(wb.tokens.staff));
      expect(field.Title).toBe('Steg');
    } finally {
      await wb.close();
    }
  });

  it('regenerates the demo calendars when the week turns, keeping events people created', async () => {
    const wb = await startWorkbench();
    try {
      const created = await createEvent(wb, 'lead', { subject: 'Mitt eget', start: '2031-01-06T09:00:00', end: '2031-01-06T10:00:00' });
      const leadId = (await getJson<{ id: string }>(`${wb.graph}/me`, { Authorization: `Bearer ${wb.tokens.lead}` })).id;
      const repo = new CalendarRepository(wb.workbench.db);
      const lead = created.body.organizer as { emailAddress: { address: string } };
      expect(lead.emailAddress.address).toBe('jonas.haugland@demo-kommune.example');
      expect(refreshDemoCalendarsIfStale(wb.workbench.db)).toBe(false);
      expect(refreshDemoCalendarsIfStale(wb.workbench.db, DateTime.now().plus({ weeks: 1 }))).toBe(true);
      const inCalendar = repo.calendar(leadId);
      expect(inCalendar.some((e) => e.event.id === created.body.id)).toBe(true);
    } finally {
      await wb.close();
    }
  });

  it('opens an already seeded data directory without seeding again', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-workbench-'));
    try {
      const first = createWorkbenchServer({ dataDir, seedDocument: undefined });
      expect(first.seedReport).toBeDefined();
      first.close();
      const second = createWorkbenchServer({ dataDir });
      expect(second.seedReport).toBeUndefined();
      second.close();
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('the command-line entries', () => {
  it('reseed.ts wipes and seeds a data directory', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-workbench-'));
    try {
      const result = spawnSync(TSX, [path.join(REPO, 'workbench/server/reseed.ts'), 'nn'], { cwd: REPO, env: { ...process.env, WORKBENCH_DATA_DIR: dataDir }, encoding: 'utf8', timeout: 60000 });
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('reseeded');
      expect(fs.existsSync(path.join(dataDir, 'workbench.sqlite'))).toBe(true);
      const bad = spawnSync(TSX, [path.join(REPO, 'workbench/server/reseed.ts'), 'en'], { cwd: REPO, env: { ...process.env, WORKBENCH_DATA_DIR: dataDir }, encoding: 'utf8', timeout: 60000 });
      expect(bad.status).toBe(2);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60000);

  it('start.ts listens, serves the page and the API, and stops cleanly on SIGTERM', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-workbench-'));
    const port = 43000 + Math.floor(Math.random() * 2000);
    const child = spawn(TSX, [path.join(REPO, 'workbench/server/start.ts')], { cwd: REPO, env: { ...process.env, PORT: String(port), WORKBENCH_DATA_DIR: dataDir } });
    try {
      let output = '';
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ready line: ${output}`)), 45000);
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes(`Trygge Barn workbench: http://localhost:${port}/`)) {
            clearTimeout(timer);
            resolve();
          }
        });
        child.on('exit', () => reject(new Error(`exited early: ${output}`)));
      });
      // The page is mountPage.ts's (its author's); here it only has to be served.
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(await (await fetch(`http://127.0.0.1:${port}/workbench/health`)).json()).toEqual({ ok: true });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60000);
});
