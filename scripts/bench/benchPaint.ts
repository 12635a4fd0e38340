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
  /** The same figures (local network) of the paint baseline web part, measured in the same run. */
  baseline?: { cold: number; warm: number; coldThrottled: number; warmThrottled: number };
}

/** The bench's paint baseline (src/webparts/paintBaseline): the same 35 links from inline data, on the same page. */
const BASELINE_WEB_PART = 'PaintBaselineWebPart';

function ratio(product: number, baseline: number): string {
  return `${(product / baseline).toFixed(2)}×`;
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
 * CPU throttled 4× (CDP Emulation.setCPUThrottlingRate: a mid-range phone in Teams mobile). Then the paint
 * baseline web part (src/webparts/paintBaseline, `?webpart=PaintBaselineWebPart`) the same way, local and
 * throttled, and the product's times as ratios to it.
 */
export async function benchPaint(wb: BenchWorkbench): Promise<PaintFigures> {
  const url = `${wb.url}/?user=staff&lang=nb&host=sharepoint&view=routines`;
  const baselineUrl = `${wb.url}/?user=staff&lang=nb&host=sharepoint&webpart=${BASELINE_WEB_PART}`;
  const lines: string[] = [];
  let local = { cold: 0, warm: 0 };
  let throttled: { cold: number; warm: number } | undefined;
  let baseline: PaintFigures['baseline'];
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
    // The floor: the same page, loader, React and Fluent provider, rendering the same 35 links from inline data.
    const base = await coldAndWarm(wb, baselineUrl);
    const baseThrottled = await coldAndWarm(wb, baselineUrl, 4);
    baseline = { cold: base.cold, warm: base.warm, coldThrottled: baseThrottled.cold, warmThrottled: baseThrottled.warm };
    lines.push(
      `paint baseline web part (35 links from inline data, same page and loader): cold p50 ${ms(base.cold)}, warm p50 ${ms(base.warm)}; ` +
        `CPU throttled 4×: cold p50 ${ms(baseThrottled.cold)}, warm p50 ${ms(baseThrottled.warm)}`
    );
    lines.push(
      `product / baseline, first routine visible: cold ${ratio(local.cold, base.cold)}, warm ${ratio(local.warm, base.warm)} (goal warm ≤ 1.3×); ` +
        `CPU throttled 4×: cold ${ratio(throttled.cold, baseThrottled.cold)}, warm ${ratio(throttled.warm, baseThrottled.warm)}`
    );
  } finally {
    wb.workbench.setFaults({ rate: 0, slowRate: 0, dropRate: 0 });
    await wb.idle();
  }
  return { lines, cold: local.cold, warm: local.warm, warmThrottled: throttled?.warm, baseline };
}
