/**
 * Formulations: the histogram of a row set X either by visiting X (DIRECT) or as hist(B) − hist(B \ X)
 * for a base B whose histogram comes from crosstab slices: every row (ALL), one active filter's rows
 * (its crosstab, or the score bins plus two partial runs) or two filters' rows (a pair crosstab, built
 * here on first use). Chooses the cheapest per recompute and evaluates hist(B) and B \ X.
 */
import type { ActiveFilters } from './active-filters.ts';
import { andNot } from './bitset.ts';
import { buildTable, codesOf } from './tables.ts';
import { ALL, DIRECT, PAIR, PAIRS_MAX, SLICE_COST, TABLE_MAX, type Index, type Layout, type Table } from './layout.ts';
import { margFlat } from './marginals.ts';
import { addSlice, visitColList, visitFullList } from './visit.ts';

export class Formulations {
  private readonly ix: Index;
  private readonly layout: Layout;
  private readonly rows: number;
  private readonly active: ActiveFilters;
  /** Scratch shared with the engine: baseMinus writes B \ X here, for the engine to visit. */
  private readonly T: Int32Array;
  /** Scratch visit histogram for the score base's partial runs. */
  private readonly hX: Int32Array;
  /** Pair crosstabs, built the first time two dimensions are filtered together (null: over budget). */
  private readonly pairs = new Map<number, Table | null>();
  private pairEntries = 0;

  constructor(ix: Index, active: ActiveFilters, T: Int32Array) {
    this.ix = ix;
    this.layout = ix.layout;
    this.rows = ix.n;
    this.active = active;
    this.T = T;
    this.hX = new Int32Array(ix.ns);
  }

  /**
   * The cheapest way to the histogram of a set X ⊆ every base (|X| = sizeX) over `len` marginal
   * entries: DIRECT (costing `fallback` row visits) or hist(B) − hist(B \ X) for B = every row, one
   * active filter's rows, or two active filters' rows (never dimension d's own).
   */
  choose(sizeX: number, fallback: number, len: number, d: number): number {
    const { act, k, size } = this.active,
      { catEnd, flags, text } = this.layout;
    let how = DIRECT,
      best = fallback;
    const consider = (h: number): void => {
      const cost = this.baseSize(h) - sizeX + this.sliceCost(h, len);
      if (cost < best) {
        best = cost;
        how = h;
      }
    };
    consider(ALL);
    for (let j = 0; j < k; j++) {
      const e = act[j];
      if (e === d || e === text || e === flags) continue;
      consider(e);
      if (e >= catEnd) continue;
      for (let j2 = j + 1; j2 < k; j2++) {
        const e2 = act[j2];
        if (e2 === d || e2 >= catEnd) continue;
        const a = Math.min(e, e2),
          b = Math.max(e, e2),
          pair = PAIR + a * 16 + b;
        const known = this.pairs.get(a * 16 + b);
        if (known === null) continue;
        // Build a pair crosstab (tens of ms at 1M rows) only when it would win if the two filters
        // were independent; its cost is then taken exactly.
        if (known === undefined && !((size[a] * size[b]) / this.rows - sizeX + this.sliceCost(pair, len) < best))
          continue;
        if (this.pairTable(a, b)) consider(pair);
      }
    }
    return how;
  }

  /** With three filters: the pair formulation of the two other than d, or -1 when not built. */
  otherPair(d: number): number {
    let a = -1,
      b = -1;
    for (let j = 0; j < 3; j++) {
      const e = this.active.act[j];
      if (e === d) continue;
      if (a < 0) a = e;
      else b = e;
    }
    if (a >= this.layout.catEnd || b >= this.layout.catEnd) return -1;
    // Only a table already built: building is left to choose(), which builds the ones that pay.
    const lo = Math.min(a, b),
      hi = Math.max(a, b);
    return this.pairs.get(lo * 16 + hi) ? PAIR + lo * 16 + hi : -1;
  }

  /** The pair crosstab of two categorical dimensions, built on first use; null when over budget. */
  private pairTable(e1: number, e2: number): Table | null {
    const id = e1 * 16 + e2;
    const known = this.pairs.get(id);
    if (known !== undefined) return known;
    const ix = this.ix,
      c1 = ix.cat[e1],
      c2 = ix.cat[e2];
    const entries = c1.card * c2.card * ix.ms;
    let t: Table | null = null;
    if (c1.cross && c2.cross && entries <= TABLE_MAX && this.pairEntries + entries <= PAIRS_MAX) {
      const keys = codesOf(ix, e1),
        b = codesOf(ix, e2);
      for (let i = 0; i < keys.length; i++) keys[i] = keys[i] * c2.card + b[i];
      t = buildTable(ix, keys, c1.card * c2.card);
      this.pairEntries += entries;
    }
    this.pairs.set(id, t);
    return t;
  }

