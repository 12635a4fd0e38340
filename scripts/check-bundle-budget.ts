/**
 * Fails (exit 1) when a web part's entry bundle, gzipped, is over budget. Run after `gulp bundle --ship`;
 * part of `npm test`, so CI fails above budget.
 */
import { BUNDLE_BUDGET_BYTES, measureBundles } from './bench/benchBundle';

const bundles = measureBundles();
const entries = bundles.filter((b) => b.entry);
if (entries.length === 0) {
  console.error('No entry bundle in dist/: run `gulp bundle --ship` first.');
  process.exit(1);
}
let over = false;
for (const bundle of bundles) {
  const kb = (bundle.gzipBytes / 1024).toFixed(1);
  const verdict = !bundle.entry ? 'on demand' : bundle.gzipBytes <= BUNDLE_BUDGET_BYTES ? 'within budget' : 'OVER BUDGET';
  if (bundle.entry && bundle.gzipBytes > BUNDLE_BUDGET_BYTES) over = true;
  console.log(`${bundle.file}: ${kb} KB gzipped — ${verdict} (${BUNDLE_BUDGET_BYTES / 1024} KB)`);
}
process.exit(over ? 1 : 0);
