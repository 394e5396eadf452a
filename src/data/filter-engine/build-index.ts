/**
 * Index building, once per dataset: visit columns (each row's slots in the flat visit histogram),
 * marginal-space layout and the crosstabs (crosstabs.ts), all laid out from the dimension table
 * (layout.ts).
 *
 * The parts fall in two groups: those that depend on the scored columns, score, level, inspection
 * status and change state (the composite visit column, which holds the level and the inspection
 * status, the score-bin column, the change-state column, every crosstab and count) and those that do
 * not. Per-value bitsets and lists, the flag bitsets and the score order are built on first use
 * (lazy-parts.ts). A what-if rescore, a supervision edit or a comparison changes only the first group:
 * {@link buildScoredParts} builds just that, and {@link withScoredParts} puts it beside the other
 * group of an existing index.
 */
import type { EnterpriseColumns } from '../columns.ts';
import { FILTER_DIMENSIONS, SCORE_BIN_WIDTH, SCORE_BINS, type DimensionSpec } from '../filter-dimensions.ts';
import type { FilterDims } from './api.ts';
import { buildCrosstabs } from './crosstabs.ts';
import { layoutOf, VISIT_COLUMNS, type Index, type Layout, type RowData } from './layout.ts';

/**
 * The columns a what-if rescore, a supervision edit or a comparison changes (the inspection status
 * follows the level and the settings; the change state comes with a comparison): the index's parts
 * built from them are the scored parts.
 */
const SCORED_COLUMNS: readonly string[] = ['score', 'level', 'inspectionState', 'changeState'];

/** The parts of an index that depend on the scored columns (see the module comment). */
export interface ScoredParts {
  /** The composite visit column (it holds the level), the score-bin and the change-state visit columns. */
  c0: Uint16Array;
  c5: Uint16Array;
  c6: Uint16Array;
  /** Per categorical dimension its crosstab, then the score bins' and every row's. */
  cross: Index['cat'][number]['cross'][];
  scoreCross: Index['scoreCross'];
  global: Index['global'];
}

/**
 * A row's values of a list dimension, as its column holds them. A column computed in the app (the
 * inspection status, the change state) may not be there yet: every row then has code 0.
 */
const columnOf = (c: EnterpriseColumns, name: string) =>
  (c[name as keyof EnterpriseColumns] as ArrayLike<number> | undefined) ?? new Uint8Array(c.length);

/** The codes each check allows: a list's values (from -1 when it has "none"), or every flag combination. */
function codeChecks(c: EnterpriseColumns, l: Layout): [string, ArrayLike<number>, number, number][] {
  const checks: [string, ArrayLike<number>, number, number][] = [];
  for (let d = 0; d < l.catEnd; d++) {
    const name = l.columns[d];
    if (name !== null)
      checks.push([l.ids[d], columnOf(c, name), l.none[d] ? -1 : 0, l.none[d] ? l.card[d] - 1 : l.card[d]]);
  }
  checks.push([l.ids[l.flags], c.flags, 0, 1 << l.card[l.flags]]);
  return checks;
}

/** Names the first code out of range (the fast checks in visitColumns only say that one is). */
function badCode(c: EnterpriseColumns, l: Layout): RangeError {
  const checks = codeChecks(c, l);
  for (let i = 0; i < c.length; i++) {
    for (const [name, col, lo, hi] of checks) {
      const v = col[i];
      if (!(v >= lo && v < hi))
        return new RangeError(`filter engine: row ${i} has ${name} ${v}, expected ${lo}..${hi - 1}`);
    }
  }
  return new RangeError('filter engine: a code is out of range');
}

