import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkbenchServer, type Workbench } from '../../workbench/server/createWorkbenchServer';
import { mountPage } from '../../workbench/server/mountPage';

export interface BenchWorkbench {
  workbench: Workbench;
  url: string;
  site: string;
  token(user: 'staff' | 'lead' | 'admin'): Promise<string>;
  close(): Promise<void>;
}

/** A workbench with the starter model and the page, on a free port, with its own data directory. */
export async function startBenchWorkbench(): Promise<BenchWorkbench> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tb-bench-'));
  const workbench = createWorkbenchServer({ dataDir, seedLocale: 'nb', port: 0, mount: mountPage, faults: { rate: 0, dropRate: 0, slowRate: 0 } });
  const running = await workbench.listen();
  const url = running.url.replace(/\/$/, '');
  return {
    workbench,
    url,
    site: `${url}/sites/tryggebarn`,
    token: async (user) => ((await (await fetch(`${url}/workbench/token/${user}`)).json()) as { access_token: string }).access_token,
    close: async () => {
      await running.close();
      workbench.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}
