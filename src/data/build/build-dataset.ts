/**
 * The data build as one pure function: the text of a data folder's files in, a validated, joined and
 * scored dataset out, with every problem found. Used by scripts/build-data.ts and by tests; pure, so
 * a browser import can run it in a worker too.
 */
import { DEFAULT_RISK_MODEL, type RiskModel } from '../../domain/risk-model.ts';
import { rescoreColumns } from '../rescore.ts';
import { parseRiskModel } from '../../domain/risk-model-json.ts';
import type { EnterpriseColumns } from '../columns.ts';
import { parseCoordSystem, type CoordSystem } from '../coords.ts';
import { HAZARD_CLOSED, type DatasetGeo, type DatasetManifest, type GridInfo, type ParkInfo, type TownInfo, type ValidationIssue } from '../dataset.ts';
import { formatDay, parseDay } from '../dates.ts';
import { joinPoints, PolygonIndex } from '../spatial-index.ts';
import { readEnterprises, type RawEnterprises } from './enterprises.ts';
import { areaKm2, bboxOf, readDistrict, readGrid, readParks, readTowns, toCollection } from './geo.ts';
import { isOverdue, readHazards, type RawHazards } from './hazards.ts';

export interface SourceFiles {
  towns: string;
  grid: string;
  parks: string;
  enterprises: string;
  district?: string;
  hazards?: string;
  meta?: string;
  riskModel?: string;
}

export interface BuiltDataset {
  manifest: DatasetManifest;
  geo: DatasetGeo;
  enterprises: EnterpriseColumns;
  enterpriseText: Pick<RawEnterprises, 'creditCode' | 'name' | 'address' | 'industryCode'>;
  hazards: RawHazards;
  model: RiskModel;
  issues: ValidationIssue[];
}

function parseJson(file: string, text: string | undefined, issues: ValidationIssue[]): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    issues.push({ file, row: 0, column: '', value: '', reason: `not valid JSON: ${(e as Error).message}`, severity: 'error' });
    return undefined;
  }
}

interface Meta { name: string; nameEn: string; asOf?: string; coords: CoordSystem; demo: boolean }

function readMeta(json: unknown, id: string, issues: ValidationIssue[]): Meta {
  const m = (json ?? {}) as Record<string, unknown>;
  let coords: CoordSystem = 'wgs84';
  if (m.coords !== undefined) {
    const c = parseCoordSystem(String(m.coords));
    if (c) coords = c;
    else issues.push({ file: 'meta.json', row: 0, column: 'coords', value: String(m.coords), reason: 'coords must be wgs84, cgcs2000, gcj02 or bd09; the points are read as wgs84', severity: 'warning' });
  }
  let asOf: string | undefined;
  if (m.as_of !== undefined) {
    if (parseDay(String(m.as_of)) !== undefined) asOf = String(m.as_of);
    else issues.push({ file: 'meta.json', row: 0, column: 'as_of', value: String(m.as_of), reason: 'unparsable date (expected YYYY-MM-DD)', severity: 'warning' });
  }
  return { name: String(m.name ?? id), nameEn: String(m.name_en ?? m.name ?? id), asOf, coords, demo: m.demo === true };
}

