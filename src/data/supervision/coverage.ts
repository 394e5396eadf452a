/**
 * Inspection coverage (检查覆盖): how many enterprises of each town, grid cell or inspecting unit are in
 * each supervision class, were inspected this year, are overdue, were never inspected, or are at or
 * over their yearly cap, and the year's coverage rate. Counted from the inspection status at the data
 * date (src/domain/supervision inspection-status.ts), so only administrative inspections on or before
 * the data date count:
 * - inspected this year, overdue, never inspected, at or over the cap: the status's bits;
 * - coverage rate: of the enterprises whose class has an interval (the classes the plan schedules),
 *   the share inspected this year; classes without an interval (random sampling) are left out of
 *   both sides, so the rate is at most 100%;
 * - an enterprise's unit: the unit named by its latest administrative inspection on or before the data
 *   date that names one (on one day, the later ledger row), as the yearly plan has it; none (未指定单位)
 *   for an enterprise never inspected, or whose inspections name no unit.
 * One pass over the enterprises (and, for the units, over the ledger) on typed arrays.
 */
import {
  AT_CAP,
  enterpriseUnits,
  NEVER,
  OVER_CAP,
  OVERDUE,
  STATE_BITS,
  THIS_YEAR,
  type SupervisionClass,
  type SupervisionSettings,
  type SupervisionStatus,
} from '../../domain/supervision/index.ts';
import type { InspectionColumns } from '../dataset.ts';
import { planInspections } from '../plan-inspections.ts';

/** What the table is grouped by: town (镇街), grid cell (网格) or inspecting unit (检查单位). */
export const COVERAGE_GROUPINGS = ['town', 'grid', 'unit'] as const;
export type CoverageGrouping = (typeof COVERAGE_GROUPINGS)[number];

/** What the units read of the ledger. */
export type UnitLedger = Pick<InspectionColumns, 'length' | 'enterprise' | 'day' | 'kind' | 'unit'>;

export interface EnterpriseUnits {
  /** Each enterprise's unit id (index into `names`); -1 none. */
  unit: Int32Array;
  /** The units' names, sorted (by code point, so the ids do not depend on the locale). */
  names: string[];
}

// Each inspection's unit id, read from the ledger's text once per ledger.
const unitIds = new WeakMap<object, ReturnType<typeof planInspections>>();

/**
 * Each enterprise's inspecting unit at `asOf` under the settings' administrative kinds: the yearly
 * plan's rule (src/domain/supervision yearly-plan.ts `enterpriseUnits`) without its fallback to the
 * town's usual unit, which plans for enterprises no one has inspected; here they have none.
 */
export function coverageUnits(
  ledger: UnitLedger,
  enterprises: number,
  asOf: number,
  settings: SupervisionSettings,
): EnterpriseUnits {
  let plan = unitIds.get(ledger);
  if (!plan) unitIds.set(ledger, (plan = planInspections(ledger)));
  const byPlan = enterpriseUnits({
    length: enterprises,
    town: new Int16Array(enterprises).fill(-1),
    inspections: plan.inspections,
    unitNames: plan.unitNames,
    asOf,
    settings,
  });
  const used = new Uint8Array(plan.unitNames.length);
  for (let i = 0; i < enterprises; i++) if (byPlan[i] >= 0) used[byPlan[i]] = 1;
  const names = plan.unitNames.filter((_, u) => used[u] === 1).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const id = new Map(names.map((u, j) => [u, j]));
  const unit = new Int32Array(enterprises);
  for (let i = 0; i < enterprises; i++) unit[i] = byPlan[i] < 0 ? -1 : id.get(plan.unitNames[byPlan[i]])!;
  return { unit, names };
}

/** One line of the table: a group's counts. */
export interface CoverageRow {
  /** The town, grid cell or unit index; -1 for the enterprises in none (no town, no grid cell, 未指定单位). */
  group: number;
  enterprises: number;
  /** Enterprises per class, in the settings' order. */
  byClass: number[];
  /** Inspected this year (本年已检查). */
  thisYear: number;
  /** Overdue (逾期未检). */
  overdue: number;
  /** Never inspected (从未检查). */
  never: number;
  /** At or over the yearly cap (已达/超过上限). */
  atCap: number;
  /** Of those, over it (超过上限). */
  overCap: number;
  /** Enterprises whose class has an interval: the rate's denominator. */
  planned: number;
  /** Of those, inspected this year: the rate's numerator. */
  plannedThisYear: number;
  /** plannedThisYear / planned, 0-1; NaN when no enterprise of the group has a class with an interval. */
  rate: number;
}

export interface Coverage {
  /** The groups holding at least one counted enterprise, in their index order, the "none" group last. */
  rows: CoverageRow[];
  /** Every counted enterprise. */
  total: CoverageRow;
}

