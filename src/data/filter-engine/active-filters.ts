/**
 * The active filters of one run: each filter of a {@link FilterState} becomes its dimension's pass
 * bitset P_d (from per-value bitsets or row lists, flag bitsets, score checkpoints or the text mask),
 * with its size and the order in which dimensions became active.
 */
import { SCORE_BINS } from '../filter-dimensions.ts';
import type { FilterState } from './api.ts';
import { invertBits, LITTLE_ENDIAN, orInto, packBytes, popcnt, scatter } from './bitset.ts';
import { catValues, flagBitsets, scoreOrder } from './lazy-parts.ts';
import type { Index, Layout } from './layout.ts';
import { lowerBound, upperBound } from './sort.ts';

export class ActiveFilters {
  readonly rows: number;
  private readonly ix: Index;
  private readonly layout: Layout;
  /** The score column the index was built on (its score order is built from it on first use). */
  private readonly score: Float32Array;
  /** Per dimension: its filter's pass bitset and size |P_d| for the current run. */
  readonly P: Int32Array[] = [];
  readonly size: Float64Array;
  /** Active dimensions in activation order, and their bitsets in the same order; k of them. */
  readonly act: Int32Array;
  readonly actBits: Int32Array[] = [];
  readonly isActive: Uint8Array;
  k = 0;
  /** Per categorical dimension: allowed values (1) of its filter, and how many. */
  readonly allowed: Uint8Array[];
  readonly nAllowed: Int32Array;
  /**
   * Current score range as sorted positions in `rows` (the rows by score): whole bins [k1, k2) plus
   * two partial runs.
   */
  readonly sc = { k1: 0, k2: 0, pa: 0, pb: 0, qa: 0, qb: 0, rows: new Uint32Array(0) as Uint32Array };

  constructor(ix: Index, score: Float32Array) {
    this.ix = ix;
    this.layout = ix.layout;
    this.score = score;
    this.rows = ix.n;
    const dims = ix.layout.ids.length;
    this.size = new Float64Array(dims);
    this.act = new Int32Array(dims);
    this.isActive = new Uint8Array(dims);
    for (let d = 0; d < dims; d++) this.P.push(new Int32Array(ix.words));
    this.allowed = ix.cat.map((c) => new Uint8Array(c.card));
    this.nAllowed = new Int32Array(ix.layout.catEnd);
  }

  /** Activate the filters of f (k = 0 when there is none). */
  load(f: FilterState): void {
    this.k = 0;
    this.isActive.fill(0);
    const { catEnd, columns, fields, codeBits } = this.layout;
    const byField = f as unknown as Record<string, unknown>;
    for (let d = 0; d < catEnd; d++) {
      const cb = codeBits[d];
      if (cb) {
        // A state (hazards, inspections): the codes whose bits include every chosen bit.
        const want = byField[fields[d]] as number;
        if (want === 0) continue;
        for (let c = 0; c < cb.length; c++) this.allowed[d][c] = (cb[c] & want) === want ? 1 : 0;
        this.catBits(d);
        continue;
      }
      // The lists: the code dimensions with a column.
      const values = columns[d] === null ? null : (byField[fields[d]] as readonly number[]);
      if (!values || values.length === 0) continue;
      const al = this.allowed[d];
      al.fill(0);
      for (const v of values) {
        const code = this.codeOf(d, v);
        if (code >= 0) al[code] = 1;
      }
      this.catBits(d);
    }
    if (f.flags !== 0) this.flagBits(f.flags);
    if (f.scoreRange) this.scoreBits(f.scoreRange[0], f.scoreRange[1]);
    if (f.text) this.textBits(f.text);
  }

  /** Category code of a filter value, or -1 when no row can have it. */
  private codeOf(d: number, v: number): number {
    const card = this.ix.cat[d].card;
    if (!Number.isInteger(v)) return -1;
    const hasNone = this.layout.none[d];
    if (hasNone && v === -1) return card - 1;
    return v >= 0 && v < (hasNone ? card - 1 : card) ? v : -1;
  }

