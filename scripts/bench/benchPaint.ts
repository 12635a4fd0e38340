import type { Browser } from 'playwright-core';
import { launchBenchBrowser, RECORD_FIRST_ROUTINE, runPage } from './pageRun';
import { ms, percentile } from './percentile';
import type { BenchWorkbench } from './startBenchWorkbench';

const RUNS = 7;

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

function cross(ratio: number): string {
  return `${ratio.toFixed(2)}×`;
}

interface Samples {
  cold: number[];
  warm: number[];
}

/** One cold open (fresh profile) then one warm open (second navigation, same profile) of `url`, added to `into`. */
async function coldThenWarm(wb: BenchWorkbench, browser: Browser, url: string, cpuThrottling: number, into: Samples): Promise<void> {
  const context = await browser.newContext();
  await context.addInitScript(RECORD_FIRST_ROUTINE);
  into.cold.push((await runPage(context, url, { cpuThrottling, settle: true })).firstRoutineMs);
  await wb.idle();
  into.warm.push((await runPage(context, url, { cpuThrottling, settle: true })).firstRoutineMs);
  await wb.idle();
  await context.close();
}

/**
 * RUNS cold-then-warm opens of each page, the pages alternating run by run (so a burst of load on a shared
 * machine slows all of them rather than one); the samples per page, in the order of `urls`.
 */
async function alternatingRuns(wb: BenchWorkbench, urls: readonly string[], cpuThrottling = 1): Promise<Samples[]> {
  const browser = await launchBenchBrowser();
  const samples = urls.map((): Samples => ({ cold: [], warm: [] }));
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const [i, url] of urls.entries()) await coldThenWarm(wb, browser, url, cpuThrottling, samples[i] as Samples);
    }
  } finally {
    await browser.close();
  }
  return samples;
}

const p50 = (samples: Samples): { cold: number; warm: number } => ({ cold: percentile(samples.cold, 50), warm: percentile(samples.warm, 50) });

interface Paired {
  product: { cold: number; warm: number };
  baseline: { cold: number; warm: number };
  /** Median of the run-by-run ratios product/baseline: each pair ran back to back, under the same machine load. */
  pairedRatio: { cold: number; warm: number };
}

/** p50 of cold and warm first-routine-visible times of the product and of the baseline web part, run alternating. */
async function productBesideBaseline(wb: BenchWorkbench, url: string, baselineUrl: string, cpuThrottling = 1): Promise<Paired> {
  const [product, baseline] = (await alternatingRuns(wb, [url, baselineUrl], cpuThrottling)) as [Samples, Samples];
  const pairedMedian = (a: number[], b: number[]): number => percentile(a.map((x, i) => x / (b[i] as number)), 50);
  return {
    product: p50(product),
    baseline: p50(baseline),
    pairedRatio: { cold: pairedMedian(product.cold, baseline.cold), warm: pairedMedian(product.warm, baseline.warm) }
  };
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
    // Slow API (every answer 1.5 s late): the product alone; the baseline asks the API nothing.
    wb.workbench.setFaults({ rate: 0, dropRate: 0, slowRate: 1, slowMs: 1500 });
    const slow = p50(((await alternatingRuns(wb, [url])) as [Samples])[0]);
    wb.workbench.setFaults({ rate: 0, slowRate: 0, dropRate: 0 });
    const fast = await productBesideBaseline(wb, url, baselineUrl);
    const cpu = await productBesideBaseline(wb, url, baselineUrl, 4);
    local = fast.product;
    throttled = cpu.product;
    baseline = { cold: fast.baseline.cold, warm: fast.baseline.warm, coldThrottled: cpu.baseline.cold, warmThrottled: cpu.baseline.warm };
    lines.push(`first routine visible in Chromium, local: cold p50 ${ms(local.cold)}, warm (from cache) p50 ${ms(local.warm)}; warm/cold ${(local.warm / local.cold).toFixed(2)} (${RUNS} runs each)`);
    lines.push(`first routine visible in Chromium, slow API (1.5 s): cold p50 ${ms(slow.cold)}, warm (from cache) p50 ${ms(slow.warm)}; warm/cold ${(slow.warm / slow.cold).toFixed(2)} (${RUNS} runs each)`);
    lines.push(`first routine visible, CPU throttled 4×, local network: cold p50 ${ms(throttled.cold)}, warm p50 ${ms(throttled.warm)} (goal warm ≤ 1,500 ms)`);
    // The floor: the same page, loader, React and Fluent provider, rendering the same 35 links from inline data.
    lines.push(
      `paint baseline web part (35 links from inline data, same page and loader, runs alternating with the product's): cold p50 ${ms(fast.baseline.cold)}, warm p50 ${ms(fast.baseline.warm)}; ` +
        `CPU throttled 4×: cold p50 ${ms(cpu.baseline.cold)}, warm p50 ${ms(cpu.baseline.warm)}`
    );
    lines.push(
      `product / baseline, first routine visible (median of run-by-run ratios): cold ${cross(fast.pairedRatio.cold)}, warm ${cross(fast.pairedRatio.warm)} (goal warm ≤ 1.3×); ` +
        `CPU throttled 4×: cold ${cross(cpu.pairedRatio.cold)}, warm ${cross(cpu.pairedRatio.warm)}`
    );
  } finally {
    wb.workbench.setFaults({ rate: 0, slowRate: 0, dropRate: 0 });
    await wb.idle();
  }
  return { lines, cold: local.cold, warm: local.warm, warmThrottled: throttled?.warm, baseline };
}
