import * as path from 'node:path';
import { defaultDataDir } from './paths';
import { seedWorkbench } from './seed/seedWorkbench';
import { openDatabase } from './storage/openDatabase';

/** `npx tsx workbench/server/reseed.ts [nb|nn]`: wipes the workbench data and seeds it again. */
function main(): void {
  const arg = process.argv[2] ?? process.env.WORKBENCH_LOCALE ?? 'nb';
  if (arg !== 'nb' && arg !== 'nn') {
    console.error('Usage: npx tsx workbench/server/reseed.ts [nb|nn]');
    process.exit(2);
  }
  const dataDir = path.resolve(defaultDataDir());
  const db = openDatabase(dataDir);
  try {
    const report = seedWorkbench(db, arg, { wipe: true });
    for (const issue of report.issues) console.warn(`Seed: ${issue.list}${issue.item !== undefined ? ` #${issue.item}` : ''}: ${issue.message}`);
    console.log(`Trygge Barn workbench: reseeded ${dataDir} (${arg}, items from ${report.source}).`);
  } finally {
    db.close();
  }
}

main();
