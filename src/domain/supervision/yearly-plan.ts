/**
 * The yearly supervision inspection plan (年度监督检查计划) for a calendar year Y: which enterprise is
 * to be inspected in which month, by which unit, as columns. Pure: the same input gives the same plan,
 * the random draw included (it comes from the seed, which the plan carries so it can be shown).
 *
 * The rules, so that anyone can check a plan by hand:
 * - The plan's start is 1 January of Y, or the day after the data date when Y is the data date's
 *   year (a year before the data date's cannot be planned). It ends on 31 December of Y.
 * - An enterprise of a class with an interval of m months: its first planned date is its next due
 *   (status.next, the last administrative inspection plus m months); the plan's start instead when
 *   it was never inspected or its next due is before the start. Then every m months after the
 *   previous planned date (calendar.ts addMonths: the same day of the month, or the month's last day
 *   when it is shorter, and that shorter day carried on), while within Y.
 * - The class's yearly cap: no enterprise gets more planned administrative inspections in Y than the
 *   cap minus the administrative inspections it already had in Y up to the data date (status.yearCount
 *   when Y is the data date's year, else 0); the chain is cut after that many (none when nothing is left).
 * - A class without an interval (D): 双随机抽查. Its pool is its enterprises with room under the cap;
 *   round(share x pool) of them are drawn (a partial Fisher-Yates shuffle of the pool, in enterprise
 *   order, with mulberry32 seeded by the seed; the classes drawn in their order, one generator), one
 *   inspection each. The j-th drawn of k goes to month startMonth + floor(j x M / k), M being the
 *   months from the start's month to December, so the months' counts differ by at most one; its date
 *   is the month's first day, or the plan's start in the start's month.
 * - The unit of an enterprise: the unit of its latest administrative inspection on or before the data
 *   date that names a unit (on one day, the later ledger row); else the unit with the most such
 *   inspections of enterprises in its town (a tie: the lower unit id); else none (-1, 未指定单位).
 * - Capacities (optional): a unit's capacity is planned inspections a month (inspectors x inspections
 *   per inspector a month); a unit without one, and "none", are unlimited. For each unit with a
 *   capacity, the months from the start's to December are taken in order; while a month holds more
 *   than the capacity, its inspections are tried one by one, the latest planned date first (a tie:
 *   the lower enterprise index first), each moved to the nearest month that has room (one later, one
 *   earlier, two later, two earlier…, within the plan's months) and keeps the enterprise's
 *   inspections in order and in different months; one that cannot move stays. A moved inspection
 *   keeps its day of the month (the month's last day when shorter; not before the plan's start). A
 *   month still over its capacity is reported in `overflow`.
 * Patrols, self-checks and inspections dated after the data date count for nothing, as in the status.
 *
 * The rows are grouped by enterprise, in enterprise order, each enterprise's in date order
 * (`offsets`). A few passes over typed arrays: a plan for 1,000,000 enterprises takes a fraction of
 * a second.
 */
import { civil, dayOf } from './calendar.ts';
import type { InspectionDates, SupervisionStatus } from './inspection-status.ts';
import { administrativeTable } from './inspection-status.ts';
import type { SupervisionSettings } from './supervision-settings.ts';

/** How a planned inspection was chosen (the plan's `kind`). */
export const PLAN_KINDS = [
  { key: 'interval', zh: '按频次', en: 'By interval' },
  { key: 'random', zh: '双随机抽查', en: 'Random inspection' },
] as const;
export const PLAN_BY_INTERVAL = 0;
export const PLAN_RANDOM = 1;

/** The inspection ledger as the plan reads it: the status's columns and each inspection's unit. */
export interface PlanInspections extends InspectionDates {
  /** Index into `unitNames`; -1 none. */
  unit: Int32Array;
}

export interface YearlyPlanInput {
  /** The calendar year planned: the data date's year or a later one. */
  year: number;
  /** The data date (a day number): the day `status` was computed at. */
  asOf: number;
  settings: SupervisionSettings;
  /** Number of enterprises (ClassInputs.length). */
  length: number;
  /** The enterprises' status at the data date (inspectionStatus). */
  status: Pick<SupervisionStatus, 'cls' | 'next' | 'yearCount'>;
  /** Each enterprise's town; -1 none. */
  town: Int16Array;
  /** The ledger with a unit per inspection; null when the dataset has none. */
  inspections: PlanInspections | null;
  /** The units' names, by unit id. */
  unitNames: readonly string[];
  /**
   * Planned inspections each unit can carry a month, by unit id (inspectors x inspections per month).
   * Absent: every unit unlimited; a missing, negative or non-finite entry: that unit unlimited.
   */
  capacity?: ArrayLike<number> | null;
  /** Seed of the random draw (taken as an unsigned 32-bit integer). */
  seed: number;
  /** Share of each class without an interval drawn for 双随机抽查, 0-1; settings.randomShare when absent. */
  randomShare?: number;
  /**
   * Each enterprise's unit, from {@link enterpriseUnits} with the same data date, settings and ledger:
   * kept by a caller that plans again with another year, seed, share or capacities, so the ledger is
   * not read again. Absent: worked out from `inspections`.
   */
  enterpriseUnit?: Int32Array;
}

