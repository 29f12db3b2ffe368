/**
 * A small seeded random generator (mulberry32), so every bench run builds the same data set and
 * figures from different runs compare like with like. Fast enough for a million picks a second.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }

  /** Up to `count` different items, in list order. */
  some<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set<number>();
    const wanted = Math.min(count, items.length);
    while (chosen.size < wanted) chosen.add(Math.floor(this.next() * items.length));
    return [...chosen].sort((a, b) => a - b).map((index) => items[index] as T);
  }
}

/** Picks by weight in O(log n): build once from the weights, then draw many times. */
export class WeightedPicker {
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(weights: readonly number[]) {
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((weight, index) => {
      sum += Math.max(0, weight);
      this.cumulative[index] = sum;
    });
    if (sum <= 0) throw new Error("weights must not all be zero");
    this.total = sum;
  }

  /** The index of the chosen weight. */
  draw(random: Random): number {
    const target = random.next() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.cumulative[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}

/** Items with weights, drawn by weight: `[["wmo", 3], ["jeugd", 2]]`. */
export function weighted<T>(entries: ReadonlyArray<readonly [T, number]>): (random: Random) => T {
  const picker = new WeightedPicker(entries.map(([, weight]) => weight));
  return (random) => (entries[picker.draw(random)] as readonly [T, number])[0];
}

const ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/** PocketBase-style record ids (15 characters a-z0-9), unique across everything this generator makes. */
export class IdMaker {
  private readonly used = new Set<string>();
  private readonly random: Random;

  constructor(random: Random, existing: Iterable<string> = []) {
    this.random = random;
    for (const id of existing) this.used.add(id);
  }

  next(): string {
    for (;;) {
      let id = "";
      for (let i = 0; i < 15; i++) id += ID_ALPHABET[Math.floor(this.random.next() * 36)];
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }
}
