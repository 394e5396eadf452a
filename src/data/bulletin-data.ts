/**
 * What the printed bulletin (安全生产风险通报, src/panels/bulletin/) lists, computed from the current
 * view: the period it reports on, the top areas and enterprises by risk, the overdue hazards and the
 * listed-supervision (挂牌督办) major hazards, and the window of the trend it draws.
 *
 * Pure and columnar like the ledger it reads (src/data/hazard-ledger.ts): one pass per list, a
 * small sorted buffer for each top N, nothing allocated per row. Called once per print, not per
 * filter click.
 */
import type { AreaMetrics } from './area-metrics.ts';
import { rankAreas } from './area-metrics.ts';
import type { EnterpriseColumns } from './columns.ts';
import { HAZARD_LEVELS } from './dataset.ts';
import {
  daysOverdue, hazardTrend, OPEN, periodEnd, periodLabel, periodStartOf, queryHazards, statusOn,
  type LedgerColumns, type TrendPeriod, type TrendStep,
} from './hazard-ledger.ts';

/** How many areas and enterprises the bulletin ranks, and how many periods its trend shows. */
export const BULLETIN_TOP = 10;
export const BULLETIN_TREND_PERIODS = 12;

/** HAZARD_LEVELS code of a major hazard (重大事故隐患). */
const MAJOR_HAZARD = HAZARD_LEVELS.findIndex((l) => l.key === 'major');

export interface BulletinPeriod {
  step: TrendStep;
  /** First day (a Monday, or the 1st of a month). */
  start: number;
  /** Last day counted: the period's last day, or the data date if that comes first. */
  end: number;
  /** '2026-W43' or '2026-10'. */
  label: string;
  /** True for the period holding the data date (the time slider's default). */
  latest: boolean;
}

/**
 * The period the bulletin reports on: the one picked on the hazard ledger's time slider, or else the
 * week or month holding the data date `asOf`. A picked period after the data date is read as the latest.
 */
export function bulletinPeriod(ledger: { step: TrendStep; period: { start: number } | null }, asOf: number): BulletinPeriod {
  const step = ledger.step;
  const latestStart = periodStartOf(asOf, step);
  const picked = ledger.period ? periodStartOf(ledger.period.start, step) : latestStart;
  const start = picked < latestStart ? picked : latestStart;
  return { step, start, end: periodEnd(start, step, asOf), label: periodLabel(start, step), latest: start === latestStart };
}

export interface RankedEnterprise {
  /** Row in the enterprise columns. */
  row: number;
  score: number;
  level: number;
}

/**
 * The `n` enterprises with the highest score among those with mask[row] === 1 (every row when the
 * mask is null): score descending, then level (重大 first), then row. Rows without a score (NaN) come
 * after every scored one.
 */
export function topEnterprises(cols: Pick<EnterpriseColumns, 'length' | 'score' | 'level'>, mask: Uint8Array | null, n = BULLETIN_TOP): RankedEnterprise[] {
  const top: RankedEnterprise[] = [];
  if (n <= 0) return top;
  const { score, level } = cols;
  // a before b: the order described above (rows arrive ascending, so a tie keeps the earlier row).
  const before = (s: number, l: number, t: RankedEnterprise) => {
    const sa = s === s, sb = t.score === t.score;
    if (sa !== sb) return sa;
    if (sa && s !== t.score) return s > t.score;
    return l < t.level;
  };
  for (let i = 0; i < cols.length; i++) {
    if (mask !== null && mask[i] !== 1) continue;
    const s = score[i], l = level[i];
    if (top.length === n && !before(s, l, top[n - 1])) continue;
    let at = top.length === n ? n - 1 : top.length;
    while (at > 0 && before(s, l, top[at - 1])) at--;
    if (top.length === n) top.pop();
    top.splice(at, 0, { row: i, score: s, level: l });
  }
  return top;
}

export interface RankedArea {
  /** Index of the area in the manifest's list of its kind. */
  area: number;
  /** The area risk index, 0-100. */
  riskIndex: number;
  /** Selected enterprises in it. */
  enterprises: number;
  /** Of those, per level code 0..3. */
  byLevel: [number, number, number, number];
  /** The highest level among them (0 = 重大): the symbol the bulletin shows beside the area. */
  topLevel: number;
}

