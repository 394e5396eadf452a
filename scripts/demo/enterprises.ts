/**
 * enterprises.csv: one row per enterprise, streamed to disk while the few columns the hazard and
 * inspection ledgers need (credit code, sector, flags, propensity, what the risk model reads) are kept
 * in compact arrays.
 *
 * A large district is made in parts of PART_SIZE enterprises, each from a random stream of its own,
 * so the parts can be made at the same time on different threads (enterprise-worker.ts) and still
 * give the same files as one after the other. A district of one part (the demo) is what it was
 * before parts existed. Names are kept distinct within a part; credit codes across all parts
 * (mergeParts redraws the few codes a later part repeats).
 */
import { StringIndex } from '../../src/data/string-index';
import { CSV_FLAG_KEYS } from '../../src/domain/flags';
import { creditCode } from './credit-code';
import { address, enterpriseName } from './enterprise-names';
import type { Industry, SectorKey } from './industries';
import { type Placement, Placer, type World } from './placement';
import {
  MEDIAN_PROPENSITY,
  drawEmployees,
  drawFlags,
  drawGrade,
  drawIndustry,
  drawScale,
  industryFor,
  propensity,
} from './profile';
import { Rng } from './random';
import { type RiskRecord, joinRiskRecords, newRiskRecord, recordRisk } from './risk-record';
import { TextStore } from './text-store';
import { DISTRICT_CODE } from './towns';
import { type LineWriter, csvText } from './write';

export const ENTERPRISE_COLUMNS = [
  'credit_code',
  'name',
  'lon',
  'lat',
  'sector',
  'industry_code',
  'address',
  'scale',
  'employees',
  'flags',
  'standardization_grade',
  'accidents_3y',
  'major_accident_3y',
  'penalties_1y',
  'risk_score',
  'risk_level',
];

/** What the hazard and inspection ledgers need to know about each enterprise. */
export interface EnterpriseTable {
  count: number;
  /** Credit code of enterprise i at index i. */
  codes: TextStore;
  sector: SectorKey[];
  /** Bitmask over CSV_FLAG_KEYS. */
  flags: Uint16Array;
  propensity: Float32Array;
  assessed: number;
  /** What the risk model reads, and the town (the inspection ledger follows the level shown). */
  risk: RiskRecord;
}

const flagBit = new Map(CSV_FLAG_KEYS.map((k, i) => [k, 1 << i] as const));

/** Assessed score (higher is riskier) and level, or undefined when not assessed. */
function assess(
  rng: Rng,
  ind: Industry,
  scale: string,
  flags: string[],
  r: number,
  acc: number,
  pen: number,
  major: boolean,
) {
  const s = ind.sector;
  const must =
    s === 'hazchem' ||
    s === 'fireworks' ||
    s === 'mining' ||
    s === 'urban_gas' ||
    s === 'metallurgy' ||
    scale === 'large' ||
    (scale === 'medium' && rng.chance(0.6)) ||
    flags.includes('ammonia_refrigeration');
  const maybe = (flags.includes('dust_explosion') || flags.includes('molten_metal')) && rng.chance(0.35);
  if (!must && !maybe && !rng.chance(0.02)) return undefined;
  let score = 46 + 19 * Math.log(r / MEDIAN_PROPENSITY) + 7 * rng.normal() + 6 * acc + 3 * pen;
  if (major) score = Math.max(score, 88 + rng.range(0, 8));
  score = Math.round(Math.max(5, Math.min(99, score)) * 10) / 10;
  const level = score >= 80 ? 'major' : score >= 65 ? 'significant' : score >= 45 ? 'general' : 'low';
  return { score, level };
}

/**
 * Enterprises per part: a million-enterprise district is two parts, one per core (the command line
 * makes every later part on one worker thread, so a larger district keeps two threads busy, not more).
 */
export const PART_SIZE = 500_000;

export interface PartPlan {
  index: number;
  start: number;
  end: number;
}

export function planParts(count: number, partSize = PART_SIZE): PartPlan[] {
  const parts: PartPlan[] = [];
  for (let start = 0, index = 0; start < count; start += partSize, index++)
    parts.push({ index, start, end: Math.min(count, start + partSize) });
  return parts;
}

/** What one part made: its rows are in its own file, starting at `lineStarts[i - start]`. */
export interface EnterprisePart {
  start: number;
  end: number;
  codes: TextStore;
  sector: SectorKey[];
  flags: Uint16Array;
  propensity: Float32Array;
  assessed: number;
  lineStarts: Float64Array;
  risk: RiskRecord;
}

/** A handful of fireworks stores and quarries, placed in remote corners of the 镇: drawn first, for the whole district. */
function drawSpecial(rng: Rng, count: number): Map<number, SectorKey> {
  const special = new Map<number, SectorKey>();
  const nFireworks = Math.max(1, Math.floor(count / 2000));
  const nMining = Math.max(1, Math.floor(count / 4000));
  while (special.size < Math.min(count, nFireworks + nMining)) {
    special.set(rng.int(0, count - 1), special.size < nFireworks ? 'fireworks' : 'mining');
  }
  return special;
}

/**
 * Enterprises `part.start` to `part.end` of a district of `count`, from the enterprise stream's seed:
 * the first part goes on with the stream after the special draws, each later part has a fork of its own.
 */
