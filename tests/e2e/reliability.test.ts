import type { Page } from 'playwright-core';
import type { RawListItem } from '../../src/core/mapping/RawListItem';
import { LISTS } from '../../src/core/schema/lists';
import { itemContent } from '../../src/core/transfer/itemContent';
import { loadStarterModel } from '../../workbench/server/seed/loadStarterModel';
import type { FaultConfig } from '../../workbench/server/faults/FaultConfig';
import { ownWorkbench } from './support/ownWorkbench';

/**
 * Issue 17 in Chromium, on the shipped bundle, with the workbench's fault switch: the browser's own network
 * stack (which resends a POST/MERGE whose reused connection was reset) between the product and SharePoint.
 * - 20 feedback submissions under drop-after 30 %, by a person who presses "send" again whenever the form says
 *   "not sent": 0 false "not sent", 0 duplicates, 0 lost;
 * - 5 imports under 30 % 429/503 and 5 % dropped connections: each ends complete, or rolled back with the report
 *   saying "everything is as before" only when the site is, and naming what is not otherwise;
 * - an import with a birth number in a routine step, or an arena subject «Møte om Emma (7) i 2B», is refused
 *   with the row named.
 * Its own workbench: it turns the faults on. Prints the counts per seed (RELIABILITY_SEEDS, default 17).
 */
const SEEDS = (process.env.RELIABILITY_SEEDS ?? '17')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n));

const SENT = 'Takk! Tilbakemeldingen er sendt til prosjektgruppen.';
const NOT_SENT = /Tilbakemeldingen ble ikke sendt/;

const own = ownWorkbench('tb-reliability-e2e-');

function faults(config: Partial<FaultConfig>): void {
  own.setFaults(config);
}

function openAs(user: 'staff' | 'admin', hash: string): Promise<Page> {
  return own.openAs(user, hash);
}

/** Items of a list, read from the workbench's database (no API request, so no fault). */
function rows(listTitle: string): Array<Record<string, unknown> & { Id: number }> {
  return (
    own.workbench.db.prepare('SELECT i.id AS id, i.data AS data FROM items i JOIN lists l ON l.num = i.list_num WHERE l.title = ?').all(listTitle) as Array<{ id: number; data: string }>
  ).map((r) => ({ ...(JSON.parse(r.data) as Record<string, unknown>), Id: r.id }));
}

/** The model lists' content per item (no version stamps), through the API with faults off. */
async function siteContent(): Promise<Map<string, string>> {
  const token = await own.token('admin');
  const result = new Map<string, string>();
  for (const schema of LISTS.filter((l) => l.partOfModel)) {
    const response = await fetch(`${own.base}/sites/tryggebarn/_api/web/lists/getbytitle('${encodeURIComponent(schema.title)}')/items?$top=5000`, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json;odata=nometadata' }
    });
    const items = ((await response.json()) as { value: RawListItem[] }).value;
    for (const item of items) result.set(`${schema.key}/${item.Id as number}`, itemContent(schema, item));
  }
  return result;
}

