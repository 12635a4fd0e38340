/**
 * `npm run bench`: the performance figures of issues 8 and 14, each beside a baseline measured in the same run.
 * Needs the shipped bundle (built by ensure-bundle first) and Chromium (scripts/install-chromium.sh).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { benchBundle } from './bench/benchBundle';
import { benchPaint } from './bench/benchPaint';
import { benchRequests } from './bench/benchRequests';
import { benchSearch } from './bench/benchSearch';
import { startBenchWorkbench } from './bench/startBenchWorkbench';

/** Benches other parts of the product keep in their own scripts; each prints its own figures. */
const SEPARATE_BENCHES = ['bench-slots.ts', 'bench-aggregation.ts', 'bench/benchPrivacy.ts'];

async function main(): Promise<void> {
  const started = Date.now();
  console.log(`Trygge Barn bench — ${new Date().toISOString()}`);
  const print = (lines: string[]): void => lines.forEach((line) => console.log(`  ${line}`));
  print(benchBundle());
  print(benchSearch());
  const wb = await startBenchWorkbench();
  // The lists' stamps are never trusted within 2 s of their newest change (second-resolution dates): let the seed settle.
  await new Promise((resolve) => setTimeout(resolve, 2100));
  try {
    print((await benchRequests(wb)).lines);
    print((await benchPaint(wb)).lines);
  } finally {
    // Only after the last request was answered: closing the database under one printed errors.
    await wb.close();
  }
  for (const script of SEPARATE_BENCHES) {
    const file = join(__dirname, script);
    if (existsSync(file)) execFileSync(join(__dirname, '..', 'node_modules', '.bin', 'tsx'), [file], { stdio: 'inherit' });
  }
  console.log(`bench finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
