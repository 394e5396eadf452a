/**
 * The dataset bundle written to public/data/<name>/ and read by the app (format version 2; the
 * layout is documented in docs/data-format.md). It is split by when the app needs each part:
 *   manifest.json          DatasetManifest (names, data date, dictionaries of towns/grid cells/parks, issues)
 *   geo.json               DatasetGeo: district, towns, grid, parks as WGS84 GeoJSON
 *   enterprises.arrow      first picture: the numeric columns that draw and filter (EnterpriseColumns,
 *                          same names and typed-array types, except positions: lonE7/latE7, Int32 in
 *                          units of 1e-7 degree, about 1 cm, decoded to Float64 lon/lat)
 *   enterprise-text.arrow  streamed after the first picture: creditCode, name, address, industryCode
 *   hazards.arrow          streamed after the first picture: HazardColumns (id, description,
 *                          responsiblePerson as text)
 *   inspections.arrow      streamed after the first picture, only when the dataset has an inspection
 *                          ledger: InspectionColumns (id, unit, inspectors, result as text)
 * Which columns each file holds, with their types and order, is declared in src/data/common/columns/ (the
 * enterprise, hazard and inspection registries); the writer and the reader walk those tables.
 * Every file is an Apache Arrow IPC file with one record batch. A text column that repeats a lot
 * (hazard descriptions, responsible persons, industry codes) is written as an Arrow dictionary
 * column; it reads the same. Numeric columns decode zero-copy into typed arrays; text columns stay
 * Arrow vectors, decoded when read.
 * Format version 1 (bundles built and imports saved before the split) had the text columns and
 * Float64 lon/lat in enterprises.arrow and no enterprise-text.arrow; it still reads.
 */
import {
  Dictionary,
  Int32,
  makeData,
  makeVector,
  Table,
  tableFromIPC,
  tableToIPC,
  Utf8,
  type Vector,
} from 'apache-arrow';
import type { EnterpriseColumns } from './columns.ts';
import type { ColumnRegistry, TypedArray } from './common/columns/column-types.ts';
import {
  ENTERPRISE_COLUMNS,
  ENTERPRISE_VIEW_ORDER,
  type EnterpriseTextName,
} from './common/columns/enterprise-columns.ts';
import { HAZARD_COLUMNS, type HazardNumericName, type HazardTextName } from './common/columns/hazard-columns.ts';
import { numericIn, textIn } from './common/columns/select.ts';
import {
  INSPECTION_COLUMNS,
  type InspectionNumericName,
  type InspectionTextName,
} from './common/columns/inspection-columns.ts';
import type {
  DatasetGeo,
  DatasetManifest,
  EnterpriseText,
  HazardColumns,
  InspectionColumns,
  TextColumn,
} from './dataset.ts';
import { packUtf8, textAt, type Texts } from './utf8-column.ts';

/** The layout encodeBundle writes. */
export const BUNDLE_FORMAT_VERSION = 2;
/** Positions are stored as whole steps of 1e-7 degree (about 1 cm on the ground). */
export const POSITION_STEPS_PER_DEGREE = 1e7;

/** The numeric columns of enterprises.arrow besides the positions, in the file's order. */
const enterpriseNumeric = (registry: ColumnRegistry = ENTERPRISE_COLUMNS) =>
  numericIn(registry, 'enterprises.arrow')
    .filter(([, d]) => !d.position)
    .map(([k]) => k);
/** The positions of enterprises.arrow (lon, lat), each written as `<name>E7`. */
const positionColumns = (registry: ColumnRegistry) =>
  numericIn(registry, 'enterprises.arrow')
    .filter(([, d]) => d.position)
    .map(([k]) => k);
export const ENTERPRISE_TEXT = textIn(
  ENTERPRISE_COLUMNS,
  'enterprise-text.arrow',
  ENTERPRISE_VIEW_ORDER.text,
) as readonly EnterpriseTextName[];
const HAZARD_NUMERIC = numericIn(HAZARD_COLUMNS, 'hazards.arrow').map(([k]) => k) as readonly HazardNumericName[];
export const HAZARD_TEXT = textIn(HAZARD_COLUMNS, 'hazards.arrow') as readonly HazardTextName[];
const INSPECTION_NUMERIC = numericIn(INSPECTION_COLUMNS, 'inspections.arrow').map(
  ([k]) => k,
) as readonly InspectionNumericName[];
export const INSPECTION_TEXT = textIn(INSPECTION_COLUMNS, 'inspections.arrow') as readonly InspectionTextName[];

