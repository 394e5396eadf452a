/**
 * Marginal space: turning flat visit histograms into per-dimension marginals, and marginals into the
 * result's counts and hazard totals.
 */
import type { FilterCounts, FilterTotals } from './api.ts';
import { compositeMap, HZ_CODES, type Index } from './layout.ts';

/** m += the marginal of flat visit histogram h (every dimension when d < 0, else only d). */
export function margFlat(ix: Index, h: Int32Array, m: Float64Array, d: number): void {
  const { colLo, colHi, mOff, layout } = ix,
    { dimOfCol } = layout,
    flags = mOff[layout.flags];
  const all = d < 0,
    col = all ? -1 : layout.col[d];
  if (all || col === 0) {
    const maps = all ? layout.digits.map((x) => compositeMap(ix, x)) : [compositeMap(ix, d)];
    for (let a = 0; a < colHi[0]; a++) {
      const v = h[a];
      if (v !== 0) for (const map of maps) m[map[a]] += v;
    }
  }
  for (const c of [1, 2, 3, 5, 6]) {
    if (!all && col !== c) continue;
    const delta = mOff[dimOfCol[c]] - colLo[c];
    for (let x = colLo[c]; x < colHi[c]; x++) m[x + delta] += h[x];
  }
  if (all || col === 4) {
    for (let x = colLo[4]; x < colHi[4]; x++) {
      const v = h[x];
      if (v === 0) continue;
      for (let b = 0, code = x - colLo[4]; code !== 0; b++, code >>= 1) if (code & 1) m[flags + b] += v;
    }
  }
}

/** counts of dimension d from marginal histogram m. */
export function writeCounts(ix: Index, m: Float64Array, d: number, counts: FilterCounts): void {
  const off = ix.mOff[d],
    key = ix.layout.counts[d];
  if (key === null) return;
  const out = (counts as unknown as Record<string, Uint32Array>)[key];
  const cb = ix.layout.codeBits[d];
  if (cb) {
    // A state's codes are combinations of its bits; the counts are per bit.
    out.fill(0);
    for (let code = 0; code < cb.length; code++) {
      for (let j = 0; j < out.length; j++) if ((cb[code] >> j) & 1) out[j] += m[off + code];
    }
    return;
  }
  for (let v = 0; v < out.length; v++) out[v] = m[off + v];
}

/** Totals of the selection, from its marginal histogram m (hazard codes) and hazard sums s. */
export function writeTotals(ix: Index, m: Float64Array, s: Float64Array, t: FilterTotals): void {
  const off = ix.mOff[ix.layout.hazard];
  let open = 0,
    major = 0,
    overdue = 0,
    listed = 0;
  for (let code = 1; code < HZ_CODES; code++) {
    const v = m[off + code];
    if (code & 1) major += v;
    if (code & 2) overdue += v;
    if (code & 4) listed += v;
    if (code & 8) open += v;
  }
  // The inspection status and the change state: selected enterprises per bit, from their codes' bits.
  stateTotals(ix, m, 'inspection', t.inspection);
  stateTotals(ix, m, 'change', t.change);
  Object.assign(t, {
    hazardsOpen: s[0],
    hazardsOpenMajor: s[1],
    hazardsOverdue: s[2],
    hazardsListed: s[3],
    enterprisesWithOpen: open,
    enterprisesWithOpenMajor: major,
    enterprisesWithOverdue: overdue,
    enterprisesWithListed: listed,
  });
}

/** out[j] = the selected enterprises (marginal histogram m) whose code of state `id` has bit j; zeros without it. */
function stateTotals(ix: Index, m: Float64Array, id: string, out: Uint32Array): void {
  const d = ix.layout.ids.indexOf(id),
    cb = d >= 0 ? ix.layout.codeBits[d] : null;
  out.fill(0);
  if (!cb) return;
  const o = ix.mOff[d];
  for (let code = 0; code < cb.length; code++) {
    const v = m[o + code];
    if (v !== 0) for (let j = 0; j < out.length; j++) if ((cb[code] >> j) & 1) out[j] += v;
  }
}
