/**
 * Checks a dataset bundle before anything renders, so that a damaged or mismatched file gives one
 * plain message naming the file and the problem (and what to do) instead of a blank map or an
 * Arrow library's internals ("Cannot read properties of null (reading 'fieldsLength')"). Checked:
 * - manifest.json: format and version, required fields and their types, the area dictionaries;
 * - geo.json: four feature collections of polygons, one feature per area of the manifest;
 * - enterprises.arrow, enterprise-text.arrow, hazards.arrow and inspections.arrow (when the manifest
 *   counts inspections): an Arrow IPC file (not a web page, not cut short), every column there with
 *   its type, as many rows as the manifest says, and every value within its column's declared range
 *   (area ids, levels, sectors, hazards and inspections pointing at existing enterprises;
 *   src/data/common/columns/).
 * Pure: runs in the page, the worker and Node alike.
 */
import { tableFromIPC, type Table } from 'apache-arrow';
import { ENTERPRISE_TEXT, HAZARD_TEXT, INSPECTION_TEXT } from './bundle.ts';
import type { ColumnRegistry } from './common/columns/column-types.ts';
import { ENTERPRISE_COLUMNS } from './common/columns/enterprise-columns.ts';
import { HAZARD_COLUMNS } from './common/columns/hazard-columns.ts';
import { INSPECTION_COLUMNS } from './common/columns/inspection-columns.ts';
import { arrayNames, numericIn } from './common/columns/select.ts';
import type { DatasetGeo, DatasetManifest } from './dataset.ts';
import type { Text } from '../domain/text.ts';

const REBUILD = {
  zh: '请用 npm run build-data 重新生成数据包后再部署',
  en: 'rebuild the bundle with npm run build-data and deploy it again',
};

/**
 * A bundle file that cannot be used: the file, what is wrong with it, in both languages. The message
 * ends with the advice for a deployed bundle; `problem` is without it, for a saved import's own advice.
 */
export class BundleError extends Error implements Text {
  readonly zh: string;
  readonly en: string;
  constructor(
    readonly file: string,
    readonly problem: Text,
  ) {
    super(`${file}: ${problem.en}; ${REBUILD.en}`);
    this.zh = `${file}：${problem.zh}。${REBUILD.zh}`;
    this.en = this.message;
  }
}

const fail = (file: string, zh: string, en: string): never => {
  throw new BundleError(file, { zh, en });
};

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isLonLat = (v: unknown) =>
  Array.isArray(v) && v.length >= 2 && v.every((x) => typeof x === 'number' && Number.isFinite(x));

/** Each entry of an area list has a code, a name and a label point. */
function checkAreas(file: string, m: Record<string, unknown>, key: 'towns' | 'grids' | 'parks'): void {
  const list = m[key];
  if (!Array.isArray(list)) fail(file, `缺少 ${key} 列表`, `the ${key} list is missing`);
  (list as unknown[]).forEach((a, i) => {
    if (!isObject(a) || typeof a.code !== 'string' || typeof a.name !== 'string' || !isLonLat(a.label)) {
      fail(
        file,
        `${key} 的第 ${i + 1} 项缺少编码、名称或标注点`,
        `entry ${i + 1} of ${key} lacks a code, a name or a label point`,
      );
    }
  });
}