  private activate(d: number, size: number): void {
    this.actBits[this.k] = this.P[d];
    this.act[this.k++] = d;
    this.isActive[d] = 1;
    this.size[d] = size;
  }

  /** P_d of a categorical filter: OR of the allowed values, or of the others then inverted. */
  private catBits(d: number): void {
    const c = this.ix.cat[d],
      al = this.allowed[d],
      bits = this.P[d],
      values = catValues(this.ix, d);
    let nAl = 0,
      rows = 0;
    for (let v = 0; v < c.card; v++)
      if (al[v]) {
        nAl++;
        rows += c.count[v];
      }
    this.nAllowed[d] = nAl;
    const invert = rows > this.rows / 2;
    bits.fill(0);
    for (let v = 0; v < c.card; v++) {
      if ((al[v] === 1) === invert) continue;
      const dense = values.dense[v];
      if (dense) orInto(bits, dense);
      else scatter(bits, values.listRows, values.listStart[v], values.listStart[v + 1]);
    }
    if (invert) invertBits(bits, this.ix.allBits);
    this.activate(d, rows);
  }

  private flagBits(sel: number): void {
    const d = this.layout.flags,
      bits = this.P[d],
      nf = this.layout.card[d];
    bits.fill(0);
    // A bit outside the flags is on no row: the filter then selects nothing.
    if (sel >> nf === 0) {
      bits.fill(-1);
      const all = flagBitsets(this.ix);
      for (let f = 0; f < nf; f++) {
        if (!((sel >> f) & 1)) continue;
        const fb = all[f];
        for (let w = 0; w < bits.length; w++) bits[w] &= fb[w];
      }
    }
    let size = 0;
    for (let w = 0; w < bits.length; w++) if (bits[w] !== 0) size += popcnt(bits[w]);
    this.activate(d, size);
  }

  /** P of [lo, hi]: checkpoint bitsets for whole bins, scattered rows for the two partial bins. */
  private scoreBits(lo: number, hi: number): void {
    const { sortedScore, binStart, checkpoints, byScore } = scoreOrder(this.ix, this.score);
    const words = this.ix.words,
      sc = this.sc,
      bits = this.P[this.layout.score];
    sc.rows = byScore;
    let p = 0,
      q = 0;
    if (lo === lo && hi === hi) {
      p = lowerBound(sortedScore, lo);
      q = Math.max(p, upperBound(sortedScore, hi));
    }
    let k1 = 0;
    while (k1 <= SCORE_BINS && binStart[k1] < p) k1++;
    let k2 = SCORE_BINS;
    while (k2 >= 0 && binStart[k2] > q) k2--;
    if (k1 <= k2) {
      const a = k2 * words,
        b = k1 * words;
      for (let w = 0; w < words; w++) bits[w] = checkpoints[a + w] ^ checkpoints[b + w];
      Object.assign(sc, { k1, k2, pa: p, pb: binStart[k1], qa: binStart[k2], qb: q });
    } else {
      bits.fill(0);
      Object.assign(sc, { k1: 0, k2: 0, pa: p, pb: q, qa: 0, qb: 0 });
    }
    scatter(bits, byScore, sc.pa, sc.pb);
    scatter(bits, byScore, sc.qa, sc.qb);
    this.activate(this.layout.score, q - p);
  }

  private textBits(text: Uint8Array): void {
    const n = this.rows,
      bits = this.P[this.layout.text];
    if (text.length < n) throw new RangeError('filter engine: text mask is shorter than the rows');
    let size = 0,
      w = 0;
    if ((text.byteOffset & 3) === 0 && LITTLE_ENDIAN) {
      const full = n >> 5;
      size = packBytes(new Uint32Array(text.buffer, text.byteOffset, full << 3), bits, full);
      w = full;
    }
    for (; w < bits.length; w++) {
      const base = w << 5,
        lim = Math.min(32, n - base);
      let x = 0;
      for (let j = 0; j < lim; j++) if (text[base + j] !== 0) x |= 1 << j;
      bits[w] = x;
      if (x !== 0) size += popcnt(x);
    }
    this.activate(this.layout.text, size);
  }
}
