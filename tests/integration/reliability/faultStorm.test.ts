import type { SPFI } from '@pnp/sp';
import { buildLookupIndex } from '../../../src/core/mapping/assembleModel';
import type { RawListItem } from '../../../src/core/mapping/RawListItem';
import { LISTS } from '../../../src/core/schema/lists';
import { itemContent } from '../../../src/core/transfer/itemContent';
import { SharePointFeedbackStore } from '../../../src/data/sharepoint/SharePointFeedbackStore';
import { newSubmissionId } from '../../../src/data/sharepoint/createItemOnce';
import { WriteOutcomeUnknownError } from '../../../src/data/ports/WriteOutcomeUnknownError';
import { WriteNotStoredError } from '../../../src/data/ports/WriteNotStoredError';
import { tinyModelDocument } from '../../unit/core/tinyModel';
import { startAdminWorkbench, type AdminWorkbench } from '../admin/adminWorkbench';

/**
 * Issue 17's fault storm, per seed (RELIABILITY_SEEDS, default "17,2026,31337"; `npm run test:reliability`):
 * - 20 feedback submissions under drop-after 30 %, by a person who presses send again whenever told "not sent"
 *   and waits while the form says "checking";
 * - 10 routine saves under drop-after 30 %, resaved by the admin after a reported failure;
 * - 5 imports under 30 % 429/503, 5 % dropped connections (before or after) and slow answers.
 * Half the runs also resend a write whose connection dropped the way Chromium does (at once, on a new socket),
 * so the product sees the resend's 400/412 instead of the drop. Prints, per seed: operations, false-failure
 * messages, duplicates, lost writes, rollbacks verified — and requires 0, 0, 0 and every rollback verified.
 */
const SEEDS = (process.env.RELIABILITY_SEEDS ?? '17,2026,31337')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n));

const realFetch = globalThis.fetch;

/** Like Chromium on a reset connection: a write whose connection dropped is sent once more at once. */
function browserLikeFetch(): typeof fetch {
  return (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    try {
      return await realFetch(input, init);
    } catch (error) {
      if ((init.method ?? 'GET').toUpperCase() === 'GET') throw error;
      return realFetch(input, init);
    }
  }) as typeof fetch;
}

interface Counts {
  operations: number;
  falseFailures: number;
  duplicates: number;
  lost: number;
  rollbacks: number;
  rollbacksVerified: number;
  imports: { applied: number; rolledBack: number };
}

/** Item count for a value of a column, read from the workbench's database (no API, so no faults). */
function countWhere(wb: AdminWorkbench, listTitle: string, column: string, value: string): number {
  const row = wb.workbench.db
    .prepare(`SELECT count(*) AS n FROM items i JOIN lists l ON l.num = i.list_num WHERE l.title = ? AND json_extract(i.data, '$.' || ?) = ?`)
    .get(listTitle, column, value) as { n: number };
  return row.n;
}

function versionOf(wb: AdminWorkbench, listTitle: string, id: number): { version: number; summary: unknown } {
  const row = wb.workbench.db
    .prepare(`SELECT i.version AS version, json_extract(i.data, '$.Summary') AS summary FROM items i JOIN lists l ON l.num = i.list_num WHERE l.title = ? AND i.id = ?`)
    .get(listTitle, id) as { version: number; summary: unknown };
  return row;
}

/** The site's model lists as content per item (no version stamps), for "as before" comparisons. */
async function contentSnapshot(sp: SPFI): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  for (const schema of LISTS.filter((l) => l.partOfModel)) {
    const items: RawListItem[] = await sp.web.lists.getByTitle(schema.title).items.top(5000)();
    for (const item of items) result.set(`${schema.key}/${item.Id as number}`, itemContent(schema, item));
  }
  return result;
}

