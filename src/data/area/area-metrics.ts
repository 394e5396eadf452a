/**
 * Area risk for towns, grid cells and parks (issue #4): per area, the selected enterprises per level,
 * the share of red and orange, density per km², mean and maximum score, open / overdue / open-major
 * hazards, and the composite risk index (src/domain/area-risk-index.ts). Plain words: docs/area-risk.md.
 *
 * Why it is built this way (1,000,000 rows, target ≤ 20 ms for all three kinds after a filter change):
 * - Area membership comes from the town/grid/park index columns computed once at build time by the
 *   spatial join, never from point-in-polygon at filter time. A park that straddles two grid cells is
 *   therefore no problem: each enterprise carries its own grid index and its own park index, so the park
 *   counts all its enterprises and each cell counts the ones on its side.
 * - Rows are grouped once per dataset into "combos": the distinct (town, grid, park) triples that occur.
 *   Grid cells nest in towns and a park touches few cells, so a real district has a few hundred (275 in
 *   the 1M benchmark bundle; ~16,000 in the deliberately scattered random-columns data). The per-filter
 *   pass then updates ONE small accumulator set per selected row (combo·4 + level for the count; combo
 *   for score sum and max and the hazard sums) instead of one per kind, and the three kinds are rolled up
 *   from the combos afterwards: a third of the writes per row, and the accumulators stay in L1/L2
 *   cache. Measured side by side on the random data (the worst case for it), this was 20-35% faster
 *   than updating a town, a grid and a park accumulator set per row; ~10-13 ms per 1M rows either data.
 * - Typed arrays only, no per-row allocation; the accumulators are scratch buffers kept with the combo
 *   table and reused across calls (single-threaded JS: one call finishes before the next starts).
 * The combo table (2 bytes per row) is cached per columns object and rebuilt when the town, grid or park
 * arrays are replaced or resized; mutating those arrays in place is not detected (they come from the
 * bundle and never change). Level, score and hazard columns are read fresh on every call, so a
 * re-scored dataset is picked up at once.
 *
 * Empty areas (no selected enterprise): counts and sums are 0, density 0, and every ratio, mean or max
 * (redOrangeShare, meanScore, maxScore, riskIndex) is NaN, meaning "no data", not "no risk". Rows whose
 * index is -1 (outside every area of a kind), or beyond the given areas, count for no area of that kind.
 *
 * Pure TypeScript: no React, DOM or map imports.
 */
import type { EnterpriseColumns } from '../columns.ts';
import { AREA_RISK_DEFAULTS, areaRiskIndex, type AreaRiskParams } from '../../domain/area-risk-index.ts';
import type { Text } from '../../domain/text.ts';

/** The three kinds of area. */
export type AreaKind = 'town' | 'grid' | 'park';

/** Every metric of every area of one kind, over the selected enterprises. Arrays are indexed by area. */
export interface AreaMetrics {
  kind: AreaKind;
  /** Number of areas of this kind. */
  count: number;
  /** Selected enterprises in the area. */
  enterprises: Uint32Array;
  /** count·4 entries: selected enterprises per level, at [area·4 + level] (level 0 = major/red .. 3 = low/blue). */
  byLevel: Uint32Array;
  /** (major + significant) / enterprises, 0..1; NaN when the area has none. */
  redOrangeShare: Float32Array;
  /** Enterprises per km²; 0 when the area's km² is 0 or unknown. */
  density: Float32Array;
  /** Mean of the (non-NaN) scores, 0-100; NaN when empty. */
  meanScore: Float32Array;
  /** Maximum score, 0-100; NaN when empty. */
  maxScore: Float32Array;
  /** Sum of hazardsOpen. */
  openHazards: Uint32Array;
  /** Sum of hazardsOverdue. */
  overdueHazards: Uint32Array;
  /** Sum of hazardsOpenMajor. */
  openMajorHazards: Uint32Array;
  /** Composite 0-100 (src/domain/area-risk-index.ts); NaN when the area has no selected enterprise. */
  riskIndex: Float32Array;
}

/** Metrics a choropleth or ranking can show. */
export type AreaMetricKey =
  | 'riskIndex'
  | 'enterprises'
  | 'redOrangeShare'
  | 'density'
  | 'meanScore'
  | 'maxScore'
  | 'openHazards'
  | 'overdueHazards';

/**
 * Labels, units and display format per metric, in menu order. `pct` values are fractions 0..1 (show
 * ×100 with a % sign); `dec1` one decimal; `int` whole numbers.
 */
