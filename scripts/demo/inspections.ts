/**
 * inspections.csv: the inspection ledger (检查台账) over the two years up to the data date, after the
 * default supervision settings (src/domain/supervision): enterprises the build will show as 重大, 较大
 * and 一般 are inspected about every 3, 6 and 12 months (with jitter, and now and then a lapse), a few
 * of them never; 低 enterprises only now and then, by 双随机抽查. Hazardous-chemical, dust and ammonia
 * sites get special campaigns (专项检查) in Safety Month; a few enterprises are inspected more often in
 * the data date's year than their class's yearly cap allows. Grid patrols (网格巡查) and enterprises'
 * own checks (企业自查), which never count as administrative inspections, are mixed in. Findings,
 * results and, for a small share, penalties with fines follow the level.
 *
 * Bounded memory like the hazard ledger: one compact row of typed arrays per inspection (about 14
 * bytes), sorted by day with a counting sort, and written line by line.
 */
import { FLAGS } from '../../src/domain/flags';
import { INSPECTION_KINDS } from '../../src/domain/supervision/inspection-kinds';
import { DEFAULT_SUPERVISION } from '../../src/domain/supervision/supervision-settings';
import type { EnterpriseTable } from './enterprises';
import { DISTRICT_SHORT, personName, personNameFor } from './names';
import { type Rng, WeightedTable } from './random';
import { type LineWriter, csvText } from './write';

export const INSPECTION_COLUMNS = [
  'id',
  'credit_code',
  'date',
  'kind',
  'unit',
  'inspectors',
  'result',
  'hazards_found',
  'penalty',
];

/** Kind codes (INSPECTION_KINDS indices). */
const ENFORCEMENT = 0;
const RANDOM = 1;
const SPECIAL = 2;
const SUPERVISORY = 3;
const PATROL = 4;
const SELF_CHECK = 5;
const KIND_KEYS = INSPECTION_KINDS.map((k) => k.key);

/** Levels (LEVELS indices) to the default classes A-D: their interval in days (none for D) and yearly cap. */
const CLASSES = DEFAULT_SUPERVISION.classes;
const INTERVAL_DAYS = CLASSES.map((c) =>
  c.intervalMonths === null ? 0 : Math.round((c.intervalMonths * 365.25) / 12),
);
const YEARLY_CAP = CLASSES.map((c) => c.yearlyCap ?? 99);
/** Share of each level never inspected in the two years. */
const NEVER = [0.01, 0.03, 0.08, 0];
/** Chance that an inspection's successor comes late (a lapse: 1.15 to 1.9 intervals). */
const LATE = [0.06, 0.08, 0.1, 0];
/** Chance, per year, that a 低 enterprise is drawn for a random inspection (双随机抽查). */
const RANDOM_DRAW = 0.09;
/** Chance that an enterprise of classes B-D is inspected beyond its yearly cap in the data date's year. */
const OVER_CAP = 0.003;
/** Grid patrols per enterprise over the two years (more where grid work looks: leased premises, three-in-one, factories in factories). */
const PATROLS = 1.3;
/** Self-checks recorded per enterprise over the two years, by level. */
const SELF_CHECKS = [4, 2, 0.6, 0.25];
/** Share of administrative inspections that find nothing, by level. */
const CLEAN = [0.3, 0.35, 0.45, 0.55];
/** Share of inspections with findings that end in a penalty. */
const PENALISED = 0.1;
const FINES = new WeightedTable([2000, 5000, 10000, 20000, 30000, 50000, 100000], [2, 4, 4, 3, 2, 1, 0.5]);

/** Sectors and flags of the special campaigns. */
const CAMPAIGN_SECTORS = new Set(['hazchem', 'fireworks', 'urban_gas', 'mining', 'metallurgy']);
const HAZCHEM_SECTORS = new Set(['hazchem', 'fireworks', 'urban_gas']);
const bit = (key: string) => 1 << FLAGS.findIndex((f) => f.key === key);
const CAMPAIGN_FLAGS = bit('dust_explosion') | bit('ammonia_refrigeration') | bit('molten_metal');
const PATROL_FLAGS = bit('leased') | bit('three_in_one') | bit('factory_in_factory');

