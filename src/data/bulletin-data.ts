/**
 * What the printed bulletin (安全生产风险通报, src/panels/bulletin/) lists, computed from the current
 * view: the period it reports on, the top areas and enterprises by risk, the overdue hazards and the
 * listed-supervision (挂牌督办) major hazards, and the window of the trend it draws.
 *
 * Pure and columnar like the ledger it reads (src/data/ledger/hazard-ledger.ts): one pass per list, a
 * small sorted buffer for each top N, nothing allocated per row. Called once per print, not per
 * filter click.
 */
import type { AreaMetrics } from './area/area-metrics.ts';
import { rankAreas } from './area/area-metrics.ts';
import type { EnterpriseColumns } from './columns.ts';
import { HAZARD_LEVELS } from './dataset.ts';
import {
  daysOverdue,
  hazardTrend,
  OPEN,
  periodEnd,
  periodLabel,
  periodStartOf,
  queryHazards,
  statusOn,
  type LedgerColumns,
  type TrendPeriod,
  type TrendStep,
} from './ledger/hazard-ledger.ts';

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
  /** True for the period holding the data date. */
  latest: boolean;
}

/** What the bulletin reports on, as chosen in its own toolbar: weekly or monthly, and which period (null: the one holding the data date). */
export interface BulletinPick {
  step: TrendStep;
  start: number | null;
}

/** How many weeks and months back the bulletin's period picker offers. */
export const BULLETIN_PICK_PERIODS: Readonly<Record<TrendStep, number>> = { week: 26, month: 24 };

function periodAt(start: number, step: TrendStep, asOf: number, latestStart: number): BulletinPeriod {
  return {
    step,
    start,
    end: periodEnd(start, step, asOf),
    label: periodLabel(start, step),
    latest: start === latestStart,
  };
}

/**
 * The period the bulletin reports on: the week or month starting on `pick.start` (any day of it will
 * do), or the one holding the data date `asOf` when none is picked; a pick after the data date is read
 * as the latest. Chosen in the bulletin's toolbar, not on the hazard ledger's time slider.
 */
export function bulletinPeriod(pick: BulletinPick, asOf: number): BulletinPeriod {
  const { step } = pick;
  const latestStart = periodStartOf(asOf, step);
  const picked = pick.start === null ? latestStart : periodStartOf(pick.start, step);
  return periodAt(picked < latestStart ? picked : latestStart, step, asOf, latestStart);
}

/**
 * The weeks or months the bulletin's picker offers: the one holding the data date first, then the
 * `count` - 1 before it, latest first (ISO weeks, Monday to Sunday, labelled by their Thursday's year).
 */
