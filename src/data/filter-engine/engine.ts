/**
 * The engine proper: one full recompute per {@link FilterEngine.run}. Activates the filters, ANDs
 * their bitsets into the selection S, writes the mask, then takes the selection's histogram and each
 * active dimension's counts over Q_d (rows passing every other filter) by the cheapest formulation.
 */
import type { EnterpriseColumns } from '../columns.ts';
import { ActiveFilters } from './active-filters.ts';
import type { FilterCounts, FilterDims, FilterEngine, FilterResult, FilterState } from './api.ts';
import { andNot, andOthers, NIBBLE_BYTES, writeMaskWords } from './bitset.ts';
import { buildIndex } from './build-index.ts';
import { Formulations } from './formulations.ts';
import { ALL, DIRECT, type Index } from './layout.ts';
import { margFlat, writeCounts, writeTotals } from './marginals.ts';
import { INSPECTION_BITS } from '../../domain/supervision/index.ts';
import { CHANGE_BITS } from '../../domain/compare/change-codes.ts';
import { visitCol, visitFull } from './visit.ts';

export class BitsetEngine implements FilterEngine {
  readonly rows: number;
  private readonly ix: Index;
  /** The text dimension: the last, and the only one without counts. */
  private readonly text: number;
  private readonly active: ActiveFilters;
  private readonly plan: Formulations;
  // Scratch: bitsets S (selected), Q (rows passing all filters but one), T (rows to visit); a flat
  // visit histogram; marginal histograms of the selection (mS, sS) and of one dimension (mD).
  private readonly S: Int32Array;
  private readonly Q: Int32Array;
  private readonly T: Int32Array;
  private readonly hV: Int32Array;
  private readonly mS: Float64Array;
  private readonly sS = new Float64Array(4);
  private readonly mD: Float64Array;
  private readonly unfiltered: FilterResult;

  constructor(columns: EnterpriseColumns, dims: FilterDims, prebuilt?: Index) {
    const ix = prebuilt ?? buildIndex(columns, dims);
    this.ix = ix;
    this.text = ix.layout.text;
    this.rows = ix.n;
    this.active = new ActiveFilters(ix, columns.score);
    this.S = new Int32Array(ix.words);
    this.Q = new Int32Array(ix.words);
    this.T = new Int32Array(ix.words);
    this.plan = new Formulations(ix, this.active, this.T);
    this.hV = new Int32Array(ix.ns);
    this.mS = new Float64Array(ix.ms);
    this.mD = new Float64Array(ix.ms);
    // No filter is the most common state (and the first): answer it from the precomputed histogram.
    const u = this.createResult();
    u.mask.fill(1);
    u.selected = this.rows;
    this.plan.addBase(ALL, this.mS, this.sS, -1);
    for (let d = 0; d < this.text; d++) writeCounts(ix, this.mS, d, u.counts);
    writeTotals(ix, this.mS, this.sS, u.totals);
    this.unfiltered = u;
  }

  createResult(): FilterResult {
    const { counts, countLen } = this.ix.layout;
    return {
      mask: new Uint8Array(this.rows),
      selected: 0,
      counts: Object.fromEntries(
        counts.flatMap((key, d) => (key === null ? [] : [[key, new Uint32Array(countLen[d])]])),
      ) as unknown as FilterCounts,
      totals: {
        hazardsOpen: 0,
        hazardsOpenMajor: 0,
        hazardsOverdue: 0,
        hazardsListed: 0,
        enterprisesWithOpen: 0,
        enterprisesWithOpenMajor: 0,
        enterprisesWithOverdue: 0,
        enterprisesWithListed: 0,
        inspection: new Uint32Array(INSPECTION_BITS.length),
        change: new Uint32Array(CHANGE_BITS.length),
      },
    };
  }

  run(f: FilterState, out?: FilterResult): FilterResult {
    const r = out ?? this.createResult();
    if (r.mask.length < this.rows) throw new RangeError('filter engine: result mask is too short');
    this.active.load(f);
    if (this.active.k === 0) return this.copyUnfiltered(r);

    const { act, k, P, size, actBits, isActive } = this.active;
    let S = P[act[0]],
      sizeS = size[act[0]];
    if (k > 1) {
      S = this.S;
      sizeS = andOthers(actBits, k, -1, S, null);
    }
    this.writeMask(S, r.mask);
    r.selected = sizeS;
    this.histSelected(S, sizeS);
    for (let j = 0; j < k; j++) if (act[j] !== this.text) this.countsOf(act[j], sizeS, r.counts);
    for (let d = 0; d < this.text; d++) if (!isActive[d]) writeCounts(this.ix, this.mS, d, r.counts);
    writeTotals(this.ix, this.mS, this.sS, r.totals);
    return r;
  }