function utf8Vector(values: Texts): Vector {
  const { valueOffsets, data } = packUtf8(values);
  return makeVector(makeData({ type: new Utf8(), length: values.length, nullCount: 0, valueOffsets, data }));
}

/**
 * Text with few distinct values (hazard descriptions from a checklist, responsible persons, industry
 * codes) as an Arrow dictionary column: each distinct string once, plus an Int32 index per row.
 * Readers see the same strings through `get(i)`.
 */
function dictionaryVector(values: Texts): Vector {
  const ids = new Map<string, number>();
  const distinct: string[] = [];
  const indices = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = textAt(values, i);
    let id = ids.get(v);
    if (id === undefined) {
      id = distinct.length;
      ids.set(v, id);
      distinct.push(v);
    }
    indices[i] = id;
  }
  const type = new Dictionary(new Utf8(), new Int32());
  return makeVector(
    makeData({ type, length: values.length, nullCount: 0, data: indices, dictionary: utf8Vector(distinct) }),
  );
}

/** Dictionary-encode a text column when it repeats enough for the dictionary to pay. */
function textVector(values: Texts): Vector {
  const sample = new Set(Array.from({ length: Math.min(values.length, 20_000) }, (_, i) => textAt(values, i)));
  return sample.size < Math.min(values.length, 20_000) / 4 ? dictionaryVector(values) : utf8Vector(values);
}

function toIpc(numeric: Record<string, TypedArray>, text: Record<string, Texts>): Uint8Array {
  const vectors: Record<string, Vector> = {};
  for (const [k, v] of Object.entries(numeric)) vectors[k] = makeVector(v);
  for (const [k, v] of Object.entries(text)) vectors[k] = textVector(v);
  return tableToIPC(new Table(vectors), 'file');
}

const quantise = (degrees: Float64Array, n: number) => {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.round(degrees[i] * POSITION_STEPS_PER_DEGREE);
  return out;
};

/** enterprises.arrow: what the first picture needs (every numeric column the registry puts there). */
export function encodeEnterpriseCore(c: EnterpriseColumns, registry: ColumnRegistry = ENTERPRISE_COLUMNS): Uint8Array {
  const columns = c as unknown as Record<string, TypedArray>;
  const positions = positionColumns(registry).map((k) => [`${k}E7`, quantise(columns[k] as Float64Array, c.length)]);
  return toIpc(Object.fromEntries([...positions, ...enterpriseNumeric(registry).map((k) => [k, columns[k]])]), {});
}

/** enterprise-text.arrow: names, addresses, codes, streamed after the first picture. */
export function encodeEnterpriseText(text: Record<EnterpriseTextName, Texts>): Uint8Array {
  return toIpc({}, Object.fromEntries(ENTERPRISE_TEXT.map((k) => [k, text[k]])));
}

/** `h` may hold spare capacity past `length` (as the build's growing columns do); only `length` rows are written. */
export function encodeHazards(
  h: Pick<HazardColumns, HazardNumericName | 'length'>,
  text: Record<HazardTextName, readonly string[]>,
): Uint8Array {
  return toIpc(
    Object.fromEntries(HAZARD_NUMERIC.map((k) => [k, h[k].subarray(0, h.length)])),
    Object.fromEntries(HAZARD_TEXT.map((k) => [k, text[k]])),
  );
}

/** inspections.arrow; like encodeHazards, only `length` rows of `x` are written. */
export function encodeInspections(
  x: Pick<InspectionColumns, InspectionNumericName | 'length'>,
  text: Record<InspectionTextName, readonly string[]>,
): Uint8Array {
  return toIpc(
    Object.fromEntries(INSPECTION_NUMERIC.map((k) => [k, x[k].subarray(0, x.length)])),
    Object.fromEntries(INSPECTION_TEXT.map((k) => [k, text[k]])),
  );
}