async function feedbackStorm(wb: AdminWorkbench, seed: number, counts: Counts): Promise<void> {
  const staff = await wb.client('staff');
  const store = new SharePointFeedbackStore(staff, { canEditModel: async () => false });
  const admin = await wb.client('admin');
  const lookups = buildLookupIndex({ routines: await admin.web.lists.getByTitle('TB Rutiner').items.select('Id', 'RoutineKey')() });
  wb.workbench.setFaults({ rate: 0, statuses: [429], retryAfter: 0, slowRate: 0.05, slowMs: 200, dropRate: 0.3, dropPhase: 'after', seed });
  try {
    for (let i = 0; i < 20; i++) {
      counts.operations++;
      const body = `Storm ${seed} tilbakemelding ${i}`;
      const id = newSubmissionId();
      let sent = false;
      for (let press = 0; press < 12 && !sent; press++) {
        try {
          await store.submit({ title: `Innspill ${i}`, body, routine: 'niva-0' }, lookups, id);
          sent = true;
        } catch (error) {
          if (error instanceof WriteNotStoredError) {
            // The form says "not sent": that must be true at this moment.
            if (countWhere(wb, 'TB Tilbakemeldinger', 'SubmissionId', id) > 0) counts.falseFailures++;
          } else if (!(error instanceof WriteOutcomeUnknownError)) throw error;
          // "checking" or "not sent": the person (or the form) sends again with the same id.
        }
      }
      const stored = countWhere(wb, 'TB Tilbakemeldinger', 'SubmissionId', id);
      if (stored > 1) counts.duplicates += stored - 1;
      if (sent && stored === 0) counts.lost++;
      if (!sent && stored > 0) counts.falseFailures++;
      expect(sent).toBe(true);
    }
  } finally {
    wb.workbench.setFaults({ rate: 0, dropRate: 0, slowRate: 0 });
  }
}

async function routineStorm(wb: AdminWorkbench, seed: number, counts: Counts): Promise<void> {
  const services = await wb.admin();
  const store = await wb.store();
  wb.workbench.setFaults({ rate: 0, statuses: [429], retryAfter: 0, slowRate: 0.05, slowMs: 200, dropRate: 0.3, dropPhase: 'after', seed: seed + 1 });
  try {
    for (let i = 0; i < 10; i++) {
      counts.operations++;
      const value = `Storm ${seed} oppsummering ${i}`;
      let saved = false;
      for (let press = 0; press < 6 && !saved; press++) {
        const model = (await store.loadModel({ includeDrafts: true })).model;
        const record = (await services.routines.loadRecords(model)).find((r) => r.routine.key === 'niva-0');
        if (!record) throw new Error('fixture');
        if (record.routine.summary === value) {
          // A save reported as failed that had landed: a false failure message.
          counts.falseFailures++;
          saved = true;
          break;
        }
        const before = versionOf(wb, 'TB Rutiner', record.routine.id as number);
        const outcome = await services.routines.save(record, { ...record.routine, summary: value }, ['summary'], model);
        const after = versionOf(wb, 'TB Rutiner', record.routine.id as number);
        if (outcome.kind === 'saved') {
          saved = true;
          if (after.summary !== value) counts.lost++;
          if (after.version - before.version > 1) counts.duplicates += after.version - before.version - 1;
        } else if (outcome.kind === 'failed' && outcome.reason !== 'unknown' && after.summary === value) {
          counts.falseFailures++;
        }
      }
      expect(saved).toBe(true);
    }
  } finally {
    wb.workbench.setFaults({ rate: 0, dropRate: 0, slowRate: 0 });
  }
}

