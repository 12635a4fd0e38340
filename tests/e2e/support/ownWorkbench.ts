import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createWorkbenchServer, type RunningWorkbench, type Workbench } from '../../../workbench/server/createWorkbenchServer';
import type { FaultConfig } from '../../../workbench/server/faults/FaultConfig';
import { mountPage } from '../../../workbench/server/mountPage';
import { launchBrowser, type WorkbenchUser } from './browser';

/** A workbench of a test file's own (fresh data, Bokmål starter model, faults off) and a Chromium to drive it. */
export interface OwnWorkbench {
  readonly workbench: Workbench;
  readonly running: RunningWorkbench;
  readonly browser: Browser;
  /** The workbench's address without a trailing slash. */
  readonly base: string;
  readonly dataDir: string;
  /** Turns the fault switch to `config`, every fault not named off (rate, drops, slowness). */
  setFaults(config: Partial<FaultConfig>): void;
  /** A fresh browser context on the page as `user` in Bokmål at `hash`, once the web part has painted. */
  openAs(user: WorkbenchUser, hash: string, timeoutMs?: number): Promise<Page>;
  /** An access token of a demo user, for reading or arranging through the APIs as the test's own client. */
  token(user: WorkbenchUser): Promise<string>;
}

export interface OwnWorkbenchOptions {
  /** Environment the workbench is created under (tenant mode reads its settings from it); restored afterwards. */
  env?: Record<string, string>;
}

const FAULTS_OFF: Partial<FaultConfig> = { rate: 0, slowRate: 0, dropRate: 0 };

/**
 * Registers beforeAll/afterAll that start a workbench and a browser for the calling test file and close both (and
 * remove the data) afterwards. For files that change data or the fault switch, so the shared suite workbench stays
 * clean. The returned object's members are there from the file's first test on.
 */
export function ownWorkbench(dataDirPrefix: string, options: OwnWorkbenchOptions = {}): OwnWorkbench {
  let started: { workbench: Workbench; running: RunningWorkbench; browser: Browser; base: string; dataDir: string } | undefined;
  const get = (): NonNullable<typeof started> => {
    if (!started) throw new Error('The workbench is not started yet: use it inside a test or a later beforeAll');
    return started;
  };

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), dataDirPrefix));
    const saved = { ...process.env };
    if (options.env) Object.assign(process.env, options.env);
    let workbench: Workbench;
    try {
      workbench = createWorkbenchServer({ dataDir, seedLocale: 'nb', port: 0, mount: mountPage, faults: FAULTS_OFF });
    } finally {
      process.env = saved;
    }
    const running = await workbench.listen();
    const browser = await launchBrowser();
    started = { workbench, running, browser, base: running.url.replace(/\/$/, ''), dataDir };
  });

  afterAll(async () => {
    if (!started) return;
    await started.browser.close();
    await started.running.close();
    started.workbench.close();
    rmSync(started.dataDir, { recursive: true, force: true });
  });

  return {
    get workbench() {
      return get().workbench;
    },
    get running() {
      return get().running;
    },
    get browser() {
      return get().browser;
    },
    get base() {
      return get().base;
    },
    get dataDir() {
      return get().dataDir;
    },
    setFaults(config) {
      get().workbench.setFaults({ ...FAULTS_OFF, ...config });
    },
    async openAs(user, hash, timeoutMs = 30000) {
      const page = await (await get().browser.newContext()).newPage();
      await page.goto(`${get().base}/?user=${user}&lang=nb${hash}`);
      await page.waitForSelector('#tb-main', { timeout: timeoutMs });
      return page;
    },
    async token(user) {
      return ((await (await fetch(`${get().base}/workbench/token/${user}`)).json()) as { access_token: string }).access_token;
    }
  };
}
