import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleModules } from './entryModules';

/** The budget for a web part's shipped JavaScript, gzipped. */
export const BUNDLE_BUDGET_BYTES = 130 * 1024;

/** How many of the entry's largest packages and files the bench names. */
const TOP_MODULES = 15;

/** The bench's paint baseline web part (config/config.json bundle and manifest alias): a second component of the build. */
export const BENCH_ONLY_BUNDLE = 'paint-baseline-web-part';
export const BENCH_ONLY_WEB_PART_ALIAS = 'PaintBaselineWebPart';

export interface BundleSize {
  file: string;
  gzipBytes: number;
  /** The entry bundle loads with the web part; chunks load on demand. */
  entry: boolean;
}

/** Gzipped size of every JavaScript file `gulp bundle --ship` wrote, the entry bundle(s) marked. */
export function measureBundles(distDir = join(__dirname, '..', '..', 'dist')): BundleSize[] {
  // The product's manifest only: dist/ also holds the bench's paint baseline, which is neither judged nor shipped.
  const manifests = readdirSync(distDir)
    .filter((f) => f.endsWith('.manifest.json'))
    .map((m) => JSON.parse(readFileSync(join(distDir, m), 'utf8')))
    .filter((manifest) => manifest.alias !== BENCH_ONLY_WEB_PART_ALIAS);
  const entries = new Set(manifests.map((manifest) => manifest.loaderConfig.scriptResources[manifest.loaderConfig.entryModuleId].path as string));
  return readdirSync(distDir)
    .filter((f) => f.endsWith('.js'))
    .filter((f) => !f.startsWith(`${BENCH_ONLY_BUNDLE}_`))
    .filter((f) => entries.has(f) || !/^trygge-barn-web-part_/.test(f))
    .map((file) => ({ file, gzipBytes: gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length, entry: entries.has(file) }));
}

export function benchBundle(): string[] {
  const bundles = measureBundles();
  const lines = bundles.map(
    (b) =>
      `bundle ${b.entry ? 'entry' : 'chunk'} ${b.file}: ${(b.gzipBytes / 1024).toFixed(1)} KB gzipped` +
      (b.entry ? ` (budget ${BUNDLE_BUDGET_BYTES / 1024} KB, ${((100 * b.gzipBytes) / BUNDLE_BUDGET_BYTES).toFixed(0)}% of it)` : ' (loads on demand)')
  );
  for (const entry of bundles.filter((b) => b.entry)) {
    const modules = bundleModules(entry.file);
    if (!modules) {
      lines.push(`bundle entry ${entry.file}: no module list (temp/stats/bundle-modules.json); rebuild with gulp bundle --ship`);
      continue;
    }
    lines.push(`bundle entry's largest parts (KB before minification, unused exports left out):`);
    for (const m of modules.slice(0, TOP_MODULES)) lines.push(`  ${(m.bytes / 1024).toFixed(1).padStart(6)}  ${m.source}`);
  }
  return lines;
}
