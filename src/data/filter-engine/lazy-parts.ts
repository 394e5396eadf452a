/**
 * The index's lazy parts (layout.ts, LazyParts), built from the visit columns the first time a filter
 * needs them and kept in the index. With the index they took a fifth of its time (~60 ms at 1M rows)
 * for dimensions most views never filter; the first filter on one pays ~5-10 ms, once. The score
 * order is the largest (~30 ms and 15 MB at 1M rows): built with the index, it delayed the first
 * picture and every what-if rescore for a filter that only a score range uses; the first score range
 * of each scoring pays it, once.
 */
import { compositeMap, type CatValues, type Index } from './layout.ts';
import { buildScoreOrder, type ScoreOrder } from './score-order.ts';

/**
 * Dimension d's per-value bitsets (frequent values) and row lists (rare ones), built on first use in
 * one pass over the rows: codes read through the visit column (no per-row code array), the bitsets
 * views of one buffer (one array for the loop to write).
 */
export function catValues(ix: Index, d: number): CatValues {
  const known = ix.lazy.cats[d];
  if (known) return known;
  const { n, words, mOff, colLo, colHi } = ix,
    { card, count } = ix.cat[d];
  // A bitset costs n/32 word operations to OR in; a list costs one scattered store per row. Above
  // n/64 rows the bitset wins (and at most 64 values per dimension get one, bounding memory).
  const denseMin = Math.max(32, Math.ceil(n / 64));
  const listStart = new Int32Array(card + 1);
  // Per value: the offset of its bitset in `bits`, or -1 for a listed value.
  const at = new Int32Array(card).fill(-1);
  let nDense = 0;
  for (let v = 0; v < card; v++) {
    const isDense = count[v] >= denseMin;
    if (isDense) at[v] = words * nDense++;
    listStart[v + 1] = listStart[v] + (isDense ? 0 : count[v]);
  }
  const bits = new Int32Array(nDense * words);
  const dense = Array.from(at, (o): Int32Array | null => (o >= 0 ? bits.subarray(o, o + words) : null));
  const listRows = new Uint32Array(listStart[card]);
  const fill = listStart.slice(0, card);
  // Visit-column slot -> code: the composite map, or the column's own range.
  const c = ix.layout.col[d],
    src = ix.cols[c];
  const code = new Int32Array(colHi[c]);
  const map = c === 0 ? compositeMap(ix, d) : null;
  if (map) for (let a = 0; a < colHi[0]; a++) code[a] = map[a] - mOff[d];
  else for (let x = colLo[c]; x < colHi[c]; x++) code[x] = x - colLo[c];
  for (let i = 0; i < n; i++) {
    const v = code[src[i]],
      o = at[v];
    if (o >= 0) bits[o + (i >>> 5)] |= 1 << (i & 31);
    else listRows[fill[v]++] = i;
  }
  return (ix.lazy.cats[d] = { dense, listStart, listRows });
}

/** One bitset per flag, from the flags visit column in one pass (views of one buffer, set bits only). */
export function flagBitsets(ix: Index): Int32Array[] {
  if (ix.lazy.flagBits) return ix.lazy.flagBits;
  const { n, words } = ix,
    nf = ix.layout.card[ix.layout.flags],
    flags = ix.rows.c4,
    lo = ix.colLo[4];
  const bits = new Int32Array(nf * words);
  for (let i = 0; i < n; i++) {
    let f = flags[i] - lo;
    while (f !== 0) {
      const lb = f & -f;
      f ^= lb;
      bits[(31 - Math.clz32(lb)) * words + (i >>> 5)] |= 1 << (i & 31);
    }
  }
  return (ix.lazy.flagBits = Array.from({ length: nf }, (_, b) => bits.subarray(b * words, (b + 1) * words)));
}

/** The score order of `score`, the column the index was built on (the engine's columns). */
export function scoreOrder(ix: Index, score: Float32Array): ScoreOrder {
  if (score.length < ix.n)
    throw new RangeError(`filter engine: a score column of ${score.length} rows for an index of ${ix.n}`);
  return (ix.lazy.scoreOrder ??= buildScoreOrder(score, ix.rows.c5, ix.colLo[5], ix.words));
}
