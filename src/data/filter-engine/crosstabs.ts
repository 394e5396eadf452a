/**
 * Every single dimension's crosstab, and the histogram of all rows, from one pass over the rows.
 *
 * A crosstab (layout.ts, Table) holds per value v of its dimension d the marginal-space histogram of
 * the rows with value v: for every dimension e the counts of (d = v, e = u), per flag bit the rows
 * with v and that bit, and their hazard sums. Built one pass per dimension (buildTable), that is a
 * dozen scattered increments per row and pass, a dozen passes. But every entry is a count of a pair
 * of dimensions, so one pass that counts the pairs is enough. It counts them in small joint
 * histograms that stay in cache:
 * - the composite visit column (level, sector, park type, inspection status, hazard code; 56,576
 *   codes): every pair of those five;
 * - per column dimension X (town, grid, park, score bin, change state: a visit column of its own), its
 *   joint with each half of the composite (a few hundred × |X| codes each): the pairs of X with the five;
 * - per two column dimensions, their joint (skipped when neither has a crosstab: over budget);
 * - per flag code (the whole bitmask), its joint with each half and each column dimension, spread to
 *   the flag bits afterwards;
 * - hazard sums per composite code and per value of each column dimension (rows with hazards only).
 * That is 28 increments per row, without a branch, then the crosstabs are filled from the joints in
 * time proportional to the joints' sizes rather than to the rows. The halves split the composite's
 * digits where their joints are smallest (layout.ts, Layout.lo); each dimension of the composite sits
 * in one of them (checked here).
 */
import { compositeMap, TABLE_MAX, type Index, type Table } from './layout.ts';

/** The crosstabs of one index: per categorical dimension (null over budget), the score bins', all rows'. */
export interface Crosstabs {
  cross: (Table | null)[];
  scoreCross: Table;
  global: Table;
}

/** The column dimensions in the order of the hot loop's columns 1, 2, 3, 5 and 6 (4 is flags). */
const COLS = [1, 2, 3, 5, 6] as const;
/** Their number: the joint of column dimensions k1 < k2 is pair k1 × K + k2. */
const K = COLS.length;

/** Joint histograms of one pass; see the module comment. */
interface Joints {
  /** Rows and hazard sums per composite code. */
  comp: Int32Array;
  compSums: Float64Array;
  /** Per flag bit and value of the composite's high and low halves (b × size + h). */
  hiFlag: Int32Array;
  loFlag: Int32Array;
  /** Per column dimension k: its code count, its joints with the composite's halves and the flags, its sums. */
  card: number[];
  hi: Int32Array[];
  lo: Int32Array[];
  flag: Int32Array[];
  sums: Float64Array[];
  /** Joint of column dimensions k1 < k2 at pair[k1 * K + k2] (null when not needed). */
  pair: (Int32Array | null)[];
}

