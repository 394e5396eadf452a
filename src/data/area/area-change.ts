/**
 * The areas between two data dates of one district (a comparison, src/data/compare): the earlier
 * snapshot's area metrics under the same filters, each area's rank then and now, and the metrics a
 * choropleth shows only while comparing (the change in the area risk index), with their symmetric
 * classes. The two snapshots have the same towns, grid cells and parks in the same order, so an
 * area's index means the same area in both.
 *
 * Ranks are positions in the ranking list (area-data.ts's `rankedAreas`: highest first, ties by area index, areas
 * with no selected enterprise unranked), then and now by the same rule: the rank then is the number
 * the earlier snapshot's list shows, the rank now the number this one shows.
 *
 * Pure TypeScript: no React, DOM or map imports. Plain words: docs/area-risk.md.
 */
import { classBreaks, classOf, type ClassMethod } from '../../domain/classify.ts';
import type { Lang } from '../../domain/lang.ts';
import { tr } from '../../domain/text.ts';
import { AREA_CHANGE_TEXT } from './area-change-strings.ts';
import {
  AREA_METRICS,
  computeAllAreaMetrics,
  rankAreas,
  unfilteredAreaMetrics,
  type AllAreaMetrics,
  type AreaMetricKey,
  type AreaMetrics,
} from './area-metrics.ts';
import type { EnterpriseColumns } from '../columns.ts';

type AreaLists = Parameters<typeof computeAllAreaMetrics>[2];

/**
 * The metrics of every area over a filter result's selection: the district's own (kept per scoring)
 * when every row is selected, else one pass over the mask; null without a result.
 */
export function selectionAreaMetrics(
  columns: EnterpriseColumns,
  result: { mask: Uint8Array; selected: number } | null,
  areas: AreaLists,
): AllAreaMetrics | null {
  if (!result) return null;
  return result.selected === columns.length
    ? unfilteredAreaMetrics(columns, areas)
    : computeAllAreaMetrics(columns, result.mask, areas);
}

// ---------------------------------------------------------------- ranks then and now

/** Each area's rank by one metric now and then: 1 = first, 0 = not ranked (no selected enterprise). */
export interface RankChanges {
  now: Int32Array;
  then: Int32Array;
}

/** An area's move in the ranking: up or down by some places, unchanged, new (no rank then), gone (no rank now). */
export type RankMove =
  { kind: 'up' | 'down'; places: number } | { kind: 'same' } | { kind: 'new' } | { kind: 'gone' } | { kind: 'none' };

function ranksOf(m: AreaMetrics, key: AreaMetricKey, count: number): Int32Array {
  const rank = new Int32Array(count);
  // The ranking list's order (area-data.ts's rankedAreas): rankAreas without the empty areas.
  let k = 0;
  for (const a of rankAreas(m, key)) if (m.enterprises[a] > 0 && a < count) rank[a] = ++k;
  return rank;
}

/** The rank of every area by `key` now and then (the two metrics of one kind, same areas in the same order). */
export function rankChanges(now: AreaMetrics, then: AreaMetrics, key: AreaMetricKey): RankChanges {
  return { now: ranksOf(now, key, now.count), then: ranksOf(then, key, now.count) };
}

/** How an area moved: up 2 is rank 5 then, 3 now. */
export function rankMove(r: RankChanges, area: number): RankMove {
  const now = r.now[area],
    then = r.then[area];
  if (now === 0) return then === 0 ? { kind: 'none' } : { kind: 'gone' };
  if (then === 0) return { kind: 'new' };
  if (now === then) return { kind: 'same' };
  return now < then ? { kind: 'up', places: then - now } : { kind: 'down', places: now - then };
}

/** A move as the ranking shows it: "↑2", "↓1", "—" (unchanged), "新" (no rank then); "" without a rank now. */
export function rankMoveLabel(move: RankMove, lang: Lang): string {
  switch (move.kind) {
    case 'up':
      return `↑${move.places}`;
    case 'down':
      return `↓${move.places}`;
    case 'same':
      return '—';
    case 'new':
      return tr(lang, AREA_CHANGE_TEXT.rankNew);
    default:
      return '';
  }
}

/** Places moved up (negative: down); NaN when the area has no rank then or now. */
export function rankShift(r: RankChanges, area: number): number {
  const now = r.now[area],
    then = r.then[area];
  return now === 0 || then === 0 ? NaN : then - now;
}

/**
 * Areas sorted by their move: `rise` the largest rise first, `fall` the largest fall first; areas
 * without a rank then (new) after the others, ties by the rank now.
 */
