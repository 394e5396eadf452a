/**
 * The data build as one pure function: prepared sources in (tables with mapped columns, boundary
 * layers in WGS84; src/data/import/prepare.ts makes them from a bureau's files), a validated, joined
 * and scored dataset out, with every problem found. Used by scripts/build-data.ts, the browser's
 * import worker and tests alike.
 */
import { DEFAULT_RISK_MODEL, type RiskModel } from '../../../domain/risk-model.ts';
import { rescoreColumns } from '../../rescore.ts';
import { parseRiskModel } from '../../../domain/risk-model-json.ts';
import { parseSupervision } from '../../../domain/supervision/index.ts';
import type { EnterpriseColumns } from '../../columns.ts';
import { ENTERPRISE_COLUMNS, type EnterpriseTextName } from '../../common/columns/enterprise-columns.ts';
import type { ColumnRegistry, TypedArray } from '../../common/columns/column-types.ts';
import { allocateColumns, numericIn } from '../../common/columns/select.ts';
import {
  HAZARD_CLOSED,
  type DatasetGeo,
  type DatasetManifest,
  type GridInfo,
  type ParkInfo,
  type TownInfo,
  type ValidationIssue,
} from '../../dataset.ts';
import { formatDay, parseDay } from '../../dates.ts';
import { joinPoints, PolygonIndex } from '../../spatial-index.ts';
import type { KeyLookup } from '../../string-index.ts';
import { readEnterprises, type RawEnterprises } from './enterprises.ts';
import { areaKm2, bboxOf, readDistrict, readGrid, readParks, readTowns, toCollection } from './geo.ts';
import { emptyHazards, isOverdue, readHazards, type RawHazards } from '../../ledger/index.ts';
import { readInspections, type RawInspections } from '../../inspections/index.ts';
import { pointTransform } from '../crs.ts';
import type { ColumnMapping } from '../../common/import-schema.ts';
import type { CrsId, SourceTable } from '../../common/import-types.ts';

/** One table, its header found and its columns mapped to the fields of docs/data-format.md. */
export interface TableSource {
  /** The user's file name, as messages name it. */
  file: string;
  table: SourceTable;
  mapping: ColumnMapping;
}

/** One boundary layer, already in WGS84 lon/lat, its properties renamed to the fields of docs/data-format.md. */
export interface LayerSource {
  file: string;
  collection: unknown;
}

/** Everything a build needs, whatever files it came from (see src/data/import/prepare.ts). */
export interface BuildSources {
  enterprises: TableSource & {
    /** Coordinate system of the points; meta.json's `coords` when absent, else WGS84. */
    crs?: CrsId;
    /** The user's assignment of sector values the taxonomy does not know. */
    sectorValues?: ReadonlyMap<string, number>;
  };
  hazards?: TableSource;
  /** The inspection ledger (检查台账), when there is one. */
  inspections?: TableSource;
  towns: LayerSource;
  grid?: LayerSource;
  parks?: LayerSource;
  district?: LayerSource;
  meta?: string;
  riskModel?: string;
  /** supervision.json: the dataset's supervision settings (src/domain/supervision). */
  supervision?: string;
  /** Problems found while reading the files (before the build), reported with the build's own. */
  readIssues?: ValidationIssue[];
}

export interface BuiltDataset {
  manifest: DatasetManifest;
  geo: DatasetGeo;
  enterprises: EnterpriseColumns;
  enterpriseText: Pick<RawEnterprises, EnterpriseTextName>;
  hazards: RawHazards;
  /** Absent when no inspection ledger was given (the bundle then has no inspections.arrow). */
  inspections?: RawInspections;
  model: RiskModel;
  issues: ValidationIssue[];
}

function parseJson(file: string, text: string | undefined, issues: ValidationIssue[]): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    issues.push({
      file,
      row: 0,
      column: '',
      value: '',
      reason: `not valid JSON: ${(e as Error).message}`,
      reasonZh: `不是有效的 JSON：${(e as Error).message}`,
      severity: 'error',
    });
    return undefined;
  }
}

interface Meta {
  name: string;
  nameEn: string;
  district?: string;
  asOf?: string;
  coords?: string;
  demo: boolean;
}