function countJoints(ix: Index, needPair: (k1: number, k2: number) => boolean): Joints {
  // The composite code is hi × LO + lo (layout.ts, Layout.lo); NF flags.
  const { colLo, colHi } = ix,
    LO = ix.layout.lo,
    NF = ix.layout.card[ix.layout.flags];
  const sa = colHi[0],
    nHi = sa / LO,
    nFc = colHi[4] - colLo[4];
  const card = COLS.map((c) => colHi[c] - colLo[c]);
  // Flags are counted by their whole code (one increment per joint, however many bits a row has:
  // a loop over the set bits mispredicted about once a row) and spread to the bits afterwards. Only
  // the codes that occur are touched (a few hundred of 1,024 in practice).
  const fSizes = [nHi, LO, ...card].map((m) => nFc * m);
  // All counts in one buffer and all sums in another, each joint a view at its offset: the loops
  // then hold two arrays, not thirty (their pointers and bounds would not fit the registers).
  const sizes: number[] = [sa, ...card.map((m) => nHi * m), ...card.map((m) => LO * m), ...fSizes];
  const pairs = Array.from({ length: K * K }, (_, p) => {
    const k1 = Math.floor(p / K),
      k2 = p % K;
    return k1 < k2 && needPair(k1, k2) ? card[k1] * card[k2] : 0;
  });
  const off: number[] = [];
  let total = 0;
  for (const size of [...sizes, ...pairs]) {
    off.push(total);
    total += size;
  }
  // One spare slot last: a pair not needed is counted there (strides 0), so the loop has no branch.
  const J = new Int32Array(total + 1),
    S = new Float64Array((sa + card.reduce((x, y) => x + y, 0)) * 4);
  const view = (k: number) => J.subarray(off[k], off[k] + (k < sizes.length ? sizes[k] : pairs[k - sizes.length]));
  const sumOff = [sa * 4];
  for (const m of card) sumOff.push(sumOff[sumOff.length - 1] + m * 4);
  // Views: 0 the composite, then per column dimension its joint with the high half, with the low
  // half, then the flag codes' joints with the two halves and with each column dimension.
  const HI = 1,
    LOW = 1 + K,
    FLAG = 1 + 2 * K;
  countRows(ix, J, card, off.slice(HI, HI + K), off.slice(LOW, LOW + K), off.slice(FLAG, FLAG + 2 + K), (k1, k2) => {
    const p = k1 * K + k2;
    return pairs[p] ? [off[sizes.length + p], card[k2], 1] : [total, 0, 0];
  });
  sumHazards(ix, S, sumOff);
  // Each flag code's joints, added to each of its bits (codes no row has are all zero: skipped).
  const fHi = view(FLAG),
    fLo = view(FLAG + 1),
    fCol = card.map((_, k) => view(FLAG + 2 + k));
  const spread = (joint: Int32Array, m: number): Int32Array => {
    const out = new Int32Array(NF * m);
    for (let f = 1; f < nFc; f++) {
      let any = 0;
      for (let x = 0; x < m; x++) any |= joint[f * m + x];
      if (any === 0) continue;
      for (let b = 0; b < NF; b++) if ((f >> b) & 1) for (let x = 0; x < m; x++) out[b * m + x] += joint[f * m + x];
    }
    return out;
  };
  return {
    comp: view(0),
    compSums: S.subarray(0, sa * 4),
    hiFlag: spread(fHi, nHi),
    loFlag: spread(fLo, LO),
    card,
    hi: card.map((_, k) => view(HI + k)),
    lo: card.map((_, k) => view(LOW + k)),
    flag: card.map((m, k) => spread(fCol[k], m)),
    sums: card.map((m, k) => S.subarray(sumOff[k], sumOff[k] + m * 4)),
    pair: pairs.map((size, p) => (size ? view(sizes.length + p) : null)),
  };
}

/**
 * Rows per composite code, per half of it and column code, per two column codes, and per flag code
 * and half or column code.
 */
function countRows(
  ix: Index,
  J: Int32Array,
  card: number[],
  hiOff: number[],
  loOff: number[],
  fOff: number[],
  pairAt: (k1: number, k2: number) => number[],
): void {
  const { c0, c1, c2, c3, c4, c5, c6 } = ix.rows,
    { colLo, n } = ix,
    LO = ix.layout.lo;
  const o1 = colLo[1],
    o2 = colLo[2],
    o3 = colLo[3],
    o4 = colLo[4],
    o5 = colLo[5],
    o6 = colLo[6];
  const [n1, n2, n3, n5, n6] = card,
    nHi = ix.colHi[0] / LO;
  const [h1, h2, h3, h5, h6] = hiOff,
    [l1, l2, l3, l5, l6] = loOff,
    [fh, fl, f1, f2, f3, f5, f6] = fOff;
  const [p12, t12, u12] = pairAt(0, 1),
    [p13, t13, u13] = pairAt(0, 2),
    [p15, t15, u15] = pairAt(0, 3),
    [p16, t16, u16] = pairAt(0, 4);
  const [p23, t23, u23] = pairAt(1, 2),
    [p25, t25, u25] = pairAt(1, 3),
    [p26, t26, u26] = pairAt(1, 4);
  const [p35, t35, u35] = pairAt(2, 3),
    [p36, t36, u36] = pairAt(2, 4),
    [p56, t56, u56] = pairAt(3, 4);
  for (let i = 0; i < n; i++) {
    const a = c0[i],
      h = (a / LO) | 0,
      l = a - h * LO;
    const x1 = c1[i] - o1,
      x2 = c2[i] - o2,
      x3 = c3[i] - o3,
      x5 = c5[i] - o5,
      x6 = c6[i] - o6,
      f = c4[i] - o4;
    J[a]++;
    J[h1 + h * n1 + x1]++;
    J[h2 + h * n2 + x2]++;
    J[h3 + h * n3 + x3]++;
    J[h5 + h * n5 + x5]++;
    J[h6 + h * n6 + x6]++;
    J[l1 + l * n1 + x1]++;
    J[l2 + l * n2 + x2]++;
    J[l3 + l * n3 + x3]++;
    J[l5 + l * n5 + x5]++;
    J[l6 + l * n6 + x6]++;
    J[p12 + x1 * t12 + x2 * u12]++;
    J[p13 + x1 * t13 + x3 * u13]++;
    J[p15 + x1 * t15 + x5 * u15]++;
    J[p16 + x1 * t16 + x6 * u16]++;
    J[p23 + x2 * t23 + x3 * u23]++;
    J[p25 + x2 * t25 + x5 * u25]++;
    J[p26 + x2 * t26 + x6 * u26]++;
    J[p35 + x3 * t35 + x5 * u35]++;
    J[p36 + x3 * t36 + x6 * u36]++;
    J[p56 + x5 * t56 + x6 * u56]++;
    J[fh + f * nHi + h]++;
    J[fl + f * LO + l]++;
    J[f1 + f * n1 + x1]++;
    J[f2 + f * n2 + x2]++;
    J[f3 + f * n3 + x3]++;
    J[f5 + f * n5 + x5]++;
    J[f6 + f * n6 + x6]++;
  }
}

