/**
 * The profile of one enterprise: sector and sub-industry for its location context, scale, employees,
 * special flags, standardisation grade, record, and a hidden risk propensity that drives accidents,
 * penalties, the assessed score and the number of hazards. Correlations follow everyday practice:
 * workshops outside parks are the three-in-one ones, factories within factories sit in parks, etc.
 */
import { BY_SECTOR, type Industry, type SectorKey, type Tag } from './industries';
import { type Rng, WeightedTable } from './random';

export type Context = 'town_industrial' | 'small_micro' | 'village_cluster' | 'corridor' | 'population';
export type Scale = 'large' | 'medium' | 'small' | 'micro';
const SCALES: Scale[] = ['large', 'medium', 'small', 'micro'];

type Weights = Partial<Record<SectorKey, number>>;
const SECTOR_MIX: Record<Context, Weights> = {
  town_industrial: {
    machinery: 34,
    light_industry: 14,
    textile: 12,
    nonferrous: 4,
    metallurgy: 3,
    building_materials: 4,
    hazchem: 4,
    industry_trade: 5,
    commerce: 4,
    special_equipment: 2,
    road_transport: 3,
    construction: 1,
    fire_safety: 0.5,
    urban_gas: 0.3,
    tobacco: 0.05,
  },
  small_micro: {
    machinery: 42,
    light_industry: 20,
    textile: 14,
    commerce: 6,
    industry_trade: 6,
    building_materials: 2,
    nonferrous: 2,
    metallurgy: 0.5,
    hazchem: 0.6,
    special_equipment: 1,
    road_transport: 1.5,
    construction: 0.3,
    fire_safety: 0.3,
  },
  village_cluster: {
    machinery: 34,
    textile: 22,
    light_industry: 22,
    commerce: 6,
    industry_trade: 6,
    building_materials: 4,
    nonferrous: 2,
    metallurgy: 1,
    hazchem: 0.3,
    road_transport: 1.5,
    construction: 0.3,
  },
  corridor: {
    machinery: 22,
    commerce: 14,
    light_industry: 12,
    textile: 10,
    road_transport: 8,
    building_materials: 7,
    construction: 6,
    fire_safety: 5,
    special_equipment: 3,
    metallurgy: 2,
    nonferrous: 2,
    hazchem: 2.2,
    industry_trade: 4,
    urban_gas: 1.2,
    tobacco: 0.05,
  },
  population: {
    commerce: 26,
    fire_safety: 30,
    construction: 14,
    machinery: 9,
    light_industry: 7,
    textile: 6,
    industry_trade: 2,
    special_equipment: 3,
    road_transport: 3,
    urban_gas: 1.5,
    hazchem: 0.5,
    tobacco: 0.05,
  },
};

/** One table per context over all sub-industries (sector weight split by sub-industry weight). */
const TABLES = new Map<Context, WeightedTable<Industry>>();
for (const [ctx, mix] of Object.entries(SECTOR_MIX) as [Context, Weights][]) {
  const items: Industry[] = [];
  const weights: number[] = [];
  for (const [sector, w] of Object.entries(mix) as [SectorKey, number][]) {
    const list = BY_SECTOR.get(sector) ?? [];
    const total = list.reduce((s, i) => s + i.weight, 0);
    for (const ind of list) {
      items.push(ind);
      weights.push((w * ind.weight) / total);
    }
  }
  TABLES.set(ctx, new WeightedTable(items, weights));
}

export function drawIndustry(rng: Rng, ctx: Context): Industry {
  return (TABLES.get(ctx) as WeightedTable<Industry>).draw(rng);
}

export function industryFor(sector: SectorKey): Industry {
  return (BY_SECTOR.get(sector) as Industry[])[0];
}

