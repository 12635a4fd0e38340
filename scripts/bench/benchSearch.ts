import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ModelSearchIndex } from '../../src/core/search';
import type { ModelDocument } from '../../src/core/model/ModelDocument';
import type { Routine } from '../../src/core/model/Routine';
import { ms, percentile } from './percentile';

const QUERIES = ['vold', 'vald', 'bekymring', 'bekymrnig', 'barnehagen', 'samtykke', 'rus', 'psykisk helse', 'stafettholder', 'melding', 'foreldre', 'skole fravær', 'overgrep', 'taushetsplikt', 'nav'];
const RUNS = 10;

/** 2,500 routines made from the starter model's routines with their titles and texts varied. */
function generateRoutines(count: number): Routine[] {
  const doc = JSON.parse(readFileSync(join(__dirname, '..', '..', 'sharepoint', 'seed', 'starter-model.nb.json'), 'utf8')) as ModelDocument;
  return Array.from({ length: count }, (_, i) => {
    const base = doc.routines[i % doc.routines.length];
    return { ...base, key: `${base.key}-${i}`, title: `${base.title} (${i})` };
  });
}

/** A plain substring scan over the same text: the baseline a search library must beat on quality, not lose on speed. */
function substringScan(routines: readonly Routine[], query: string): Routine[] {
  const needle = query.toLowerCase();
  return routines.filter((r) => `${r.title} ${r.summary} ${r.steps.map((s) => `${s.what} ${s.how} ${s.who}`).join(' ')}`.toLowerCase().includes(needle));
}

export function benchSearch(): string[] {
  const routines = generateRoutines(2500);
  const buildStart = performance.now();
  const index = new ModelSearchIndex({ routines, services: [], tools: [], arenas: [], contacts: [] });
  const buildMs = performance.now() - buildStart;
  const product: number[] = [];
  const baseline: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const query of QUERIES) {
      let start = performance.now();
      index.search(query, { limit: 20 });
      product.push(performance.now() - start);
      start = performance.now();
      substringScan(routines, query);
      baseline.push(performance.now() - start);
    }
  }
  const p50 = percentile(product, 50);
  const b50 = percentile(baseline, 50);
  return [
    `search over 2,500 routines (${QUERIES.length} queries × ${RUNS}): MiniSearch p50 ${ms(p50)}, p95 ${ms(percentile(product, 95))}; ` +
      `substring scan p50 ${ms(b50)}, p95 ${ms(percentile(baseline, 95))} (ratio p50 ${(p50 / b50).toFixed(2)}×); index built in ${ms(buildMs)}`,
    `  the substring scan finds "vald" ${substringScan(routines, 'vald').length} times and "bekymrnig" ${substringScan(routines, 'bekymrnig').length} times; ` +
      `the index finds ${index.search('vald', { limit: 10000 }).length} and ${index.search('bekymrnig', { limit: 10000 }).length}`
  ];
}
