/**
 * hazards.csv: the hidden-hazard ledger (隐患台账) over the 18 months up to the data date. Riskier
 * enterprises get more findings; inspection activity grows over time, dips at the Spring Festival
 * and peaks in Safety Month (June) and in the autumn campaign. Each finding gets a deadline and a
 * rectification time; whether it is closed, in progress or overdue on the data date follows from them.
 */
import type { EnterpriseTable } from './enterprises';
import { DESCRIPTIONS, pickDescription } from './hazard-texts';
import { personNameFor } from './names';
import { type Rng, WeightedTable } from './random';
import type { HazardCounts } from './risk-record';
import { TextStore } from './text-store';
import { LineWriter, csvText } from './write';

export const HAZARD_COLUMNS = [
  'id',
  'credit_code',
  'found_date',
  'level',
  'status',
  'deadline',
  'closed_date',
  'source',
  'description',
  'responsible_person',
  'listed_supervision',
];

const STATUS = ['open', 'in_progress', 'awaiting_recheck', 'closed'] as const;
const SOURCES = ['self_check', 'enforcement', 'grid_patrol', 'public_report'] as const;
const GENERAL_SOURCES = new WeightedTable([0, 1, 2, 3], [45, 22, 25, 8]);
const MAJOR_SOURCES = new WeightedTable([0, 1, 2, 3], [20, 50, 20, 10]);
const GENERAL_DEADLINE = new WeightedTable([7, 15, 30, 45, 60, 90], [0.4, 1.2, 3, 2.5, 2, 1]);
const MAJOR_DEADLINE = new WeightedTable([45, 60, 90], [2, 3, 4]);

/** Day 0 of the ledger window and the data date, as UTC dates. */
export interface LedgerWindow {
  start: Date;
  asOf: Date;
}

const DAY = 86_400_000;

function dateTable(start: Date, days: number): string[] {
  return Array.from({ length: days }, (_, d) => new Date(start.getTime() + d * DAY).toISOString().slice(0, 10));
}

function dayWeights(start: Date, last: number): number[] {
  return Array.from({ length: last + 1 }, (_, d) => {
    const date = new Date(start.getTime() + d * DAY);
    const month = date.getUTCMonth() + 1;
    const weekday = date.getUTCDay();
    let w = 0.6 + 1.0 * (d / last); // more inspection activity as the work ramps up
    if (month === 6) w *= 1.45; // 安全生产月
    if (month === 2) w *= 0.55; // Spring Festival
    if (last - d < 100) w *= 2.6; // the hundred-day campaign (百日攻坚) before the data date
    if (weekday === 0 || weekday === 6) w *= 0.3;
    return w;
  });
}

export interface HazardStats {
  count: number;
  closed: number;
  overdue: number;
  major: number;
  majorOpen: number;
  listed: number;
}