/** Units: the enforcement brigade's three squads, the hazardous-chemicals section, the city's supervisory team, the enterprise itself, then each town's office. */
const SQUADS = ['一中队', '二中队', '三中队'].map((s) => `${DISTRICT_SHORT}区应急局执法大队${s}`);
const HAZCHEM_UNIT = 3;
const SUPERVISORY_UNIT = 4;
const OWN_UNIT = 5;
const TOWN_UNIT = 6;
const FIXED_UNITS = [...SQUADS, `${DISTRICT_SHORT}区应急局危化科`, '市安委办督导组', '本单位'];
const OFFICERS = 8;
const TOWN_STAFF = 4;

/** Short, as ledgers keep them: a million-enterprise district's ledger has three million rows. */
const RESULTS = [
  '未发现问题',
  '发现隐患已责令整改',
  '发现隐患已当场整改',
  '立案处罚',
  '责令停产停业整顿',
  '发现问题已告知整改',
  '发现问题已移交执法',
  '自查发现隐患已整改',
];

/** The ledger's window: its first day and the data date, as UTC dates. */
export interface InspectionWindow {
  start: Date;
  asOf: Date;
}

export interface InspectionStats {
  count: number;
  /** Rows by kind, in INSPECTION_KINDS order. */
  byKind: number[];
  /** Enterprises of classes A-C with no administrative inspection in the window. */
  never: number;
  /** Enterprises inspected beyond their class's yearly cap in the data date's year. */
  overCap: number;
  penalties: number;
}

const DAY = 86_400_000;

/**
 * Writes the ledger; `levels` is each enterprise's level as the build will show it (risk-record.ts),
 * `towns` the towns' names by index.
 */
