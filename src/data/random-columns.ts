/**
 * Seeded synthetic {@link EnterpriseColumns} for tests and benchmarks. Distributions are meant to look
 * like a real district (skewed sectors, most enterprises low risk, about 45% inside a park, grid cells
 * nested in towns, hazards concentrated on a minority) so that timings and collisions are realistic;
 * the values are not meant to be consistent with the risk model. Pure TypeScript, no imports beyond
 * the domain tables, so it runs in Node, workers and vitest alike.
 */
import type { EnterpriseColumns } from './columns.ts';
import { ENTERPRISE_COLUMNS } from './common/columns/enterprise-columns.ts';
import { allocateColumns, numericIn } from './common/columns/select.ts';
import { SECTORS } from '../domain/sectors.ts';
import { FLAGS } from '../domain/flags.ts';
import { PARK_TYPES } from '../domain/parks.ts';
import { changeCode } from '../domain/compare/change-codes.ts';

/** Options of {@link randomColumns}; every field has a district-like default. */
export interface RandomColumnsOptions {
  /** Number of rows. */
  n: number;
  /** PRNG seed: the same seed and options give the same columns. */
  seed?: number;
  /** Number of towns (default 16), grid cells (default 250) and parks (default 50). */
  towns?: number;
  grids?: number;
  parks?: number;
  /** Share of rows inside some park (default 0.45). */
  parkShare?: number;
  /** Share of rows outside every town (default 0.01) and outside every grid cell (default 0.02). */
  noTownShare?: number;
  noGridShare?: number;
  /**
   * Also a change state (`changeState`, as an open comparison gives it: src/domain/compare
   * change-codes.ts), every code with district-like shares; drawn from a generator of its own, so the
   * other columns are the same with or without it. Default false (no comparison open).
   */
  changeState?: boolean;
}

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG; good enough for synthetic data, and seedable. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Cumulative weights, so a draw is one linear scan over a short table. */
function cumulative(weights: readonly number[]): Float64Array {
  const c = new Float64Array(weights.length);
  let s = 0;
  weights.forEach((w, i) => {
    s += w;
    c[i] = s;
  });
  for (let i = 0; i < c.length; i++) c[i] /= s;
  return c;
}

function pick(cum: Float64Array, r: number): number {
  for (let i = 0; i < cum.length - 1; i++) if (r < cum[i]) return i;
  return cum.length - 1;
}

/** Relative sector frequencies by key: commerce, machinery and light industry dominate, mines are rare. */
const SECTOR_WEIGHT: Record<string, number> = {
  hazchem: 4,
  fireworks: 0.5,
  industry_trade: 6,
  metallurgy: 2,
  nonferrous: 1.5,
  building_materials: 3,
  machinery: 14,
  light_industry: 12,
  textile: 8,
  tobacco: 0.3,
  commerce: 20,
  construction: 6,
  road_transport: 5,
  fire_safety: 10,
  special_equipment: 3,
  urban_gas: 1,
  mining: 0.1,
};

/** Per-flag probability by key; small & micro is the common case in a district. */
const FLAG_P: Record<string, number> = {
  factory_in_factory: 0.06,
  leased: 0.25,
  hazchem_user: 0.1,
  three_in_one: 0.03,
  crowded_place: 0.08,
  dust_explosion: 0.04,
  ammonia_refrigeration: 0.01,
  confined_space: 0.12,
  molten_metal: 0.02,
  small_micro: 0.6,
};

/** Level shares, high to low risk (major, significant, general, low), and each level's score band. */
const LEVEL_W = [0.03, 0.1, 0.3, 0.57];
const LEVEL_BAND: readonly [number, number][] = [
  [85, 100],
  [70, 85],
  [50, 70],
  [0, 50],
];

/**
 * Build synthetic enterprise columns. Grid cells are split among towns in contiguous blocks and parks
 * are assigned to towns round-robin, so grid, town and park are correlated as in real data (but not
 * perfectly: a small share of rows is outside every town or cell).
 */