/** `counts`, when given, gets each enterprise's open, overdue and open major hazards on the data date. */
export function generateHazards(
  rng: Rng,
  ent: EnterpriseTable,
  win: LedgerWindow,
  out: LineWriter,
  counts?: HazardCounts,
): HazardStats {
  const last = Math.round((win.asOf.getTime() - win.start.getTime()) / DAY);
  const dates = dateTable(win.start, last + 400);
  const days = new WeightedTable(
    Array.from({ length: last + 1 }, (_, d) => d),
    dayWeights(win.start, last),
  );
  let mean = 0;
  for (let i = 0; i < ent.count; i++) mean += ent.propensity[i];
  mean /= Math.max(1, ent.count);

  let cap = Math.ceil(ent.count * 1.8) + 64;
  let n = 0;
  let owner = new Int32Array(cap);
  let found = new Int16Array(cap);
  let packed = new Int32Array(cap); // level | status << 1 | source << 3 | listed << 5 | description << 6
  let deadline = new Int16Array(cap);
  let closed = new Int16Array(cap);
  const grow = () => {
    cap *= 2;
    const g32 = (a: Int32Array) => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    const g16 = (a: Int16Array) => {
      const b = new Int16Array(cap);
      b.set(a);
      return b;
    };
    owner = g32(owner);
    packed = g32(packed);
    found = g16(found);
    deadline = g16(deadline);
    closed = g16(closed);
  };
  const stats: HazardStats = { count: 0, closed: 0, overdue: 0, major: 0, majorOpen: 0, listed: 0 };

  for (let e = 0; e < ent.count; e++) {
    const rel = ent.propensity[e] / mean;
    const k = rng.poisson(1.6 * rel);
    for (let h = 0; h < k; h++) {
      if (n === cap) grow();
      const day = days.draw(rng);
      const major = rng.chance(Math.min(0.2, 0.014 * Math.pow(rel, 0.8)));
      const dl = (major ? MAJOR_DEADLINE : GENERAL_DEADLINE).draw(rng);
      // Fix time, then a few days until the recheck closes it (销号); a few are stuck (the owner
      // cannot or will not fix them).
      let fix: number;
      if (rng.chance(major ? 0.05 : 0.055 * Math.min(2, rel))) fix = Infinity;
      else if (!major && rng.chance(0.12)) fix = rng.int(0, 2);
      else fix = Math.round(dl * rng.lognormal(0.65, 0.4));
      let t = fix + (fix === Infinity ? 0 : major ? rng.int(7, 25) : rng.int(2, 18));
      // Most owners who run late still rush to be signed off just before the deadline.
      if (t !== Infinity && t > dl && rng.chance(0.6)) {
        t = dl - rng.int(0, Math.min(5, dl));
        fix = Math.min(fix, t);
      }
      let status = 3;
      let closedDay = -1;
      if (day + t <= last) closedDay = day + t;
      else if (day + fix <= last) status = 2;
      else if (last - day <= 3) status = 0;
      else status = rng.chance(0.7) ? 1 : 0;
      const listed = major && rng.chance(status === 3 ? 0.05 : 0.4);
      const source = (major ? MAJOR_SOURCES : GENERAL_SOURCES).draw(rng);
      const desc = pickDescription(rng, ent.sector[e], ent.flags[e], major);
      owner[n] = e;
      found[n] = day;
      deadline[n] = day + dl;
      closed[n] = closedDay;
      packed[n] = (major ? 1 : 0) | (status << 1) | (source << 3) | ((listed ? 1 : 0) << 5) | (desc << 6);
      n++;
      stats.major += major ? 1 : 0;
      stats.closed += status === 3 ? 1 : 0;
      stats.overdue += status !== 3 && day + dl < last ? 1 : 0;
      stats.majorOpen += major && status !== 3 ? 1 : 0;
      stats.listed += listed ? 1 : 0;
      if (counts && status !== 3) {
        counts.open[e]++;
        if (major) counts.openMajor[e]++;
        if (day + dl < last) counts.overdue[e]++;
      }
    }
  }
  stats.count = n;

  // Counting sort by found day, stable in generation order; ids then follow the same order.
  const start = new Int32Array(last + 2);
  for (let i = 0; i < n; i++) start[found[i] + 1]++;
  for (let d = 0; d <= last; d++) start[d + 1] += start[d];
  const order = new Int32Array(n);
  const fill = start.slice(0, last + 1);
  for (let i = 0; i < n; i++) order[fill[found[i]]++] = i;

  // Ids: YH + yyyymm + sequence within the month, zero-padded to one width for the whole file.
  // Months are numbered by day once, so the loops below do no string work for them.
  const monthOf = new Int32Array(dates.length);
  const months: string[] = [];
  for (let d = 0; d < dates.length; d++) {
    const m = dates[d].slice(0, 7);
    if (months[months.length - 1] !== m) months.push(m);
    monthOf[d] = months.length - 1;
  }
  const perMonth = new Int32Array(months.length);
  for (let i = 0; i < n; i++) perMonth[monthOf[found[i]]]++;
  const width = Math.max(4, String(Math.max(0, ...perMonth)).length);
  const idPrefix = months.map((m) => `YH${m.replace('-', '')}`);
  const seq = new Int32Array(months.length);
  const descriptions = DESCRIPTIONS.map(csvText);
  // Each principal's name, made once: its index in `persons` + 1 by enterprise (0 not made yet).
  const persons = new TextStore(ent.count, 3);
  const personOf = new Int32Array(ent.count);
  out.push(HAZARD_COLUMNS.join(','));
  for (let k = 0; k < n; k++) {
    const i = order[k];
    const e = owner[i];
    const date = dates[found[i]];
    const month = monthOf[found[i]];
    const s = ++seq[month];
    const p = packed[i];
    let name: string;
    if (personOf[e] > 0) name = persons.text(personOf[e] - 1);
    else {
      name = personNameFor(e, 0x5a17);
      personOf[e] = persons.push(name) + 1;
    }
    const closedDate = closed[i] >= 0 ? dates[closed[i]] : '';
    out.push(
      `${idPrefix[month]}${String(s).padStart(width, '0')},${ent.codes.text(e)},${date},${p & 1 ? 'major' : 'general'},` +
        `${STATUS[(p >> 1) & 3]},${dates[deadline[i]]},${closedDate},${SOURCES[(p >> 3) & 3]},${descriptions[p >> 6]},` +
        `${csvText(name)},${(p >> 5) & 1 ? 'true' : 'false'}`,
    );
  }
  return stats;
}