export function generateInspections(
  rng: Rng,
  ent: EnterpriseTable,
  levels: Uint8Array,
  towns: readonly string[],
  win: InspectionWindow,
  out: LineWriter,
): InspectionStats {
  const last = Math.round((win.asOf.getTime() - win.start.getTime()) / DAY);
  const dates = Array.from({ length: last + 1 }, (_, d) => new Date(win.start.getTime() + d * DAY));
  const dateText = dates.map((d) => d.toISOString().slice(0, 10));
  const yearStart = dates.findIndex((d) => d.getUTCFullYear() === win.asOf.getUTCFullYear());
  const junes = dates.flatMap((d, k) => (d.getUTCMonth() === 5 && d.getUTCDate() === 1 ? [k] : []));
  /** The nearest working day (Saturday back to Friday, Sunday on to Monday), inside the window. */
  const workday = (d: number) => {
    const w = dates[d].getUTCDay();
    const moved = w === 6 ? d - 1 : w === 0 ? d + 1 : d;
    return moved < 0 ? d : moved > last ? d - 2 : moved;
  };
  const units = [...FIXED_UNITS, ...towns.map((t) => `${t}应急办`)];
  // The officers of each unit (the enforcement units') and the staff of each town's office: fictional names.
  const staff = units.map((_, u) =>
    Array.from({ length: u >= TOWN_UNIT ? TOWN_STAFF : OFFICERS }, () => personName(rng)),
  );

  let cap = Math.ceil(ent.count * 3.2) + 64;
  let n = 0;
  let owner = new Int32Array(cap);
  let day = new Int16Array(cap);
  // kind | unit << 3 | result << 8 | found << 11 | penalty << 16 (0 no, 1 yes, 2 not given) | officer a << 18 | officer b << 22
  let packed = new Int32Array(cap);
  let fine = new Int32Array(cap);
  const grow = () => {
    cap *= 2;
    const g32 = (a: Int32Array) => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    const g16 = new Int16Array(cap);
    g16.set(day);
    owner = g32(owner);
    packed = g32(packed);
    fine = g32(fine);
    day = g16;
  };
  const stats: InspectionStats = { count: 0, byKind: KIND_KEYS.map(() => 0), never: 0, overCap: 0, penalties: 0 };
  const add = (
    e: number,
    d: number,
    kind: number,
    unit: number,
    result: number,
    found: number,
    penalty: number,
    yuan: number,
  ) => {
    if (n === cap) grow();
    const pool = staff[unit].length;
    const a = rng.int(0, pool - 1);
    const b = (a + rng.int(1, pool - 1)) % pool;
    owner[n] = e;
    day[n] = d;
    packed[n] =
      kind | (unit << 3) | (result << 8) | (Math.min(31, found) << 11) | (penalty << 16) | (a << 18) | (b << 22);
    fine[n] = yuan;
    n++;
    stats.byKind[kind]++;
    if (penalty === 1) stats.penalties++;
  };
  /** An administrative inspection of enterprise e on day d: its findings and penalty drawn by level. */
  const inspect = (e: number, d: number, kind: number, unit: number, level: number) => {
    if (rng.chance(kind === RANDOM ? CLEAN[level] + 0.1 : CLEAN[level]))
      return add(e, workday(d), kind, unit, 0, 0, 0, 0);
    const found = 1 + rng.poisson(level === 0 ? 2.5 : 1.5);
    if (rng.chance(PENALISED)) {
      const shut = rng.chance(0.05);
      return add(e, workday(d), kind, unit, shut ? 4 : 3, found, 1, FINES.draw(rng) * (shut ? 2 : 1));
    }
    add(e, workday(d), kind, unit, rng.chance(0.75) ? 1 : 2, found, 0, 0);
  };

  for (let e = 0; e < ent.count; e++) {
    const level = levels[e];
    const sector = ent.sector[e];
    const flags = ent.flags[e];
    const squad = ent.risk.town[e] % SQUADS.length;
    const hazchem = HAZCHEM_SECTORS.has(sector);
    const campaign = CAMPAIGN_SECTORS.has(sector) || (flags & CAMPAIGN_FLAGS) !== 0;
    const first = n;
    // The planned round: every interval, jittered; sometimes late.
    const interval = INTERVAL_DAYS[level];
    if (interval > 0 && !rng.chance(NEVER[level])) {
      for (let t = rng.int(0, interval - 1); t <= last;) {
        let kind = ENFORCEMENT;
        const r = rng.next();
        if (campaign && r < 0.22) kind = SPECIAL;
        else if (r > 1 - (level === 0 ? 0.08 : 0.03)) kind = SUPERVISORY;
        else if (level === 2 && r < 0.08) kind = RANDOM;
        const unit = kind === SUPERVISORY ? SUPERVISORY_UNIT : hazchem && rng.chance(0.6) ? HAZCHEM_UNIT : squad;
        inspect(e, t, kind, unit, level);
        t += Math.round(interval * (rng.chance(LATE[level]) ? rng.range(1.15, 1.9) : rng.range(0.7, 1.05)));
      }
    }
    // 低: drawn now and then for a random inspection.
    if (interval === 0) {
      for (let y = 0; y < 2; y++) {
        if (rng.chance(RANDOM_DRAW)) inspect(e, Math.min(last, y * 365 + rng.int(0, 364)), RANDOM, squad, level);
      }
    }
    // Safety Month (June): special campaigns at the riskier sites.
    if (campaign) {
      for (const june of junes) {
        if (rng.chance(0.35)) inspect(e, june + rng.int(0, 29), SPECIAL, hazchem ? HAZCHEM_UNIT : squad, level);
      }
    }
    // Beyond the yearly cap: inspected again and again in the data date's year (a complaint, a campaign, a recheck).
    if (level > 0 && rng.chance(OVER_CAP)) {
      let thisYear = 0;
      for (let k = first; k < n; k++) if (day[k] >= yearStart && (packed[k] & 7) <= SUPERVISORY) thisYear++;
      const extra = YEARLY_CAP[level] + 1 - thisYear + (rng.chance(0.4) ? 1 : 0);
      for (let k = 0; k < extra; k++) inspect(e, rng.int(yearStart, last), k % 2 ? SPECIAL : ENFORCEMENT, squad, level);
      stats.overCap++;
    }
    if (interval > 0) {
      let admin = false;
      for (let k = first; k < n && !admin; k++) admin = (packed[k] & 7) <= SUPERVISORY;
      if (!admin) stats.never++;
    }
    // Grid patrols by the town's office: they never count.
    const patrols = rng.poisson(PATROLS * ((flags & PATROL_FLAGS) !== 0 ? 1.4 : 1));
    for (let k = 0; k < patrols; k++) {
      const r = rng.next();
      const result = r < 0.7 ? 0 : r < 0.95 ? 5 : 6;
      add(
        e,
        workday(rng.int(0, last)),
        PATROL,
        TOWN_UNIT + ent.risk.town[e],
        result,
        result ? 1 + rng.poisson(0.6) : 0,
        2,
        0,
      );
    }
    // The enterprise's own checks, as recorded in the system.
    const own = rng.poisson(SELF_CHECKS[level]);
    for (let k = 0; k < own; k++) {
      const problems = rng.chance(0.4);
      add(e, rng.int(0, last), SELF_CHECK, OWN_UNIT, problems ? 7 : 0, problems ? 1 + rng.poisson(1) : 0, 2, 0);
    }
  }
  stats.count = n;

  // Counting sort by day, stable in generation order; ids then follow the same order.
  const start = new Int32Array(last + 2);
  for (let i = 0; i < n; i++) start[day[i] + 1]++;
  for (let d = 0; d <= last; d++) start[d + 1] += start[d];
  const order = new Int32Array(n);
  const fill = start.slice(0, last + 1);
  for (let i = 0; i < n; i++) order[fill[day[i]]++] = i;

  // Ids: JC + yyyymm + sequence within the month, zero-padded to one width for the whole file.
  const monthOf = new Int32Array(last + 1);
  const months: string[] = [];
  for (let d = 0; d <= last; d++) {
    const m = dateText[d].slice(0, 7);
    if (months[months.length - 1] !== m) months.push(m);
    monthOf[d] = months.length - 1;
  }
  const perMonth = new Int32Array(months.length);
  for (let i = 0; i < n; i++) perMonth[monthOf[day[i]]]++;
  const width = Math.max(4, String(Math.max(0, ...perMonth)).length);
  const idPrefix = months.map((m) => `JC${m.replace('-', '')}`);
  const seq = new Int32Array(months.length);
  const unitText = units.map(csvText);
  const resultText = RESULTS.map(csvText);
  out.push(INSPECTION_COLUMNS.join(','));
  for (let k = 0; k < n; k++) {
    const i = order[k];
    const e = owner[i];
    const d = day[i];
    const month = monthOf[d];
    const p = packed[i];
    const kind = p & 7;
    const unit = (p >> 3) & 31;
    const penalty = (p >> 16) & 3;
    const pool = staff[unit];
    const inspectors =
      kind === SELF_CHECK
        ? personNameFor(e, 0x5a17)
        : kind === PATROL
          ? pool[(p >> 18) & 15]
          : `${pool[(p >> 18) & 15]}、${pool[(p >> 22) & 15]}`;
    out.push(
      `${idPrefix[month]}${String(++seq[month]).padStart(width, '0')},${ent.codes.text(e)},${dateText[d]},${KIND_KEYS[kind]},` +
        `${unitText[unit]},${csvText(inspectors)},${resultText[(p >> 8) & 7]},${(p >> 11) & 31},` +
        `${penalty === 1 ? fine[i] : penalty === 0 ? 'no' : ''}`,
    );
  }
  return stats;
}