function readMeta(json: unknown, id: string, issues: ValidationIssue[]): Meta {
  const m = (json !== null && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  const coords = m.coords === undefined ? undefined : String(m.coords);
  let asOf: string | undefined;
  if (m.as_of !== undefined) {
    if (parseDay(String(m.as_of)) !== undefined) asOf = String(m.as_of);
    else
      issues.push({
        file: 'meta.json',
        row: 0,
        column: 'as_of',
        value: String(m.as_of),
        reason: 'unparsable date (expected YYYY-MM-DD)',
        reasonZh: '无法识别的日期（应为 YYYY-MM-DD）',
        severity: 'warning',
      });
  }
  const district = typeof m.district === 'string' && m.district.trim() ? m.district.trim() : undefined;
  return {
    name: String(m.name ?? id),
    nameEn: String(m.name_en ?? m.name ?? id),
    ...(district ? { district } : {}),
    asOf,
    coords,
    demo: m.demo === true,
  };
}

const NO_LAYER = { type: 'FeatureCollection', features: [] };

/** The steps of a build, reported to `onStage` as each starts (the import dialog shows them). */
export type BuildStage = 'boundaries' | 'enterprises' | 'join' | 'hazards' | 'inspections' | 'score';

/** Builds a dataset from prepared sources: validate, convert, join, score. Pure; runs in Node and in the import worker. */
/** `registry` declares the enterprise columns (the standard one when absent). */
export function buildDataset(
  id: string,
  src: BuildSources,
  builtAt = new Date().toISOString(),
  onStage?: (stage: BuildStage) => void,
  registry: ColumnRegistry = ENTERPRISE_COLUMNS,
): BuiltDataset {
  onStage?.('boundaries');
  const issues: ValidationIssue[] = [...(src.readIssues ?? [])];
  const meta = readMeta(parseJson('meta.json', src.meta, issues), id, issues);
  let model = DEFAULT_RISK_MODEL;
  if (src.riskModel !== undefined) {
    const parsed = parseRiskModel(src.riskModel);
    if (parsed.ok) model = parsed.model;
    else
      issues.push({
        file: 'risk-model.json',
        row: 0,
        column: parsed.path,
        value: '',
        reason: `${parsed.error}; the default model is used`,
        reasonZh: `风险模型有误（${parsed.error}），使用默认模型`,
        severity: 'warning',
      });
  }

  let supervision: unknown;
  if (src.supervision !== undefined) {
    const parsed = parseSupervision(src.supervision);
    if (parsed.ok) supervision = parsed.settings;
    else
      issues.push({
        file: 'supervision.json',
        row: 0,
        column: parsed.path,
        value: '',
        reason: `${parsed.error}; the default supervision settings are used`,
        reasonZh: `监管分类设置有误（${parsed.error}），使用默认设置`,
        severity: 'warning',
      });
  }

  const towns = readTowns(src.towns.collection, issues, src.towns.file);
  const townIndex = new PolygonIndex(towns.features);
  const grid = readGrid(src.grid?.collection ?? NO_LAYER, towns.info, issues, src.grid?.file, (lon, lat) =>
    townIndex.locate(lon, lat),
  );
  const parks = readParks(src.parks?.collection ?? NO_LAYER, issues, src.parks?.file);
  const district = readDistrict(src.district?.collection, towns.features, issues, src.district?.file);
  const bbox = district.length ? bboxOf(district) : undefined;

  onStage?.('enterprises');
  const crsText = src.enterprises.crs ?? meta.coords ?? 'wgs84';
  let transform = pointTransform(crsText);
  if (!transform) {
    issues.push({
      file: 'meta.json',
      row: 0,
      column: 'coords',
      value: crsText,
      reason: 'unknown coordinate system (wgs84, cgcs2000, gcj02, bd09 or an EPSG code); the points are read as wgs84',
      reasonZh: '无法识别的坐标系（可用 wgs84、cgcs2000、gcj02、bd09 或 EPSG 代码），按 WGS84 读取',
      severity: 'warning',
    });
    transform = pointTransform('wgs84')!;
  }
  const raw = readEnterprises(
    src.enterprises.table,
    src.enterprises.mapping,
    {
      file: src.enterprises.file,
      toWgs84: transform.toWgs84,
      projected: transform.projected,
      districtBbox: bbox,
      sectorValues: src.enterprises.sectorValues,
      columns: registry,
    },
    issues,
  );
  onStage?.('join');
  const n = raw.length;
  const lon = raw.lon.subarray(0, n);
  const lat = raw.lat.subarray(0, n);
  const town = joinPoints(townIndex, lon, lat);
  const gridIdx = joinPoints(new PolygonIndex(grid.features), lon, lat);
  const park = joinPoints(new PolygonIndex(parks.features), lon, lat);
  for (const p of parks.info) p.town = townIndex.locate(p.label[0], p.label[1]);
  const parkType = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    parkType[i] = park[i] < 0 ? -1 : parks.info[park[i]].type;
    if (town[i] < 0)
      issues.push({
        file: src.enterprises.file,
        row: raw.sourceRow[i],
        column: 'lon,lat',
        value: `${lon[i].toFixed(6)},${lat[i].toFixed(6)}`,
        reason: 'inside the district margin but in no town; kept without a town',
        reasonZh: '在辖区边缘但不在任何镇街内，保留但不归属镇街',
        severity: 'warning',
      });
  }

  onStage?.('hazards');
  const keys = enterpriseKeys(raw);
  const hazards = src.hazards
    ? readHazards(src.hazards.table, src.hazards.mapping, src.hazards.file, keys, issues)
    : emptyHazards();
  let inspections: RawInspections | undefined;
  if (src.inspections) {
    onStage?.('inspections');
    inspections = readInspections(src.inspections.table, src.inspections.mapping, src.inspections.file, keys, issues);
  }
  let asOf = meta.asOf;
  if (!asOf) {
    let latest = -1;
    for (let i = 0; i < hazards.length; i++) latest = Math.max(latest, hazards.found[i]);
    asOf = latest >= 0 ? formatDay(latest) : builtAt.slice(0, 10);
    issues.push({
      file: 'meta.json',
      row: 0,
      column: 'as_of',
      value: '',
      reason: `no data date given; using ${asOf}`,
      reasonZh: `未给出数据日期，使用 ${asOf}`,
      severity: 'warning',
    });
  }
  const asOfDay = parseDay(asOf)!;

  const known = {
    ...importedColumns(raw, n, registry),
    lon,
    lat,
    town,
    grid: gridIdx,
    park,
    parkType,
    // Filled by rescoreColumns below, once the hazard summaries they depend on are known.
    modelScore: new Float32Array(0),
    modelLevel: new Uint8Array(0),
    score: new Float32Array(0),
    level: new Uint8Array(0),
  };
  // Every other column (the hazard summaries, filled below) starts as its "none".
  const rest = numericIn(registry, 'enterprises.arrow')
    .map(([k]) => k)
    .filter((k) => !(k in known));
  const columns = { length: n, ...known, ...allocateColumns(registry, rest, n) } as EnterpriseColumns;
  onStage?.('score');
  summariseHazards(hazards, asOfDay, columns);
  Object.assign(columns, rescoreColumns(columns, model));
  const hasAssessed = columns.assessedLevel.some((l) => l >= 0);

  const errors = issues.filter((i) => i.severity === 'error').length;
  const manifest: DatasetManifest = {
    format: 'district-risk-bundle',
    formatVersion: 1,
    id,
    name: meta.name,
    nameEn: meta.nameEn,
    ...(meta.district ? { district: meta.district } : {}),
    asOf,
    demo: meta.demo,
    sourceCoords: transform.id,
    bbox: bbox ?? [0, 0, 0, 0],
    districtAreaKm2: areaKm2(district),
    enterprises: n,
    hazards: hazards.length,
    ...(inspections ? { inspections: inspections.length } : {}),
    towns: towns.info,
    grids: grid.info,
    parks: parks.info,
    hasAssessed,
    riskModelName: model.name,
    riskModel: model,
    ...(supervision ? { supervision } : {}),
    builtAt,
    issueCounts: { errors, warnings: issues.length - errors },
    issues: issues.slice(0, 200),
  };
  const geo: DatasetGeo = {
    district: toCollection(district, () => ({})),
    towns: toCollection(towns.features, (i) => ({ code: towns.info[i].code, name: towns.info[i].name })),
    grid: toCollection(grid.features, (i) => ({
      code: grid.info[i].code,
      name: grid.info[i].name,
      town: grid.info[i].town,
    })),
    parks: toCollection(parks.features, (i) => ({
      code: parks.info[i].code,
      name: parks.info[i].name,
      type: parks.info[i].type,
    })),
  };
  return {
    manifest,
    geo,
    enterprises: columns,
    enterpriseText: raw,
    hazards,
    ...(inspections ? { inspections } : {}),
    model,
    issues,
  };
}

