/**
 * Row histograms in marginal space, one pass over the rows per table: per-row codes of a dimension
 * and the histogram of the rows of each key (the pair crosstabs are built with it, on first use).
 */
import { COL_OF_DIM, compositeMap, D_FLAGS, D_GRID, D_PARK, D_SCORE, D_TOWN, type Index, type Table } from './layout.ts';

/** Per-row category code of dimension d (< D_FLAGS) or score bin (D_SCORE), from the visit columns. */
export function codesOf(ix: Index, d: number): Uint32Array {
  const { n, rows, colLo } = ix, out = new Uint32Array(n);
  const comp = COL_OF_DIM[d] === 0 ? compositeMap(ix, d) : null;
  if (comp) {
    const base = ix.mOff[d], c0 = rows.c0;
    for (let i = 0; i < n; i++) out[i] = comp[c0[i]] - base;
  } else {
    const col = ix.cols[COL_OF_DIM[d]], lo = colLo[COL_OF_DIM[d]];
    for (let i = 0; i < n; i++) out[i] = col[i] - lo;
  }
  return out;
}

/** Histogram (in marginal space) of the rows of each key: one pass over the rows. */
export function buildTable(ix: Index, keys: Uint32Array | null, nKeys: number): Table {
  const { ms, mSec, mLev, mPt, mHz, mOff, colLo } = ix;
  const { c0, c1, c2, c3, c4, c5, open, major, overdue, listed } = ix.rows;
  const t = new Int32Array(nKeys * ms), sums = new Float64Array(nKeys * 4), count = new Int32Array(nKeys);
  // Flat slot + delta = marginal index, for the one-slot columns.
  const d1 = mOff[D_TOWN] - colLo[1], d2 = mOff[D_GRID] - colLo[2], d3 = mOff[D_PARK] - colLo[3];
  const d5 = mOff[D_SCORE] - colLo[5], f0 = colLo[4], fOff = mOff[D_FLAGS] + 31;
  for (let i = 0; i < ix.n; i++) {
    const key = keys ? keys[i] : 0, b = key * ms, a = c0[i];
    count[key]++;
    t[b + mSec[a]]++; t[b + mLev[a]]++; t[b + mPt[a]]++; t[b + mHz[a]]++;
    t[b + c1[i] + d1]++; t[b + c2[i] + d2]++; t[b + c3[i] + d3]++; t[b + c5[i] + d5]++;
    let f = c4[i] - f0;
    while (f !== 0) {
      const lb = f & -f;
      f ^= lb;
      t[b + fOff - Math.clz32(lb)]++;
    }
    if ((a & 15) !== 0) {
      const z = key * 4;
      sums[z] += open[i]; sums[z + 1] += major[i]; sums[z + 2] += overdue[i]; sums[z + 3] += listed[i];
    }
  }
  return { keys: nKeys, t, sums, count };
}