export const AREA_METRICS: readonly (Text & {
  key: AreaMetricKey;
  unitZh: string;
  unitEn: string;
  format: 'int' | 'pct' | 'dec1';
})[] = [
  { key: 'riskIndex', zh: '区域风险指数', en: 'Area risk index', unitZh: '(0-100)', unitEn: '(0-100)', format: 'dec1' },
  { key: 'enterprises', zh: '企业数', en: 'Enterprises', unitZh: '家', unitEn: 'enterprises', format: 'int' },
  { key: 'redOrangeShare', zh: '红橙占比', en: 'Red + orange share', unitZh: '%', unitEn: '%', format: 'pct' },
  { key: 'density', zh: '企业密度', en: 'Density', unitZh: '家/km²', unitEn: 'per km²', format: 'dec1' },
  { key: 'meanScore', zh: '平均风险分', en: 'Mean score', unitZh: '分', unitEn: 'points', format: 'dec1' },
  { key: 'maxScore', zh: '最高风险分', en: 'Maximum score', unitZh: '分', unitEn: 'points', format: 'dec1' },
  { key: 'openHazards', zh: '未整改隐患', en: 'Open hazards', unitZh: '项', unitEn: 'hazards', format: 'int' },
  { key: 'overdueHazards', zh: '逾期隐患', en: 'Overdue hazards', unitZh: '项', unitEn: 'hazards', format: 'int' },
];

/** Per-dataset grouping of rows into distinct (town, grid, park) combos; see the module comment. */
interface ComboTable {
  /** The columns it was built from, to notice when they are replaced. */
  town: Int16Array;
  grid: Int16Array;
  park: Int16Array;
  length: number;
  /** Combo id per row. */
  rowCombo: Uint16Array | Uint32Array;
  /** Per combo: its town, grid and park index (-1 = none). */
  comboTown: Int16Array;
  comboGrid: Int16Array;
  comboPark: Int16Array;
  /** Scratch accumulators, reused by every call: enterprises per combo·4 + level ... */
  cnt: Uint32Array;
  /** ... and per combo: score sum, NaN scores (counted as enterprises, left out of mean and max), max score, hazard sums. */
  scoreSum: Float64Array;
  nanCnt: Uint32Array;
  scoreMax: Float32Array;
  open: Uint32Array;
  overdue: Uint32Array;
  openMajor: Uint32Array;
}

/**
 * Keyed by the town column: the combos depend on the area columns only, which a rescore keeps (it
 * makes new columns objects with new scores and levels, and the same area arrays).
 */
const comboCache = new WeakMap<Int16Array, ComboTable>();

/** Largest dense (town, grid, park) lookup table worth allocating to build the combos (16 MB). */
const DENSE_LIMIT = 1 << 22;

/**
 * The combo table of these columns, built on first use: a few ms per million rows through a dense
 * lookup table when the index ranges allow it (they always do for a district), else a Map.
 */
function comboTable(c: EnterpriseColumns): ComboTable {
  const cached = comboCache.get(c.town);
  if (cached && cached.grid === c.grid && cached.park === c.park && cached.length === c.length) return cached;

  const n = c.length,
    town = c.town,
    grid = c.grid,
    park = c.park;
  let tMax = -1,
    gMax = -1,
    pMax = -1;
  for (let i = 0; i < n; i++) {
    if (town[i] > tMax) tMax = town[i];
    if (grid[i] > gMax) gMax = grid[i];
    if (park[i] > pMax) pMax = park[i];
  }
  // Sizes including "none"; any index below -1 is read as none.
  const T = tMax + 2,
    G = gMax + 2;
  const size = T * G * (pMax + 2);
  const dense = size <= DENSE_LIMIT ? new Int32Array(size).fill(-1) : null;
  const sparse = dense ? null : new Map<number, number>();
  const rowCombo32 = new Uint32Array(n);
  const tl: number[] = [],
    gl: number[] = [],
    pl: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = town[i] < -1 ? -1 : town[i],
      g = grid[i] < -1 ? -1 : grid[i],
      p = park[i] < -1 ? -1 : park[i];
    const key = t + 1 + T * (g + 1 + G * (p + 1));
    let id = dense ? dense[key] : (sparse!.get(key) ?? -1);
    if (id < 0) {
      id = tl.length;
      if (dense) dense[key] = id;
      else sparse!.set(key, id);
      tl.push(t);
      gl.push(g);
      pl.push(p);
    }
    rowCombo32[i] = id;
  }
  const combos = tl.length;
  // Half the memory traffic in the hot loop when combos fit in 16 bits (always, in practice).
  const rowCombo = combos <= 0x10000 ? Uint16Array.from(rowCombo32) : rowCombo32;
  const table: ComboTable = {
    town,
    grid,
    park,
    length: n,
    rowCombo,
    comboTown: Int16Array.from(tl),
    comboGrid: Int16Array.from(gl),
    comboPark: Int16Array.from(pl),
    cnt: new Uint32Array(combos * 4),
    scoreSum: new Float64Array(combos),
    nanCnt: new Uint32Array(combos),
    scoreMax: new Float32Array(combos),
    open: new Uint32Array(combos),
    overdue: new Uint32Array(combos),
    openMajor: new Uint32Array(combos),
  };
  comboCache.set(c.town, table);
  return table;
}