export function buildDataset(id: string, src: SourceFiles, builtAt = new Date().toISOString()): BuiltDataset {
  const issues: ValidationIssue[] = [];
  const meta = readMeta(parseJson('meta.json', src.meta, issues), id, issues);
  let model = DEFAULT_RISK_MODEL;
  if (src.riskModel !== undefined) {
    const parsed = parseRiskModel(src.riskModel);
    if (parsed.ok) model = parsed.model;
    else issues.push({ file: 'risk-model.json', row: 0, column: parsed.path, value: '', reason: `${parsed.error}; the default model is used`, severity: 'warning' });
  }

  const towns = readTowns(parseJson('towns.geojson', src.towns, issues), issues);
  const grid = readGrid(parseJson('grid.geojson', src.grid, issues), towns.info, issues);
  const parks = readParks(parseJson('parks.geojson', src.parks, issues), issues);
  const district = readDistrict(parseJson('district.geojson', src.district, issues), towns.features, issues);
  const bbox = district.length ? bboxOf(district) : undefined;

  const raw = readEnterprises(src.enterprises, meta.coords, bbox, issues);
  const n = raw.length;
  const lon = raw.lon.subarray(0, n);
  const lat = raw.lat.subarray(0, n);
  const town = joinPoints(new PolygonIndex(towns.features), lon, lat);
  const gridIdx = joinPoints(new PolygonIndex(grid.features), lon, lat);
  const park = joinPoints(new PolygonIndex(parks.features), lon, lat);
  const townIndex = new PolygonIndex(towns.features);
  for (const p of parks.info) p.town = townIndex.locate(p.label[0], p.label[1]);
  const parkType = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    parkType[i] = park[i] < 0 ? -1 : parks.info[park[i]].type;
    if (town[i] < 0) issues.push({ file: 'enterprises.csv', row: raw.sourceRow[i], column: 'lon,lat', value: `${lon[i].toFixed(6)},${lat[i].toFixed(6)}`, reason: 'inside the district margin but in no town; kept without a town', severity: 'warning' });
  }

  const rowByCode = new Map<string, number>();
  raw.creditCode.forEach((c, i) => rowByCode.set(c, i));
  const hazards = src.hazards === undefined ? readHazards('id,credit_code,found_date,level,status\n', rowByCode, []) : readHazards(src.hazards, rowByCode, issues);
  let asOf = meta.asOf;
  if (!asOf) {
    let latest = -1;
    for (let i = 0; i < hazards.length; i++) latest = Math.max(latest, hazards.found[i]);
    asOf = latest >= 0 ? formatDay(latest) : builtAt.slice(0, 10);
    issues.push({ file: 'meta.json', row: 0, column: 'as_of', value: '', reason: `no data date given; using ${asOf}`, severity: 'warning' });
  }
  const asOfDay = parseDay(asOf)!;

  const columns: EnterpriseColumns = {
    length: n, lon, lat, sector: raw.sector.subarray(0, n), scale: raw.scale.subarray(0, n), employees: raw.employees.subarray(0, n),
    flags: raw.flags.subarray(0, n), stdGrade: raw.stdGrade.subarray(0, n), accidents3y: raw.accidents3y.subarray(0, n),
    majorAccident3y: raw.majorAccident3y.subarray(0, n), penalties1y: raw.penalties1y.subarray(0, n),
    assessedScore: raw.assessedScore.subarray(0, n), assessedLevel: raw.assessedLevel.subarray(0, n),
    // Filled by rescoreColumns below, once the hazard summaries they depend on are known.
    modelScore: new Float32Array(0), modelLevel: new Uint8Array(0), score: new Float32Array(0), level: new Uint8Array(0),
    town, grid: gridIdx, park, parkType,
    hazardsTotal: new Uint16Array(n), hazardsOpen: new Uint16Array(n), hazardsOpenMajor: new Uint16Array(n),
    hazardsOverdue: new Uint16Array(n), hazardsListed: new Uint16Array(n),
  };
  summariseHazards(hazards, asOfDay, columns);
  Object.assign(columns, rescoreColumns(columns, model));
  const hasAssessed = columns.assessedLevel.some((l) => l >= 0);

  const errors = issues.filter((i) => i.severity === 'error').length;
  const manifest: DatasetManifest = {
    format: 'district-risk-bundle', formatVersion: 1, id, name: meta.name, nameEn: meta.nameEn, asOf, demo: meta.demo,
    sourceCoords: meta.coords, bbox: bbox ?? [0, 0, 0, 0], districtAreaKm2: areaKm2(district),
    enterprises: n, hazards: hazards.length,
    towns: towns.info, grids: grid.info, parks: parks.info, hasAssessed, riskModelName: model.name, riskModel: model, builtAt,
    issueCounts: { errors, warnings: issues.length - errors }, issues: issues.slice(0, 200),
  };
  const geo: DatasetGeo = {
    district: toCollection(district, () => ({})),
    towns: toCollection(towns.features, (i) => ({ code: towns.info[i].code, name: towns.info[i].name })),
    grid: toCollection(grid.features, (i) => ({ code: grid.info[i].code, name: grid.info[i].name, town: grid.info[i].town })),
    parks: toCollection(parks.features, (i) => ({ code: parks.info[i].code, name: parks.info[i].name, type: parks.info[i].type })),
  };
  return { manifest, geo, enterprises: columns, enterpriseText: raw, hazards, model, issues };
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
