import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Records, inside the page, when the first routine link appears in the web part — measured from the
 * navigation's start (performance.now() is relative to it) — and the epoch time of that moment.
 */
export const RECORD_FIRST_ROUTINE = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('#tb-main a[href^="#/routine/"], #tb-baseline a[href^="#/routine/"]')) {
      window.__firstRoutineAt = performance.now();
      window.__firstRoutineEpoch = performance.timeOrigin + window.__firstRoutineAt;
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
};

export async function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch(CHROMIUM);
}

/**
 * A browser with a profile on disk, as a person's Edge, Chrome or Teams desktop (WebView2) has one: its HTTP cache
 * and the compiled code Chromium keeps for scripts it has run before (V8's code cache, which a browser context
 * without a profile — Playwright's newContext(), incognito — never keeps). Removed with close().
 */
export async function launchBenchProfile(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'tb-bench-profile-'));
  const context = await chromium.launchPersistentContext(dir, CHROMIUM);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

/** A request the page sent, as Chromium saw it on the network. */
export interface SentRequest {
  method: string;
  path: string;
  /** Epoch ms the request started (Chromium's own timing). */
  startedAt: number;
  /** Parts of a SharePoint `$batch` (GET lines in its multipart body). */
  batchParts?: string[];
}

export interface PageRunResult {
  /** ms from navigation start to the first routine link. */
  firstRoutineMs: number;
  /** SharePoint REST and Graph requests the web part sent (after its bundle started loading), in order. */
  apiRequests: SentRequest[];
  /** Of those, the ones started before the first routine was visible. */
  beforePaint: SentRequest[];
}

export interface PageRunOptions {
  /** CDP Emulation.setCPUThrottlingRate (1 = none). */
  cpuThrottling?: number;
  /** Waits for the page's requests after paint to end (revalidation), to count them. */
  settle?: boolean;
}

function batchParts(request: Request): string[] | undefined {
  if (!/\/_api\/\$batch/i.test(request.url())) return undefined;
  const body = request.postData() ?? '';
  return [...body.matchAll(/^(GET|POST|PATCH|MERGE|DELETE) (\S+) HTTP\/1\.1/gm)].map((m) => `${m[1]} ${decodeURIComponent(new URL(m[2]).pathname.replace(/^.*\/_api\//, ''))}`);
}

/** Opens the page once in the context and measures it. */
export async function runPage(context: BrowserContext, url: string, options: PageRunOptions = {}): Promise<PageRunResult> {
  const page: Page = await context.newPage();
  if (options.cpuThrottling && options.cpuThrottling > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuThrottling });
  }
  let bundleStarted = false;
  const inFlight = new Set<Request>();
  let lastActivity = Date.now();
  // What the web part loads and asks after its bundle started (the page's own sign-in is the host's business).
  page.on('request', (r) => {
    const p = new URL(r.url()).pathname;
    if (!bundleStarted && !p.startsWith('/workbench/bundle/') && !/\/_api\/(?!contextinfo)|^\/graph\//i.test(p)) return;
    inFlight.add(r);
    lastActivity = Date.now();
  });
  const ended = (r: Request): void => {
    inFlight.delete(r);
    lastActivity = Date.now();
  };
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  const sent: Array<{ request: Request; method: string; path: string; seenAt: number; batchParts?: string[] }> = [];
  // The page's own boot asks its web's contextinfo once (SharePoint renders that digest into the page); every
  // other SharePoint or Graph request is the web part's. (A bundle served from the memory cache may raise no
  // request event, so the bundle is not the marker.)
  let bootDigestSeen = false;
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/workbench/bundle/')) bundleStarted = true;
    if (!bootDigestSeen && /\/_api\/contextinfo$/i.test(path)) {
      bootDigestSeen = true;
      return;
    }
    if (/\/_api\//i.test(path) || path.startsWith('/graph/')) {
      bundleStarted = true;
      sent.push({ request, method: request.method(), path, seenAt: Date.now(), batchParts: batchParts(request) });
    }
  });
  await page.goto(url);
  await page.waitForFunction(() => typeof (window as unknown as { __firstRoutineAt?: number }).__firstRoutineAt === 'number', undefined, { timeout: 120000 });
  const { at, epoch } = await page.evaluate(() => {
    const w = window as unknown as { __firstRoutineAt: number; __firstRoutineEpoch: number };
    return { at: w.__firstRoutineAt, epoch: w.__firstRoutineEpoch };
  });
  // Settled: nothing in flight and nothing new for a second (the revalidation after paint has been answered).
  if (options.settle) {
    const deadline = Date.now() + 30000;
    while (Date.now() < deadline && (inFlight.size > 0 || Date.now() - lastActivity < 1000)) await page.waitForTimeout(100);
  }
  const apiRequests: SentRequest[] = sent.map((s) => {
    const timing = s.request.timing();
    const startedAt = timing.startTime > 0 ? timing.startTime : s.seenAt;
    return { method: s.method, path: s.path, startedAt, batchParts: s.batchParts };
  });
  await page.close();
  return { firstRoutineMs: at, apiRequests, beforePaint: apiRequests.filter((r) => r.startedAt < epoch) };
}

/** "POST /sites/tryggebarn/_api/$batch (14 parts)" */
export function describeRequest(r: SentRequest): string {
  return `${r.method} ${r.path}${r.batchParts ? ` (${r.batchParts.length} parts)` : ''}`;
}