export function validateManifest(json: unknown): DatasetManifest {
  const file = 'manifest.json';
  if (!isObject(json)) fail(file, '不是一个 JSON 对象', 'is not a JSON object');
  const m = json as Record<string, unknown>;
  if (m.format !== 'district-risk-bundle')
    fail(
      file,
      '不是本系统的数据包清单（format 应为 district-risk-bundle）',
      'is not a district-risk-bundle manifest (format)',
    );
  if (m.formatVersion !== 1 && m.formatVersion !== 2)
    fail(
      file,
      `数据包版本 ${String(m.formatVersion)} 不受支持`,
      `bundle format version ${String(m.formatVersion)} is not supported`,
    );
  for (const k of ['id', 'name', 'asOf', 'riskModelName'] as const) {
    if (typeof m[k] !== 'string') fail(file, `缺少字段 ${k}`, `field ${k} is missing or not text`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(m.asOf as string))
    fail(
      file,
      `数据日期 asOf 应为 YYYY-MM-DD，实为“${String(m.asOf)}”`,
      `asOf should be YYYY-MM-DD, not "${String(m.asOf)}"`,
    );
  for (const k of ['enterprises', 'hazards'] as const) {
    if (!isCount(m[k]))
      fail(file, `字段 ${k}（行数）缺失或不是非负整数`, `field ${k} (a row count) is missing or not a whole number`);
  }
  // Optional: a dataset without an inspection ledger has no count (and no inspections.arrow).
  if (m.inspections !== undefined && !isCount(m.inspections))
    fail(file, '字段 inspections（行数）不是非负整数', 'field inspections (a row count) is not a whole number');
  if (
    !Array.isArray(m.bbox) ||
    m.bbox.length !== 4 ||
    !m.bbox.every((x) => typeof x === 'number' && Number.isFinite(x))
  ) {
    fail(file, '辖区范围 bbox 应为 4 个数字', 'bbox should be four numbers');
  }
  checkAreas(file, m, 'towns');
  checkAreas(file, m, 'grids');
  checkAreas(file, m, 'parks');
  // Fields that only inform (the build's report, the English name) get a default when absent.
  const defaults = {
    nameEn: m.name,
    demo: false,
    sourceCoords: 'wgs84',
    districtAreaKm2: 0,
    hasAssessed: false,
    builtAt: '',
    issueCounts: { errors: 0, warnings: 0 },
    issues: [],
  };
  return { ...defaults, ...m } as unknown as DatasetManifest;
}

const GEO_LAYERS = [
  ['district', null],
  ['towns', 'towns'],
  ['grid', 'grids'],
  ['parks', 'parks'],
] as const;

export function validateGeo(json: unknown, manifest: DatasetManifest): DatasetGeo {
  const file = 'geo.json';
  if (!isObject(json)) fail(file, '不是一个 JSON 对象', 'is not a JSON object');
  const g = json as Record<string, unknown>;
  for (const [layer, areas] of GEO_LAYERS) {
    const fc = g[layer];
    if (!isObject(fc) || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
      fail(
        file,
        `缺少 ${layer} 图层（应为 FeatureCollection）`,
        `the ${layer} layer is missing or not a FeatureCollection`,
      );
    }
    const features = (fc as { features: unknown[] }).features;
    if (areas && features.length !== manifest[areas].length) {
      fail(
        file,
        `${layer} 图层有 ${features.length} 个要素，清单中有 ${manifest[areas].length} 个`,
        `the ${layer} layer has ${features.length} features where manifest.json lists ${manifest[areas].length}`,
      );
    }
    features.forEach((f, i) => {
      const geom = isObject(f) ? f.geometry : undefined;
      if (
        !isObject(geom) ||
        (geom.type !== 'Polygon' && geom.type !== 'MultiPolygon') ||
        !Array.isArray(geom.coordinates)
      ) {
        fail(
          file,
          `${layer} 图层第 ${i + 1} 个要素不是面（Polygon 或 MultiPolygon）`,
          `feature ${i + 1} of the ${layer} layer is not a Polygon or MultiPolygon`,
        );
      }
    });
  }
  return json as unknown as DatasetGeo;
}

/** An Arrow IPC file starts and ends with the magic bytes ARROW1. */
const MAGIC = [65, 82, 82, 79, 87, 49];
const hasMagic = (b: Uint8Array, at: number) => MAGIC.every((c, k) => b[at + k] === c);

/** Reads an Arrow IPC file, telling a web page, an empty file and a cut-short file apart from other damage. */
export function readArrow(file: string, bytes: Uint8Array): Table {
  if (bytes.length === 0) fail(file, '文件是空的', 'the file is empty');
  // A server that answers a missing file with its home page (or a login page) sends HTML.
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart().toLowerCase();
  if (head.startsWith('<'))
    fail(
      file,
      '服务器返回的是网页而不是数据文件（文件缺失，或代理、登录页拦截了它）',
      'the server sent a web page instead of the data file (the file is missing, or a proxy or login page intercepted it)',
    );
  if (!hasMagic(bytes, 0)) fail(file, '不是 Apache Arrow 文件', 'is not an Apache Arrow file');
  if (bytes.length < 12 || !hasMagic(bytes, bytes.length - 6))
    fail(
      file,
      `文件不完整（只收到 ${bytes.length.toLocaleString()} 字节，可能下载中断）`,
      `the file is cut short (only ${bytes.length.toLocaleString()} bytes arrived; the download may have been interrupted)`,
    );
  try {
    return tableFromIPC(bytes);
  } catch (e) {
    return fail(file, `无法读取（${(e as Error).message}）`, `cannot be read (${(e as Error).message})`);
  }
}

/** Columns, types and row count of a table; returns the numeric columns by name. */
function checkTable(
  file: string,
  table: Table,
  types: Record<string, string>,
  text: readonly string[],
  rows: number,
): Record<string, ArrayLike<number>> {
  if (table.numRows !== rows)
    fail(
      file,
      `有 ${table.numRows.toLocaleString()} 行，清单中为 ${rows.toLocaleString()} 行`,
      `has ${table.numRows.toLocaleString()} rows where manifest.json says ${rows.toLocaleString()}`,
    );
  const out: Record<string, ArrayLike<number>> = {};
  for (const [name, type] of Object.entries(types)) {
    const col = table.getChild(name);
    if (!col) fail(file, `缺少列 ${name}`, `column ${name} is missing`);
    const values = col!.toArray() as ArrayLike<number>;
    if (values.constructor.name !== type)
      fail(
        file,
        `列 ${name} 的类型应为 ${type}，实为 ${values.constructor.name}`,
        `column ${name} should be ${type}, not ${values.constructor.name}`,
      );
    out[name] = values;
  }
  for (const name of text)
    if (!table.getChild(name)) fail(file, `缺少文本列 ${name}`, `text column ${name} is missing`);
  return out;
}

/** Every value of a column within [lo, hi); the first one outside is reported with its row. */
function checkRange(file: string, column: string, values: ArrayLike<number>, lo: number, hi: number, what: Text): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!(v >= lo && v < hi))
      fail(file, `第 ${i + 1} 行的 ${column} 为 ${v}，${what.zh}`, `row ${i + 1} has ${column} ${v}; ${what.en}`);
  }
}