/** The layout (slot ranges, marginal space, composite maps) and the seven visit columns. */
function indexBase(c: EnterpriseColumns, dims: FilterDims, table: readonly DimensionSpec[]): Index {
  const layout = layoutOf(table, dims),
    { card, digits, place, dimOfCol, flags, text } = layout;
  const n = c.length,
    words = (n + 31) >>> 5;
  const sa = place[0] * card[digits[0]];
  // Column 0 is the composite, 4 every combination of the flags, the others one slot per code.
  const sizes = VISIT_COLUMNS.map((col) => (col === 0 ? sa : col === 4 ? 1 << card[flags] : card[dimOfCol[col]]));
  const nc = VISIT_COLUMNS.length,
    colLo = new Int32Array(nc),
    colHi = new Int32Array(nc);
  for (let col = 0; col < nc; col++) {
    colLo[col] = col === 0 ? 0 : colHi[col - 1];
    colHi[col] = colLo[col] + sizes[col];
  }
  const ns = colHi[nc - 1];
  // Slots are stored as Uint16 to keep the visit columns small.
  if (ns > 65536)
    throw new RangeError(
      `filter engine: ${dims.towns} towns + ${dims.grids} grid cells + ${dims.parks} parks is too many`,
    );
  // Each dimension's counts side by side, in the engine's dimension order (text has none).
  const mLen = Int32Array.from(card.slice(0, text));
  const mOff = new Int32Array(mLen.length);
  for (let d = 1; d < mLen.length; d++) mOff[d] = mOff[d - 1] + mLen[d - 1];
  const ms = mOff[mLen.length - 1] + mLen[mLen.length - 1];
  const comp: (Int32Array | null)[] = Array.from(mLen, () => null);
  digits.forEach((d, j) => {
    const map = new Int32Array(sa);
    for (let a = 0; a < sa; a++) map[a] = mOff[d] + (Math.floor(a / place[j]) % card[d]);
    comp[d] = map;
  });
  const cols = Array.from({ length: nc }, () => new Uint16Array(n));
  const rows: RowData = {
    c0: cols[0],
    c1: cols[1],
    c2: cols[2],
    c3: cols[3],
    c4: cols[4],
    c5: cols[5],
    c6: cols[6],
    open: c.hazardsOpen,
    major: c.hazardsOpenMajor,
    overdue: c.hazardsOverdue,
    listed: c.hazardsListed,
  };
  const allBits = new Int32Array(words).fill(-1);
  if (n & 31) allBits[words - 1] = (1 << (n & 31)) - 1;
  const empty = { keys: 0, t: new Int32Array(0), sums: new Float64Array(0), count: new Int32Array(0) };
  const ix: Index = {
    layout,
    n,
    words,
    rows,
    cols,
    colLo,
    colHi,
    ns,
    mOff,
    mLen,
    ms,
    comp,
    cat: [],
    lazy: { cats: Array.from({ length: layout.catEnd }, () => null), flagBits: null, scoreOrder: null },
    scoreCross: empty,
    global: empty,
    allBits,
  };
  visitColumns(ix, c);
  return ix;
}

/**
 * out[i] = out[i] × times + plus + the row's code in a list column (-1, "none", is its last code).
 * A composite digit is added with times = its code count, a column of its own with plus = its first
 * slot. Returns whether a value is outside the dimension.
 */
function addCodes(
  out: Uint16Array,
  times: number,
  plus: number,
  col: ArrayLike<number>,
  card: number,
  hasNone: boolean,
): boolean {
  const min = hasNone ? -1 : 0,
    max = hasNone ? card - 1 : card,
    none = card - 1;
  let bad = false;
  for (let i = 0; i < out.length; i++) {
    const v = col[i];
    bad ||= v < min || v >= max;
    out[i] = out[i] * times + plus + (v < 0 ? none : v);
  }
  return bad;
}

