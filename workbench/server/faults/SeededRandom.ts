/**
 * A small deterministic pseudo-random generator (mulberry32). Demo calendars and the fault switch use it
 * instead of Math.random so a given seed always gives the same calendars and the same sequence of faults.
 */
export class SeededRandom {
  private state: number;

  public constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A seed from any text, e.g. a person's e-mail address, so each person's calendar is stable. */
  public static fromText(text: string): SeededRandom {
    let h = 2166136261;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 16777619);
    }
    return new SeededRandom(h >>> 0);
  }

  /** A float in [0, 1). */
  public next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  public int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  public pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.next() * values.length)];
  }

  public chance(probability: number): boolean {
    return this.next() < probability;
  }
}
