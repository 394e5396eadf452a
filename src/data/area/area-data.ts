/**
 * The area panel's and ranking's computations: number formatting, the list of key figures and their
 * values, and the one-pass scan of an area's selected enterprises (sector counts + the top by score).
 * Pure, so they are unit-tested directly; their labels in either language are the panel's
 * (src/panels/area/area-labels.ts).
 */
import * as d3 from 'd3';
import {
  AREA_METRICS,
  metricValue,
  rankAreas,
  type AreaKind,
  type AreaMetricKey,
  type AreaMetrics,
} from './area-metrics.ts';
import type { EnterpriseColumns } from '../columns.ts';
import type { DatasetManifest } from '../dataset.ts';
import { LEVELS } from '../../domain/levels.ts';
import { SECTORS } from '../../domain/sectors.ts';

export type NumberFormat = 'int' | 'pct' | 'dec1' | 'dec2';

const fmtInt = d3.format(',d');
const fmtDec1 = d3.format(',.1f');
const fmtDec2 = d3.format(',.2f');

/** A number for display: thousands separators; `pct` takes a fraction 0..1; NaN/±Infinity → "—". */
export function formatNumber(v: number, format: NumberFormat): string {
  if (!Number.isFinite(v)) return '—';
  switch (format) {
    case 'int':
      return fmtInt(Math.round(v));
    case 'pct':
      return `${fmtDec1(v * 100)}%`;
    case 'dec1':
      return fmtDec1(v);
    case 'dec2':
      return fmtDec2(v);
  }
}

/**
 * A number with its unit: "12 家", "35.0%", "8.3 家/km²". A unit already carried by the format (%) or
 * one that is a scale note in parentheses ("(0-100)", shown in the label instead) is not appended, nor
 * is any unit after "—".
 */
export function withUnit(v: number, format: NumberFormat, unit: string): string {
  const text = formatNumber(v, format);
  if (text === '—' || unit === '' || format === 'pct' || unit === '%' || unit.startsWith('(')) return text;
  return `${text} ${unit}`;
}

/** The metric definition of AREA_METRICS for a key. */
export function metricDef(key: AreaMetricKey) {
  return AREA_METRICS.find((m) => m.key === key) ?? AREA_METRICS[0];
}

/** The enterprise column holding each row's area index of a kind. */
export function areaColumn(c: EnterpriseColumns, kind: AreaKind): Int16Array {
  return kind === 'town' ? c.town : kind === 'grid' ? c.grid : c.park;
}

/** The manifest entries of a kind (names, km², etc.). */
export function areaList(
  m: DatasetManifest,
  kind: AreaKind,
): readonly { code: string; name: string; areaKm2: number }[] {
  return kind === 'town' ? m.towns : kind === 'grid' ? m.grids : m.parks;
}

// ---------------------------------------------------------------- key figures

export type FigureKey =
  | 'enterprises'
  | 'major'
  | 'significant'
  | 'general'
  | 'low'
  | 'redOrangeShare'
  | 'density'
  | 'meanScore'
  | 'maxScore'
  | 'openHazards'
  | 'overdueHazards'
  | 'openMajorHazards'
  | 'riskIndex'
  | 'areaKm2';

export interface FigureDef {
  key: FigureKey;
  format: NumberFormat;
  /** Higher means more risk: the higher side of a comparison is bold. */
  riskHigher: boolean;
  /** Level code for the per-level counts (label shown as a level badge). */
  level?: number;
}

/** The key figures in display order. */
export const FIGURES: readonly FigureDef[] = [
  { key: 'riskIndex', format: 'dec1', riskHigher: true },
  { key: 'enterprises', format: 'int', riskHigher: true },
  { key: 'major', format: 'int', riskHigher: true, level: 0 },
  { key: 'significant', format: 'int', riskHigher: true, level: 1 },
  { key: 'general', format: 'int', riskHigher: false, level: 2 },
  { key: 'low', format: 'int', riskHigher: false, level: 3 },
  { key: 'redOrangeShare', format: 'pct', riskHigher: true },
  { key: 'density', format: 'dec1', riskHigher: true },
  { key: 'meanScore', format: 'dec1', riskHigher: true },
  { key: 'maxScore', format: 'dec1', riskHigher: true },
  { key: 'openHazards', format: 'int', riskHigher: true },
  { key: 'overdueHazards', format: 'int', riskHigher: true },
  { key: 'openMajorHazards', format: 'int', riskHigher: true },
  { key: 'areaKm2', format: 'dec2', riskHigher: false },
];

