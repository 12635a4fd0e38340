import type { Browser, BrowserContext } from 'playwright-core';
import { chromium } from 'playwright-core';
import { ms, percentile } from './percentile';
import type { BenchWorkbench } from './startBenchWorkbench';

const RUNS = 5;

/**
 * Records, inside the page, when the first routine link appears in the web part — measured from the
 * navigation's start (performance.now() is relative to it).
 */
const RECORD_FIRST_ROUTINE = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('#tb-main a[href^="#/routine/"]')) {
      window.__firstRoutineAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

async function timeToFirstRoutine(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => typeof (window as unknown as { __firstRoutineAt?: number }).__firstRoutineAt === 'number', undefined, { timeout: 60000 });
  const at = await page.evaluate(() => (window as unknown as { __firstRoutineAt: number }).__firstRoutineAt);
  await page.close();
  return at;
}

export async function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  });
}

/**
 * Navigation → first routine visible, cold (empty browser profile) and warm (the model cached in IndexedDB),
 * on a fast local network and with every API answer delayed 1.5 s (a slow phone connection).
 */
export async function benchPaint(wb: BenchWorkbench): Promise<string[]> {
  const browser = await launchBenchBrowser();
  const url = `${wb.url}/?user=staff&lang=nb&host=teams`;
  const lines: string[] = [];
  try {
    for (const network of ['local', 'slow API (1.5 s)'] as const) {
      wb.workbench.setFaults(network === 'local' ? { rate: 0, slowRate: 0, dropRate: 0 } : { rate: 0, dropRate: 0, slowRate: 1, slowMs: 1500 });
      const cold: number[] = [];
      const warm: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext();
        await context.addInitScript(RECORD_FIRST_ROUTINE);
        cold.push(await timeToFirstRoutine(context, url));
        warm.push(await timeToFirstRoutine(context, url));
        await context.close();
      }
      const c = percentile(cold, 50);
      const w = percentile(warm, 50);
      lines.push(`first routine visible in Chromium, ${network}: cold p50 ${ms(c)}, warm (from cache) p50 ${ms(w)}; warm/cold ${(w / c).toFixed(2)} (${RUNS} runs each)`);
    }
  } finally {
    wb.workbench.setFaults({ rate: 0, slowRate: 0, dropRate: 0 });
    await browser.close();
  }
  return lines;
}
