/**
 * Reads and checks the boundary files of a data folder (towns, grid cells, parks, district):
 * every feature needs a unique code and a Polygon/MultiPolygon; bad features are reported and left
 * out. Computes each area's size and a label point once, at build time.
 */
import {
  area,
  bbox as turfBbox,
  booleanPointInPolygon,
  centerOfMass,
  pointOnFeature,
  union,
  featureCollection,
} from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { parkTypeCode } from '../../../domain/parks.ts';
import type { GridInfo, ParkInfo, PolygonFeatureCollection, TownInfo, ValidationIssue } from '../../dataset.ts';

type PolyFeature = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

export interface AreaLayer<T> {
  features: PolyFeature[];
  info: T[];
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

function roundCoords(c: unknown): unknown {
  return typeof c === 'number' ? round6(c) : (c as unknown[]).map(roundCoords);
}

function text(v: unknown): string {
  return v === undefined || v === null ? '' : String(v).trim();
}

/** Point to write an area's name at: its centre of mass when that falls inside, else a point on it. */
export function labelPoint(f: PolyFeature): [number, number] {
  const c = centerOfMass(f).geometry.coordinates;
  if (booleanPointInPolygon(c, f)) return [round6(c[0]), round6(c[1])];
  const p = pointOnFeature(f).geometry.coordinates;
  return [round6(p[0]), round6(p[1])];
}

function validRing(ring: unknown): boolean {
  return (
    Array.isArray(ring) &&
    ring.length >= 4 &&
    ring.every((p) => Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]))
  );
}

/** The polygon features of a parsed GeoJSON file, each checked; bad ones reported and skipped. */
export function readPolygons(
  file: string,
  json: unknown,
  issues: ValidationIssue[],
  requireCode = true,
): PolyFeature[] {
  const fc = json as { type?: string; features?: unknown[] };
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    issues.push({
      file,
      row: 0,
      column: '',
      value: '',
      reason: 'not a GeoJSON FeatureCollection',
      reasonZh: '不是 GeoJSON 要素集合（FeatureCollection）',
      severity: 'error',
    });
    return [];
  }
  const out: PolyFeature[] = [];
  const seen = new Set<string>();
  fc.features.forEach((raw, k) => {
    const f = raw as PolyFeature;
    const row = k + 1;
    const g = f?.geometry;
    const polys = g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : null;
    if (!polys || !polys.every((p) => Array.isArray(p) && p.length > 0 && p.every(validRing))) {
      issues.push({
        file,
        row,
        column: 'geometry',
        value: String(g?.type ?? ''),
        reason: 'geometry must be a Polygon or MultiPolygon with closed rings of lon/lat numbers',
        reasonZh: '几何应为面（Polygon 或 MultiPolygon），由闭合的经纬度环组成',
        severity: 'error',
      });
      return;
    }
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const code = requireCode ? text(props.code) : text(props.code) || `#${row}`;
    if (!code) {
      issues.push({
        file,
        row,
        column: 'code',
        value: '',
        reason: 'missing code',
        reasonZh: '缺少代码',
        severity: 'error',
      });
      return;
    }
    if (seen.has(code)) {
      issues.push({
        file,
        row,
        column: 'code',
        value: code,
        reason: 'duplicate code',
        reasonZh: '代码重复',
        severity: 'error',
      });
      return;
    }
    seen.add(code);
    out.push({
      type: 'Feature',
      properties: props,
      geometry: { type: g!.type, coordinates: roundCoords(g!.coordinates) } as Polygon | MultiPolygon,
    });
  });
  return out;
}

const km2 = (f: PolyFeature) => Math.round(area(f) / 1e4) / 100;

export function readTowns(json: unknown, issues: ValidationIssue[], file = 'towns.geojson'): AreaLayer<TownInfo> {
  const features = readPolygons(file, json, issues);
  const info = features.map((f) => ({
    code: text(f.properties.code),
    name: text(f.properties.name) || text(f.properties.code),
    areaKm2: km2(f),
    label: labelPoint(f),
  }));
  return { features, info };
}