export function bulletinPeriods(asOf: number, step: TrendStep, count = BULLETIN_PICK_PERIODS[step]): BulletinPeriod[] {
  const latestStart = periodStartOf(asOf, step);
  const out: BulletinPeriod[] = [];
  let start = latestStart;
  for (let k = 0; k < count; k++) {
    out.push(periodAt(start, step, asOf, latestStart));
    start = periodStartOf(start - 1, step);
  }
  return out;
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
export function topEnterprises(
  cols: Pick<EnterpriseColumns, 'length' | 'score' | 'level'>,
  mask: Uint8Array | null,
  n = BULLETIN_TOP,
): RankedEnterprise[] {
  const top: RankedEnterprise[] = [];
  if (n <= 0) return top;
  const { score, level } = cols;
  // a before b: the order described above (rows arrive ascending, so a tie keeps the earlier row).
  const before = (s: number, l: number, t: RankedEnterprise) => {
    const sa = s === s,
      sb = t.score === t.score;
    if (sa !== sb) return sa;
    if (sa && s !== t.score) return s > t.score;
    return l < t.level;
  };
  for (let i = 0; i < cols.length; i++) {
    if (mask !== null && mask[i] !== 1) continue;
    const s = score[i],
      l = level[i];
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
    const byLevel: [number, number, number, number] = [
      m.byLevel[b],
      m.byLevel[b + 1],
      m.byLevel[b + 2],
      m.byLevel[b + 3],
    ];
    out.push({
      area: a,
      riskIndex: m.riskIndex[a],
      enterprises: m.enterprises[a],
      byLevel,
      topLevel: byLevel.findIndex((c) => c > 0),
    });
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
    lines.push({
      hazard: k,
      enterprise: h.enterprise[k],
      found: h.found[k],
      deadline: h.deadline[k],
      level: h.level[k],
      daysOverdue: daysOverdue(h, k, day),
    });
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
export function trendWindow(
  h: LedgerColumns,
  step: TrendStep,
  asOf: number,
  mask: Uint8Array | null,
  through: number,
  count = BULLETIN_TREND_PERIODS,
): TrendPeriod[] {
  const periods = hazardTrend(h, step, asOf, { enterpriseMask: mask });
  const at = periods.findIndex((p) => p.start === through);
  const end = at >= 0 ? at + 1 : periods.length;
  return periods.slice(Math.max(0, end - count), end);
}

export { printStamp } from './dates.ts';

/** The build time of a bundle (`manifest.builtAt`, ISO 8601) as its calendar day; '' when unreadable. */
export function builtDay(builtAt: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(builtAt ?? '');
  return m ? m[1] : '';
}

// ---------------------------------------------------------------------------------------------------
// The map image

export interface PixelRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * The canvas pixels the bulletin prints of the map: the box of the district's projected corners
 * (CSS pixels, from the map's `project`) with a 16-pixel margin, within the canvas, then widened
 * (or heightened) towards `aspect` (width / height of the printed box) as far as the canvas allows,
 * so the district fills the box instead of a wide window printing as a thin strip. The whole canvas
 * when the corners are unknown or the district is (almost) out of view. `cssWidth` is the canvas's
 * width in CSS pixels (its pixels may be more: the device pixel ratio).
 */
export function cropRect(
  canvas: { width: number; height: number },
  cssWidth: number,
  corners: readonly { x: number; y: number }[] | null,
  aspect: number,
): PixelRect {
  const cw = canvas.width,
    ch = canvas.height;
  const full = { x: 0, y: 0, w: cw, h: ch };
  if (!corners || corners.length === 0 || corners.some((p) => !Number.isFinite(p.x) || !Number.isFinite(p.y)))
    return full;
  const ratio = cssWidth > 0 ? cw / cssWidth : 1;
  const pad = 16 * ratio;
  let l = Math.max(0, Math.min(...corners.map((p) => p.x)) * ratio - pad);
  let r = Math.min(cw, Math.max(...corners.map((p) => p.x)) * ratio + pad);
  let t = Math.max(0, Math.min(...corners.map((p) => p.y)) * ratio - pad);
  let b = Math.min(ch, Math.max(...corners.map((p) => p.y)) * ratio + pad);
  if (r - l < 32 || b - t < 32) return full;
  if ((r - l) / (b - t) < aspect) {
    const want = Math.min(cw, (b - t) * aspect);
    l = Math.max(0, Math.min(cw - want, (l + r) / 2 - want / 2));
    r = l + want;
  } else {
    const want = Math.min(ch, (r - l) / aspect);
    t = Math.max(0, Math.min(ch - want, (t + b) / 2 - want / 2));
    b = t + want;
  }
  const x = Math.round(l),
    y = Math.round(t);
  return { x, y, w: Math.min(cw - x, Math.round(r - l)), h: Math.min(ch - y, Math.round(b - t)) };
}

/** Web Mercator with MapLibre's 512-pixel tiles: ground metres per CSS pixel at a latitude and zoom. */
export function metresPerCssPixel(lat: number, zoom: number): number {
  return (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/**
 * A scale bar for an image of `width` x `height` pixels at `metresPerPixel`, printed with
 * `object-fit: contain` in a box of `boxMm`: the longest round distance (1, 2 or 5 times a power of
 * ten, in metres) at most `maxMm` long on paper, and its length in mm. Null without a scale.
 */
export function scaleBar(
  image: { width: number; height: number; metresPerPixel: number | null },
  boxMm: { width: number; height: number },
  maxMm = 25,
): { metres: number; mm: number } | null {
  if (!image.metresPerPixel || !(image.metresPerPixel > 0) || image.width <= 0 || image.height <= 0) return null;
  const mmPerPixel = Math.min(boxMm.width / image.width, boxMm.height / image.height);
  const metresPerMm = image.metresPerPixel / mmPerPixel;
  const most = maxMm * metresPerMm;
  const p = 10 ** Math.floor(Math.log10(most));
  const metres = [5, 2, 1].map((k) => k * p).find((v) => v <= most) ?? p;
  return { metres, mm: metres / metresPerMm };
}
