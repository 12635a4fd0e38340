import '@pnp/sp/security';
import '@pnp/sp/regional-settings/web';
import { createSharePointClient } from '../../src/data/sharepoint/createSharePointClient';
import { selectFields } from '../../src/data/sharepoint/selectFields';
import { LISTS } from '../../src/core/schema/lists';
import { MODEL_SITE_TENANT_PROPERTY } from '../../src/core/hosting/modelSiteUrl';
import { describeRequest, launchBenchBrowser, RECORD_FIRST_ROUTINE, runPage, type PageRunResult } from './pageRun';
import type { BenchUser, BenchWorkbench } from './startBenchWorkbench';

/** Counts the HTTP requests a function makes through global fetch. */
async function countRequests(run: () => Promise<unknown>): Promise<number> {
  const realFetch = globalThis.fetch;
  let count = 0;
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    count++;
    return realFetch(input, init);
  }) as typeof fetch;
  try {
    await run();
  } finally {
    globalThis.fetch = realFetch;
  }
  return count;
}

/**
 * The naive open, one request per thing the product needs to show the model: the tenant property, the lists'
 * stamps, the two permission checks, the time zone and each model list.
 */
async function naiveOpen(wb: BenchWorkbench): Promise<number> {
  const token = await wb.token('staff');
  const sp = createSharePointClient(wb.site, async () => token);
  return countRequests(async () => {
    await sp.web.getStorageEntity(MODEL_SITE_TENANT_PROPERTY);
    await Promise.all([
      sp.web.lists.select('Title', 'LastItemModifiedDate')(),
      sp.web.getCurrentUserEffectivePermissions(),
      sp.web.lists.getByTitle('TB Rutiner').getCurrentUserEffectivePermissions(),
      sp.web.regionalSettings.timeZone(),
      ...LISTS.filter((l) => l.partOfModel).map((list) =>
        sp.web.lists
          .getByTitle(list.title)
          .items.select(...selectFields(list))
          .top(5000)()
      )
    ]);
  });
}

function summary(label: string, run: PageRunResult): string[] {
  const sp = run.apiRequests.filter((r) => r.path.includes('/_api/'));
  const spBefore = run.beforePaint.filter((r) => r.path.includes('/_api/'));
  return [
    `${label}: SharePoint requests ${sp.length} (before first routine visible: ${spBefore.length}), Graph ${run.apiRequests.length - sp.length}; first routine at ${run.firstRoutineMs.toFixed(0)} ms`,
    ...run.apiRequests.map((r) => `    ${run.beforePaint.includes(r) ? 'before paint' : 'after paint '} ${describeRequest(r)}`)
  ];
}

export interface RequestFigures {
  lines: string[];
  /** SharePoint requests of a cold open on the model site's page, per user. */
  cold: Record<string, number>;
  /** SharePoint requests before paint on a warm open, per user. */
  warmBeforePaint: Record<string, number>;
}

/**
 * What the page sends, counted by Chromium at the network level: every SharePoint REST and Graph request the
 * web part makes (after its bundle starts loading; the page's own sign-in and the host's digest stand in for
 * SharePoint rendering the page). Cold = a fresh browser profile, warm = the same profile opened again.
 */
export async function benchRequests(wb: BenchWorkbench): Promise<RequestFigures> {
  const lines: string[] = [];
  const cold: Record<string, number> = {};
  const warmBeforePaint: Record<string, number> = {};
  const browser = await launchBenchBrowser();
  try {
    const users: BenchUser[] = ['staff', 'admin'];
    for (const host of ['sharepoint', 'teams-channel'] as const) {
      // The demo editor (admin) is no member of the demo team, so the channel tab is measured for staff.
      for (const user of host === 'sharepoint' ? users : (['staff'] as BenchUser[])) {
        const context = await browser.newContext();
        await context.addInitScript(RECORD_FIRST_ROUTINE);
        const url = `${wb.url}/?user=${user}&lang=nb&host=${host}&view=routines`;
        const label0 = `${host} ${user}`;
        let first: PageRunResult;
        let second: PageRunResult;
        try {
          first = await runPage(context, url, { settle: true });
          await wb.idle();
          second = await runPage(context, url, { settle: true });
          await wb.idle();
        } catch (error) {
          lines.push(`${label0}: FAILED (${String(error).split('\n')[0]})`);
          await context.close();
          continue;
        }
        await context.close();
        const label = `${host === 'sharepoint' ? 'SharePoint page on the model site' : 'Teams channel tab'}, ${user === 'admin' ? 'editor (admin)' : 'staff'}`;
        lines.push(...summary(`cold open, ${label}`, first), ...summary(`warm open, ${label}`, second));
        const key = `${host}:${user}`;
        cold[key] = first.apiRequests.filter((r) => r.path.includes('/_api/')).length;
        warmBeforePaint[key] = second.beforePaint.filter((r) => r.path.includes('/_api/')).length;
      }
    }
  } finally {
    await browser.close();
  }
  const naive = await naiveOpen(wb);
  lines.unshift(
    `cold-open SharePoint requests (Chromium, network level): SharePoint page — staff ${cold['sharepoint:staff']}, editor ${cold['sharepoint:admin']}; ` +
      `Teams channel tab — staff ${cold['teams-channel:staff']}; naive baseline (one request per read) ${naive}`,
    `warm-open SharePoint requests before paint: SharePoint page — staff ${warmBeforePaint['sharepoint:staff']}, editor ${warmBeforePaint['sharepoint:admin']}; ` +
      `Teams channel tab — staff ${warmBeforePaint['teams-channel:staff']}`
  );
  return { lines, cold, warmBeforePaint };
}