/** A unit's month still over its capacity after balancing. */
export interface PlanOverflow {
  /** Unit id. */
  unit: number;
  /** 1-12. */
  month: number;
  planned: number;
  capacity: number;
}

export interface YearlyPlan {
  year: number;
  asOf: number;
  /** The first day planned (1 January of Y, or the day after the data date). */
  start: number;
  /** The seed the draw used (an unsigned 32-bit integer) and the share drawn. */
  seed: number;
  share: number;
  /** Planned inspections. */
  length: number;
  enterprise: Int32Array;
  /** 1-12. */
  month: Uint8Array;
  /** Planned date, a day number. */
  day: Int32Array;
  /** PLAN_KINDS index: 0 by interval, 1 random. */
  kind: Uint8Array;
  /** Unit id; -1 none. */
  unit: Int32Array;
  /** Rows of enterprise i: offsets[i] to offsets[i + 1]. */
  offsets: Int32Array;
  /** Each enterprise's unit (the rules above); -1 none. */
  enterpriseUnit: Int32Array;
  unitNames: readonly string[];
  /** Each unit's monthly capacity; -1 unlimited. */
  capacity: Int32Array;
  /** Planned inspections by class and month: [class * 12 + month - 1]. */
  byClass: Int32Array;
  /** By unit and month: [unit * 12 + month - 1]; the row unitNames.length is "no unit". */
  byUnit: Int32Array;
  /** Per class: enterprises the random draw was made from, and how many were drawn (0 for a class with an interval). */
  randomPool: Int32Array;
  randomDrawn: Int32Array;
  /** Per class: enterprises whose chain of planned dates was cut by the yearly cap. */
  capped: Int32Array;
  /** Months of units still over their capacity, by unit then month. */
  overflow: PlanOverflow[];
}

