/**
 * The shape of a built dataset, shared by the build script (which writes it), the bundle loader
 * (which reads it) and the app. Geometry is WGS84 GeoJSON; enterprises and hazards are columnar.
 */
import type { EnterpriseColumns } from './columns.ts';

export interface TownInfo {
  code: string;
  name: string;
  areaKm2: number;
  label: [number, number];
}
export interface GridInfo {
  code: string;
  name: string;
  town: number;
  gridWorker: string;
  gridWorkerPhone: string;
  responsiblePerson: string;
  areaKm2: number;
  label: [number, number];
}
export interface ParkInfo {
  code: string;
  name: string;
  type: number;
  managingBody: string;
  areaKm2: number;
  town: number;
  label: [number, number];
}

/** One problem found while validating the input. `row` is the row a user sees: the line in a CSV, the row number in a spreadsheet, the 1-based feature number in a GeoJSON file or Shapefile; 0 for the whole file. */
export interface ValidationIssue {
  file: string;
  row: number;
  column: string;
  value: string;
  /** Why, in English (build-report.json, the command line). */
  reason: string;
  /** Why, in Chinese, for the import dialog (absent in bundles built before it existed). */
  reasonZh?: string;
  /** `error`: the row was left out; `warning`: the row was kept, the value ignored or defaulted. */
  severity: 'error' | 'warning';
}

export interface DatasetManifest {
  format: 'district-risk-bundle';
  /** 2: the split layout (src/data/bundle.ts); 1: text in enterprises.arrow (still read). */
  formatVersion: 1 | 2;
  /** Folder name under public/data/. */
  id: string;
  name: string;
  nameEn: string;
  asOf: string;
  /**
   * The district this is a snapshot of (meta.json's `district`), so that snapshots of one district
   * can be compared; absent: the dataset's name stands for its district (districtOf).
   */
  district?: string;
  demo: boolean;
  /** Coordinate system of the source CSV points (converted to WGS84 at build). */
  sourceCoords: string;
  bbox: [number, number, number, number];
  districtAreaKm2: number;
  enterprises: number;
  hazards: number;
  /**
   * Rows of the inspection ledger (inspections.arrow); absent when the dataset was built without
   * one (then the bundle has no inspections.arrow).
   */
  inspections?: number;
  towns: TownInfo[];
  grids: GridInfo[];
  parks: ParkInfo[];
  /** Whether the enterprise CSV carried assessed scores/levels for some rows. */
  hasAssessed: boolean;
  riskModelName: string;
  /** The model the build scored with (the default, or the dataset's risk-model.json). */
  riskModel?: unknown;
  /** The dataset's supervision settings (its supervision.json), when it has its own. */
  supervision?: unknown;
  builtAt: string;
  issueCounts: { errors: number; warnings: number };
  /** The first issues, for display; the full list is in build-report.json. */
  issues: ValidationIssue[];
}

/** The district a dataset is a snapshot of: its own key, else its name. */
export const districtOf = (m: Pick<DatasetManifest, 'district' | 'name'>): string => m.district ?? m.name;

export type PolygonFeatureCollection = {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    properties: Record<string, unknown>;
    geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: number[][][] | number[][][][] };
  }[];
};

export interface DatasetGeo {
  district: PolygonFeatureCollection;
  towns: PolygonFeatureCollection;
  grid: PolygonFeatureCollection;
  parks: PolygonFeatureCollection;
}

/** Lazily decoded text columns (Arrow vectors in the app, plain arrays in the build). */
export interface TextColumn {
  get(i: number): string | null;
  readonly length: number;
}

export interface EnterpriseText {
  creditCode: TextColumn;
  name: TextColumn;
  address: TextColumn;
  industryCode: TextColumn;
}

export interface HazardColumns {
  length: number;
  /** Row index of the enterprise in EnterpriseColumns. */
  enterprise: Int32Array;
  /** Day numbers (src/data/dates.ts); -1 none. */
  found: Int32Array;
  deadline: Int32Array;
  closed: Int32Array;
  /** 0 general, 1 major */
  level: Uint8Array;
  /** HAZARD_STATUSES index */
  status: Uint8Array;
  /** HAZARD_SOURCES index; 255 unknown */
  source: Uint8Array;
  listed: Uint8Array;
  id: TextColumn;
  description: TextColumn;
  responsiblePerson: TextColumn;
}

/**
 * The inspection ledger (检查台账), one row per inspection or patrol. Which kinds count as
 * administrative inspections is part of the supervision settings (src/domain/supervision).
 */
export interface InspectionColumns {
  length: number;
  /** Row index of the enterprise in EnterpriseColumns. */
  enterprise: Int32Array;
  /** Day numbers (src/data/dates.ts). */
  day: Int32Array;
  /** INSPECTION_KINDS index; 255 not given. */
  kind: Uint8Array;
  /** Hazards found (发现隐患数); -1 not given. */
  hazardsFound: Int32Array;
  /** Administrative penalty (行政处罚): 0 no, 1 yes, 255 not given. */
  penalty: Uint8Array;
  /** Fine in yuan; NaN not given. */
  fine: Float64Array;
  id: TextColumn;
  /** Inspecting unit (检查单位/执法机构). */
  unit: TextColumn;
  inspectors: TextColumn;
  result: TextColumn;
}

/** What the map and the filters need: the part of a dataset that arrives first. */
export interface CoreDataset {
  manifest: DatasetManifest;
  geo: DatasetGeo;
  enterprises: EnterpriseColumns;
}

/** The parts streamed in after the first picture (names, addresses, codes; the hazard ledger; the inspection ledger when there is one). */
export interface DatasetDetails {
  text: EnterpriseText;
  hazards: HazardColumns;
  /** Absent when the dataset has no inspection ledger. */
  inspections?: InspectionColumns;
}

/** A whole dataset. */
export interface Dataset extends CoreDataset, DatasetDetails {}

export const HAZARD_STATUSES = [
  { key: 'open', zh: '待整改', en: 'Open' },
  { key: 'in_progress', zh: '整改中', en: 'In progress' },
  { key: 'awaiting_recheck', zh: '待复查', en: 'Awaiting recheck' },
  { key: 'closed', zh: '已销号', en: 'Closed' },
] as const;
export const HAZARD_CLOSED = 3;

export const HAZARD_SOURCES = [
  { key: 'self_check', zh: '企业自查', en: 'Self-check' },
  { key: 'enforcement', zh: '执法检查', en: 'Enforcement' },
  { key: 'grid_patrol', zh: '网格巡查', en: 'Grid patrol' },
  { key: 'public_report', zh: '群众举报', en: 'Public report' },
] as const;

export const HAZARD_LEVELS = [
  { key: 'general', zh: '一般隐患', short: '一般', en: 'General' },
  { key: 'major', zh: '重大事故隐患', short: '重大', en: 'Major' },
] as const;

/** Index of a key or Chinese name in one of the tables above; -1 when unknown. */
export function codeOf(table: readonly { key: string; zh: string; short?: string }[], value: string): number {
  const v = value.trim();
  return table.findIndex((e) => e.key === v || e.zh === v || e.short === v);
}
