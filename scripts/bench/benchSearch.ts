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

/** Search figures at one model size: query times (p50/p95), index build, and loading the index cached as JSON. */
function searchAt(count: number, withBaseline: boolean): string[] {
  const routines = generateRoutines(count);
  const model = { routines, services: [], tools: [], arenas: [], contacts: [] };
  const buildStart = performance.now();
  const index = new ModelSearchIndex(model);
  const buildMs = performance.now() - buildStart;
  const json = index.toJSON();
  const loadStart = performance.now();
  ModelSearchIndex.fromJSON(model, json);
  const loadMs = performance.now() - loadStart;
  // Warm up once, as the page would have before the person types.
  QUERIES.forEach((q) => index.search(q, { limit: 20 }));
  const product: number[] = [];
  const baseline: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const query of QUERIES) {
      let start = performance.now();
      index.search(query, { limit: 20 });
      product.push(performance.now() - start);
      if (withBaseline) {
        start = performance.now();
        substringScan(routines, query);
        baseline.push(performance.now() - start);
      }
    }
  }
  const p50 = percentile(product, 50);
  const goal = count <= 2500 ? 3 : 10;
  const lines = [
    `search over ${count.toLocaleString('en')} routines (${QUERIES.length} queries × ${RUNS}): MiniSearch p50 ${ms(p50)}, p95 ${ms(percentile(product, 95))} (goal p95 ≤ ${goal} ms)` +
      (withBaseline ? `; substring scan p50 ${ms(percentile(baseline, 50))}, p95 ${ms(percentile(baseline, 95))}` : '') +
      `; index built in ${ms(buildMs)} (after the first paint), loaded from its cached JSON (${(json.length / 1024 / 1024).toFixed(1)} MB) in ${ms(loadMs)}`
  ];
  if (withBaseline) {
    lines.push(
      `  the substring scan finds "vald" ${substringScan(routines, 'vald').length} times and "bekymrnig" ${substringScan(routines, 'bekymrnig').length} times; ` +
        `the index finds ${index.search('vald', { limit: 100000 }).length} and ${index.search('bekymrnig', { limit: 100000 }).length}`
    );
  }
  return lines;
}

export function benchSearch(): string[] {
  return [...searchAt(2500, true), ...searchAt(10000, false)];
}

// `tsx scripts/bench/benchSearch.ts`: the search figures alone, without building the bundle or starting the workbench.
if (require.main === module) benchSearch().forEach((line) => console.log(line));