/** mulberry32: a small seeded 32-bit generator, uniform in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The plan of year `input.year` (see the module comment for the rules). */
export function yearlyPlan(input: YearlyPlanInput): YearlyPlan {
  const { year: Y, asOf, settings, length: n, status, unitNames } = input;
  const dataYear = civil(asOf)[0];
  if (!Number.isInteger(Y) || Y < dataYear)
    throw new RangeError(`the plan's year must be a whole year from the data date's (${dataYear}), not ${Y}`);
  if (input.enterpriseUnit && input.enterpriseUnit.length !== n)
    throw new RangeError(`enterpriseUnit has ${input.enterpriseUnit.length} entries for ${n} enterprises`);
  const share = input.randomShare ?? settings.randomShare;
  if (!(share >= 0 && share <= 1)) throw new RangeError(`the random share ${share} is not from 0 to 1`);
  const seed = input.seed >>> 0;
  const U = unitNames.length;
  const classes = settings.classes;
  const nC = classes.length;
  const interval = Int32Array.from(classes, (c) => c.intervalMonths ?? 0);
  const cap = Float64Array.from(classes, (c) => c.yearlyCap ?? Infinity);
  const sameYear = Y === dataYear;
  const cal = yearCalendar(Y);
  const yearEnd = cal.monthStart[13] - 1;
  const start = sameYear ? asOf + 1 : dayOf(Y, 1, 1);
  // 13: nothing left to plan (the data date is 31 December).
  const startMonth = start > yearEnd ? 13 : cal.monthOf[start - cal.monthStart[1]];
  const { cls, next, yearCount } = status;
  const left = (i: number) => cap[cls[i]] - (sameYear ? yearCount[i] : 0);

  // Pass 1: how many each enterprise gets, and its first date (by interval).
  const count = new Int32Array(n);
  const first = new Int32Array(n);
  const capped = new Int32Array(nC);
  const poolSize = new Int32Array(nC);
  for (let i = 0; i < n; i++) {
    const c = cls[i];
    const m = interval[c];
    const room = left(i);
    if (m === 0) {
      if (room >= 1 && startMonth <= 12) poolSize[c]++;
      continue;
    }
    const nd = next[i];
    const f = nd < 0 || nd < start ? start : nd;
    if (f > yearEnd) continue;
    const chain = Math.floor((12 - cal.monthOf[f - cal.monthStart[1]]) / m) + 1;
    const k = room <= 0 ? 0 : Math.min(chain, room);
    if (k < chain) capped[c]++;
    count[i] = k;
    first[i] = f;
  }

  // The random draw, class by class, one generator.
  const randomMonth = new Uint8Array(n);
  const randomDrawn = new Int32Array(nC);
  const rnd = mulberry32(seed);
  const months = 13 - startMonth;
  for (let c = 0; c < nC; c++) {
    if (interval[c] !== 0 || poolSize[c] === 0) continue;
    const pool = new Int32Array(poolSize[c]);
    let p = 0;
    for (let i = 0; i < n; i++) if (cls[i] === c && left(i) >= 1) pool[p++] = i;
    const k = Math.round(share * pool.length);
    for (let j = 0; j < k; j++) {
      const r = j + Math.floor(rnd() * (pool.length - j));
      const e = pool[r];
      pool[r] = pool[j];
      pool[j] = e;
      randomMonth[e] = startMonth + Math.floor((j * months) / k);
      count[e] = 1;
    }
    randomDrawn[c] = k;
  }

  // Each enterprise's unit.
  const enterpriseUnit = input.enterpriseUnit ?? enterpriseUnits(input);

  // Pass 2: the rows.
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + count[i];
  const L = offsets[n];
  const enterprise = new Int32Array(L);
  const month = new Uint8Array(L);
  const day = new Int32Array(L);
  const kind = new Uint8Array(L);
  const unit = new Int32Array(L);
  for (let i = 0; i < n; i++) {
    let r = offsets[i];
    const end = offsets[i + 1];
    if (r === end) continue;
    const u = enterpriseUnit[i];
    if (randomMonth[i] > 0) {
      const mo = randomMonth[i];
      enterprise[r] = i;
      month[r] = mo;
      day[r] = Math.max(start, cal.monthStart[mo]);
      kind[r] = PLAN_RANDOM;
      unit[r] = u;
      continue;
    }
    const m = interval[cls[i]];
    const f = first[i];
    const m0 = cal.monthOf[f - cal.monthStart[1]];
    // Day of the month, 0-based, carried on as addMonths would.
    let d = f - cal.monthStart[m0];
    for (let mo = m0; r < end; mo += m, r++) {
      const days = cal.monthStart[mo + 1] - cal.monthStart[mo];
      if (d >= days) d = days - 1;
      enterprise[r] = i;
      month[r] = mo;
      day[r] = cal.monthStart[mo] + d;
      kind[r] = PLAN_BY_INTERVAL;
      unit[r] = u;
    }
  }

  const capacity = new Int32Array(U).fill(-1);
  if (input.capacity)
    for (let u = 0; u < U; u++) {
      const v = input.capacity[u];
      if (v !== undefined && Number.isFinite(v) && v >= 0) capacity[u] = Math.floor(v);
    }
  const plan = { cal, start, startMonth, enterprise, month, day, unit, offsets };
  const overflow = capacity.some((c) => c >= 0) ? balance(plan, capacity, U) : [];

  const byClass = new Int32Array(nC * 12);
  const byUnit = new Int32Array((U + 1) * 12);
  for (let r = 0; r < L; r++) {
    const mo = month[r] - 1;
    byClass[cls[enterprise[r]] * 12 + mo]++;
    byUnit[(unit[r] < 0 ? U : unit[r]) * 12 + mo]++;
  }
  return {
    year: Y,
    asOf,
    start,
    seed,
    share,
    length: L,
    enterprise,
    month,
    day,
    kind,
    unit,
    offsets,
    enterpriseUnit,
    unitNames,
    capacity,
    byClass,
    byUnit,
    randomPool: poolSize,
    randomDrawn,
    capped,
    overflow,
  };
}

/**
 * Each enterprise's unit (the plan's rule): the unit of its latest administrative inspection on or
 * before the data date that names one, else the unit with the most such inspections in its town, else -1.
 */
export function enterpriseUnits(
  input: Pick<YearlyPlanInput, 'length' | 'town' | 'inspections' | 'unitNames' | 'asOf' | 'settings'>,
): Int32Array {
  const { length: n, town, inspections, asOf, settings } = input;
  const U = input.unitNames.length;
  const out = new Int32Array(n).fill(-1);
  if (!inspections || U === 0) return out;
  const admin = administrativeTable(settings);
  const latest = new Int32Array(n).fill(-2147483648);
  let towns = 0;
  for (let i = 0; i < n; i++) if (town[i] + 1 > towns) towns = town[i] + 1;
  const byTown = new Int32Array(towns * U);
  const { enterprise, day, kind, unit } = inspections;
  for (let k = 0; k < inspections.length; k++) {
    const u = unit[k];
    const d = day[k];
    if (u < 0 || u >= U || d > asOf || admin[kind[k]] === 0) continue;
    const i = enterprise[k];
    if (d >= latest[i]) {
      latest[i] = d;
      out[i] = u;
    }
    if (town[i] >= 0) byTown[town[i] * U + u]++;
  }
  const townUnit = new Int32Array(towns).fill(-1);
  for (let t = 0; t < towns; t++) {
    let best = 0;
    for (let u = 0; u < U; u++)
      if (byTown[t * U + u] > best) {
        best = byTown[t * U + u];
        townUnit[t] = u;
      }
  }
  for (let i = 0; i < n; i++) if (out[i] < 0 && town[i] >= 0) out[i] = townUnit[town[i]];
  return out;
}