/** Hazard sums per composite code and per code of each column dimension. */
function sumHazards(ix: Index, S: Float64Array, sumOff: number[]): void {
  const { c0, c1, c2, c3, c5, c6, open, major, overdue, listed } = ix.rows,
    { colLo, n } = ix;
  const o1 = colLo[1],
    o2 = colLo[2],
    o3 = colLo[3],
    o5 = colLo[5],
    o6 = colLo[6];
  const [s1, s2, s3, s5, s6] = sumOff;
  for (let i = 0; i < n; i++) {
    const a = c0[i];
    // The composite's low four bits are the hazard code: rows without hazards add nothing.
    if ((a & 15) === 0) continue;
    const v0 = open[i],
      v1 = major[i],
      v2 = overdue[i],
      v3 = listed[i];
    let z = a * 4;
    S[z] += v0;
    S[z + 1] += v1;
    S[z + 2] += v2;
    S[z + 3] += v3;
    z = s1 + (c1[i] - o1) * 4;
    S[z] += v0;
    S[z + 1] += v1;
    S[z + 2] += v2;
    S[z + 3] += v3;
    z = s2 + (c2[i] - o2) * 4;
    S[z] += v0;
    S[z + 1] += v1;
    S[z + 2] += v2;
    S[z + 3] += v3;
    z = s3 + (c3[i] - o3) * 4;
    S[z] += v0;
    S[z + 1] += v1;
    S[z + 2] += v2;
    S[z + 3] += v3;
    z = s5 + (c5[i] - o5) * 4;
    S[z] += v0;
    S[z + 1] += v1;
    S[z + 2] += v2;
    S[z + 3] += v3;
    z = s6 + (c6[i] - o6) * 4;
    S[z] += v0;
    S[z + 1] += v1;
    S[z + 2] += v2;
    S[z + 3] += v3;
  }
}

/** One half of the composite code (hi or lo) and what the joints say per value of it. */
interface Half {
  size: number;
  /** Composite code of the half's value h (the other half 0), and h of composite code a. */
  of: (a: number) => number;
  /** Rows, rows per flag bit (b × size + h), hazard sums (h × 4 + c) per value of the half. */
  rows: Float64Array;
  flags: Int32Array;
  sums: Float64Array;
  /** Its joint with each column dimension k (h × card + x). */
  cols: Int32Array[];
}

function halves(j: Joints, sa: number, LO: number): [Half, Half] {
  const nHi = sa / LO;
  const make = (size: number, of: (a: number) => number, cols: Int32Array[], flags: Int32Array): Half => ({
    size,
    of,
    rows: new Float64Array(size),
    flags,
    sums: new Float64Array(size * 4),
    cols,
  });
  const hi = make(nHi, (a) => (a / LO) | 0, j.hi, j.hiFlag),
    lo = make(LO, (a) => a % LO, j.lo, j.loFlag);
  for (let a = 0; a < sa; a++) {
    for (const half of [hi, lo]) {
      const h = half.of(a);
      half.rows[h] += j.comp[a];
      for (let c = 0; c < 4; c++) half.sums[h * 4 + c] += j.compSums[a * 4 + c];
    }
  }
  return [hi, lo];
}

