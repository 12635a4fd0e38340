/**
 * The fault switch: how often API requests fail, slow down or lose their connection, so the product's
 * retry, idempotency (transactionId) and ETag logic can be exercised on one machine.
 *
 * A "drop" destroys the socket without an answer. `dropPhase` says when:
 * - `before`: the request is never executed (nothing is written);
 * - `after`:  the request is executed (a write IS applied) and then the answer is lost, which is the case a
 *             client's retry must survive without creating a duplicate;
 * - `random`: either, chosen per request by the seeded generator.
 * Error answers (429/503) are always decided before executing: a write is never applied and then reported failed.
 */
export interface FaultConfig {
  /** Share of API requests answered with one of `statuses` (0–1). */
  rate: number;
  statuses: number[];
  /** Seconds sent in Retry-After with 429/503 answers. */
  retryAfter: number;
  /** Share of API requests delayed by `slowMs` before they are executed (0–1). */
  slowRate: number;
  slowMs: number;
  /** Share of API requests whose connection is destroyed (0–1). */
  dropRate: number;
  dropPhase: 'before' | 'after' | 'random';
  /** Seed of the generator deciding faults; the same seed gives the same sequence. */
  seed: number;
}

export const NO_FAULTS: FaultConfig = {
  rate: 0,
  statuses: [429],
  retryAfter: 1,
  slowRate: 0,
  slowMs: 1500,
  dropRate: 0,
  dropPhase: 'random',
  seed: 1
};

const FAULT_STATUSES = [429, 500, 502, 503, 504];

/** Validates and completes a partial configuration (from JSON or the environment); throws with a readable message. */
export function normalizeFaultConfig(input: Partial<Record<keyof FaultConfig, unknown>>, base: FaultConfig = NO_FAULTS): FaultConfig {
  const known = new Set(Object.keys(NO_FAULTS));
  for (const key of Object.keys(input)) if (!known.has(key)) throw new Error(`Unknown fault setting "${key}"`);
  const share = (name: keyof FaultConfig): number => {
    const value = input[name] === undefined ? base[name] : Number(input[name]);
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) throw new Error(`${name} must be a number from 0 to 1`);
    return value;
  };
  const whole = (name: keyof FaultConfig, min: number, max: number): number => {
    const value = input[name] === undefined ? base[name] : Number(input[name]);
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be a whole number from ${min} to ${max}`);
    return value;
  };
  let statuses = base.statuses;
  if (input.statuses !== undefined) {
    const raw = Array.isArray(input.statuses) ? input.statuses : String(input.statuses).split(/[|;, ]+/);
    statuses = raw.filter((s) => s !== '').map((s) => Number(s));
    if (statuses.length === 0 || statuses.some((s) => !FAULT_STATUSES.includes(s))) {
      throw new Error(`statuses must be one or more of ${FAULT_STATUSES.join(', ')}`);
    }
  }
  const dropPhase = (input.dropPhase ?? base.dropPhase) as FaultConfig['dropPhase'];
  if (!['before', 'after', 'random'].includes(dropPhase)) throw new Error('dropPhase must be before, after or random');
  return {
    rate: share('rate'),
    statuses,
    retryAfter: whole('retryAfter', 0, 3600),
    slowRate: share('slowRate'),
    slowMs: whole('slowMs', 0, 120000),
    dropRate: share('dropRate'),
    dropPhase,
    seed: whole('seed', 0, 2 ** 32 - 1)
  };
}

/** Parses `WORKBENCH_FAULTS`, e.g. `rate=0.3,statuses=429|503,retryAfter=1,slowRate=0.1,slowMs=1500,dropRate=0.02`. */
export function parseFaultEnv(text: string | undefined): FaultConfig {
  if (!text || text.trim() === '') return { ...NO_FAULTS };
  const input: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const [key, ...rest] = pair.split('=');
    if (key.trim() === '') continue;
    input[key.trim()] = rest.join('=').trim();
  }
  return normalizeFaultConfig(input);
}
