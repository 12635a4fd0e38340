import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkbenchServer, type Workbench } from '../../workbench/server/createWorkbenchServer';
import { mountPage } from '../../workbench/server/mountPage';

export type BenchUser = 'staff' | 'staff2' | 'member' | 'lead' | 'admin' | 'owner';

export interface BenchWorkbench {
  workbench: Workbench;
  url: string;
  site: string;
  token(user: BenchUser): Promise<string>;
  /** Resolves once no request is being handled (e.g. after a page was closed with slow answers pending). */
  idle(timeoutMs?: number): Promise<void>;
  /** Waits for the last request to be answered, then stops the server and closes the database. */
  close(): Promise<void>;
}

/**
 * A workbench with the starter model and the page, on a free port, with its own data directory. The bench
 * serves the workbench's Express app from its own HTTP server so it can count requests in flight: closing the
 * database under a request still being handled (a delayed answer of the slow-network run) printed "database is
 * not open" errors, so close() drains first.
 */
export async function startBenchWorkbench(): Promise<BenchWorkbench> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tb-bench-'));
  const workbench = createWorkbenchServer({ dataDir, seedLocale: 'nb', port: 0, mount: mountPage, faults: { rate: 0, dropRate: 0, slowRate: 0 } });
  let inFlight = 0;
  let waiters: Array<() => void> = [];
  const server: Server = createServer((req, res) => {
    inFlight++;
    let done = false;
    const finished = (): void => {
      if (done) return;
      done = true;
      inFlight--;
      if (inFlight === 0) {
        const ready = waiters;
        waiters = [];
        ready.forEach((resolve) => resolve());
      }
    };
    // 'finish' when the answer was written, 'close' when the client went away: a handler the client left can
    // still be running (a delayed answer), so only 'finish' or the handler's own end counts it as done.
    res.once('finish', finished);
    res.once('close', () => waitForHandler(res, finished));
    workbench.app(req, res);
  });
  // Longer than clients' idle timeout, as the workbench's own server does.
  server.keepAliveTimeout = 65000;
  server.headersTimeout = 66000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const idle = (timeoutMs = 30000): Promise<void> =>
    inFlight === 0
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            console.warn(`  (bench: ${inFlight} request(s) still in flight after ${timeoutMs} ms)`);
            resolve();
          }, timeoutMs);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
  return {
    workbench,
    url,
    site: `${url}/sites/tryggebarn`,
    token: async (user) => ((await (await fetch(`${url}/workbench/token/${user}`)).json()) as { access_token: string }).access_token,
    idle,
    close: async () => {
      await idle();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      workbench.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}

/**
 * A response whose client disconnected before the answer: Express still runs the handler, which ends by
 * writing (into the destroyed socket) — 'finish' never fires then, so poll for the handler to have ended the
 * response.
 */
function waitForHandler(res: import('node:http').ServerResponse, finished: () => void): void {
  const check = (): void => {
    if (res.writableEnded) finished();
    else setTimeout(check, 50);
  };
  check();
}
