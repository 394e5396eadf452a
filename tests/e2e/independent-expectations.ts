/**
 * Expected values the e2e tests compute themselves, from a bundle's raw columns and the formulas of
 * the docs, without calling the app's code that computes the same thing (area-metrics.ts, classify.ts,
 * area-risk-index.ts, risk-model.ts). A bug in those modules then shows up as a difference, instead of
 * being reproduced on both sides of the assertion.
 *
 * What this file does take from elsewhere is only how a bundle encodes a row (level code 0 = red ..
 * 3 = blue; the sector code indexes SECTORS; flag bit b is FLAGS[b]; scale codes 0 unknown, 1 large,
 * 2 medium, 3 small, 4 micro, as src/data/columns.ts documents them) and the model's numbers, read from
 * the JSON file the model lives in (docs/risk-model.md), never from the app's compiled model.
 */
import { readFileSync } from 'node:fs';
import { FLAGS } from '../../src/domain/flags.ts';
import { SECTORS } from '../../src/domain/sectors.ts';
import type { readBundle } from './bundle-facts.ts';

type Bundle = ReturnType<typeof readBundle>;
type Columns = Bundle['columns'];

// ---------------------------------------------------------------------------------------------
// Area risk index and quantile breaks, as docs/area-risk.md defines them.

/** Level weights per level code 0..3 (red 8, orange 4, yellow 2, blue 1). */
const LEVEL_WEIGHT = [8, 4, 2, 1];

/**
 * The area risk index of each town (docs/area-risk.md, "The area risk index"): over the enterprises
 * whose town column is that town (an enterprise with town -1 counts for no town), by their shown
 * level. NaN for a town with no enterprise. With an unknown size (0 km²) the density part is left out
 * and the other two are re-weighted, 0.5 and 0.2 out of 0.7.
 */
export function townRiskIndexes(bundle: Bundle): number[] {
  const c = bundle.columns;
  const towns = bundle.manifest.towns;
  const n = new Array<number>(towns.length).fill(0);
  const W = new Array<number>(towns.length).fill(0);
  const openMajor = new Array<number>(towns.length).fill(0);
  const overdue = new Array<number>(towns.length).fill(0);
  for (let i = 0; i < c.length; i++) {
    const t = c.town[i];
    if (t < 0) continue;
    n[t]++;
    W[t] += LEVEL_WEIGHT[c.level[i]];
    openMajor[t] += c.hazardsOpenMajor[i];
    overdue[t] += c.hazardsOverdue[i];
  }
  return towns.map((town, t) => {
    if (n[t] === 0) return NaN;
    const A = town.areaKm2;
    const severity = (100 * (W[t] / n[t] - 1)) / (8 - 1);
    const hazards = Math.min(100, (100 * ((5 * openMajor[t] + overdue[t]) / n[t])) / 0.5);
    if (!(A > 0)) return (0.5 * severity + 0.2 * hazards) / 0.7;
    const density = Math.min(100, (100 * Math.log10(1 + W[t] / A)) / Math.log10(1 + 1000));
    return 0.5 * severity + 0.3 * density + 0.2 * hazards;
  });
}

/**
 * Quantile breaks (docs/area-risk.md, "Classes on the map"): of the finite values sorted ascending,
 * break j is the value at 0-based position floor(j·n/k), j = 1..k-1; a break equal to the smallest
 * value or to the break before it is dropped, so the map shows fewer classes instead of empty ones.
 */