const SCALE_BASE: Record<Context, number[]> = {
  town_industrial: [0.025, 0.09, 0.52, 0.365],
  small_micro: [0.002, 0.02, 0.4, 0.578],
  village_cluster: [0, 0.01, 0.3, 0.69],
  corridor: [0.008, 0.045, 0.43, 0.517],
  population: [0.003, 0.03, 0.3, 0.667],
};
const SCALE_SECTOR: Partial<Record<SectorKey, number[]>> = {
  metallurgy: [3, 2.5, 1, 0.4],
  nonferrous: [2, 2, 1, 0.6],
  hazchem: [1.5, 2, 1.3, 0.5],
  building_materials: [1, 2, 1.3, 0.5],
  construction: [0.3, 2, 1.6, 0.4],
  urban_gas: [1, 2, 1.5, 0.5],
  tobacco: [0, 4, 2, 0.1],
  road_transport: [0.5, 1.5, 1.3, 0.8],
  fireworks: [0, 0.5, 1, 1],
  mining: [0, 1, 2, 0.5],
};

export function drawScale(rng: Rng, ctx: Context, ind: Industry): Scale {
  const adj = SCALE_SECTOR[ind.sector] ?? [1, 1, 1, 1];
  let tagAdj = [1, 1, 1, 1];
  if (ind.tags.includes('chem')) tagAdj = [1, 1.5, 1.5, 0.15];
  else if (ind.tags.includes('store')) tagAdj = [0, 0.2, 0.6, 1.6];
  else if (ind.code === '8411' || ind.code === '5211') tagAdj = [2, 6, 2, 0.1];
  const base = SCALE_BASE[ctx];
  for (let i = 0; i < 4; i++) scaleWeights[i] = base[i] * adj[i] * tagAdj[i];
  return SCALES[rng.weighted(scaleWeights)];
}

/*
 * The helpers of the per-enterprise draws live out here: a closure made inside a function called a
 * million times costs its making each call (and tsx names every one it makes), more than the draw.
 */
const scaleWeights = [0, 0, 0, 0];
const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(v)));
const hasTag = (ind: Industry, t: Tag) => ind.tags.includes(t);

export function drawEmployees(rng: Rng, scale: Scale): number {
  if (scale === 'micro') return clamp(rng.lognormal(6, 0.65), 1, 19);
  if (scale === 'small') return clamp(rng.lognormal(48, 0.65), 20, 299);
  if (scale === 'medium') return clamp(rng.lognormal(480, 0.35), 300, 999);
  return clamp(rng.lognormal(1600, 0.5), 1000, 8000);
}

const MANUFACTURING = new Set<SectorKey>([
  'machinery',
  'light_industry',
  'textile',
  'metallurgy',
  'nonferrous',
  'building_materials',
  'industry_trade',
]);

export interface FlagInput {
  ind: Industry;
  scale: Scale;
  ctx: Context;
  /** Park type the point lies in, or '' outside parks. */
  parkType: string;
}