export function generateEnterprisePart(
  seed: number,
  world: World,
  count: number,
  part: PartPlan,
  out: LineWriter,
): EnterprisePart {
  let rng = new Rng(seed);
  const special = drawSpecial(rng, count);
  if (part.index > 0) rng = rng.fork(`part ${part.index}`);
  const n = part.end - part.start;
  const placer = new Placer(world);
  const result: EnterprisePart = {
    start: part.start,
    end: part.end,
    codes: new TextStore(n, 18),
    sector: new Array<SectorKey>(n),
    flags: new Uint16Array(n),
    propensity: new Float32Array(n),
    assessed: 0,
    lineStarts: new Float64Array(n),
    risk: newRiskRecord(n),
  };
  // Names and codes already given, to draw again on a repeat: hash tables over the texts kept in
  // typed arrays (sets of a million strings were what the garbage collector spent its time on).
  const names = new TextStore(n, 16);
  const nameIndex = new StringIndex((k) => names.text(k), n);
  const codeIndex = new StringIndex((k) => result.codes.text(k), n);
  if (part.index === 0) out.push(ENTERPRISE_COLUMNS.join(','));

  for (let j = 0; j < n; j++) {
    const i = part.start + j;
    const sp = special.get(i);
    const at: Placement = sp ? placer.remote(rng) : placer.place(rng);
    const ind = sp ? industryFor(sp) : drawIndustry(rng, at.ctx);
    const town = world.towns[at.town];
    const park = at.park >= 0 ? world.parks[at.park] : undefined;
    const scale = drawScale(rng, at.ctx, ind);
    const employees = drawEmployees(rng, scale);
    const flags = drawFlags(rng, { ind, scale, ctx: at.ctx, parkType: park?.type ?? '' });
    const grade = drawGrade(rng, scale, ind.sector);
    const r = propensity(rng, ind.sector, scale, flags, grade);
    const rel = r / MEDIAN_PROPENSITY;
    const majorAccident = rng.chance(0.001 * rel);
    const accidents = Math.min(9, rng.poisson(0.02 * rel) + (majorAccident ? 1 : 0));
    const penalties = Math.min(9, rng.poisson(0.05 * rel));
    const assessed = assess(rng, ind, scale, flags, r, accidents, penalties, majorAccident);

    // A name already given is drawn again, up to 8 times (then it stands twice); a code until it is new.
    // Each try is one probe of the table: add() refuses a key that is there.
    let name = enterpriseName(rng, ind, scale, town);
    let fresh = nameIndex.add(names.length, name) < 0;
    for (let k = 0; k < 8 && !fresh; k++) {
      name = enterpriseName(rng, ind, scale, town);
      fresh = nameIndex.add(names.length, name) < 0;
    }
    if (fresh) names.push(name);
    let code = creditCode(rng, DISTRICT_CODE);
    while (codeIndex.add(result.codes.length, code) >= 0) code = creditCode(rng, DISTRICT_CODE);
    result.codes.push(code);

    let mask = 0;
    for (const f of flags) mask |= flagBit.get(f) ?? 0;
    result.sector[j] = ind.sector;
    result.flags[j] = mask;
    result.propensity[j] = r;
    if (assessed) result.assessed++;
    recordRisk(result.risk, j, {
      sector: ind.sector,
      industryCode: ind.code,
      scale,
      employees,
      grade,
      accidents,
      majorAccident,
      penalties,
      assessedLevel: assessed?.level,
      town: at.town,
    });

    const addr = address(rng, town, park, at.road, ind.tags.includes('site'));
    const score = assessed ? assessed.score.toFixed(1) : '';
    result.lineStarts[j] = out.offset;
    out.push(
      `${code},${csvText(name)},${at.lon.toFixed(6)},${at.lat.toFixed(6)},${ind.sector},${ind.code},${csvText(addr)},` +
        `${scale},${employees},${flags.join(';')},${grade},${accidents},${majorAccident},${penalties},${score},${assessed?.level ?? ''}`,
    );
  }
  return result;
}

/** A credit code a later part gave again, and the one that replaces it in that part's file. */
export interface CodePatch {
  part: number;
  offset: number;
  code: string;
}

/**
 * The district's table from its parts, in order. A credit code a later part repeats from an earlier
 * one is drawn again (from a stream of the part's own, so the result does not depend on which thread
 * made what): the patches say where in the part's file to write the new code (the same length, so
 * in place).
 */
export function mergeParts(
  seed: number,
  parts: readonly EnterprisePart[],
): { table: EnterpriseTable; patches: CodePatch[] } {
  const count = parts.reduce((a, p) => a + (p.end - p.start), 0);
  const table: EnterpriseTable = {
    count,
    codes: new TextStore(count, 18),
    sector: new Array<SectorKey>(count),
    flags: new Uint16Array(count),
    propensity: new Float32Array(count),
    assessed: 0,
    risk: joinRiskRecords(
      parts.map((p) => p.risk),
      count,
    ),
  };
  const patches: CodePatch[] = [];
  const seen = new StringIndex((k) => table.codes.text(k), count);
  parts.forEach((p, k) => {
    if (p.start !== table.codes.length)
      throw new Error(`enterprise part ${k} starts at ${p.start}, not ${table.codes.length}`);
    const fix = new Rng(seed).fork(`codes ${k}`);
    for (let j = 0; j < p.end - p.start; j++) {
      let code = p.codes.text(j);
      const row = p.start + j;
      if (seen.add(row, code) >= 0) {
        do code = creditCode(fix, DISTRICT_CODE);
        while (seen.add(row, code) >= 0);
        patches.push({ part: k, offset: p.lineStarts[j], code });
      }
      table.codes.push(code);
      table.sector[row] = p.sector[j];
    }
    table.flags.set(p.flags, p.start);
    table.propensity.set(p.propensity, p.start);
    table.assessed += p.assessed;
  });
  return { table, patches };
}