/** Format 2 stores positions in whole steps of 1e-7 degree; format 1 in Float64 degrees, beside the text. */
const POSITION_TYPES = {
  2: { lonE7: 'Int32Array', latE7: 'Int32Array' },
  1: { lon: 'Float64Array', lat: 'Float64Array' },
} as const;

/** The declared ranges of a file's numeric columns, each checked in the registry's order. */
function checkRanges(
  file: string,
  registry: ColumnRegistry,
  columns: Record<string, ArrayLike<number>>,
  m: DatasetManifest,
): void {
  for (const [name, def] of numericIn(registry, file as 'enterprises.arrow' | 'hazards.arrow' | 'inspections.arrow')) {
    if (!def.range) continue;
    const { lo, hi, what } = def.range(m);
    checkRange(file, name, columns[name], lo, hi, what);
  }
}

export function validateEnterprises(
  table: Table,
  m: DatasetManifest,
  registry: ColumnRegistry = ENTERPRISE_COLUMNS,
): void {
  const file = 'enterprises.arrow';
  const stored = numericIn(registry, file).filter(([, d]) => !d.position);
  const c = checkTable(
    file,
    table,
    { ...POSITION_TYPES[m.formatVersion], ...arrayNames(stored) },
    m.formatVersion === 1 ? ENTERPRISE_TEXT : [],
    m.enterprises,
  );
  checkRanges(file, registry, c, m);
}

export function validateEnterpriseText(table: Table, m: DatasetManifest): void {
  checkTable('enterprise-text.arrow', table, {}, ENTERPRISE_TEXT, m.enterprises);
}

export function validateHazards(table: Table, m: DatasetManifest): void {
  const file = 'hazards.arrow';
  const c = checkTable(file, table, arrayNames(numericIn(HAZARD_COLUMNS, file)), HAZARD_TEXT, m.hazards);
  checkRanges(file, HAZARD_COLUMNS, c, m);
}

/** inspections.arrow, of a dataset whose manifest counts inspections (the caller does not ask otherwise). */
export function validateInspections(table: Table, m: DatasetManifest): void {
  const file = 'inspections.arrow';
  const c = checkTable(
    file,
    table,
    arrayNames(numericIn(INSPECTION_COLUMNS, file)),
    INSPECTION_TEXT,
    m.inspections ?? 0,
  );
  checkRanges(file, INSPECTION_COLUMNS, c, m);
}
