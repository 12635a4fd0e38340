import { launchBenchBrowser, RECORD_FIRST_ROUTINE, runPage } from './pageRun';
import { ms, percentile } from './percentile';
import type { BenchWorkbench } from './startBenchWorkbench';

const RUNS = 5;

export interface PaintFigures {
  lines: string[];
  /** p50 ms, local network, SharePoint page host, staff. */
  cold: number;
  warm: number;
  /** p50 ms of the warm open with the CPU throttled 4×. */
  warmThrottled?: number;
}

/** p50 of cold (fresh profile) and warm (second navigation, same profile) first-routine-visible times. */
async function coldAndWarm(wb: BenchWorkbench, url: string, cpuThrottling = 1): Promise<{ cold: number; warm: number }> {
  const browser = await launchBenchBrowser();
  const cold: number[] = [];
  const warm: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      await context.addInitScript(RECORD_FIRST_ROUTINE);
      cold.push((await runPage(context, url, { cpuThrottling, settle: true })).firstRoutineMs);
      await wb.idle();
      warm.push((await runPage(context, url, { cpuThrottling, settle: true })).firstRoutineMs);
      await wb.idle();
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { cold: percentile(cold, 50), warm: percentile(warm, 50) };
}

/**
 * The routines view (35 routine links on the starter model: the same links the baseline renders).
 * Navigation → first routine visible, cold (empty browser profile) and warm (the model cached in IndexedDB),
 * on a fast local network, with every API answer delayed 1.5 s (a slow phone connection), and with Chromium's
 * CPU throttled 4× (CDP Emulation.setCPUThrottlingRate: a mid-range phone in Teams mobile).
 */
export async function benchPaint(wb: BenchWorkbench): Promise<PaintFigures> {
  const url = `${wb.url}/?user=staff&lang=nb&host=sharepoint&view=routines`;
  const lines: string[] = [];
  let local = { cold: 0, warm: 0 };
  let throttled: { cold: number; warm: number } | undefined;
  try {
    for (const network of ['local', 'slow API (1.5 s)'] as const) {
      wb.workbench.setFaults(network === 'local' ? { rate: 0, slowRate: 0, dropRate: 0 } : { rate: 0, dropRate: 0, slowRate: 1, slowMs: 1500 });
      const { cold, warm } = await coldAndWarm(wb, url);
      if (network === 'local') local = { cold, warm };
      lines.push(`first routine visible in Chromium, ${network}: cold p50 ${ms(cold)}, warm (from cache) p50 ${ms(warm)}; warm/cold ${(warm / cold).toFixed(2)} (${RUNS} runs each)`);
    }
    wb.workbench.setFaults({ rate: 0, slowRate: 0, dropRate: 0 });
    throttled = await coldAndWarm(wb, url, 4);
    lines.push(`first routine visible, CPU throttled 4×, local network: cold p50 ${ms(throttled.cold)}, warm p50 ${ms(throttled.warm)} (goal warm ≤ 1,500 ms)`);
  } finally {
    wb.workbench.setFaults({ rate: 0, slowRate: 0, dropRate: 0 });
    await wb.idle();
  }
  return { lines, cold: local.cold, warm: local.warm, warmThrottled: throttled?.warm };
}
