import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkbenchServer } from '../../../workbench/server/createWorkbenchServer';
import { mountPage } from '../../../workbench/server/mountPage';

/** Starts one workbench (fresh data, starter model in Bokmål) on a free port for the whole browser suite. */
export default async function globalSetup(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tb-e2e-'));
  const server = createWorkbenchServer({ dataDir, seedLocale: 'nb', port: 0, mount: mountPage });
  const running = await server.listen();
  process.env.TB_E2E_URL = running.url.replace(/\/$/, '');
  process.env.TB_E2E_DATA_DIR = dataDir;
  (globalThis as { tbWorkbench?: { close(): Promise<void> } }).tbWorkbench = running;
}