export function randomColumns(options: RandomColumnsOptions): EnterpriseColumns {
  const { n, seed = 1, towns = 16, grids = 250, parks = 50 } = options;
  const parkShare = options.parkShare ?? 0.45;
  const noTown = options.noTownShare ?? 0.01;
  const noGrid = options.noGridShare ?? 0.02;
  const rnd = mulberry32(seed);

  const sectorCum = cumulative(SECTORS.map((s) => SECTOR_WEIGHT[s.key] ?? 1));
  // Town sizes follow a rough 1/k law: a central sub-district and a long tail of rural towns.
  const townCum = cumulative(Array.from({ length: towns }, (_, k) => 1 / (k + 1.5)));
  const levelCum = cumulative(LEVEL_W);
  const scaleCum = cumulative([0.02, 0.08, 0.4, 0.5]);
  const flagP = FLAGS.map((f) => FLAG_P[f.key] ?? 0.05);
  const parkTown = Int16Array.from({ length: parks }, (_, p) => (towns > 0 ? p % towns : -1));
  const parkTypeOf = Int8Array.from({ length: parks }, () => Math.floor(rnd() * PARK_TYPES.length));
  const parksOfTown: number[][] = Array.from({ length: Math.max(towns, 1) }, () => []);
  for (let p = 0; p < parks; p++) if (parkTown[p] >= 0) parksOfTown[parkTown[p]].push(p);

  // Every column of the registry, each filled with its "none"; the loop below draws the ones it knows.
  const c = {
    length: n,
    ...allocateColumns(
      ENTERPRISE_COLUMNS,
      numericIn(ENTERPRISE_COLUMNS, 'enterprises.arrow').map(([k]) => k),
      n,
    ),
  } as EnterpriseColumns;

  for (let i = 0; i < n; i++) {
    const town = towns > 0 && rnd() >= noTown ? pick(townCum, rnd()) : -1;
    c.town[i] = town;
    c.lon[i] = 120 + (town + 1) * 0.01 + rnd() * 0.01;
    c.lat[i] = 30 + rnd() * 0.2;
    c.sector[i] = pick(sectorCum, rnd());

    // Grid cells: town t owns the block [t*g/T, (t+1)*g/T); rows outside towns get any cell.
    let grid = -1;
    if (grids > 0 && rnd() >= noGrid) {
      if (town >= 0) {
        const lo = Math.floor((town * grids) / towns);
        const hi = Math.max(lo + 1, Math.floor(((town + 1) * grids) / towns));
        grid = Math.min(grids - 1, lo + Math.floor(rnd() * (hi - lo)));
      } else grid = Math.floor(rnd() * grids);
    }
    c.grid[i] = grid;

    let park = -1;
    if (parks > 0 && rnd() < parkShare) {
      const own = town >= 0 ? parksOfTown[town] : [];
      park = own.length > 0 && rnd() < 0.9 ? own[Math.floor(rnd() * own.length)] : Math.floor(rnd() * parks);
    }
    c.park[i] = park;
    c.parkType[i] = park >= 0 ? parkTypeOf[park] : -1;

    const scale = 1 + pick(scaleCum, rnd());
    c.scale[i] = scale;
    c.employees[i] = Math.round([2000, 300, 50, 8][scale - 1] * (0.2 + rnd() * 1.6));
    let flags = 0;
    for (let b = 0; b < flagP.length; b++) if (rnd() < flagP[b]) flags |= 1 << b;
    c.flags[i] = flags;
    c.stdGrade[i] = Math.floor(rnd() * 4);
    c.accidents3y[i] = rnd() < 0.05 ? 1 + Math.floor(rnd() * 3) : 0;
    c.majorAccident3y[i] = rnd() < 0.005 ? 1 : 0;
    c.penalties1y[i] = rnd() < 0.08 ? 1 + Math.floor(rnd() * 2) : 0;

    const level = pick(levelCum, rnd());
    const [lo, hi] = LEVEL_BAND[level];
    // One decimal, like a real scoring sheet: many exact ties, some on bin edges.
    const score = Math.round((lo + rnd() * (hi - lo)) * 10) / 10;
    c.modelScore[i] = score;
    c.modelLevel[i] = level;
    const assessed = rnd() < 0.2;
    c.assessedScore[i] = assessed ? score : NaN;
    c.assessedLevel[i] = assessed ? level : -1;
    c.score[i] = score;
    c.level[i] = level;

    // Hazards: about a quarter of enterprises have open ones; riskier levels have more.
    const open = rnd() < 0.12 + 0.1 * (3 - level) ? 1 + Math.floor(rnd() * (5 - level)) : 0;
    c.hazardsOpen[i] = open;
    c.hazardsTotal[i] = open + Math.floor(rnd() * 6);
    c.hazardsOpenMajor[i] = open > 0 && rnd() < 0.08 + 0.2 * (level === 0 ? 1 : 0) ? 1 : 0;
    c.hazardsOverdue[i] = open > 0 && rnd() < 0.2 ? 1 + Math.floor(rnd() * open) : 0;
    c.hazardsListed[i] = c.hazardsOpenMajor[i] > 0 && rnd() < 0.5 ? 1 : 0;
  }
  if (options.changeState) c.changeState = randomChangeState(n, seed);
  return c;
}

/** Kind shares of a comparison a few months apart (new, level up, level down, unchanged). */
const CHANGE_KIND_W = [0.05, 0.06, 0.08, 0.81];

/** Each row's change code: a kind, a major hazard found since (3%), a hazard closed since (20%). */
function randomChangeState(n: number, seed: number): Uint8Array {
  const rnd = mulberry32(seed * 31 + 7),
    kindCum = cumulative(CHANGE_KIND_W);
  return Uint8Array.from({ length: n }, () => changeCode(pick(kindCum, rnd()), rnd() < 0.03, rnd() < 0.2));
}
