import type { FaultConfig } from './FaultConfig';
import { NO_FAULTS } from './FaultConfig';
import { SeededRandom } from './SeededRandom';

/** What happens to one API request. */
export type FaultDecision =
  | { kind: 'none'; delayMs: number }
  | { kind: 'error'; status: number; retryAfter: number; delayMs: number }
  | { kind: 'drop'; phase: 'before' | 'after'; delayMs: number };

/**
 * Decides, before a request is executed, whether it fails. Deciding first is what guarantees that an error
 * answer never follows an applied write; only `drop` with phase `after` executes and then loses the answer.
 */
export class FaultInjector {
  private config: FaultConfig = { ...NO_FAULTS };
  private random = new SeededRandom(NO_FAULTS.seed);

  public constructor(config?: FaultConfig) {
    if (config) this.configure(config);
  }

  public get current(): FaultConfig {
    return { ...this.config, statuses: [...this.config.statuses] };
  }

  public configure(config: FaultConfig): void {
    this.config = { ...config, statuses: [...config.statuses] };
    this.random = new SeededRandom(config.seed);
  }

  /** For an ordinary API request: any outcome. */
  public decide(): FaultDecision {
    const c = this.config;
    const delayMs = c.slowRate > 0 && this.random.chance(c.slowRate) ? c.slowMs : 0;
    if (c.dropRate === 0 && c.rate === 0) return { kind: 'none', delayMs };
    const roll = this.random.next();
    if (roll < c.dropRate) {
      const phase = c.dropPhase === 'random' ? (this.random.chance(0.5) ? 'before' : 'after') : c.dropPhase;
      return { kind: 'drop', phase, delayMs };
    }
    if (roll < c.dropRate + c.rate) {
      return { kind: 'error', status: this.random.pick(c.statuses), retryAfter: c.retryAfter, delayMs };
    }
    return { kind: 'none', delayMs };
  }

  /** For a request inside a Graph JSON batch: it can fail or be slow, but cannot lose a connection of its own. */
  public decideInner(): FaultDecision {
    const c = this.config;
    const delayMs = c.slowRate > 0 && this.random.chance(c.slowRate) ? c.slowMs : 0;
    if (c.rate > 0 && this.random.chance(c.rate)) {
      return { kind: 'error', status: this.random.pick(c.statuses), retryAfter: c.retryAfter, delayMs };
    }
    return { kind: 'none', delayMs };
  }
}
