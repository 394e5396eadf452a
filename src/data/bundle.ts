/**
 * The dataset bundle written to public/data/<name>/ and read by the app:
 *   manifest.json       DatasetManifest (names, data date, dictionaries of towns/grid cells/parks, issues)
 *   geo.json            DatasetGeo: district, towns, grid, parks as WGS84 GeoJSON
 *   enterprises.arrow   Apache Arrow IPC file, one record batch, one column per EnterpriseColumns field
 *                       (same name, same typed-array type) plus Utf8 columns creditCode, name, address, industryCode
 *   hazards.arrow       Apache Arrow IPC file, HazardColumns likewise (id, description, responsiblePerson as Utf8)
 * A text column that repeats a lot (hazard descriptions, responsible persons, industry codes) is
 * written as an Arrow dictionary column; it reads the same.
 * Numeric columns decode zero-copy into typed arrays; text columns stay Arrow vectors, decoded when read.
 */
import { Dictionary, Int32, makeData, makeVector, Table, tableFromIPC, tableToIPC, Utf8, type Vector } from 'apache-arrow';
import type { EnterpriseColumns } from './columns.ts';
import type { DatasetGeo, DatasetManifest, EnterpriseText, HazardColumns, TextColumn } from './dataset.ts';
import { packUtf8, textAt, type Texts } from './utf8-column.ts';

type TypedArray = Float64Array | Float32Array | Int32Array | Int16Array | Int8Array | Uint16Array | Uint8Array;

export const ENTERPRISE_NUMERIC = [
  'lon', 'lat', 'sector', 'scale', 'employees', 'flags', 'stdGrade', 'accidents3y', 'majorAccident3y', 'penalties1y',
  'assessedScore', 'assessedLevel', 'modelScore', 'modelLevel', 'score', 'level', 'town', 'grid', 'park', 'parkType',
  'hazardsTotal', 'hazardsOpen', 'hazardsOpenMajor', 'hazardsOverdue', 'hazardsListed',
] as const satisfies readonly (keyof EnterpriseColumns)[];
export const ENTERPRISE_TEXT = ['creditCode', 'name', 'address', 'industryCode'] as const;
export const HAZARD_NUMERIC = ['enterprise', 'found', 'deadline', 'closed', 'level', 'status', 'source', 'listed'] as const;
export const HAZARD_TEXT = ['id', 'description', 'responsiblePerson'] as const;

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
  return makeVector(makeData({ type, length: values.length, nullCount: 0, data: indices, dictionary: utf8Vector(distinct) }));
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

export function encodeEnterprises(c: EnterpriseColumns, text: Record<(typeof ENTERPRISE_TEXT)[number], Texts>): Uint8Array {
  return toIpc(Object.fromEntries(ENTERPRISE_NUMERIC.map((k) => [k, c[k]])), Object.fromEntries(ENTERPRISE_TEXT.map((k) => [k, text[k]])));
}

/** `h` may hold spare capacity past `length` (as the build's growing columns do); only `length` rows are written. */
export function encodeHazards(h: Pick<HazardColumns, (typeof HAZARD_NUMERIC)[number] | 'length'>, text: Record<(typeof HAZARD_TEXT)[number], readonly string[]>): Uint8Array {
  return toIpc(Object.fromEntries(HAZARD_NUMERIC.map((k) => [k, h[k].subarray(0, h.length)])), Object.fromEntries(HAZARD_TEXT.map((k) => [k, text[k]])));
}

/** Every file of a bundle, by name, ready to write. */
export function encodeBundle(b: { manifest: DatasetManifest; geo: DatasetGeo; enterprises: EnterpriseColumns; enterpriseText: Record<(typeof ENTERPRISE_TEXT)[number], Texts>; hazards: Pick<HazardColumns, (typeof HAZARD_NUMERIC)[number] | 'length'> & Record<(typeof HAZARD_TEXT)[number], readonly string[]> }): Record<string, Uint8Array | string> {
  return {
    'enterprises.arrow': encodeEnterprises(b.enterprises, b.enterpriseText),
    'hazards.arrow': encodeHazards(b.hazards, b.hazards),
    'geo.json': JSON.stringify(b.geo),
    'manifest.json': JSON.stringify(b.manifest),
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
  return Object.fromEntries(names.map((k) => [k, column(table, k, file) as unknown as TextColumn])) as Record<K, TextColumn>;
}

/** From the file's bytes, or from a table already read (and checked: validate-bundle.ts). */
export function decodeEnterprises(source: Uint8Array | Table): { columns: EnterpriseColumns; text: EnterpriseText } {
  const table = source instanceof Table ? source : tableFromIPC(source);
  return {
    columns: numeric<EnterpriseColumns>(table, ENTERPRISE_NUMERIC, 'enterprises.arrow'),
    text: textColumns(table, ENTERPRISE_TEXT, 'enterprises.arrow'),
  };
}

export function decodeHazards(source: Uint8Array | Table): HazardColumns {
  const table = source instanceof Table ? source : tableFromIPC(source);
  return { ...numeric<HazardColumns>(table, HAZARD_NUMERIC, 'hazards.arrow'), ...textColumns(table, HAZARD_TEXT, 'hazards.arrow') };
}

export type { DatasetGeo };