describe.each(SEEDS)('reliability in Chromium (seed %i)', (seed) => {
  it('20 feedback submissions under drop-after 30 %, resent on "not sent": no false "not sent", no duplicate, none lost', async () => {
    const page = await openAs('staff', '#/feedback');
    await page.getByRole('textbox', { name: /^Emne/ }).waitFor();
    const counts = { operations: 0, falseNotSent: 0, duplicates: 0, lost: 0 };
    faults({ dropRate: 0.3, dropPhase: 'after', slowRate: 0.05, slowMs: 300, seed });
    try {
      for (let i = 0; i < 20; i++) {
        counts.operations++;
        const body = `Stormtest ${seed} nummer ${i}: rutinen mangler et telefonnummer.`;
        await page.getByRole('textbox', { name: /^Emne/ }).fill(`Innspill ${i}`);
        await page.getByRole('textbox', { name: /^Tilbakemelding/ }).fill(body);
        let sent = false;
        for (let press = 0; press < 10 && !sent; press++) {
          await page.getByRole('button', { name: 'Send tilbakemelding' }).click();
          const outcome = await Promise.race([
            page.getByText(SENT).waitFor({ timeout: 120000 }).then(() => 'sent' as const),
            page.getByRole('alert').filter({ hasText: NOT_SENT }).waitFor({ timeout: 120000 }).then(() => 'notSent' as const)
          ]);
          if (outcome === 'sent') sent = true;
          else if (rows('TB Tilbakemeldinger').some((r) => r.Body === body)) counts.falseNotSent++;
        }
        const stored = rows('TB Tilbakemeldinger').filter((r) => r.Body === body).length;
        if (stored > 1) counts.duplicates += stored - 1;
        if (sent && stored === 0) counts.lost++;
        expect(sent).toBe(true);
        await page.getByRole('button', { name: 'Send en til' }).click();
      }
    } finally {
      faults({});
    }
    console.log(`reliability e2e seed ${seed}, feedback: operations ${counts.operations}, false-failure messages ${counts.falseNotSent}, duplicates ${counts.duplicates}, lost writes ${counts.lost}`);
    expect(counts).toEqual({ operations: 20, falseNotSent: 0, duplicates: 0, lost: 0 });
  }, 900000);

  it('5 imports under 429/503 and dropped connections: complete, or verified restored, and the report matches the site', async () => {
    const starter = loadStarterModel('nb').document;
    if (!starter) throw new Error('no starter model');
    const counts = { operations: 0, complete: 0, rolledBack: 0, verified: 0, reportMismatch: 0 };
    for (let i = 0; i < 5; i++) {
      counts.operations++;
      const doc = {
        ...starter,
        settings: { ...starter.settings, municipality: `Stormvik ${seed}-${i}` },
        routines: starter.routines.map((r) => ({ ...r, summary: `${r.summary} (import ${seed}-${i})` })),
        contacts: starter.contacts.map((c) => ({ ...c, description: `${c.description} (import ${seed}-${i})` })),
        services: [...starter.services, ...[0, 1, 2].map((n) => ({ key: `storm-${seed}-${i}-${n}`, title: `Stormtjeneste ${n}`, role: 'Hjelper', mandate: '', tierMeasures: [], reach: {}, placements: [] }))]
      };
      const page = await openAs('admin', '#/admin/transfer');
      await page.locator('#tb-admin-import-file').waitFor();
      await page.setInputFiles('#tb-admin-import-file', { name: 'storm.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
      await page.getByTestId('import-plan').waitFor({ timeout: 60000 });
      if (i % 2 === 1) {
        // Someone else changes the last contact the import will update, after the plan: that write fails for real
        // (412), late in the import, so there is much to undo under the same storm.
        const contact = rows('TB Kontakter').find((c) => c.ContactKey === doc.contacts[doc.contacts.length - 1].key);
        if (!contact) throw new Error('fixture');
        own.workbench.db
          .prepare("UPDATE items SET data = json_set(data, '$.Description', ?), version = version + 1 WHERE id = ? AND list_num = (SELECT num FROM lists WHERE title = 'TB Kontakter')")
          .run(`Endret av en annen ${i}`, contact.Id);
      }
      const before = await siteContent();
      faults({ rate: 0.3, statuses: [429, 503], retryAfter: 0, dropRate: 0.05, dropPhase: 'random', slowRate: 0.05, slowMs: 300, seed: seed * 10 + i });
      try {
        await page.getByRole('button', { name: 'Importer', exact: true }).click();
        await Promise.race([
          page.getByText(/^Importen er fullført/).waitFor({ timeout: 300000 }),
          page.getByTestId('import-stopped').waitFor({ timeout: 300000 })
        ]);
      } finally {
        faults({});
      }
      const after = await siteContent();
      const differing = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k));
      if ((await page.getByTestId('import-stopped').count()) === 0) {
        counts.complete++;
      } else {
        counts.rolledBack++;
        const saysVerified = (await page.getByTestId('import-verified').count()) > 0;
        if (saysVerified && differing.length === 0) counts.verified++;
        if (saysVerified !== (differing.length === 0)) counts.reportMismatch++;
      }
      await page.context().close();
    }
    console.log(
      `reliability e2e seed ${seed}, imports: operations ${counts.operations}, complete ${counts.complete}, rollbacks verified ${counts.verified}/${counts.rolledBack}, report not matching the site ${counts.reportMismatch}`
    );
    expect(counts.complete + counts.verified).toBe(5);
    expect(counts.reportMismatch).toBe(0);
  }, 1800000);
});

describe('text that would bypass the privacy guard through an import', () => {
  it.each([
    ['a birth number in a routine step', (doc: NonNullable<ReturnType<typeof loadStarterModel>['document']>) => (doc.routines[2].steps[0].what = 'Gjelder Ola Nordmann, fnr 12031750189, født 12.03.2017'), 'Rutiner', '3'],
    ['an arena subject naming a child', (doc: NonNullable<ReturnType<typeof loadStarterModel>['document']>) => (doc.arenas[0].meetingSubject = 'Møte om Emma (7) i 2B'), 'Arenaer', '1']
  ])('refuses %s, naming the row', async (_label, change, where, row) => {
    const doc = loadStarterModel('nb').document;
    if (!doc) throw new Error('no starter model');
    change(doc);
    const page = await openAs('admin', '#/admin/transfer');
    await page.setInputFiles('#tb-admin-import-file', { name: 'child.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    const line = problems.locator('tbody tr').filter({ hasText: 'kan identifisere et barn' });
    expect(await line.count()).toBe(1);
    const cells = await line.locator('td').allTextContents();
    expect(cells[0]).toBe(where);
    expect(cells[1].startsWith(row)).toBe(true);
    expect(await page.getByRole('button', { name: 'Importer', exact: true }).count()).toBe(0);
    await page.context().close();
  });
});