/** Year Y's months as day numbers: monthStart[m] is the first day of month m (1-12), [13] 1 January of Y + 1; monthOf[d - monthStart[1]] the month of day d. */
interface YearCalendar {
  monthStart: Int32Array;
  monthOf: Uint8Array;
}

function yearCalendar(Y: number): YearCalendar {
  const monthStart = new Int32Array(14);
  for (let m = 1; m <= 12; m++) monthStart[m] = dayOf(Y, m, 1);
  monthStart[13] = dayOf(Y + 1, 1, 1);
  const monthOf = new Uint8Array(monthStart[13] - monthStart[1]);
  for (let m = 1; m <= 12; m++) monthOf.fill(m, monthStart[m] - monthStart[1], monthStart[m + 1] - monthStart[1]);
  return { monthStart, monthOf };
}

interface Rows {
  cal: YearCalendar;
  start: number;
  startMonth: number;
  enterprise: Int32Array;
  month: Uint8Array;
  day: Int32Array;
  unit: Int32Array;
  offsets: Int32Array;
}

/** Moves inspections out of the months over a unit's capacity (the module comment's rule); returns what stays over. */
function balance(p: Rows, capacity: Int32Array, U: number): PlanOverflow[] {
  const { cal, start, startMonth, enterprise, month, day, unit, offsets } = p;
  const { monthStart } = cal;
  const L = enterprise.length;
  // Load and rows of each (unit, month), units with a capacity only: a counting sort, so each
  // bucket's rows are in row order, that is in enterprise order.
  const B = U * 13;
  const load = new Int32Array(B);
  for (let r = 0; r < L; r++) if (unit[r] >= 0 && capacity[unit[r]] >= 0) load[unit[r] * 13 + month[r]]++;
  const bucketStart = new Int32Array(B + 1);
  for (let b = 0; b < B; b++) bucketStart[b + 1] = bucketStart[b] + load[b];
  const fill = bucketStart.slice(0, B);
  const rows = new Int32Array(bucketStart[B]);
  for (let r = 0; r < L; r++) if (unit[r] >= 0 && capacity[unit[r]] >= 0) rows[fill[unit[r] * 13 + month[r]]++] = r;

  const overflow: PlanOverflow[] = [];
  const byDay = new Int32Array(32);
  for (let u = 0; u < U; u++) {
    const c = capacity[u];
    if (c < 0) continue;
    const base = u * 13;
    for (let mo = startMonth; mo <= 12; mo++) {
      if (load[base + mo] <= c) continue;
      // The month's rows, the latest day first and in enterprise order within a day: a stable counting sort.
      const from = bucketStart[base + mo];
      const to = bucketStart[base + mo + 1];
      byDay.fill(0);
      for (let k = from; k < to; k++) byDay[31 - (day[rows[k]] - monthStart[mo])]++;
      for (let q = 0, acc = 0; q < 32; q++) {
        const v = byDay[q];
        byDay[q] = acc;
        acc += v;
      }
      const candidates = new Int32Array(to - from);
      for (let k = from; k < to; k++) candidates[byDay[31 - (day[rows[k]] - monthStart[mo])]++] = rows[k];
      let room = 0;
      for (let t = startMonth; t <= 12; t++) if (t !== mo && load[base + t] < c) room += c - load[base + t];
      for (let k = 0; k < candidates.length && load[base + mo] > c && room > 0; k++) {
        const r = candidates[k];
        const e = enterprise[r];
        const before = r > offsets[e] ? month[r - 1] : 0;
        const after = r + 1 < offsets[e + 1] ? month[r + 1] : 13;
        let target = 0;
        for (let dist = 1; dist <= 12 - startMonth && target === 0; dist++) {
          const later = mo + dist;
          const earlier = mo - dist;
          if (later <= 12 && later < after && load[base + later] < c) target = later;
          else if (earlier >= startMonth && earlier > before && load[base + earlier] < c) target = earlier;
        }
        if (target === 0) continue;
        load[base + mo]--;
        load[base + target]++;
        room--;
        const dom = Math.min(day[r] - monthStart[mo], monthStart[target + 1] - monthStart[target] - 1);
        month[r] = target;
        day[r] = Math.max(start, monthStart[target] + dom);
      }
      if (load[base + mo] > c) overflow.push({ unit: u, month: mo, planned: load[base + mo], capacity: c });
    }
  }
  return overflow;
}