export function buildCrosstabs(ix: Index): Crosstabs {
  const { ms, mOff, mLen, layout } = ix,
    { score: D_SCORE, lo: LO } = layout;
  const sa = ix.colHi[0],
    NF = layout.card[layout.flags],
    mFlags = mOff[layout.flags];
  // The dimensions with a code per row: the categorical ones, then the score bins.
  const CODED = [...Array.from({ length: layout.catEnd }, (_, d) => d), D_SCORE];
  const within = (d: number) => d !== D_SCORE && mLen[d] * ms <= TABLE_MAX;
  const dimOfK = COLS.map((c) => layout.dimOfCol[c]);
  const j = countJoints(
    ix,
    (k1, k2) => within(dimOfK[k1]) || within(dimOfK[k2]) || dimOfK[k1] === D_SCORE || dimOfK[k2] === D_SCORE,
  );
  const [hi, lo] = halves(j, sa, LO);
  // Each dimension of the composite lives in one half: its code per value of that half.
  const comp: { d: number; half: Half; code: Int32Array }[] = [];
  for (const d of CODED) {
    if (layout.col[d] !== 0) continue;
    const map = compositeMap(ix, d);
    let inHi = true,
      inLo = true;
    for (let a = 0; a < sa; a++) {
      if (map[a] !== map[a - (a % LO)]) inHi = false;
      if (map[a] !== map[a % LO]) inLo = false;
    }
    if (inHi === inLo) throw new Error(`filter engine: dimension ${d} is not in one half of the composite column`);
    const half = inHi ? hi : lo;
    comp.push({ d, half, code: Int32Array.from({ length: half.size }, (_, h) => map[inHi ? h * LO : h] - mOff[d]) });
  }
  /** Rows of each value of column dimension k: its joint with the composite's low half, summed. */
  const colCounts = COLS.map((_, k) => {
    const m = j.card[k],
      out = new Float64Array(m),
      joint = j.lo[k];
    for (let l = 0; l < LO; l++) for (let x = 0; x < m; x++) out[x] += joint[l * m + x];
    return out;
  });
  const table = (keys: number): Table => ({
    keys,
    t: new Int32Array(keys * ms),
    sums: new Float64Array(keys * 4),
    count: new Int32Array(keys),
  });

  /** The crosstab of a dimension of the composite (or, with every code 0, of all rows as one key). */
  const fromComposite = (keys: number, half: Half, code: Int32Array): Table => {
    const tab = table(keys),
      { t, sums, count } = tab;
    for (let h = 0; h < half.size; h++) {
      const v = code[h],
        b = v * ms;
      count[v] += half.rows[h];
      for (let f = 0; f < NF; f++) t[b + mFlags + f] += half.flags[f * half.size + h];
      for (let c = 0; c < 4; c++) sums[v * 4 + c] += half.sums[h * 4 + c];
      for (const e of comp) if (e.half === half) t[b + mOff[e.d] + e.code[h]] += half.rows[h];
      for (let k = 0; k < COLS.length; k++) {
        const m = j.card[k],
          joint = half.cols[k],
          o = b + mOff[dimOfK[k]];
        for (let x = 0; x < m; x++) t[o + x] += joint[h * m + x];
      }
    }
    // Dimensions of the other half: from the composite's own histogram.
    for (const e of comp) {
      if (e.half === half) continue;
      for (let a = 0; a < sa; a++)
        if (j.comp[a] !== 0) t[code[half.of(a)] * ms + mOff[e.d] + e.code[e.half.of(a)]] += j.comp[a];
    }
    return tab;
  };

  /** The crosstab of column dimension k. */
  const fromColumn = (k: number): Table => {
    const m = j.card[k],
      tab = table(m),
      { t, sums, count } = tab;
    for (const e of comp) {
      const { half, code } = e,
        joint = half.cols[k];
      for (let h = 0; h < half.size; h++) {
        const slot = mOff[e.d] + code[h];
        for (let x = 0; x < m; x++) t[x * ms + slot] += joint[h * m + x];
      }
    }
    for (let k2 = 0; k2 < COLS.length; k2++) {
      const o = mOff[dimOfK[k2]],
        m2 = j.card[k2];
      if (k2 === k) {
        for (let x = 0; x < m; x++) t[x * ms + o + x] = colCounts[k][x];
        continue;
      }
      const p = j.pair[Math.min(k, k2) * K + Math.max(k, k2)] as Int32Array;
      for (let x = 0; x < m; x++)
        for (let u = 0; u < m2; u++) t[x * ms + o + u] = k < k2 ? p[x * m2 + u] : p[u * m + x];
    }
    for (let x = 0; x < m; x++) {
      count[x] = colCounts[k][x];
      for (let f = 0; f < NF; f++) t[x * ms + mFlags + f] = j.flag[k][f * m + x];
      for (let c = 0; c < 4; c++) sums[x * 4 + c] = j.sums[k][x * 4 + c];
    }
    return tab;
  };
  const of = (d: number): Table => {
    const e = comp.find((x) => x.d === d);
    return e ? fromComposite(mLen[d], e.half, e.code) : fromColumn(dimOfK.indexOf(d));
  };
  return {
    cross: CODED.filter((d) => d !== D_SCORE).map((d) => (within(d) ? of(d) : null)),
    scoreCross: of(D_SCORE),
    global: fromComposite(1, hi, new Int32Array(hi.size)),
  };
}