const METRIC_KEYS = new Set<string>(AREA_METRICS.map((m) => m.key));

/** The raw value of a figure of one area (NaN where undefined). */
export function figureValue(m: AreaMetrics, areaKm2: number, key: FigureKey, area: number): number {
  if (key === 'areaKm2') return areaKm2;
  if (key === 'openMajorHazards') return m.openMajorHazards[area];
  const level = LEVELS.findIndex((l) => l.key === key);
  if (level >= 0) return m.byLevel[area * 4 + level];
  if (METRIC_KEYS.has(key)) return metricValue(m, key as AreaMetricKey, area);
  return NaN;
}

/**
 * Which side of a comparison is the higher-risk one for a figure: 'a', 'b', or null when equal, not
 * comparable (NaN on either side) or the figure has no risk direction.
 */
export function higherSide(def: FigureDef, a: number, b: number): 'a' | 'b' | null {
  if (!def.riskHigher || !Number.isFinite(a) || !Number.isFinite(b) || a === b) return null;
  return a > b ? 'a' : 'b';
}

// ---------------------------------------------------------------- one area's enterprises

export interface AreaScan {
  /** Selected enterprises in the area. */
  selected: number;
  /** Per leaf sector code (SECTORS index). */
  sectorCounts: Uint32Array;
  /** Rows of the highest-scoring selected enterprises, highest first (NaN scores last, ties by row). */
  top: Uint32Array;
}

/**
 * One pass over the rows: the area's selected enterprises (`mask[i] === 1 && column[i] === index`),
 * counted per sector, and the `topN` highest scores kept in a small sorted buffer (no full sort).
 */
export function scanArea(c: EnterpriseColumns, mask: Uint8Array, kind: AreaKind, index: number, topN = 50): AreaScan {
  const col = areaColumn(c, kind);
  const sectorCounts = new Uint32Array(SECTORS.length);
  const idx = new Uint32Array(topN);
  const val = new Float64Array(topN);
  let count = 0,
    selected = 0;
  const n = Math.min(c.length, mask.length, col.length);
  const score = c.score,
    sector = c.sector;
  for (let i = 0; i < n; i++) {
    if (col[i] !== index || mask[i] !== 1) continue;
    selected++;
    const sc = sector[i];
    if (sc < sectorCounts.length) sectorCounts[sc]++;
    if (topN === 0) continue;
    const raw = score[i];
    const s = raw === raw ? raw : -Infinity;
    if (count === topN) {
      if (s <= val[topN - 1]) continue;
      count--;
    }
    let k = count;
    while (k > 0 && val[k - 1] < s) {
      val[k] = val[k - 1];
      idx[k] = idx[k - 1];
      k--;
    }
    val[k] = s;
    idx[k] = i;
    count++;
  }
  return { selected, sectorCounts, top: idx.slice(0, count) };
}

export interface SectorShare {
  code: number;
  count: number;
}

/**
 * The largest sectors (count > 0, largest first, ties in taxonomy order), at most `max` rows; when more
 * sectors have enterprises, the last row (code -1) sums the rest ("other").
 */
export function topSectors(counts: ArrayLike<number>, max = 6): SectorShare[] {
  const rows: SectorShare[] = [];
  for (let code = 0; code < counts.length; code++) if (counts[code] > 0) rows.push({ code, count: counts[code] });
  rows.sort((a, b) => b.count - a.count || a.code - b.code);
  if (rows.length <= max) return rows;
  const kept = rows.slice(0, max - 1);
  const rest = rows.slice(max - 1).reduce((s, r) => s + r.count, 0);
  return [...kept, { code: -1, count: rest }];
}

/** Areas of a kind other than `exclude`, sorted by name (Chinese collation, numbers by value). */
export function areasByName(list: readonly { name: string }[], exclude: number): number[] {
  const coll = new Intl.Collator(['zh-Hans-CN', 'en'], { numeric: true });
  return list
    .map((_, i) => i)
    .filter((i) => i !== exclude)
    .sort((a, b) => coll.compare(list[a].name, list[b].name) || a - b);
}

/**
 * The ranking shown by the area ranking list: {@link rankAreas} without the areas that have no selected
 * enterprise (their values are "no data", and a 0 enterprises row says nothing), at most `top`.
 * The map's rank labels should use this too, so the numbers on the map match the list.
 */
export function rankedAreas(m: AreaMetrics, key: AreaMetricKey, top = 10): number[] {
  const out: number[] = [];
  for (const a of rankAreas(m, key)) {
    if (out.length >= top) break;
    if (m.enterprises[a] > 0) out.push(a);
  }
  return out;
}