/** Special flags (CSV keys), in the order of src/domain/flags.ts. */
export function drawFlags(rng: Rng, f: FlagInput): string[] {
  const { ind, scale, parkType } = f;
  const s = ind.sector;
  const smallMicro = scale === 'small' || scale === 'micro';
  const mfg = MANUFACTURING.has(s) || hasTag(ind, 'chem');
  const out: string[] = [];
  const inPark = parkType !== '';
  if (inPark ? mfg && smallMicro && rng.chance(0.12) : mfg && smallMicro && rng.chance(0.012))
    out.push('factory_in_factory');
  const leaseP = parkType === 'small_micro' ? 0.7 : parkType === 'village_cluster' ? 0.45 : parkType ? 0.35 : 0.22;
  if (smallMicro && s !== 'construction' && !hasTag(ind, 'station') && rng.chance(s === 'fire_safety' ? 0.3 : leaseP))
    out.push('leased');
  let chem = 0;
  if (hasTag(ind, 'chem')) chem = 0.6;
  else if (hasTag(ind, 'dyeing')) chem = 0.6;
  else if (hasTag(ind, 'plating')) chem = 0.5;
  else if (hasTag(ind, 'paint')) chem = 0.3;
  else if (s === 'machinery' || s === 'industry_trade' || s === 'special_equipment') chem = 0.08;
  else if (s === 'light_industry') chem = 0.06;
  else if (s === 'metallurgy' || s === 'nonferrous') chem = 0.25;
  else if (s === 'textile' || s === 'building_materials') chem = 0.03;
  if (rng.chance(chem)) out.push('hazchem_user');
  const workshop = mfg || hasTag(ind, 'store');
  const threeP = scale === 'micro' ? 0.06 : 0.035;
  if (!inPark && smallMicro && workshop && rng.chance(threeP)) out.push('three_in_one');
  if (hasTag(ind, 'crowded') && rng.chance(0.95)) out.push('crowded_place');
  else if (ind.code === '5212' && scale !== 'micro' && rng.chance(0.3)) out.push('crowded_place');
  let dust = 0;
  if (hasTag(ind, 'polish')) dust = 0.4;
  else if (hasTag(ind, 'wood')) dust = 0.4;
  else if (hasTag(ind, 'fibre')) dust = 0.2;
  else if (s === 'machinery') dust = 0.03;
  else if (ind.code === '1411') dust = 0.15;
  else if (s === 'textile' || s === 'light_industry') dust = 0.02;
  if (rng.chance(dust)) out.push('dust_explosion');
  if (hasTag(ind, 'cold') && s !== 'road_transport' && rng.chance(scale === 'micro' ? 0.15 : 0.4))
    out.push('ammonia_refrigeration');
  let confined = 0;
  if (hasTag(ind, 'dyeing')) confined = 0.7;
  else if (hasTag(ind, 'chem') || hasTag(ind, 'gas')) confined = 0.45;
  else if (hasTag(ind, 'food')) confined = 0.35;
  else if (s === 'metallurgy') confined = 0.4;
  else if (s === 'building_materials') confined = 0.3;
  else if (hasTag(ind, 'plating')) confined = 0.3;
  else if (ind.code === '4813') confined = 0.5;
  else if (s === 'nonferrous' || s === 'construction') confined = 0.15;
  else if (hasTag(ind, 'warehouse')) confined = 0.05;
  else if (mfg) confined = 0.03;
  if (rng.chance(confined)) out.push('confined_space');
  if (rng.chance(hasTag(ind, 'foundry') ? 0.95 : hasTag(ind, 'smelt') ? 0.5 : 0)) out.push('molten_metal');
  return out;
}

/** Standardisation grade 0 (none) to 3, 1 the best. */
const GRADE_BY_SCALE: Record<Scale, number[]> = {
  micro: [0.82, 0, 0.02, 0.16],
  small: [0.45, 0.01, 0.12, 0.42],
  medium: [0.05, 0.07, 0.5, 0.38],
  large: [0.02, 0.4, 0.5, 0.08],
};

export function drawGrade(rng: Rng, scale: Scale, sector: SectorKey): number {
  if ((sector === 'fire_safety' || sector === 'construction') && rng.chance(0.9)) return 0;
  return rng.weighted(GRADE_BY_SCALE[scale]);
}

const SECTOR_RISK: Record<SectorKey, number> = {
  hazchem: 2.6,
  fireworks: 2.8,
  industry_trade: 1,
  metallurgy: 2.1,
  nonferrous: 1.8,
  building_materials: 1.3,
  machinery: 1.15,
  light_industry: 1.05,
  textile: 1.05,
  tobacco: 0.7,
  commerce: 0.75,
  construction: 1.6,
  road_transport: 1.2,
  fire_safety: 1,
  special_equipment: 1.2,
  urban_gas: 1.9,
  mining: 2.4,
};
const FLAG_RISK: Record<string, number> = {
  factory_in_factory: 1.2,
  leased: 1.05,
  hazchem_user: 1.2,
  three_in_one: 1.6,
  crowded_place: 1.15,
  dust_explosion: 1.35,
  ammonia_refrigeration: 1.45,
  confined_space: 1.1,
  molten_metal: 1.4,
};
const SCALE_RISK: Record<Scale, number> = { large: 1.7, medium: 1.35, small: 1, micro: 0.8 };
const GRADE_RISK = [1.2, 0.7, 0.85, 1];
/** Rough median of the propensity below, to normalise rates. */
export const MEDIAN_PROPENSITY = 1.25;

/** Hidden risk propensity (about 1.25 for a typical enterprise, 5+ for the worst). */
export function propensity(rng: Rng, sector: SectorKey, scale: Scale, flags: readonly string[], grade: number): number {
  let r = SECTOR_RISK[sector] * SCALE_RISK[scale] * GRADE_RISK[grade];
  for (const f of flags) r *= FLAG_RISK[f] ?? 1;
  return r * rng.lognormal(1, 0.45);
}
