import { launchBenchProfile, RECORD_FIRST_ROUTINE, runPage } from './pageRun';
import { ms, percentile } from './percentile';
import type { BenchWorkbench } from './startBenchWorkbench';

const RUNS = 5;

/** The bench's paint baseline (src/webparts/paintBaseline): the same 35 links from inline data, on the same page. */
const BASELINE_WEB_PART = 'PaintBaselineWebPart';

/**
 * The opens of one person, in one browser profile:
 * - cold: an empty profile (nothing cached: bundle, model);
 * - first return: the second open — the model from the device cache, the bundle from the HTTP cache, but its code
 *   compiled again (Chromium keeps a script's compiled code from its second run on);
 * - returning: the fourth open — everything a returning user's browser holds, compiled code included (under CPU
 *   throttling Chromium's code cache was not always in use at the third open, so the bench takes the fourth).
 */
const OPENS = ['cold', 'firstReturn', 'returning'] as const;
type Open = (typeof OPENS)[number];
type Samples = Record<Open, number[]>;
type Figures = Record<Open, number>;

const LABEL: Record<Open, string> = { cold: 'cold', firstReturn: 'warm, first return', returning: 'warm, returning user' };

function cross(ratio: number): string {
  return `${ratio.toFixed(2)}×`;
}

/** Opens `url` in a fresh browser profile: cold, first return, one more, returning (`opens` of them, in that order). */
async function opensInOneProfile(wb: BenchWorkbench, url: string, cpuThrottling: number, into: Samples, opens: readonly Open[]): Promise<void> {
  const profile = await launchBenchProfile();
  try {
    await profile.context.addInitScript(RECORD_FIRST_ROUTINE);
    const open = async (): Promise<number> => {
      const { firstRoutineMs } = await runPage(profile.context, url, { cpuThrottling, settle: true });
      await wb.idle();
      return firstRoutineMs;
    };
    into.cold.push(await open());
    if (opens.includes('firstReturn')) into.firstReturn.push(await open());
    if (opens.includes('returning')) {
      await open();
      into.returning.push(await open());
    }
  } finally {
    await profile.close();
  }
}

/**
 * RUNS rounds of opens of each page, the pages alternating round by round (so a burst of load on a shared machine
 * slows all of them rather than one); the samples per page, in the order of `urls`.
 */
async function alternatingRuns(wb: BenchWorkbench, urls: readonly string[], cpuThrottling = 1, opens: readonly Open[] = OPENS): Promise<Samples[]> {
  const samples = urls.map((): Samples => ({ cold: [], firstReturn: [], returning: [] }));
  for (let run = 0; run < RUNS; run++) {
    for (const [i, url] of urls.entries()) await opensInOneProfile(wb, url, cpuThrottling, samples[i] as Samples, opens);
  }
  return samples;
}

const p50 = (samples: Samples): Figures => ({ cold: percentile(samples.cold, 50), firstReturn: percentile(samples.firstReturn, 50), returning: percentile(samples.returning, 50) });

interface Paired {
  product: Figures;
  baseline: Figures;
  /** Median of the round-by-round ratios product/baseline: each pair ran back to back, under the same machine load. */
  pairedRatio: Figures;
}

/** p50 first-routine-visible times of the product and of the baseline web part, run alternating, and their ratios. */
async function productBesideBaseline(wb: BenchWorkbench, url: string, baselineUrl: string, cpuThrottling = 1): Promise<Paired> {
  const [product, baseline] = (await alternatingRuns(wb, [url, baselineUrl], cpuThrottling)) as [Samples, Samples];
  const pairedMedian = (open: Open): number => percentile(product[open].map((x, i) => x / (baseline[open][i] as number)), 50);
  return { product: p50(product), baseline: p50(baseline), pairedRatio: { cold: pairedMedian('cold'), firstReturn: pairedMedian('firstReturn'), returning: pairedMedian('returning') } };
}

const times = (figures: Figures, opens: readonly Open[] = OPENS): string => opens.map((open) => `${LABEL[open]} p50 ${ms(figures[open])}`).join(', ');
const ratios = (figures: Figures): string => OPENS.map((open) => `${LABEL[open]} ${cross(figures[open])}`).join(', ');

/**
 * The routines view (35 routine links on the starter model: the same links the baseline renders), navigation →
 * first routine visible, for the opens above: on a fast local network, with every API answer delayed 1.5 s (a slow
 * phone connection), and with Chromium's CPU throttled 4× (CDP Emulation.setCPUThrottlingRate: a mid-range phone in
 * Teams mobile). Then the paint baseline web part (src/webparts/paintBaseline, `?webpart=PaintBaselineWebPart`) the
 * same way, local and throttled, alternating with the product, and the product's times as ratios to it.
 */
export async function benchPaint(wb: BenchWorkbench): Promise<{ lines: string[] }> {
  const url = `${wb.url}/?user=staff&lang=nb&host=sharepoint&view=routines`;
  const baselineUrl = `${wb.url}/?user=staff&lang=nb&host=sharepoint&webpart=${BASELINE_WEB_PART}`;
  const lines: string[] = [];
  try {
    // Slow API (every answer 1.5 s late): the product alone (the baseline asks the API nothing); what the
    // device cache saves is the network, so cold and first return tell it.
    wb.workbench.setFaults({ rate: 0, dropRate: 0, slowRate: 1, slowMs: 1500 });
    const slowOpens = ['cold', 'firstReturn'] as const;
    const slow = p50(((await alternatingRuns(wb, [url], 1, slowOpens)) as [Samples])[0]);
    wb.workbench.setFaults({ rate: 0, slowRate: 0, dropRate: 0 });
    const fast = await productBesideBaseline(wb, url, baselineUrl);
    const cpu = await productBesideBaseline(wb, url, baselineUrl, 4);
    lines.push(`first routine visible in Chromium, local: ${times(fast.product)} (${RUNS} browser profiles, each opened cold, then again)`);
    lines.push(`first routine visible in Chromium, slow API (1.5 s): ${times(slow, slowOpens)}; first return/cold ${(slow.firstReturn / slow.cold).toFixed(2)}`);
    lines.push(`first routine visible, CPU throttled 4×, local network: ${times(cpu.product)} (goal warm ≤ 1,500 ms)`);
    // The floor: the same page, loader, React and Fluent provider, rendering the same 35 links from inline data.
    lines.push(`paint baseline web part (35 links from inline data, same page and loader, alternating with the product): ${times(fast.baseline)}; CPU throttled 4×: ${times(cpu.baseline)}`);
    lines.push(`product / baseline, first routine visible (median of round-by-round ratios): ${ratios(fast.pairedRatio)} (goal warm ≤ 1.3×)`);
    lines.push(`product / baseline, CPU throttled 4×: ${ratios(cpu.pairedRatio)}`);
  } finally {
    wb.workbench.setFaults({ rate: 0, slowRate: 0, dropRate: 0 });
    await wb.idle();
  }
  return { lines };
}
