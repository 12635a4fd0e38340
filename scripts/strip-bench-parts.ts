/**
 * Takes the bench's paint baseline web part out of what `gulp bundle --ship` wrote to release/, so that
 * `gulp package-solution --ship` (which packages every manifest in release/manifests and every file in
 * release/assets, with no per-component setting) never puts it in the .sppkg. Run between the two by `npm run package`.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_ONLY_BUNDLE, BENCH_ONLY_WEB_PART_ALIAS } from './bench/benchBundle';

export function stripBenchParts(releaseDir: string): string[] {
  const removed: string[] = [];
  const manifests = join(releaseDir, 'manifests');
  const assets = join(releaseDir, 'assets');
  if (existsSync(manifests)) {
    for (const file of readdirSync(manifests).filter((f) => f.endsWith('.manifest.json'))) {
      const manifest = JSON.parse(readFileSync(join(manifests, file), 'utf8')) as { alias?: string };
      if (manifest.alias !== BENCH_ONLY_WEB_PART_ALIAS) continue;
      rmSync(join(manifests, file));
      removed.push(`manifests/${file}`);
    }
  }
  if (existsSync(assets)) {
    for (const file of readdirSync(assets).filter((f) => f.startsWith(`${BENCH_ONLY_BUNDLE}_`))) {
      rmSync(join(assets, file));
      removed.push(`assets/${file}`);
    }
  }
  return removed;
}

if (require.main === module) {
  const removed = stripBenchParts(join(__dirname, '..', 'release'));
  console.log(removed.length > 0 ? `Not packaged (bench only): ${removed.join(', ')}` : 'No bench-only parts in release/.');
}
