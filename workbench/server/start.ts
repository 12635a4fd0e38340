import * as fs from 'node:fs';
import * as path from 'node:path';
import type express from 'express';
import { createWorkbenchServer } from './createWorkbenchServer';

/** `npm start`: the workbench on PORT (default 4321) at 127.0.0.1, with the page if mountPage.ts exists. */
async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 4321);
  let mount: ((app: express.Express) => void) | undefined;
  if (['mountPage.ts', 'mountPage.js'].some((f) => fs.existsSync(path.join(__dirname, f)))) {
    const page = (await import('./mountPage')) as { mountPage?: (app: express.Express) => void };
    mount = page.mountPage;
  }
  const workbench = createWorkbenchServer({ port, mount });
  for (const issue of workbench.seedReport?.issues ?? []) console.warn(`Seed: ${issue.list}${issue.item !== undefined ? ` #${issue.item}` : ''}: ${issue.message}`);
  const running = await workbench.listen();
  console.log(`Trygge Barn workbench: http://localhost:${port}/`);
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log(`Trygge Barn workbench: stopping (${signal})`);
    await running.close();
    workbench.close();
    process.exit(0);
  };
  const stopOn = (signal: string): (() => void) => (): void => {
    stop(signal).catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
  };
  process.on('SIGINT', stopOn('SIGINT'));
  process.on('SIGTERM', stopOn('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