/**
 * The hot loop: one pass over the rows, one accumulator set per selected row (its combo). Hazard sums
 * are skipped for rows without any (about three in four), which saves three read-modify-writes for the
 * price of one mostly well-predicted branch. Two copies of the loop so the unfiltered case pays no mask
 * read.
 */
function accumulate(c: EnterpriseColumns, mask: Uint8Array | null, t: ComboTable): void {
  const { rowCombo, cnt, scoreSum, nanCnt, scoreMax, open, overdue, openMajor } = t;
  cnt.fill(0);
  scoreSum.fill(0);
  nanCnt.fill(0);
  scoreMax.fill(-Infinity);
  open.fill(0);
  overdue.fill(0);
  openMajor.fill(0);
  const level = c.level,
    score = c.score,
    hOpen = c.hazardsOpen,
    hOver = c.hazardsOverdue,
    hMajor = c.hazardsOpenMajor;
  const n = t.length;
  if (mask === null) {
    for (let i = 0; i < n; i++) {
      const co = rowCombo[i],
        s = score[i];
      cnt[(co << 2) | (level[i] & 3)]++;
      if (s === s) {
        scoreSum[co] += s;
        if (s > scoreMax[co]) scoreMax[co] = s;
      } else nanCnt[co]++;
      const o = hOpen[i],
        v = hOver[i],
        j = hMajor[i];
      if ((o | v | j) !== 0) {
        open[co] += o;
        overdue[co] += v;
        openMajor[co] += j;
      }
    }
  } else {
    for (let i = 0; i < n; i++) {
      if (mask[i] === 0) continue;
      const co = rowCombo[i],
        s = score[i];
      cnt[(co << 2) | (level[i] & 3)]++;
      if (s === s) {
        scoreSum[co] += s;
        if (s > scoreMax[co]) scoreMax[co] = s;
      } else nanCnt[co]++;
      const o = hOpen[i],
        v = hOver[i],
        j = hMajor[i];
      if ((o | v | j) !== 0) {
        open[co] += o;
        overdue[co] += v;
        openMajor[co] += j;
      }
    }
  }
}

/** Roll the combos up into one kind's areas, then derive the ratios and the index (work ∝ combos + areas). */
function rollUp(
  t: ComboTable,
  kind: AreaKind,
  areaKm2: ArrayLike<number>,
  params: Readonly<AreaRiskParams>,
): AreaMetrics {
  const count = areaKm2.length;
  const enterprises = new Uint32Array(count),
    byLevel = new Uint32Array(count * 4);
  const openHazards = new Uint32Array(count),
    overdueHazards = new Uint32Array(count),
    openMajorHazards = new Uint32Array(count);
  const scored = new Float64Array(count),
    sum = new Float64Array(count),
    max = new Float32Array(count).fill(-Infinity);
  const areaOf = kind === 'town' ? t.comboTown : kind === 'grid' ? t.comboGrid : t.comboPark;
  const { cnt } = t;
  for (let co = 0; co < areaOf.length; co++) {
    const a = areaOf[co];
    // -1 (none) and indices beyond the given areas count for no area.
    if (a < 0 || a >= count) continue;
    const k = co << 2;
    const n = cnt[k] + cnt[k + 1] + cnt[k + 2] + cnt[k + 3];
    if (n === 0) continue;
    enterprises[a] += n;
    for (let l = 0; l < 4; l++) byLevel[a * 4 + l] += cnt[k + l];
    scored[a] += n - t.nanCnt[co];
    sum[a] += t.scoreSum[co];
    if (t.scoreMax[co] > max[a]) max[a] = t.scoreMax[co];
    openHazards[a] += t.open[co];
    overdueHazards[a] += t.overdue[co];
    openMajorHazards[a] += t.openMajor[co];
  }

  const redOrangeShare = new Float32Array(count),
    density = new Float32Array(count);
  const meanScore = new Float32Array(count),
    maxScore = new Float32Array(count),
    riskIndex = new Float32Array(count);
  const levels = new Uint32Array(4);
  for (let a = 0; a < count; a++) {
    const n = enterprises[a],
      km2 = Number(areaKm2[a]);
    density[a] = n > 0 && km2 > 0 && Number.isFinite(km2) ? n / km2 : 0;
    if (n === 0) {
      redOrangeShare[a] = NaN;
      meanScore[a] = NaN;
      maxScore[a] = NaN;
      riskIndex[a] = NaN;
      continue;
    }
    const b = a * 4;
    redOrangeShare[a] = (byLevel[b] + byLevel[b + 1]) / n;
    meanScore[a] = scored[a] > 0 ? sum[a] / scored[a] : NaN;
    maxScore[a] = scored[a] > 0 ? max[a] : NaN;
    levels.set(byLevel.subarray(b, b + 4));
    riskIndex[a] = areaRiskIndex(
      { byLevel: levels, areaKm2: km2, openMajorHazards: openMajorHazards[a], overdueHazards: overdueHazards[a] },
      params,
    );
  }
  return {
    kind,
    count,
    enterprises,
    byLevel,
    redOrangeShare,
    density,
    meanScore,
    maxScore,
    openHazards,
    overdueHazards,
    openMajorHazards,
    riskIndex,
  };
}

