import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SPFI } from '@pnp/sp';
import { createWorkbenchServer, type RunningWorkbench, type Workbench } from '../../../workbench/server/createWorkbenchServer';
import { createSharePointClient } from '../../../src/data/sharepoint/createSharePointClient';
import { tinyModelDocument } from '../../unit/core/tinyModel';

export type DemoUser = 'staff' | 'lead' | 'admin';

export interface EvaluationWorkbench {
  workbench: Workbench;
  running: RunningWorkbench;
  siteUrl: string;
  /** The product's own PnPjs client, signed in as a demo user with the workbench's token. */
  clientFor(user: DemoUser): Promise<SPFI>;
  stop(): Promise<void>;
}

/** A real workbench in this process, on a free port, with a fresh data directory seeded with the tiny test model. */
export async function startEvaluationWorkbench(): Promise<EvaluationWorkbench> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tb-evaluation-'));
  const workbench = createWorkbenchServer({ dataDir, port: 0, seedDocument: tinyModelDocument(), logFile: join(dataDir, 'requests.log') });
  const running = await workbench.listen();
  const siteUrl = `${running.url}/sites/tryggebarn`;
  return {
    workbench,
    running,
    siteUrl,
    async clientFor(user: DemoUser): Promise<SPFI> {
      const response = await fetch(`${running.url}/workbench/token/${user}`);
      const { access_token: token } = (await response.json()) as { access_token: string };
      return createSharePointClient(siteUrl, async () => token);
    },
    async stop(): Promise<void> {
      await running.close();
      workbench.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}
