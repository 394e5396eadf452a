/**
 * Row histograms in marginal space, one pass over the rows per table: per-row codes of a dimension
 * and the histogram of the rows of each key (the pair crosstabs are built with it, on first use).
 */
import { compositeMap, type Index, type Table } from './layout.ts';

/** Per-row category code of a code dimension or score bin (the score dimension), from the visit columns. */
export function codesOf(ix: Index, d: number): Uint32Array {
  const { n, rows, colLo } = ix,
    out = new Uint32Array(n),
    col = ix.layout.col[d];
  const comp = col === 0 ? compositeMap(ix, d) : null;
  if (comp) {
    const base = ix.mOff[d],
      c0 = rows.c0;
    for (let i = 0; i < n; i++) out[i] = comp[c0[i]] - base;
  } else {
    const own = ix.cols[col],
      lo = colLo[col];
    for (let i = 0; i < n; i++) out[i] = own[i] - lo;
  }
  return out;
}

/** Histogram (in marginal space) of the rows of each key: one pass over the rows. */
export function buildTable(ix: Index, keys: Uint32Array | null, nKeys: number): Table {
  const { ms, mOff, colLo, layout } = ix,
    { dimOfCol } = layout;
  const { c0, c1, c2, c3, c4, c5, c6, open, major, overdue, listed } = ix.rows;
  const t = new Int32Array(nKeys * ms),
    sums = new Float64Array(nKeys * 4),
    count = new Int32Array(nKeys);
  // Composite slot -> the marginal index of each of its digits, side by side (one array for the loop).
  const K = layout.digits.length,
    maps = layout.digits.map((d) => compositeMap(ix, d)),
    sa = ix.colHi[0];
  const comp = new Int32Array(sa * K);
  for (let a = 0; a < sa; a++) for (let j = 0; j < K; j++) comp[a * K + j] = maps[j][a];
  // Flat slot + delta = marginal index, for the one-slot columns.
  const d1 = mOff[dimOfCol[1]] - colLo[1],
    d2 = mOff[dimOfCol[2]] - colLo[2],
    d3 = mOff[dimOfCol[3]] - colLo[3];
  const d5 = mOff[dimOfCol[5]] - colLo[5],
    d6 = mOff[dimOfCol[6]] - colLo[6],
    f0 = colLo[4],
    fOff = mOff[layout.flags] + 31;
  for (let i = 0; i < ix.n; i++) {
    const key = keys ? keys[i] : 0,
      b = key * ms,
      a = c0[i];
    count[key]++;
    for (let j = a * K; j < a * K + K; j++) t[b + comp[j]]++;
    t[b + c1[i] + d1]++;
    t[b + c2[i] + d2]++;
    t[b + c3[i] + d3]++;
    t[b + c5[i] + d5]++;
    t[b + c6[i] + d6]++;
    let f = c4[i] - f0;
    while (f !== 0) {
      const lb = f & -f;
      f ^= lb;
      t[b + fOff - Math.clz32(lb)]++;
    }
    if ((a & 15) !== 0) {
      const z = key * 4;
      sums[z] += open[i];
      sums[z + 1] += major[i];
      sums[z + 2] += overdue[i];
      sums[z + 3] += listed[i];
    }
  }
  return { keys: nKeys, t, sums, count };
}