  private copyUnfiltered(r: FilterResult): FilterResult {
    const u = this.unfiltered;
    r.mask.fill(1, 0, this.rows);
    r.selected = u.selected;
    for (const key of Object.keys(u.counts) as (keyof FilterCounts)[]) r.counts[key].set(u.counts[key]);
    // The per-bit totals are copied into the result's own array: the unfiltered answer is kept for reuse.
    const { inspection, change, ...sums } = u.totals;
    Object.assign(r.totals, sums);
    r.totals.inspection.set(inspection);
    r.totals.change.set(change);
    return r;
  }

  private writeMask(S: Int32Array, mask: Uint8Array): void {
    const n = this.rows;
    let i = 0;
    // Four mask bytes per store, eight stores per bitset word: ~4x fewer stores than a byte loop.
    if ((mask.byteOffset & 3) === 0) {
      const full = n >> 5;
      writeMaskWords(S, new Uint32Array(mask.buffer, mask.byteOffset, full << 3), full, NIBBLE_BYTES);
      i = full << 5;
    }
    for (; i < n; i++) mask[i] = (S[i >> 5] >>> (i & 31)) & 1;
  }

  /** Selection histogram (mS, sS) by the cheapest formulation. */
  private histSelected(S: Int32Array, sizeS: number): void {
    const { ix, hV, mS, sS } = this;
    const how = this.plan.choose(sizeS, sizeS, ix.ms, -1);
    hV.fill(0);
    if (how === DIRECT) {
      mS.fill(0);
      sS.fill(0);
      visitFull(S, ix.rows, hV, sS, 1);
    } else {
      this.plan.addBase(how, mS, sS, -1);
      if (this.plan.baseSize(how) === sizeS) return;
      this.plan.baseMinus(how, S);
      visitFull(this.T, ix.rows, hV, sS, -1);
    }
    margFlat(ix, hV, mS, -1);
  }

  /**
   * Counts of active dimension d: its histogram over Q_d, the rows passing every other filter. The
   * fallback is hist(S) plus the rows failing only d; a base is hist(B) − hist(B \ Q_d).
   */
  private countsOf(d: number, sizeS: number, counts: FilterCounts): void {
    const { ix, hV, mD, mS } = this,
      { act, k, size, P } = this.active;
    const col = ix.layout.col[d],
      lo = ix.mOff[d],
      len = ix.mLen[d];
    let Q = ix.allBits,
      sizeQ = this.rows,
      failReady = false;
    const exact = k === 3 ? this.plan.otherPair(d) : -1;
    if (exact >= 0) {
      // Q_d is exactly the other two filters' rows: their pair crosstab answers without any bitset.
      this.plan.addBase(exact, mD, null, d);
      return writeCounts(ix, mD, d, counts);
    }
    if (k === 2) {
      const other = act[0] === d ? act[1] : act[0];
      Q = P[other];
      sizeQ = size[other];
    } else if (k > 2) {
      // Q_d and, in the same pass, the rows failing only d (into T) for the fallback.
      Q = this.Q;
      sizeQ = andOthers(this.active.actBits, k, act.indexOf(d), Q, this.T);
      failReady = true;
    }
    const how = this.plan.choose(sizeQ, sizeQ - sizeS, len, d);
    hV.fill(0, ix.colLo[col], ix.colHi[col]);
    if (how === DIRECT) {
      for (let x = lo; x < lo + len; x++) mD[x] = mS[x];
      if (!failReady) andNot(this.T, Q, null, P[d]);
      visitCol(this.T, ix.cols[col], hV, 1);
    } else {
      this.plan.addBase(how, mD, null, d);
      // With two filters Q_d is exactly the other filter's rows: nothing to subtract.
      if (this.plan.baseSize(how) === sizeQ) return writeCounts(ix, mD, d, counts);
      this.plan.baseMinus(how, Q);
      visitCol(this.T, ix.cols[col], hV, -1);
    }
    margFlat(ix, hV, mD, d);
    writeCounts(ix, mD, d, counts);
  }
}
