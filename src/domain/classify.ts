/**
 * Classification of area values into k classes for choropleth maps and legends: quantile, equal
 * interval, natural breaks (Jenks, computed exactly as 1-D k-means, "ckmeans") and manual thresholds.
 *
 * Convention shared by every method: breaks are the k-1 inner thresholds, ascending, and a value goes
 * into class i = the number of breaks <= value (so a value exactly on a break takes the higher class,
 * like the risk-level thresholds in docs/risk-model.md). Non-finite values (NaN: empty area, ±Infinity)
 * are ignored when computing breaks and get class -1.
 *
 * When the data has fewer distinct values than classes asked for, or ties straddle a quantile, the
 * breaks are deduplicated and the result has fewer than k-1 breaks: a legend never shows an empty
 * class or two classes with the same bound. Callers should read the class count from breaks.length + 1.
 *
 * Pure: no React, DOM or map imports. Plain-words explanation: docs/area-risk.md.
 */

/** The classification methods offered in the UI. */
export type ClassMethod = 'quantile' | 'equal' | 'jenks' | 'manual';

/** Finite values, sorted ascending (a fresh array; the input is not touched). */
function sortedFinite(values: ArrayLike<number>): Float64Array {
  let m = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) m++;
  const out = new Float64Array(m);
  let j = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) out[j++] = v;
  }
  return out.sort();
}

/** Keep breaks that are strictly above the minimum and strictly increasing (see the module comment). */
function dedupe(breaks: readonly number[], min: number): number[] {
  const out: number[] = [];
  for (const b of breaks) if (b > min && (out.length === 0 || b > out[out.length - 1])) out.push(b);
  return out;
}

/**
 * Quantile: break j is the value at sorted position floor(j·n/k) (0-based). Breaks are observed values,
 * so tied values always land in the same class and legend bounds are numbers that really occur; each
 * class holds about n/k areas. Ties that swallow a quantile shrink the number of classes (dedupe).
 */
function quantileBreaks(s: Float64Array, k: number): number[] {
  const n = s.length;
  const raw: number[] = [];
  for (let j = 1; j < k; j++) raw.push(s[Math.min(n - 1, Math.floor((j * n) / k))]);
  return dedupe(raw, s[0]);
}

/** Equal interval: k classes of equal width over [min, max] of the finite values. */
function equalBreaks(s: Float64Array, k: number): number[] {
  const min = s[0],
    max = s[s.length - 1];
  if (!(max > min)) return [];
  const raw: number[] = [];
  for (let j = 1; j < k; j++) raw.push(min + ((max - min) * j) / k);
  return dedupe(raw, min);
}

/**
 * Natural breaks: the partition of the sorted values into k contiguous classes with the least total
 * within-class sum of squares (Jenks' goodness-of-variance-fit criterion, solved exactly by dynamic
 * programming as in Wang & Song's Ckmeans.1d.dp). Ties are merged into weighted distinct values first,
 * so a tie is never split and the work depends on the distinct count. The divide-and-conquer step uses
 * the monotonicity of the optimal split point: O(k·m·log m) for m distinct values, a few ms for 10,000.
 * Each break is the smallest value of the class above it.
 */
function jenksBreaks(s: Float64Array, k: number): number[] {
  // Distinct values and their multiplicities.
  const xs: number[] = [],
    ws: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (xs.length > 0 && xs[xs.length - 1] === s[i]) ws[ws.length - 1]++;
    else {
      xs.push(s[i]);
      ws.push(1);
    }
  }
  const m = xs.length;
  if (m <= k) return xs.slice(1);

  // Weighted prefix sums of (x - shift), shifted by the median so sums of squares keep their precision.
  const shift = xs[m >> 1];
  const W = new Float64Array(m + 1),
    S1 = new Float64Array(m + 1),
    S2 = new Float64Array(m + 1);
  for (let i = 0; i < m; i++) {
    const d = xs[i] - shift;
    W[i + 1] = W[i] + ws[i];
    S1[i + 1] = S1[i] + ws[i] * d;
    S2[i + 1] = S2[i] + ws[i] * d * d;
  }
  /** Within-class sum of squares of distinct values a..b inclusive. */
  const sse = (a: number, b: number): number => {
    const w = W[b + 1] - W[a],
      s1 = S1[b + 1] - S1[a];
    return Math.max(0, S2[b + 1] - S2[a] - (s1 * s1) / w);
  };

  // cost[c][i]: best cost of values 0..i in c+1 classes; start[c][i]: first index of the last class.
  const cost: Float64Array[] = [],
    start: Int32Array[] = [];
  const first = new Float64Array(m);
  for (let i = 0; i < m; i++) first[i] = sse(0, i);
  cost.push(first);
  start.push(new Int32Array(m));
  for (let c = 1; c < k; c++) {
    const prev = cost[c - 1];
    const cur = new Float64Array(m).fill(Infinity);
    const st = new Int32Array(m);
    // Fill cur[lo..hi] knowing the optimal start lies in [optLo, optHi].
    const solve = (lo: number, hi: number, optLo: number, optHi: number): void => {
      if (lo > hi) return;
      const mid = (lo + hi) >> 1;
      let best = Infinity,
        bestJ = Math.max(optLo, c);
      for (let j = Math.max(optLo, c); j <= Math.min(mid, optHi); j++) {
        const v = prev[j - 1] + sse(j, mid);
        if (v < best) {
          best = v;
          bestJ = j;
        }
      }
      cur[mid] = best;
      st[mid] = bestJ;
      solve(lo, mid - 1, optLo, bestJ);
      solve(mid + 1, hi, bestJ, optHi);
    };
    solve(c, m - 1, c, m - 1);
    cost.push(cur);
    start.push(st);
  }

  // Walk back from the last value: each class's first value is a break.
  const breaks: number[] = [];
  let end = m - 1;
  for (let c = k - 1; c > 0; c--) {
    const j = start[c][end];
    breaks.push(xs[j]);
    end = j - 1;
  }
  return dedupe(breaks.reverse(), xs[0]);
}

/**
 * Inner class breaks (k-1 ascending numbers, fewer when ties or few distinct values leave some classes
 * empty) for k classes over the finite values of `values`; `manual` returns the given thresholds, finite
 * ones only, sorted and deduplicated (k and `values` are then ignored). No finite value or k < 2 gives [].
 */
export function classBreaks(
  values: ArrayLike<number>,
  k: number,
  method: ClassMethod,
  manual?: readonly number[],
): number[] {
  if (method === 'manual') {
    const t = (manual ?? []).filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
    return dedupe(t, -Infinity);
  }
  const classes = Math.floor(k);
  if (!(classes >= 2)) return [];
  const s = sortedFinite(values);
  if (s.length === 0) return [];
  switch (method) {
    case 'quantile':
      return quantileBreaks(s, classes);
    case 'equal':
      return equalBreaks(s, classes);
    case 'jenks':
      return jenksBreaks(s, classes);
  }
}

/** Class index 0..breaks.length for a value (value >= breaks[i] puts it above break i); -1 for NaN. */
export function classOf(value: number, breaks: readonly number[]): number {
  if (value !== value) return -1;
  // Binary search for the number of breaks <= value (legends have a handful; it is cheap either way).
  let lo = 0,
    hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