/** Every file of a bundle, by name, ready to write; inspections.arrow only for a dataset with an inspection ledger. */
export function encodeBundle(b: {
  manifest: DatasetManifest;
  geo: DatasetGeo;
  enterprises: EnterpriseColumns;
  enterpriseText: Record<EnterpriseTextName, Texts>;
  hazards: Pick<HazardColumns, HazardNumericName | 'length'> & Record<HazardTextName, readonly string[]>;
  inspections?: Pick<InspectionColumns, InspectionNumericName | 'length'> &
    Record<InspectionTextName, readonly string[]>;
}): Record<string, Uint8Array | string> {
  return {
    'enterprises.arrow': encodeEnterpriseCore(b.enterprises),
    'enterprise-text.arrow': encodeEnterpriseText(b.enterpriseText),
    'hazards.arrow': encodeHazards(b.hazards, b.hazards),
    ...(b.inspections ? { 'inspections.arrow': encodeInspections(b.inspections, b.inspections) } : {}),
    'geo.json': JSON.stringify(b.geo),
    'manifest.json': JSON.stringify({ ...b.manifest, formatVersion: BUNDLE_FORMAT_VERSION }),
  };
}

function column(table: Table, name: string, file: string): Vector {
  const v = table.getChild(name);
  if (!v) throw new Error(`${file}: column ${name} is missing; rebuild the bundle with npm run build-data`);
  return v;
}

function numeric<T>(table: Table, names: readonly string[], file: string): T {
  const out: Record<string, unknown> = { length: table.numRows };
  // toArray() is zero-copy for a single record batch, which is what encode* writes.
  for (const k of names) out[k] = column(table, k, file).toArray();
  return out as T;
}

function textColumns<K extends string>(table: Table, names: readonly K[], file: string): Record<K, TextColumn> {
  return Object.fromEntries(names.map((k) => [k, column(table, k, file) as unknown as TextColumn])) as Record<
    K,
    TextColumn
  >;
}

const tableOf = (source: Uint8Array | Table) => (source instanceof Table ? source : tableFromIPC(source));

/** Degrees from format 2's whole steps; format 1's Float64 columns as they are. */
function positions(table: Table, file: string): { lon: Float64Array; lat: Float64Array } {
  if (table.getChild('lon'))
    return {
      lon: column(table, 'lon', file).toArray() as Float64Array,
      lat: column(table, 'lat', file).toArray() as Float64Array,
    };
  const degrees = (name: string) => {
    const q = column(table, name, file).toArray() as Int32Array;
    const out = new Float64Array(q.length);
    // Dividing (not multiplying by 1e-7, which is inexact) gives back the nearest double: 120.123456 stays 120.123456.
    for (let i = 0; i < q.length; i++) out[i] = q[i] / POSITION_STEPS_PER_DEGREE;
    return out;
  };
  return { lon: degrees('lonE7'), lat: degrees('latE7') };
}

/** enterprises.arrow's columns, from the file's bytes or a table already read (and checked: validate-bundle.ts). */
export function decodeEnterpriseCore(
  source: Uint8Array | Table,
  registry: ColumnRegistry = ENTERPRISE_COLUMNS,
): EnterpriseColumns {
  const table = tableOf(source);
  return {
    ...numeric<EnterpriseColumns>(table, enterpriseNumeric(registry), 'enterprises.arrow'),
    ...positions(table, 'enterprises.arrow'),
  };
}

/** The text columns, from enterprise-text.arrow (or a format-1 enterprises.arrow, which held them). */
export function decodeEnterpriseText(source: Uint8Array | Table, file = 'enterprise-text.arrow'): EnterpriseText {
  return textColumns(tableOf(source), ENTERPRISE_TEXT, file);
}

export function decodeHazards(source: Uint8Array | Table): HazardColumns {
  const table = tableOf(source);
  return {
    ...numeric<HazardColumns>(table, HAZARD_NUMERIC, 'hazards.arrow'),
    ...textColumns(table, HAZARD_TEXT, 'hazards.arrow'),
  };
}

export function decodeInspections(source: Uint8Array | Table): InspectionColumns {
  const table = tableOf(source);
  return {
    ...numeric<InspectionColumns>(table, INSPECTION_NUMERIC, 'inspections.arrow'),
    ...textColumns(table, INSPECTION_TEXT, 'inspections.arrow'),
  };
}

export type { DatasetGeo };