  /** Number of rows of a formulation's base set B. */
  baseSize(how: number): number {
    if (how === ALL) return this.rows;
    if (how < PAIR) return this.active.size[how];
    const e1 = (how - PAIR) >> 4,
      e2 = (how - PAIR) & 15;
    const t = this.pairTable(e1, e2) as Table,
      a1 = this.active.allowed[e1],
      a2 = this.active.allowed[e2];
    let s = 0;
    for (let v1 = 0; v1 < a1.length; v1++) {
      if (a1[v1]) for (let v2 = 0; v2 < a2.length; v2++) if (a2[v2]) s += t.count[v1 * a2.length + v2];
    }
    return s;
  }

  /** Cost, in row visits, of hist(B) over `len` marginal entries; Infinity without a crosstab. */
  private sliceCost(how: number, len: number): number {
    if (how === ALL) return len * SLICE_COST;
    if (how === this.layout.score) {
      const sc = this.active.sc;
      return (sc.k2 - sc.k1) * len * SLICE_COST + (sc.pb - sc.pa) + (sc.qb - sc.qa);
    }
    if (how < PAIR) {
      if (how >= this.layout.catEnd || !this.ix.cat[how].cross) return Infinity;
      const nAl = this.active.nAllowed[how],
        card = this.ix.cat[how].card;
      return Math.min(nAl, card - nAl + 1) * len * SLICE_COST;
    }
    return this.active.nAllowed[(how - PAIR) >> 4] * this.active.nAllowed[(how - PAIR) & 15] * len * SLICE_COST;
  }

  /** T = B \ X for a formulation's base set B. */
  baseMinus(how: number, X: Int32Array): void {
    if (how === ALL) andNot(this.T, this.ix.allBits, null, X);
    else if (how < PAIR) andNot(this.T, this.active.P[how], null, X);
    else andNot(this.T, this.active.P[(how - PAIR) >> 4], this.active.P[(how - PAIR) & 15], X);
  }

  /**
   * m = hist(B) over dimension d's marginal entries (every entry when d < 0, then with the hazard
   * sums into s), from crosstab slices: allowed values, or all rows minus the other values.
   */
  addBase(how: number, m: Float64Array, s: Float64Array | null, d: number): void {
    const ix = this.ix,
      ms = ix.ms;
    const lo = d < 0 ? 0 : ix.mOff[d],
      hi = d < 0 ? ms : lo + ix.mLen[d];
    m.fill(0, lo, hi);
    if (s) s.fill(0);
    const add = (t: Table, key: number, sign: number): void => {
      addSlice(m, t.t, key * ms, lo, hi, sign);
      if (s) for (let c = 0; c < 4; c++) s[c] += sign * t.sums[key * 4 + c];
    };
    if (how === ALL) return add(ix.global, 0, 1);
    if (how === this.layout.score) {
      const sc = this.active.sc,
        h = this.hX,
        rows = sc.rows;
      for (let b = sc.k1; b < sc.k2; b++) add(ix.scoreCross, b, 1);
      // The rows of the two partial bins that are in range are visited.
      h.fill(0);
      if (s) {
        visitFullList(rows, sc.pa, sc.pb, ix.rows, h, s);
        visitFullList(rows, sc.qa, sc.qb, ix.rows, h, s);
      } else {
        const col = ix.cols[this.layout.col[d]];
        visitColList(rows, sc.pa, sc.pb, col, h);
        visitColList(rows, sc.qa, sc.qb, col, h);
      }
      return margFlat(ix, h, m, d);
    }
    if (how < PAIR) {
      const c = ix.cat[how],
        al = this.active.allowed[how],
        t = c.cross as Table;
      const direct = this.active.nAllowed[how] <= c.card - this.active.nAllowed[how] + 1;
      if (!direct) add(ix.global, 0, 1);
      for (let v = 0; v < c.card; v++) if ((al[v] === 1) === direct) add(t, v, direct ? 1 : -1);
      return;
    }
    const e1 = (how - PAIR) >> 4,
      e2 = (how - PAIR) & 15;
    const t = this.pairTable(e1, e2) as Table,
      a1 = this.active.allowed[e1],
      a2 = this.active.allowed[e2];
    for (let v1 = 0; v1 < a1.length; v1++) {
      if (a1[v1]) for (let v2 = 0; v2 < a2.length; v2++) if (a2[v2]) add(t, v1 * a2.length + v2, 1);
    }
  }
}