/**
 * Every metric of every area of one kind over the rows with mask[i] = 1 (every row when mask is null).
 * `areaKm2` gives the number of areas (its length) and their sizes. Shares the one-pass kernel with
 * {@link computeAllAreaMetrics}: when several kinds are needed, call that instead.
 */
export function computeAreaMetrics(
  columns: EnterpriseColumns,
  mask: Uint8Array | null,
  kind: AreaKind,
  areaKm2: ArrayLike<number>,
  params: Readonly<AreaRiskParams> = AREA_RISK_DEFAULTS,
): AreaMetrics {
  const t = comboTable(columns);
  accumulate(columns, mask, t);
  return rollUp(t, kind, areaKm2, params);
}

/** The metrics of towns, grid cells and parks together. */
export interface AllAreaMetrics {
  town: AreaMetrics;
  grid: AreaMetrics;
  park: AreaMetrics;
}

/**
 * Every metric of every town, grid cell and park over the rows with mask[i] = 1 (every row when mask is
 * null), in one pass over the rows. `areas` is the dataset manifest (or anything with the three lists).
 */
export function computeAllAreaMetrics(
  columns: EnterpriseColumns,
  mask: Uint8Array | null,
  areas: { towns: { areaKm2: number }[]; grids: { areaKm2: number }[]; parks: { areaKm2: number }[] },
  params: Readonly<AreaRiskParams> = AREA_RISK_DEFAULTS,
): AllAreaMetrics {
  const km2 = (list: { areaKm2: number }[]) => Float64Array.from(list, (x) => x.areaKm2);
  const t = comboTable(columns);
  accumulate(columns, mask, t);
  return {
    town: rollUp(t, 'town', km2(areas.towns), params),
    grid: rollUp(t, 'grid', km2(areas.grids), params),
    park: rollUp(t, 'park', km2(areas.parks), params),
  };
}

type AreaLists = Parameters<typeof computeAllAreaMetrics>[2];
const unfilteredCache = new WeakMap<EnterpriseColumns, { areas: AreaLists; metrics: AllAreaMetrics }>();

/**
 * The metrics of every area with no row filtered out, computed once per scoring and area lists: the
 * district's own picture, which the choropleth's class breaks read and every "show all" returns to.
 */
export function unfilteredAreaMetrics(columns: EnterpriseColumns, areas: AreaLists): AllAreaMetrics {
  const hit = unfilteredCache.get(columns);
  if (hit && hit.areas === areas) return hit.metrics;
  const metrics = computeAllAreaMetrics(columns, null, areas);
  unfilteredCache.set(columns, { areas, metrics });
  return metrics;
}

/** The value of one metric for one area (NaN where the metric is undefined, see {@link AreaMetrics}). */
export function metricValue(m: AreaMetrics, key: AreaMetricKey, area: number): number {
  return m[key][area];
}

/**
 * Areas ranked by a metric, highest first, ties by index; empty areas last. Among non-empty areas a
 * NaN value (e.g. a mean score when every score is missing) sorts after every number. `top` keeps the
 * first `top` areas (all when omitted).
 */
export function rankAreas(m: AreaMetrics, key: AreaMetricKey, top?: number): number[] {
  const values = m[key];
  const idx = Array.from({ length: m.count }, (_, i) => i);
  // Sort key groups: 0 = non-empty with a number, 1 = non-empty with NaN, 2 = empty.
  const group = (a: number) => (m.enterprises[a] === 0 ? 2 : values[a] === values[a] ? 0 : 1);
  idx.sort((a, b) => {
    const ga = group(a),
      gb = group(b);
    if (ga !== gb) return ga - gb;
    if (ga === 0 && values[a] !== values[b]) return values[b] - values[a];
    return a - b;
  });
  return top === undefined ? idx : idx.slice(0, Math.max(0, top));
}