/**
 * The `n` areas of one kind with the highest area risk index over the current selection ({@link rankAreas}
 * on `riskIndex`), leaving out the areas with no selected enterprise (their index is "no data").
 */
export function topAreas(m: AreaMetrics, n = BULLETIN_TOP): RankedArea[] {
  const out: RankedArea[] = [];
  for (const a of rankAreas(m, 'riskIndex')) {
    if (out.length >= n) break;
    if (m.enterprises[a] === 0) continue;
    const b = a * 4;
    const byLevel: [number, number, number, number] = [m.byLevel[b], m.byLevel[b + 1], m.byLevel[b + 2], m.byLevel[b + 3]];
    out.push({ area: a, riskIndex: m.riskIndex[a], enterprises: m.enterprises[a], byLevel, topLevel: byLevel.findIndex((c) => c > 0) });
  }
  return out;
}

export interface HazardLine {
  /** Index in the hazard columns. */
  hazard: number;
  /** Row of its enterprise. */
  enterprise: number;
  /** Found and deadline days (NO_DATE when none). */
  found: number;
  deadline: number;
  /** HAZARD_LEVELS code. */
  level: number;
  /** Days past the deadline on the report day; 0 when not overdue. */
  daysOverdue: number;
}

export interface HazardList {
  /** Every hazard of the list. */
  count: number;
  /** The first `max` of them: most days overdue first, then the earliest found, then by index. */
  lines: HazardLine[];
}

function listOf(h: LedgerColumns, indices: ArrayLike<number>, day: number, max: number): HazardList {
  const lines: HazardLine[] = [];
  for (let j = 0; j < indices.length; j++) {
    const k = indices[j];
    lines.push({ hazard: k, enterprise: h.enterprise[k], found: h.found[k], deadline: h.deadline[k], level: h.level[k], daysOverdue: daysOverdue(h, k, day) });
  }
  lines.sort((a, b) => b.daysOverdue - a.daysOverdue || a.found - b.found || a.hazard - b.hazard);
  return { count: lines.length, lines: lines.slice(0, Math.max(0, max)) };
}

/**
 * Hazards overdue on `day` (open then, deadline before it: `isOverdueOn`) of the enterprises with
 * mask[row] === 1 (all when null), most days overdue first.
 */
export function overdueHazards(h: LedgerColumns, day: number, mask: Uint8Array | null, max: number): HazardList {
  return listOf(h, queryHazards(h, { overdueOnly: true, enterpriseMask: mask }, day), day, max);
}

/**
 * Major hazards (重大事故隐患) under listed supervision (挂牌督办) still open on `day`, of the
 * enterprises with mask[row] === 1 (all when null), most days overdue first.
 */
export function listedMajorHazards(h: LedgerColumns, day: number, mask: Uint8Array | null, max: number): HazardList {
  const listed = queryHazards(h, { listedOnly: true, levels: [MAJOR_HAZARD], enterpriseMask: mask }, day);
  const open: number[] = [];
  for (let j = 0; j < listed.length; j++) if (statusOn(h, listed[j], day) === OPEN) open.push(listed[j]);
  return listOf(h, open, day, max);
}

/**
 * The trend the bulletin draws: new, closed and still-open hazards of the enterprises with
 * mask[row] === 1 (all when null) per week or month ({@link hazardTrend}), the last `count` periods
 * up to and including the one starting on `through` (the last period when none starts then).
 */
export function trendWindow(h: LedgerColumns, step: TrendStep, asOf: number, mask: Uint8Array | null, through: number, count = BULLETIN_TREND_PERIODS): TrendPeriod[] {
  const periods = hazardTrend(h, step, asOf, { enterpriseMask: mask });
  const at = periods.findIndex((p) => p.start === through);
  const end = at >= 0 ? at + 1 : periods.length;
  return periods.slice(Math.max(0, end - count), end);
}

/** A moment as the bulletin prints it, in the viewer's time zone: '2026-11-03 14:05'. */
export function printStamp(d: Date): string {
  const p = (v: number) => String(v).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The build time of a bundle (`manifest.builtAt`, ISO 8601) as its calendar day; '' when unreadable. */
export function builtDay(builtAt: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(builtAt ?? '');
  return m ? m[1] : '';
}