/** Each row's slot in every visit column; throws RangeError on a code outside the dimensions. */
function visitColumns(ix: Index, c: EnterpriseColumns): void {
  const { n, colLo, rows, layout: l } = ix;
  let bad = false;
  // The composite, one digit per pass (most significant first); the hazard code is the last.
  for (const d of l.digits) {
    const name = l.columns[d];
    if (name !== null) bad = addCodes(rows.c0, l.card[d], 0, columnOf(c, name), l.card[d], l.none[d]) || bad;
  }
  for (const col of [1, 2, 3, 6]) {
    const d = l.dimOfCol[col];
    bad = addCodes(ix.cols[col], 0, colLo[col], columnOf(c, l.columns[d] as string), l.card[d], l.none[d]) || bad;
  }
  const flagCodes = 1 << l.card[l.flags];
  // Every column in a local: the loop then does no property loads (it ran ~8x slower with them).
  const { flags, score, hazardsOpenMajor, hazardsOverdue, hazardsListed, hazardsOpen } = c;
  const { c0, c4, c5 } = rows;
  const lo4 = colLo[4],
    lo5 = colLo[5];
  for (let i = 0; i < n; i++) {
    const f = flags[i],
      s = score[i];
    bad ||= f >= flagCodes;
    const h =
      (hazardsOpenMajor[i] > 0 ? 1 : 0) |
      (hazardsOverdue[i] > 0 ? 2 : 0) |
      (hazardsListed[i] > 0 ? 4 : 0) |
      (hazardsOpen[i] > 0 ? 8 : 0);
    c0[i] = c0[i] * 16 + h;
    c4[i] = lo4 + f;
    c5[i] = lo5 + (s !== s ? SCORE_BINS : Math.min(SCORE_BINS - 1, Math.max(0, Math.floor(s / SCORE_BIN_WIDTH))));
  }
  if (bad) throw badCode(c, l);
}

/** The parts that depend on the scored columns, for an index whose visit columns are current. */
function scoredOf(ix: Index): ScoredParts {
  const { cross, scoreCross, global } = buildCrosstabs(ix);
  return { c0: ix.rows.c0, c5: ix.rows.c5, c6: ix.rows.c6, cross, scoreCross, global };
}

/** The index of these columns, laid out from a dimension table (the app's unless given). */
export function buildIndex(
  c: EnterpriseColumns,
  dims: FilterDims,
  table: readonly DimensionSpec[] = FILTER_DIMENSIONS,
): Index {
  const ix = indexBase(c, dims, table);
  return withScoredParts(ix, scoredOf(ix));
}

/**
 * The parts that depend on the scored columns, without the rest (what a rescore or a comparison changes):
 * most of a full index's work (the visit columns and the crosstabs), but only these parts to send.
 */
export function buildScoredParts(
  c: EnterpriseColumns,
  dims: FilterDims,
  table: readonly DimensionSpec[] = FILTER_DIMENSIONS,
): ScoredParts {
  return scoredOf(indexBase(c, dims, table));
}

/** An index made of `base`'s parts that do not depend on the scored columns, and `parts`. */
export function withScoredParts(base: Index, parts: ScoredParts): Index {
  const cols = base.cols.slice();
  cols[0] = parts.c0;
  cols[5] = parts.c5;
  cols[6] = parts.c6;
  const { global, mOff, mLen, layout } = { ...base, global: parts.global };
  const scored = (d: number) => SCORED_COLUMNS.includes(layout.columns[d] ?? '');
  return {
    ...base,
    cols,
    rows: { ...base.rows, c0: parts.c0, c5: parts.c5, c6: parts.c6 },
    cat: parts.cross.map((cross, d) => ({ card: mLen[d], count: global.t.slice(mOff[d], mOff[d] + mLen[d]), cross })),
    // A new holder: the values of a dimension read from the scores (the level) and the score order
    // are the new scores' (built when next needed), the others are the same rows as before.
    lazy: {
      cats: base.lazy.cats.map((v, d) => (scored(d) ? null : v)),
      flagBits: base.lazy.flagBits,
      scoreOrder: null,
    },
    scoreCross: parts.scoreCross,
    global: parts.global,
  };
}