async function importStorm(wb: AdminWorkbench, seed: number, counts: Counts): Promise<void> {
  const services = await wb.admin();
  const admin = await wb.client('admin');
  for (let i = 0; i < 5; i++) {
    counts.operations++;
    // Back to the tiny model without faults, then an import that changes and adds a good deal.
    await services.transfer.applyImport(await services.transfer.prepareImport(tinyModelDocument()));
    const doc = tinyModelDocument();
    doc.settings.municipality = `Stormvik ${seed}-${i}`;
    doc.routines.forEach((r) => (r.summary = `Import ${seed}-${i}: ${r.summary}`));
    doc.contacts.forEach((c) => (c.description = `Oppdatert ${seed}-${i}`));
    for (let n = 0; n < 4; n++) doc.services.push({ key: `ny-${seed}-${i}-${n}`, title: `Ny tjeneste ${n}`, role: 'Hjelper', mandate: '', tierMeasures: [], reach: {}, placements: [] });
    const plan = await services.transfer.prepareImport(doc);
    if (i % 2 === 1) {
      // Someone else edits the item the import updates last, after the plan was made: that write fails for real
      // (412) and the import must undo everything else it wrote, under the same storm, and verify it.
      const last = [...plan.writes].reverse().find((w) => w.kind === 'update');
      if (!last) throw new Error('fixture');
      const title = LISTS.find((l) => l.key === last.list)?.title as string;
      const edit = await wb.rest('admin', 'POST', `web/lists/getByTitle('${encodeURIComponent(title)}')/items(${last.id})`, { Title: `Endret av en annen ${seed}-${i}` }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
      expect(edit.status).toBe(204);
    }
    const before = await contentSnapshot(admin);
    wb.workbench.setFaults({ rate: 0.3, statuses: [429, 503], retryAfter: 0, slowRate: 0.05, slowMs: 300, dropRate: 0.05, dropPhase: 'random', seed: seed * 10 + i });
    let outcome;
    try {
      outcome = await services.transfer.applyImport(plan);
    } finally {
      wb.workbench.setFaults({ rate: 0, dropRate: 0, slowRate: 0 });
    }
    const after = await contentSnapshot(admin);
    if (outcome.kind === 'applied') {
      expect(i % 2).toBe(0);
      counts.imports.applied++;
      // Complete: the site holds the file; nothing is left to write.
      const again = await services.transfer.prepareImport(doc);
      if (again.writes.length > 0) counts.lost += again.writes.length;
      const created = [...after.keys()].filter((k) => !before.has(k)).length;
      if (created !== plan.writes.filter((w) => w.kind === 'create').length) counts.duplicates += Math.abs(created - plan.writes.filter((w) => w.kind === 'create').length);
    } else {
      expect(i % 2).toBe(1);
      counts.rollbacks++;
      counts.imports.rolledBack++;
      const differing = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k));
      // The report matches the site: "verified" only when the site is as before; otherwise it names what is not.
      if (outcome.verified && differing.length === 0) counts.rollbacksVerified++;
      else if (outcome.verified) counts.lost += differing.length;
      expect({ verified: outcome.verified, differing }).toEqual({ verified: true, differing: [] });
    }
  }
}

describe.each(SEEDS)('reliability under dropped connections, throttling and slow answers (seed %i)', (seed) => {
  let wb: AdminWorkbench;
  beforeAll(async () => {
    wb = await startAdminWorkbench();
  });
  afterAll(async () => {
    globalThis.fetch = realFetch;
    await wb?.stop();
  });

  it.each([
    ['as Node sends', false],
    ['with the browser resending dropped writes', true]
  ])('feedback, routine saves and imports tell the truth (%s)', async (_label, browser) => {
    if (browser) globalThis.fetch = browserLikeFetch();
    const counts: Counts = { operations: 0, falseFailures: 0, duplicates: 0, lost: 0, rollbacks: 0, rollbacksVerified: 0, imports: { applied: 0, rolledBack: 0 } };
    try {
      await feedbackStorm(wb, seed, counts);
      await routineStorm(wb, seed, counts);
      await importStorm(wb, seed, counts);
    } finally {
      globalThis.fetch = realFetch;
    }
    console.log(
      `reliability seed ${seed} (${browser ? 'browser-like resend' : 'node'}): operations ${counts.operations}, false-failure messages ${counts.falseFailures}, ` +
        `duplicates ${counts.duplicates}, lost writes ${counts.lost}, rollbacks verified ${counts.rollbacksVerified}/${counts.rollbacks} ` +
        `(imports complete ${counts.imports.applied}, rolled back ${counts.imports.rolledBack})`
    );
    expect(counts).toMatchObject({ falseFailures: 0, duplicates: 0, lost: 0 });
    expect(counts.rollbacksVerified).toBe(counts.rollbacks);
  }, 900000);
});