export interface CoverageInput {
  /** Each enterprise's group; -1 (or any value outside 0..groups-1) for none. */
  group: ArrayLike<number>;
  /** How many groups there are. */
  groups: number;
  status: Pick<SupervisionStatus, 'cls' | 'state'>;
  classes: readonly Pick<SupervisionClass, 'intervalMonths'>[];
  /** 1 for an enterprise to count (the map's filter result); null counts every enterprise. */
  mask: ArrayLike<number> | null;
}

// The counters of a group, side by side in one Int32Array.
const ENTERPRISES = 0,
  THIS_YEAR_N = 1,
  OVERDUE_N = 2,
  NEVER_N = 3,
  AT_CAP_N = 4,
  OVER_CAP_N = 5,
  PLANNED = 6,
  PLANNED_THIS_YEAR = 7,
  FIXED = 8;

export function coverage({ group, groups, status, classes, mask }: CoverageInput): Coverage {
  const C = classes.length;
  const F = FIXED + C;
  const none = groups;
  const n = status.state.length;
  const acc = new Int32Array((groups + 1) * F);
  const planned = classes.map((c) => (c.intervalMonths !== null && c.intervalMonths > 0 ? 1 : 0));
  const { cls, state } = status;
  for (let i = 0; i < n; i++) {
    if (mask && mask[i] !== 1) continue;
    const g0 = group[i];
    const g = g0 >= 0 && g0 < groups ? g0 : none;
    const o = g * F;
    const bits = STATE_BITS[state[i]];
    const c = cls[i];
    acc[o + ENTERPRISES]++;
    if (c < C) acc[o + FIXED + c]++;
    if (bits & THIS_YEAR) acc[o + THIS_YEAR_N]++;
    if (bits & OVERDUE) acc[o + OVERDUE_N]++;
    if (bits & NEVER) acc[o + NEVER_N]++;
    if (bits & AT_CAP) acc[o + AT_CAP_N]++;
    if (bits & OVER_CAP) acc[o + OVER_CAP_N]++;
    if (c < C && planned[c] === 1) {
      acc[o + PLANNED]++;
      if (bits & THIS_YEAR) acc[o + PLANNED_THIS_YEAR]++;
    }
  }
  const rowOf = (g: number, at: (f: number) => number): CoverageRow => {
    const p = at(PLANNED);
    return {
      group: g,
      enterprises: at(ENTERPRISES),
      byClass: Array.from({ length: C }, (_, c) => at(FIXED + c)),
      thisYear: at(THIS_YEAR_N),
      overdue: at(OVERDUE_N),
      never: at(NEVER_N),
      atCap: at(AT_CAP_N),
      overCap: at(OVER_CAP_N),
      planned: p,
      plannedThisYear: at(PLANNED_THIS_YEAR),
      rate: p > 0 ? at(PLANNED_THIS_YEAR) / p : NaN,
    };
  };
  const rows: CoverageRow[] = [];
  for (let g = 0; g <= groups; g++) {
    if (acc[g * F + ENTERPRISES] === 0) continue;
    rows.push(rowOf(g === none ? -1 : g, (f) => acc[g * F + f]));
  }
  const total = rowOf(-1, (f) => {
    let s = 0;
    for (let g = 0; g <= groups; g++) s += acc[g * F + f];
    return s;
  });
  return { rows, total };
}

/** A column the table sorts by: the group's name, a count, a class's count (`class:<index>`) or the rate. */
export type CoverageSortKey =
  'name' | 'enterprises' | 'thisYear' | 'overdue' | 'never' | 'atCap' | 'rate' | `class:${number}`;
export interface CoverageSort {
  key: CoverageSortKey;
  dir: 'asc' | 'desc';
}

const valueOf = (r: CoverageRow, key: Exclude<CoverageSortKey, 'name'>): number =>
  key.startsWith('class:') ? (r.byClass[Number(key.slice(6))] ?? 0) : r[key as Exclude<typeof key, `class:${number}`>];

/**
 * The rows in the order asked: by `compareNames` of the groups for `name`, else by the value; equal
 * values keep the group order; a rate of NaN (no class with an interval) last either way; the "none"
 * group (-1) always last, as a remainder.
 */
export function sortCoverage(
  rows: readonly CoverageRow[],
  sort: CoverageSort,
  compareNames: (a: number, b: number) => number,
): CoverageRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const { key } = sort;
  return [...rows].sort((a, b) => {
    if (a.group < 0 !== b.group < 0) return a.group < 0 ? 1 : -1;
    let d: number;
    if (key === 'name') d = compareNames(a.group, b.group);
    else {
      const x = valueOf(a, key),
        y = valueOf(b, key);
      if (Number.isNaN(x) || Number.isNaN(y)) {
        if (Number.isNaN(x) !== Number.isNaN(y)) return Number.isNaN(x) ? 1 : -1;
        d = 0;
      } else d = x - y;
    }
    return d !== 0 ? sign * d : a.group - b.group;
  });
}
