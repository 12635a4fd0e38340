/**
 * How long summing evaluations takes as the list grows: `npm run bench:aggregation`. Synthetic list items (as
 * SharePoint REST returns them) go through the product's own mapping and aggregation, 5,000, 10,000 and 20,000 of
 * them; the time per 1,000 items should stay flat if the work is linear. Median of several runs, after a warm-up.
 */
import { performance } from 'node:perf_hooks';
import { EvaluationAggregator } from '../src/core/evaluation/EvaluationAggregator';
import { summarizeEvaluations } from '../src/core/evaluation/summarizeEvaluations';
import { LookupIndex } from '../src/core/mapping/LookupIndex';
import { evaluationMapping } from '../src/core/mapping/evaluationMapping';
import type { RawListItem } from '../src/core/mapping/RawListItem';
import { EVALUATION_FORMS, EVALUATION_NEXT_STEPS, EVALUATION_QUESTIONS, type Evaluation } from '../src/core/model/Evaluation';

const SIZES = [5000, 10000, 20000];
const RUNS = 7;
const PAGE_SIZE = 5000;
const SERVICES = 16;

function lookups(): LookupIndex {
  const index = new LookupIndex();
  for (let i = 1; i <= SERVICES; i++) index.add('services', i, `service-${i}`);
  return index;
}

/** A small linear congruential generator: the same "random" items on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

/** Deterministic items spread over 4 levels, 16 services, 12 months and both forms, some questions unanswered. */
function items(count: number, index: LookupIndex): RawListItem[] {
  const random = seeded(7);
  const pick = (n: number): number => Math.floor(random() * n);
  const result: RawListItem[] = [];
  for (let i = 0; i < count; i++) {
    const scores: Evaluation['scores'] = {};
    EVALUATION_QUESTIONS.forEach((q, n) => {
      if (pick(7) !== 0) scores[q] = pick(5) + 1;
    });
    const evaluation: Evaluation = {
      form: EVALUATION_FORMS[pick(2)],
      level: String(pick(4)),
      service: `service-${pick(SERVICES) + 1}`,
      period: `2026-${String(pick(12) + 1).padStart(2, '0')}`,
      scores,
      nextStep: pick(2) === 0 ? EVALUATION_NEXT_STEPS[pick(3)] : undefined,
      comment: ''
    };
    result.push({ Id: i + 1, Created: '2026-01-01T08:00:00Z', Modified: '2026-01-01T08:00:00Z', ...evaluationMapping.write(evaluation, index) });
  }
  return result;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Reads the items in pages as SharePointEvaluationStore does, then sums the cells per level, service and month. */
function run(raw: readonly RawListItem[], index: LookupIndex): { ms: number; cells: number } {
  const started = performance.now();
  const aggregator = new EvaluationAggregator(index);
  for (let i = 0; i < raw.length; i += PAGE_SIZE) aggregator.addItems(raw.slice(i, i + PAGE_SIZE));
  const result = aggregator.result();
  const summary = summarizeEvaluations(result.cells);
  if (summary.overall.evaluations !== raw.length) throw new Error('The bench lost items');
  return { ms: performance.now() - started, cells: result.cells.length };
}

const index = lookups();
for (let i = 0; i < 3; i++) run(items(10000, index), index); // warm-up: let the JIT compile the hot paths first
console.log(`Evaluation aggregation (mapping + cells + summary per level/service/month), median of ${RUNS} runs, Node ${process.version}`);
console.log('items    total ms   ms per 1,000 items   cells');
for (const size of SIZES) {
  const raw = items(size, index);
  const runs = Array.from({ length: RUNS }, () => run(raw, index));
  const ms = median(runs.map((r) => r.ms));
  console.log(`${String(size).padStart(6)}   ${ms.toFixed(1).padStart(8)}   ${(ms / (size / 1000)).toFixed(2).padStart(18)}   ${String(runs[0].cells).padStart(5)}`);
}
