/**
 * Seeded randomness for the demo generator. Everything random in the demo goes through `Rng` (sfc32),
 * never Math.random, so the same seed gives byte-identical files. `fork(label)` derives an
 * independent stream, so e.g. the geometry does not change when the enterprise count does.
 */

/** 32-bit avalanche hash of a list of numbers (integers are used as is, others via their bits). */
export function hash32(...values: number[]): number {
  let h = 0x9e3779b9;
  for (const v of values) {
    let k = Number.isInteger(v) ? v | 0 : Math.round(v * 1e6) | 0;
    k = Math.imul(k ^ (k >>> 16), 0x85ebca6b);
    k = Math.imul(k ^ (k >>> 13), 0xc2b2ae35);
    h = Math.imul(h ^ k ^ (k >>> 16), 0x27d4eb2d) + 0x165667b1;
    h ^= h >>> 15;
  }
  return h >>> 0;
}

/** 32-bit hash of a string (FNV-1a followed by a final mix). */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return hash32(h);
}

/** splitmix32's output for one state (a function of its own: the seeding closure it was cost a million principals' names their making). */
function splitmix32(state: number): number {
  let z = state;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  readonly seed: number;

  constructor(seed: number) {
    this.seed = seed >>> 0;
    // splitmix32 expands the seed into the four sfc32 words (its state steps by the golden ratio).
    const s = this.seed;
    this.a = splitmix32((s + 0x9e3779b9) | 0);
    this.b = splitmix32((s + 2 * 0x9e3779b9) | 0);
    this.c = splitmix32((s + 3 * 0x9e3779b9) | 0);
    this.d = splitmix32((s + 4 * 0x9e3779b9) | 0);
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** An independent stream named by `label`. */
  fork(label: string): Rng {
    return new Rng(hash32(this.seed, hashString(label)));
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** Uniform in [lo, hi). */
  range(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }

  /** Integer uniform in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Index drawn with probability proportional to `weights`. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  /** Standard normal (Box-Muller, one value per call). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal with the given median and log-space standard deviation. */
  lognormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  poisson(lambda: number): number {
    if (lambda <= 0) return 0;
    if (lambda > 40) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * this.normal()));
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
}

/** Weighted choice over a fixed table, O(log n) per draw. */
export class WeightedTable<T> {
  private readonly cum: Float64Array;
  constructor(
    readonly items: readonly T[],
    weights: readonly number[],
  ) {
    this.cum = new Float64Array(weights.length);
    let total = 0;
    weights.forEach((w, i) => {
      total += Math.max(0, w);
      this.cum[i] = total;
    });
  }

  index(rng: Rng): number {
    const cum = this.cum;
    const r = rng.next() * cum[cum.length - 1];
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  draw(rng: Rng): T {
    return this.items[this.index(rng)];
  }
}

/** Split `total` into integer parts proportional to `weights` (largest remainder), each >= `min`. */
export function apportion(total: number, weights: readonly number[], min = 0): number[] {
  const n = weights.length;
  const free = Math.max(0, total - min * n);
  const sum = weights.reduce((s, w) => s + w, 0) || 1;
  const exact = weights.map((w) => (free * w) / sum);
  const parts = exact.map((x) => Math.floor(x));
  let left = free - parts.reduce((s, x) => s + x, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((p, q) => q[0] - p[0] || p[1] - q[1]);
  for (let k = 0; left > 0 && k < order.length; k++, left--) parts[order[k][1]]++;
  return parts.map((x) => x + min);
}