/** The imported numeric columns (read by hand or by their parsers), cut to the rows kept. */
function importedColumns(raw: RawEnterprises, n: number, registry: ColumnRegistry): Record<string, TypedArray> {
  const hand = raw as unknown as Record<string, TypedArray | undefined>;
  const imported = numericIn(registry, 'enterprises.arrow')
    .filter(([, d]) => d.import)
    .map(([k]) => k);
  return Object.fromEntries(imported.map((k) => [k, (hand[k] ?? raw.parsed[k]).subarray(0, n)]));
}

/**
 * Enterprise rows by credit code, and by name for a ledger that ties its rows to enterprises by name
 * (the first of a name wins): the names are indexed the first time a ledger asks, once for both ledgers.
 */
function enterpriseKeys(raw: RawEnterprises): { byCode: KeyLookup; byName: KeyLookup } {
  let names: Map<string, number> | undefined;
  const byName = (): Map<string, number> => {
    if (!names) {
      names = new Map();
      for (let i = 0; i < raw.length; i++) {
        const name = raw.name.get(i);
        if (!names.has(name)) names.set(name, i);
      }
    }
    return names;
  };
  return { byCode: raw.rowByCode, byName: { get: (name) => byName().get(name) } };
}

/** Per-enterprise hazard counts on the data date: total, open, open major, overdue, open under listed supervision. */
export function summariseHazards(h: RawHazards, asOfDay: number, c: EnterpriseColumns): void {
  for (let k = 0; k < h.length; k++) {
    // A hazard found after the data date did not exist yet on that date.
    if (h.found[k] > asOfDay) continue;
    const e = h.enterprise[k];
    c.hazardsTotal[e]++;
    if (h.status[k] === HAZARD_CLOSED) continue;
    c.hazardsOpen[e]++;
    if (h.level[k] === 1) c.hazardsOpenMajor[e]++;
    if (isOverdue(h.status[k], h.deadline[k], asOfDay)) c.hazardsOverdue[e]++;
    if (h.listed[k]) c.hazardsListed[e]++;
  }
}

export type { TownInfo, GridInfo, ParkInfo };
