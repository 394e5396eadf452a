/**
 * Row visits: add rows' slots to a flat visit histogram (from a bitset or a run of row indices) and
 * add crosstab slices. These are the engine's hot loops.
 */
import type { RowData } from './layout.ts';

// The visit loops below are the hot paths: plain functions over typed arrays (monomorphic for
// TurboFan). Visiting a sparse set of rows is bound by cache and TLB misses (measured 50-150 ns per
// row at 0.5-3% density, ~7 ns when dense), which is why the engine works so hard to visit few rows.
// Columns are separate arrays: an interleaved 12-byte record measured ~2x slower at those densities.

/** Add `delta` to the seven slots and the hazard sums of every row whose bit is set. */
export function visitFull(bits: Int32Array, r: RowData, h: Int32Array, s: Float64Array, delta: number): void {
  const { c0, c1, c2, c3, c4, c5, c6, open, major, overdue, listed } = r;
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0;
  for (let w = 0; w < bits.length; w++) {
    let x = bits[w];
    while (x !== 0) {
      const t = x & -x;
      x ^= t;
      const i = (w << 5) | (31 - Math.clz32(t));
      const a = c0[i];
      h[a] += delta;
      h[c1[i]] += delta;
      h[c2[i]] += delta;
      h[c3[i]] += delta;
      h[c4[i]] += delta;
      h[c5[i]] += delta;
      h[c6[i]] += delta;
      // The composite's low four bits are the hazard code: rows without hazards skip the sums.
      if ((a & 15) !== 0) {
        s0 += open[i];
        s1 += major[i];
        s2 += overdue[i];
        s3 += listed[i];
      }
    }
  }
  s[0] += delta * s0;
  s[1] += delta * s1;
  s[2] += delta * s2;
  s[3] += delta * s3;
}

/** Add `delta` to one column's slot of every row whose bit is set. */
export function visitCol(bits: Int32Array, col: Uint16Array, h: Int32Array, delta: number): void {
  for (let w = 0; w < bits.length; w++) {
    let x = bits[w];
    while (x !== 0) {
      const t = x & -x;
      x ^= t;
      h[col[(w << 5) | (31 - Math.clz32(t))]] += delta;
    }
  }
}

/** {@link visitFull} (delta 1) over rows[from..to) (a run of the score-sorted order). */
export function visitFullList(
  rows: Uint32Array,
  from: number,
  to: number,
  r: RowData,
  h: Int32Array,
  s: Float64Array,
): void {
  const { c0, c1, c2, c3, c4, c5, c6, open, major, overdue, listed } = r;
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0;
  for (let j = from; j < to; j++) {
    const i = rows[j];
    const a = c0[i];
    h[a]++;
    h[c1[i]]++;
    h[c2[i]]++;
    h[c3[i]]++;
    h[c4[i]]++;
    h[c5[i]]++;
    h[c6[i]]++;
    if ((a & 15) !== 0) {
      s0 += open[i];
      s1 += major[i];
      s2 += overdue[i];
      s3 += listed[i];
    }
  }
  s[0] += s0;
  s[1] += s1;
  s[2] += s2;
  s[3] += s3;
}

export function visitColList(rows: Uint32Array, from: number, to: number, col: Uint16Array, h: Int32Array): void {
  for (let j = from; j < to; j++) h[col[rows[j]]]++;
}

/** h[lo..hi) += sign × src[base + lo .. base + hi): one crosstab slice. */
export function addSlice(h: Float64Array, src: Int32Array, base: number, lo: number, hi: number, sign: number): void {
  for (let x = lo; x < hi; x++) h[x] += sign * src[base + x];
}
