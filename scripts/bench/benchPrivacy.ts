/**
 * Issue 16's figures for the privacy guard, on the corpus in tests/fixtures/privacy: recall on the lines that
 * identify a child, false-positive rate on ordinary lines (with the starter model as the allow-list, as in the
 * forms, and without it), and the time per sentence the forms pay on each keystroke.
 */
import { performance } from 'node:perf_hooks';
import { checkPersonalData } from '../../src/core/privacy';
import { corpus, starterModelAllowWords } from '../../tests/fixtures/privacy/corpus';

export interface PrivacyScore {
  recall: number;
  falsePositiveRate: number;
  missed: string[];
  falsePositives: string[];
  personal: number;
  ordinary: number;
}

export function scorePrivacy(allowWords: readonly string[]): PrivacyScore {
  const { personal, ordinary } = corpus();
  const missed = personal.filter((line) => !checkPersonalData(line, { allowWords }).personal);
  const falsePositives = ordinary.filter((line) => checkPersonalData(line, { allowWords }).personal);
  return {
    recall: (personal.length - missed.length) / personal.length,
    falsePositiveRate: falsePositives.length / ordinary.length,
    missed,
    falsePositives,
    personal: personal.length,
    ordinary: ordinary.length
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

export function benchPrivacy(): string[] {
  const allowWords = starterModelAllowWords();
  const withModel = scorePrivacy(allowWords);
  const withoutModel = scorePrivacy([]);
  const { personal, ordinary } = corpus();
  const lines = [...personal, ...ordinary];
  // Warm up (name lists, regexes), then time every line several times.
  lines.forEach((line) => checkPersonalData(line, { allowWords }));
  const rounds = 5;
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const line of lines) {
      const t0 = performance.now();
      checkPersonalData(line, { allowWords });
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  const p = (q: number): string => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(3);
  return [
    `privacy guard (corpus: ${withModel.personal} identifying, ${withModel.ordinary} ordinary lines)`,
    `  recall ${pct(withModel.recall)} (target ≥ 97 %), false positives ${pct(withModel.falsePositiveRate)} (target ≤ 3 %) with the starter model as allow-list`,
    `  without the model's allow-list: recall ${pct(withoutModel.recall)}, false positives ${pct(withoutModel.falsePositiveRate)}`,
    `  time per sentence: median ${p(0.5)} ms, p95 ${p(0.95)} ms, max ${p(1)} ms`,
    ...withModel.missed.map((line) => `  missed: ${line}`),
    ...withModel.falsePositives.map((line) => `  false positive: ${line}`)
  ];
}

if (require.main === module) benchPrivacy().forEach((line) => console.log(line));
