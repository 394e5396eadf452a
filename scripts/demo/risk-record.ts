/**
 * What the risk model reads of each generated enterprise besides its hazards, kept in typed arrays
 * while enterprises.csv is written, so that the inspection ledger can follow the level the data build
 * will show for each enterprise (inspected every 3, 6 or 12 months by level): the same default model
 * (src/domain/risk-model.ts scoreAll) over the same values, and the assessed level where the CSV gives one.
 */
import { flagBit } from '../../src/domain/flags';
import { levelCode } from '../../src/domain/levels';
import { compileModel, DEFAULT_RISK_MODEL, scoreAll } from '../../src/domain/risk-model';
import { sectorCode, subSectorFromIndustryCode } from '../../src/domain/sectors';

/** One row per enterprise, in the bundle's codes. */
export interface RiskRecord {
  /** SECTORS index, after the sub-sector an industry code gives a generic 工贸 record (as the build reads it). */
  sector: Uint8Array;
  /** 1 large, 2 medium, 3 small, 4 micro. */
  scale: Uint8Array;
  employees: Int32Array;
  stdGrade: Uint8Array;
  accidents3y: Uint8Array;
  majorAccident3y: Uint8Array;
  penalties1y: Uint8Array;
  /** LEVELS index of the assessed level; -1 not assessed. */
  assessedLevel: Int8Array;
  /** Index of the enterprise's town. */
  town: Uint8Array;
}

export function newRiskRecord(n: number): RiskRecord {
  return {
    sector: new Uint8Array(n),
    scale: new Uint8Array(n),
    employees: new Int32Array(n),
    stdGrade: new Uint8Array(n),
    accidents3y: new Uint8Array(n),
    majorAccident3y: new Uint8Array(n),
    penalties1y: new Uint8Array(n),
    assessedLevel: new Int8Array(n),
    town: new Uint8Array(n),
  };
}

const SCALE_CODE: Record<string, number> = { large: 1, medium: 2, small: 3, micro: 4 };

/** One enterprise's values, as written to its CSV row, into row `j`. */
export function recordRisk(
  r: RiskRecord,
  j: number,
  x: {
    sector: string;
    industryCode: string;
    scale: string;
    employees: number;
    grade: number;
    accidents: number;
    majorAccident: boolean;
    penalties: number;
    assessedLevel?: string;
    town: number;
  },
): void {
  const sub = x.sector === 'industry_trade' ? subSectorFromIndustryCode(x.industryCode) : undefined;
  r.sector[j] = sectorCode(sub ?? x.sector);
  r.scale[j] = SCALE_CODE[x.scale] ?? 0;
  r.employees[j] = x.employees;
  r.stdGrade[j] = x.grade;
  r.accidents3y[j] = x.accidents;
  r.majorAccident3y[j] = x.majorAccident ? 1 : 0;
  r.penalties1y[j] = x.penalties;
  r.assessedLevel[j] = x.assessedLevel ? levelCode(x.assessedLevel) : -1;
  r.town[j] = x.town;
}

/** The parts' records end to end, in order. */
export function joinRiskRecords(parts: readonly RiskRecord[], count: number): RiskRecord {
  const out = newRiskRecord(count);
  let at = 0;
  for (const p of parts) {
    for (const k of Object.keys(out) as (keyof RiskRecord)[]) (out[k] as Uint8Array).set(p[k] as Uint8Array, at);
    at += p.sector.length;
  }
  return out;
}

/** Each enterprise's open, overdue and open major hazards on the data date (as the build counts them). */
export interface HazardCounts {
  open: Uint16Array;
  overdue: Uint16Array;
  openMajor: Uint16Array;
}

export const newHazardCounts = (n: number): HazardCounts => ({
  open: new Uint16Array(n),
  overdue: new Uint16Array(n),
  openMajor: new Uint16Array(n),
});

const SMALL_MICRO = flagBit('small_micro');

/**
 * The level each enterprise will be shown at (LEVELS index): its assessed level, else the default
 * model's. `flags` are the CSV's flags (bits of FLAGS); the build adds 小微 for small and micro scales.
 */
export function shownLevels(r: RiskRecord, flags: Uint16Array, hazards: HazardCounts): Uint8Array {
  const n = r.sector.length;
  const withSmall = new Uint16Array(n);
  for (let i = 0; i < n; i++) withSmall[i] = flags[i] | (r.scale[i] >= 3 ? SMALL_MICRO : 0);
  const score = new Float32Array(n);
  const level = new Uint8Array(n);
  scoreAll(
    compileModel(DEFAULT_RISK_MODEL),
    {
      length: n,
      sector: r.sector,
      flags: withSmall,
      scale: r.scale,
      employees: r.employees,
      stdGrade: r.stdGrade,
      hazardsOpen: hazards.open,
      hazardsOverdue: hazards.overdue,
      hazardsOpenMajor: hazards.openMajor,
      accidents3y: r.accidents3y,
      majorAccident3y: r.majorAccident3y,
      penalties1y: r.penalties1y,
    },
    score,
    level,
  );
  for (let i = 0; i < n; i++) if (r.assessedLevel[i] >= 0) level[i] = r.assessedLevel[i];
  return level;
}