export function quantileBreaks(values: readonly number[], k: number): number[] {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  const out: number[] = [];
  for (let j = 1; j < k; j++) {
    const b = s[Math.floor((j * s.length) / k)];
    if (b > s[0] && (out.length === 0 || b > out[out.length - 1])) out.push(b);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The risk model, as docs/risk-model.md states it, with the numbers of its JSON file.

/** The parts of the model's JSON file the doc's formula uses. */
export interface ModelJson {
  inherent: {
    sector: Record<string, number>;
    flags: Record<string, number>;
    scale: Record<string, number>;
    employeesPer100: number;
    employeesMax: number;
    max: number;
  };
  management: { gradeFactor: Record<string, number> };
  dynamic: Record<
    'openHazard' | 'overdueHazard' | 'openMajorHazard' | 'accident3y' | 'penalty1y',
    { each: number; max: number }
  >;
  veto: { openMajorHazard: boolean; majorAccident3y: boolean };
  thresholds: { major: number; significant: number; general: number };
}

/** The default model, read fresh from its JSON file (a new object on each call, free to edit). */
export function defaultModelJson(): ModelJson {
  return JSON.parse(
    readFileSync(new URL('../../src/domain/default-risk-model.json', import.meta.url), 'utf8'),
  ) as ModelJson;
}

/** Scale code → the JSON's scale key (src/data/columns.ts: 0 unknown, 1 large, 2 medium, 3 small, 4 micro). */
const SCALE_KEY = ['unknown', 'large', 'medium', 'small', 'micro'];

/**
 * Score of row i (docs/risk-model.md, "Three parts"): inherent = sector base + each flag it has +
 * scale + employees/100 per point (at most employeesMax), at most `max`; times the grade's factor; plus
 * the dynamic points, each capped; at most 100.
 */
export function plainScore(m: ModelJson, c: Columns, i: number): number {
  let inherent = m.inherent.sector[SECTORS[c.sector[i]]?.key ?? ''] ?? 0;
  FLAGS.forEach((f, b) => {
    if (c.flags[i] & (1 << b)) inherent += m.inherent.flags[f.key] ?? 0;
  });
  inherent += m.inherent.scale[SCALE_KEY[c.scale[i]]] ?? 0;
  inherent += Math.min(m.inherent.employeesMax, (c.employees[i] / 100) * m.inherent.employeesPer100);
  inherent = Math.min(m.inherent.max, inherent);
  const d = m.dynamic;
  const part = (w: { each: number; max: number }, count: number) => Math.min(w.max, count * w.each);
  const dynamic =
    part(d.openHazard, c.hazardsOpen[i]) +
    part(d.overdueHazard, c.hazardsOverdue[i]) +
    part(d.openMajorHazard, c.hazardsOpenMajor[i]) +
    part(d.accident3y, c.accidents3y[i]) +
    part(d.penalty1y, c.penalties1y[i]);
  return Math.min(100, inherent * (m.management.gradeFactor[String(c.stdGrade[i])] ?? 1) + dynamic);
}

/**
 * Level code of row i (docs/risk-model.md, "Levels"): a veto forces 0 (重大); otherwise score ≥ major
 * → 0, ≥ significant → 1, ≥ general → 2, else 3 (a score on a threshold takes the higher level).
 */
export function plainLevel(m: ModelJson, c: Columns, i: number): number {
  if ((m.veto.openMajorHazard && c.hazardsOpenMajor[i] > 0) || (m.veto.majorAccident3y && c.majorAccident3y[i] > 0))
    return 0;
  const s = plainScore(m, c, i);
  const t = m.thresholds;
  return s >= t.major ? 0 : s >= t.significant ? 1 : s >= t.general ? 2 : 3;
}

/**
 * Enterprises per shown level under model `m`: the assessed level where the row has one (the map shows
 * the assessed level, docs/risk-model.md), the model's level otherwise.
 */
export function shownLevelCounts(m: ModelJson, c: Columns): number[] {
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < c.length; i++) counts[c.assessedLevel[i] >= 0 ? c.assessedLevel[i] : plainLevel(m, c, i)]++;
  return counts;
}

// ---------------------------------------------------------------------------------------------
// Inspection status, as docs/supervision.md states the rules, with Date arithmetic.

/** The default classes by shown level code (重大 A, 较大 B, 一般 C, 低 D): interval in months (null none) and yearly cap. */
export const DEFAULT_CLASSES = [
  { interval: 3, cap: 12 },
  { interval: 6, cap: 8 },
  { interval: 12, cap: 4 },
  { interval: null, cap: 2 },
] as { interval: number | null; cap: number }[];

export interface PlainStatus {
  never: boolean;
  overdue: boolean;
  dueSoon: boolean;
  atCap: boolean;
  overCap: boolean;
  thisYear: boolean;
}

/**
 * Each enterprise's status on the data date `asOf` (a day number). `kind` codes follow the bundle's
 * encoding (0 执法检查, 1 双随机抽查, 2 专项检查, 3 督导检查, 4 网格巡查, 5 企业自查); `counted` lists the kinds
 * that count (the first four by default).
 */
export function plainInspectionStatus(
  level: ArrayLike<number>,
  ins: { length: number; enterprise: ArrayLike<number>; day: ArrayLike<number>; kind: ArrayLike<number> },
  asOf: number,
  classes = DEFAULT_CLASSES,
  counted = [0, 1, 2, 3],
): PlainStatus[] {
  const DAY = 86_400_000;
  const date = (d: number) => new Date(d * DAY);
  const asOfDate = date(asOf);
  const year = asOfDate.getUTCFullYear();
  const last: (Date | null)[] = Array.from({ length: level.length }, () => null);
  const inYear = new Array<number>(level.length).fill(0);
  for (let k = 0; k < ins.length; k++) {
    if (!counted.includes(ins.kind[k]) || ins.day[k] > asOf) continue;
    const e = ins.enterprise[k],
      d = date(ins.day[k]);
    if (!last[e] || d > last[e]!) last[e] = d;
    if (d.getUTCFullYear() === year) inYear[e]++;
  }
  return Array.from({ length: level.length }, (_, i) => {
    const c = classes[level[i]];
    let next: Date | null = null;
    const l = last[i];
    if (l && c.interval) {
      const y = l.getUTCFullYear(),
        m = l.getUTCMonth() + c.interval;
      const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
      next = new Date(Date.UTC(y, m, Math.min(l.getUTCDate(), lastDay)));
    }
    const days = next ? Math.round((next.getTime() - asOfDate.getTime()) / DAY) : NaN;
    return {
      never: c.interval !== null && !l,
      overdue: days < 0,
      dueSoon: days >= 0 && days <= 30,
      atCap: inYear[i] >= c.cap,
      overCap: inYear[i] > c.cap,
      thisYear: inYear[i] > 0,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// What changed between two snapshots of a district, by credit code (the comparison, docs/compare).

/**
 * The test's own diff of two bundles: enterprises matched by credit code, levels as each bundle holds
 * them (a smaller code is a more severe level). Rows of `cur` moved up, down and new; the earlier
 * enterprises gone; and per town name the moved up and new (where they are now) and the gone (where
 * they were then).
 */
export function plainDiff(cur: Bundle, prev: Bundle) {
  const then = new Map<string, number>();
  for (let i = 0; i < prev.columns.length; i++) then.set(prev.text.creditCode.get(i)!, i);
  const seen = new Set<string>();
  const up: number[] = [],
    down: number[] = [],
    added: number[] = [];
  const byTown = new Map<string, { up: number; added: number; gone: number }>();
  const town = (b: Bundle, i: number) => {
    const t = b.columns.town[i];
    const name = t >= 0 && t < b.manifest.towns.length ? b.manifest.towns[t].name : '';
    if (!byTown.has(name)) byTown.set(name, { up: 0, added: 0, gone: 0 });
    return byTown.get(name)!;
  };
  for (let i = 0; i < cur.columns.length; i++) {
    const code = cur.text.creditCode.get(i)!;
    seen.add(code);
    const p = then.get(code);
    if (p === undefined) {
      added.push(i);
      town(cur, i).added++;
    } else if (cur.columns.level[i] < prev.columns.level[p]) {
      up.push(i);
      town(cur, i).up++;
    } else if (cur.columns.level[i] > prev.columns.level[p]) down.push(i);
  }
  let gone = 0;
  for (const [code, p] of then)
    if (!seen.has(code)) {
      gone++;
      town(prev, p).gone++;
    }
  return { up, down, added, gone, byTown };
}
