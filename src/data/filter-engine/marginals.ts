/**
 * Marginal space: turning flat visit histograms into per-dimension marginals, and marginals into the
 * result's counts and hazard totals.
 */
import type { FilterCounts, FilterTotals } from './api.ts';
import {
  COL_OF_DIM, D_FLAGS, D_GRID, D_HAZARD, D_LEVEL, D_PARK, D_PTYPE, D_SCORE, D_SECTOR, D_TOWN, HZ_CODES, type Index,
} from './layout.ts';

/** m += the marginal of flat visit histogram h (every dimension when d < 0, else only d). */
export function margFlat(ix: Index, h: Int32Array, m: Float64Array, d: number): void {
  const { colLo, colHi, mOff } = ix;
  const all = d < 0, col = all ? -1 : COL_OF_DIM[d];
  if (all || col === 0) {
    const maps = all ? [ix.mSec, ix.mLev, ix.mPt, ix.mHz] : [[ix.mSec, ix.mLev, 0, 0, 0, ix.mPt, ix.mHz][d] as Int32Array];
    for (let a = 0; a < colHi[0]; a++) {
      const v = h[a];
      if (v !== 0) for (const map of maps) m[map[a]] += v;
    }
  }
  const dimOfCol = [-1, D_TOWN, D_GRID, D_PARK, D_FLAGS, D_SCORE];
  for (const c of [1, 2, 3, 5]) {
    if (!all && col !== c) continue;
    const delta = mOff[dimOfCol[c]] - colLo[c];
    for (let x = colLo[c]; x < colHi[c]; x++) m[x + delta] += h[x];
  }
  if (all || col === 4) {
    for (let x = colLo[4]; x < colHi[4]; x++) {
      const v = h[x];
      if (v === 0) continue;
      for (let b = 0, code = x - colLo[4]; code !== 0; b++, code >>= 1) if (code & 1) m[mOff[D_FLAGS] + b] += v;
    }
  }
}

/** counts of dimension d from marginal histogram m. */
export function writeCounts(ix: Index, m: Float64Array, d: number, counts: FilterCounts): void {
  const off = ix.mOff[d];
  const copy = (out: Uint32Array): void => {
    for (let v = 0; v < out.length; v++) out[v] = m[off + v];
  };
  switch (d) {
    case D_SECTOR: return copy(counts.sector);
    case D_LEVEL: return copy(counts.level);
    case D_TOWN: return copy(counts.town);
    case D_GRID: return copy(counts.grid);
    case D_PARK: return copy(counts.park);
    case D_PTYPE: return copy(counts.parkType);
    case D_FLAGS: return copy(counts.flag);
    case D_SCORE: return copy(counts.scoreHist);
    case D_HAZARD: {
      const out = counts.hazard;
      out.fill(0);
      for (let code = 1; code < HZ_CODES; code++) {
        for (let j = 0; j < out.length; j++) if ((code >> j) & 1) out[j] += m[off + code];
      }
    }
  }
}

/** Totals of the selection, from its marginal histogram m (hazard codes) and hazard sums s. */
export function writeTotals(ix: Index, m: Float64Array, s: Float64Array, t: FilterTotals): void {
  const off = ix.mOff[D_HAZARD];
  let open = 0, major = 0, overdue = 0, listed = 0;
  for (let code = 1; code < HZ_CODES; code++) {
    const v = m[off + code];
    if (code & 1) major += v;
    if (code & 2) overdue += v;
    if (code & 4) listed += v;
    if (code & 8) open += v;
  }
  Object.assign(t, {
    hazardsOpen: s[0], hazardsOpenMajor: s[1], hazardsOverdue: s[2], hazardsListed: s[3],
    enterprisesWithOpen: open, enterprisesWithOpenMajor: major, enterprisesWithOverdue: overdue, enterprisesWithListed: listed,
  });
}