export function sortByRankChange(areas: readonly number[], r: RankChanges, dir: 'rise' | 'fall'): number[] {
  const sign = dir === 'rise' ? 1 : -1;
  return [...areas].sort((a, b) => {
    const sa = rankShift(r, a),
      sb = rankShift(r, b);
    const na = sa !== sa,
      nb = sb !== sb;
    if (na !== nb) return na ? 1 : -1;
    if (!na && sa !== sb) return sign * (sb - sa);
    return (r.now[a] || Infinity) - (r.now[b] || Infinity) || a - b;
  });
}

// ---------------------------------------------------------------- metrics of a comparison

/** The metrics a choropleth shows only while comparing: a metric now minus then. */
export type ChangeMetricKey = 'riskIndexChange';

/** Every metric a choropleth can show. */
export type MapMetricKey = AreaMetricKey | ChangeMetricKey;

type MetricDef = (typeof AREA_METRICS)[number];

/** A metric now minus then: diverging (worse above zero, better below), shown only while comparing. */
export interface ChangeMetricDef extends Omit<MetricDef, 'key'> {
  key: ChangeMetricKey;
  /** The metric whose change it is. */
  of: AreaMetricKey;
}

export const CHANGE_METRICS: readonly ChangeMetricDef[] = [
  {
    key: 'riskIndexChange',
    ...AREA_CHANGE_TEXT.riskIndexChange,
    of: 'riskIndex',
    unitZh: '',
    unitEn: '',
    format: 'dec1',
  },
];

/** The choropleths' metrics, in menu order: every area metric, then the changes (only while comparing). */
export const MAP_METRICS: readonly (MetricDef | ChangeMetricDef)[] = [...AREA_METRICS, ...CHANGE_METRICS];

export function isChangeMetric(key: string): key is ChangeMetricKey {
  return CHANGE_METRICS.some((m) => m.key === key);
}

/** The declaration of a choropleth metric (the area risk index for an unknown key). */
export function mapMetricDef(key: MapMetricKey): MetricDef | ChangeMetricDef {
  return MAP_METRICS.find((m) => m.key === key) ?? MAP_METRICS[0];
}

/**
 * One value per area of a choropleth metric, NaN where there is none to show: an area metric's value,
 * NaN for an area with no selected enterprise (a count of 0 there is no data, not low risk); a change,
 * now minus then, NaN where either side has none (the area had no enterprise then, or has none now).
 * Null for a change without the earlier metrics.
 */
export function mapMetricValues(now: AreaMetrics, then: AreaMetrics | null, key: MapMetricKey): Float32Array | null {
  const out = new Float32Array(now.count);
  if (isChangeMetric(key)) {
    if (!then) return null;
    const of = CHANGE_METRICS.find((m) => m.key === key)!.of;
    const a = now[of],
      b = then[of];
    for (let i = 0; i < now.count; i++) {
      const empty = now.enterprises[i] === 0 || i >= then.count || then.enterprises[i] === 0;
      out[i] = empty ? NaN : a[i] - b[i];
    }
    return out;
  }
  const v = now[key];
  for (let i = 0; i < now.count; i++) out[i] = now.enterprises[i] === 0 ? NaN : v[i];
  return out;
}

// ---------------------------------------------------------------- symmetric classes

/**
 * Class breaks symmetric about zero for a change: the method's breaks of the sizes |v| in
 * ⌊classes/2⌋ + 1 classes (manual: the thresholds' sizes) mirrored below zero, so a neutral class
 * around zero has as many classes of rises above it as of falls below. `[-6, -3, 3, 6]`: fell by 6 or
 * more, by 3 to 6, about the same (less than 3 either way), rose by 3 to 6, by 6 or more. No change
 * anywhere gives no breaks (one neutral class).
 */
export function symmetricBreaks(
  values: ArrayLike<number>,
  classes: number,
  method: ClassMethod,
  manual?: readonly number[],
): number[] {
  const sizes = Array.from(values, Math.abs);
  const half = Math.max(1, Math.floor(classes / 2));
  const up = classBreaks(sizes, half + 1, method, manual?.map(Math.abs)).filter((b) => b > 0);
  return [...up.map((b) => -b).reverse(), ...up];
}

/**
 * The class of a change under symmetric breaks, 0..breaks.length (-1 for NaN), mirrored so that a
 * value and its opposite sit in classes equally far from the neutral one: a rise exactly on a break
 * takes the class above it, a fall exactly on one the class below.
 */
export function divergingClassOf(value: number, breaks: readonly number[]): number {
  if (value !== value) return -1;
  if (value >= 0) return classOf(value, breaks);
  return breaks.length - classOf(-value, breaks);
}