/**
 * Grid cells, each tied to its town by `town_code`, else by `town_name`, else by where its label
 * point lies (`townIndex`), so a grid layer without town columns still groups under its towns.
 */
export function readGrid(
  json: unknown,
  towns: TownInfo[],
  issues: ValidationIssue[],
  file = 'grid.geojson',
  townAt?: (lon: number, lat: number) => number,
): AreaLayer<GridInfo> {
  const features = readPolygons(file, json, issues);
  const townIndex = new Map(towns.map((t, i) => [t.code, i]));
  const townByName = new Map(towns.map((t, i) => [t.name, i]));
  const info = features.map((f, k) => {
    const p = f.properties;
    const townCode = text(p.town_code);
    const townName = text(p.town_name);
    let town = townIndex.get(townCode) ?? townByName.get(townName) ?? -1;
    const label = labelPoint(f);
    if (town < 0 && townAt && !townCode && !townName) town = townAt(label[0], label[1]);
    else if (town < 0)
      issues.push({
        file,
        row: k + 1,
        column: townCode ? 'town_code' : 'town_name',
        value: townCode || townName,
        reason: 'no town with this code or name',
        reasonZh: '没有这个代码或名称的镇街',
        severity: 'warning',
      });
    return {
      code: text(p.code),
      name: text(p.name) || text(p.code),
      town,
      gridWorker: text(p.grid_worker),
      gridWorkerPhone: text(p.grid_worker_phone),
      responsiblePerson: text(p.responsible_person),
      areaKm2: km2(f),
      label,
    };
  });
  return { features, info };
}

export function readParks(json: unknown, issues: ValidationIssue[], file = 'parks.geojson'): AreaLayer<ParkInfo> {
  const all = readPolygons(file, json, issues);
  const features: PolyFeature[] = [];
  const info: ParkInfo[] = [];
  all.forEach((f, k) => {
    const p = f.properties;
    const type = parkTypeCode(text(p.type));
    if (type < 0) {
      issues.push({
        file,
        row: k + 1,
        column: 'type',
        value: text(p.type),
        reason:
          'park type must be town_industrial, small_micro or village_cluster (镇街工业园/小微企业园/村级工业聚集园)',
        reasonZh: '园区类型应为镇街工业园、小微企业园或村级工业聚集园',
        severity: 'error',
      });
      return;
    }
    features.push(f);
    info.push({
      code: text(p.code),
      name: text(p.name) || text(p.code),
      type,
      managingBody: text(p.managing_body),
      areaKm2: km2(f),
      town: -1,
      label: labelPoint(f),
    });
  });
  return { features, info };
}

/** The district outline: the given file, or the union of the towns when there is none. */
export function readDistrict(
  json: unknown | undefined,
  towns: PolyFeature[],
  issues: ValidationIssue[],
  file = 'district.geojson',
): PolyFeature[] {
  if (json !== undefined) {
    const d = readPolygons(file, json, issues, false);
    if (d.length) return d;
  }
  if (towns.length === 0) return [];
  if (towns.length === 1) return [towns[0]];
  const u = union(featureCollection(towns));
  return u ? [{ ...u, properties: { code: 'district' } } as PolyFeature] : [];
}

/** Feature collection for the bundle: properties slimmed to what the map draws, plus index `i`. */
export function toCollection(
  features: PolyFeature[],
  props: (i: number) => Record<string, unknown>,
): PolygonFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: features.map((f, i) => ({ type: 'Feature', properties: { i, ...props(i) }, geometry: f.geometry })),
  } as PolygonFeatureCollection;
}

export function bboxOf(features: PolyFeature[]): [number, number, number, number] {
  const b = turfBbox(featureCollection(features));
  return [b[0], b[1], b[2], b[3]];
}

export function areaKm2(features: PolyFeature[]): number {
  return Math.round(features.reduce((s, f) => s + area(f), 0) / 1e4) / 100;
}
