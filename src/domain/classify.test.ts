import { describe, expect, it } from 'vitest';
import { classBreaks, classOf } from './classify.ts';
import { mulberry32 } from '../data/random-columns.ts';

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const classCounts = (values: number[], breaks: number[]) => {
  const counts = new Array(breaks.length + 1).fill(0);
  for (const v of values) counts[classOf(v, breaks)]++;
  return counts;
};

/** Within-class sum of squares of a partition of sorted values by breaks (the Jenks objective). */
function ssw(values: number[], breaks: number[]): number {
  const groups: number[][] = Array.from({ length: breaks.length + 1 }, () => []);
  for (const v of values) groups[classOf(v, breaks)].push(v);
  let s = 0;
  for (const g of groups) {
    if (g.length === 0) continue;
    const m = g.reduce((a, b) => a + b, 0) / g.length;
    for (const v of g) s += (v - m) ** 2;
  }
  return s;
}

/** Brute force: the best SSW over every choice of k-1 breaks among the distinct values. */
function bruteJenks(values: number[], k: number): number {
  const d = [...new Set(values)].sort((a, b) => a - b);
  let best = Infinity;
  const pick = (from: number, chosen: number[]) => {
    if (chosen.length === k - 1) {
      best = Math.min(best, ssw(values, chosen));
      return;
    }
    for (let i = from; i < d.length; i++) pick(i + 1, [...chosen, d[i]]);
  };
  pick(1, []);
  return best;
}

describe('classBreaks: quantile', () => {
  it('splits 1..10 into four classes of about n/4 at observed values', () => {
    const b = classBreaks(range(1, 10), 4, 'quantile');
    // Positions floor(j·10/4) = 2, 5, 7 of the sorted series.
    expect(b).toEqual([3, 6, 8]);
    expect(classCounts(range(1, 10), b)).toEqual([2, 3, 2, 3]);
  });

  it('never splits ties and drops breaks that ties swallow', () => {
    const v = [0, 0, 0, 0, 0, 0, 1, 2, 3, 4];
    // Positions 2 and 5 are 0 (the minimum: an empty lowest class), position 7 is 2.
    expect(classBreaks(v, 4, 'quantile')).toEqual([2]);
    expect(classBreaks([1, 1, 2, 2], 4, 'quantile')).toEqual([2]);
  });

  it('gives fewer classes than asked with fewer distinct values, none for a constant', () => {
    expect(classBreaks([5, 5, 5], 3, 'quantile')).toEqual([]);
    expect(classBreaks([1, 2], 5, 'quantile')).toEqual([2]);
  });

  it('ignores NaN and infinities, and the input order', () => {
    expect(classBreaks([10, NaN, 3, 1, 8, Infinity, 5, 2, 9, 7, 6, 4, -Infinity], 4, 'quantile')).toEqual([3, 6, 8]);
  });
});

describe('classBreaks: equal interval', () => {
  it('divides min..max into equal widths', () => {
    expect(classBreaks(range(0, 10), 5, 'equal')).toEqual([2, 4, 6, 8]);
    expect(classBreaks([10, 30, NaN, 20], 4, 'equal')).toEqual([15, 20, 25]);
  });
  it('has no break for a constant series or no finite value', () => {
    expect(classBreaks([7, 7, NaN], 4, 'equal')).toEqual([]);
    expect(classBreaks([NaN, NaN], 4, 'equal')).toEqual([]);
    expect(classBreaks([], 4, 'equal')).toEqual([]);
  });
});

describe('classBreaks: natural breaks (Jenks)', () => {
  const clustered = [1, 2, 3, 10, 11, 12, 30, 31, 32];
  it('puts breaks between clear clusters', () => {
    expect(classBreaks(clustered, 3, 'jenks')).toEqual([10, 30]);
    expect(classBreaks([31, NaN, 2, 12, 30, 1, 11, 3, 32, 10], 3, 'jenks')).toEqual([10, 30]);
    // Two classes: {1..12} {30..32} has SSW 127.5, far below {1..3} {10..32} (606).
    expect(classBreaks(clustered, 2, 'jenks')).toEqual([30]);
  });

  it('gives each distinct value its own class when there are no more than k', () => {
    expect(classBreaks([1, 1, 2, 2, 3], 5, 'jenks')).toEqual([2, 3]);
    expect(classBreaks([4, 4], 3, 'jenks')).toEqual([]);
  });

  it('finds the optimal partition (brute force on random series with ties)', () => {
    const rnd = mulberry32(42);
    for (let t = 0; t < 30; t++) {
      const n = 6 + Math.floor(rnd() * 10);
      const v = Array.from({ length: n }, () => Math.round(rnd() * 40) / 2);
      const k = 2 + Math.floor(rnd() * 3);
      const b = classBreaks(v, k, 'jenks');
      expect(ssw(v, b)).toBeCloseTo(bruteJenks(v, k), 9);
    }
  });

  // Its speed is the benchmarks' business (scripts/bench); here, that a few thousand values class at all.
  it('classes a few thousand values into ascending breaks', () => {
    const rnd = mulberry32(7);
    const v = Array.from({ length: 5000 }, () => rnd() * 100);
    const b = classBreaks(v, 7, 'jenks');
    expect(b).toHaveLength(6);
    expect([...b].sort((x, y) => x - y)).toEqual(b);
  });
});

describe('classBreaks: manual and edge cases', () => {
  it('returns the thresholds sorted, finite and deduplicated, whatever the values', () => {
    expect(classBreaks([1, 2, 3], 3, 'manual', [50, 20, NaN, 20])).toEqual([20, 50]);
    expect(classBreaks([], 5, 'manual', [10])).toEqual([10]);
    expect(classBreaks([1], 5, 'manual')).toEqual([]);
  });
  it('has no break for fewer than two classes', () => {
    expect(classBreaks(range(1, 10), 1, 'quantile')).toEqual([]);
    expect(classBreaks(range(1, 10), 0, 'jenks')).toEqual([]);
    expect(classBreaks(range(1, 10), NaN, 'equal')).toEqual([]);
  });
});

describe('classOf', () => {
  const breaks = [10, 20, 30];
  it('counts the breaks at or below the value', () => {
    expect(classOf(5, breaks)).toBe(0);
    expect(classOf(10, breaks)).toBe(1);
    expect(classOf(19.99, breaks)).toBe(1);
    expect(classOf(20, breaks)).toBe(2);
    expect(classOf(30, breaks)).toBe(3);
    expect(classOf(1e9, breaks)).toBe(3);
    expect(classOf(-Infinity, breaks)).toBe(0);
  });
  it('is -1 for NaN and 0 with no breaks', () => {
    expect(classOf(NaN, breaks)).toBe(-1);
    expect(classOf(42, [])).toBe(0);
  });
});
