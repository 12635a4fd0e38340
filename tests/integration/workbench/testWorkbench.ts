import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Workbench, WorkbenchOptions } from '../../../workbench/server/createWorkbenchServer';
import { createWorkbenchServer } from '../../../workbench/server/createWorkbenchServer';
import { tinyModel } from '../../fixtures/workbench/tinyModel';

export type DemoUser = 'staff' | 'staff2' | 'member' | 'lead' | 'admin' | 'owner';
export const DEMO_USERS: readonly DemoUser[] = ['staff', 'staff2', 'member', 'lead', 'admin', 'owner'];

export interface TestWorkbench {
  workbench: Workbench;
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** The SharePoint site URL. */
  site: string;
  /** `<site>/_api` */
  api: string;
  /** `<url>/graph/v1.0` */
  graph: string;
  dataDir: string;
  tokens: Record<DemoUser, string>;
  close(): Promise<void>;
}

/** Starts a workbench in-process on a random port with its own temporary data directory. */
export async function startWorkbench(options: Partial<WorkbenchOptions> = {}): Promise<TestWorkbench> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-workbench-'));
  const workbench = createWorkbenchServer({ dataDir, seedDocument: tinyModel(), faults: { rate: 0, dropRate: 0, slowRate: 0 }, ...options });
  const running = await workbench.listen();
  const tokens = {} as Record<DemoUser, string>;
  for (const user of DEMO_USERS) {
    const response = await fetch(`${running.url}/workbench/token/${user}`);
    tokens[user] = ((await response.json()) as { access_token: string }).access_token;
  }
  const site = `${running.url}/sites/tryggebarn`;
  return {
    workbench,
    url: running.url,
    site,
    api: `${site}/_api`,
    graph: `${running.url}/graph/v1.0`,
    dataDir,
    tokens,
    close: async () => {
      await running.close();
      workbench.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  };
}

export const NOMETADATA = 'application/json;odata=nometadata';
export const MINIMAL = 'application/json;odata=minimalmetadata';
export const VERBOSE = 'application/json;odata=verbose';

/** Headers for a SharePoint REST call as a demo user. */
export function spHeaders(token: string, accept = NOMETADATA, extra: Record<string, string> = {}): Record<string, string> {
  return { Authorization: `Bearer ${token}`, Accept: accept, 'Content-Type': 'application/json;charset=utf-8', ...extra };
}

/** GET as JSON, failing the test with the body when the status is unexpected. */
export async function getJson<T = Record<string, unknown>>(url: string, headers: Record<string, string>, status = 200): Promise<T> {
  const response = await fetch(url, { headers });
  const text = await response.text();
  if (response.status !== status) throw new Error(`GET ${url} → ${response.status}, expected ${status}: ${text}`);
  return (text ? JSON.parse(text) : {}) as T;
}

/** `getByTitle('…')` path segment the way PnPjs encodes it. */
export function byTitle(title: string): string {
  return `web/lists/getByTitle('${encodeURIComponent(title.replace(/'/g, "''"))}')`;
}
