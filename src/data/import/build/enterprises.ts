/**
 * Reads the enterprise table (docs/data-format.md) into typed-array columns. Rows that cannot be
 * placed or identified (no or unreadable coordinates, outside China or far outside the district,
 * missing or duplicate credit code, missing name, unknown sector) are reported and left out; values
 * that are merely odd (unknown flag, bad scale) are reported as warnings and the row is kept.
 * The table may come from a CSV or a spreadsheet, with any of the header names of schema.ts.
 * The columns that identify or place a row, or are read together, are read here by hand
 * (READ_BY_HAND); any other imported column is read by its declared parser (src/data/common/columns/).
 */
import { sectorCode, subSectorFromIndustryCode, SECTORS } from '../../../domain/sectors.ts';
import { CSV_FLAG_KEYS, FLAGS, flagBit } from '../../../domain/flags.ts';
import { levelCode } from '../../../domain/levels.ts';
import { scaleCode, type EnterpriseColumns } from '../../columns.ts';
import type { ColumnRegistry, ImportCell, ImportField, TypedArray } from '../../common/columns/column-types.ts';
import { ENTERPRISE_COLUMNS } from '../../common/columns/enterprise-columns.ts';
import { allocateColumns, withPart } from '../../common/columns/select.ts';
import type { ValidationIssue } from '../../dataset.ts';
import { issueSink, say } from '../../common/issues.ts';
import type { ColumnMapping } from '../../common/import-schema.ts';
import { cellColumn, type CellColumn } from '../../common/rows.ts';
import type { SourceTable } from '../../common/import-types.ts';
import { hashOf, laterDuplicates, StringIndex, type KeyLookup } from '../../string-index.ts';
import { parseCount, parseCoordinate, parseYesNo } from '../../common/cell-values.ts';

/** Rough bounding box of China (incl. islands); points outside it are certainly wrong. */
const CHINA = { minLon: 73.4, maxLon: 135.1, minLat: 3.8, maxLat: 53.6 };
/** How far outside the district's bounding box a point may lie (degrees, about 5 km) before it is rejected. */
const DISTRICT_MARGIN_DEG = 0.05;

/** The imported numeric columns this reader reads itself: they place the row, or are read together with another. */
const READ_BY_HAND = [
  'lon',
  'lat',
  'sector',
  'scale',
  'employees',
  'flags',
  'stdGrade',
  'accidents3y',
  'majorAccident3y',
  'penalties1y',
  'assessedScore',
  'assessedLevel',
] as const satisfies readonly (keyof EnterpriseColumns)[];

/** The imported numeric columns read by their declared parser: name, field and parser. */
const parsedColumns = (registry: ColumnRegistry) =>
  withPart(registry, 'parse').map(([name, parse]) => {
    const f = registry[name].import as ImportField | undefined;
    if (!f) throw new Error(`column ${name} has a parser but no import field`);
    return { name, field: f.field, parse };
  });

export type RawEnterprises = Pick<EnterpriseColumns, (typeof READ_BY_HAND)[number]> & {
  length: number;
  /** The columns read by their declared parsers, by name. */
  parsed: Record<string, TypedArray>;
  /** Read from the table when asked for (see cellColumn). */
  creditCode: CellColumn;
  name: CellColumn;
  address: CellColumn;
  industryCode: CellColumn;
  /** Row (as the user sees it) of each kept enterprise, for messages found after reading (e.g. the spatial join). */
  sourceRow: Int32Array;
  /** Kept row of each credit code (for the hazard ledger's lookups). */
  rowByCode: KeyLookup;
};

export interface EnterpriseReadOptions {
  /** The name shown in messages (the user's own file name). */
  file: string;
  /** Source coordinates to WGS84 lon/lat. */
  toWgs84: (x: number, y: number) => [number, number];
  /** True when the source coordinates are projected metres (so the China check comes after projecting). */
  projected?: boolean;
  districtBbox?: [number, number, number, number];
  /** The user's own assignment of sector values that the taxonomy does not know: value -> sector code. */
  sectorValues?: ReadonlyMap<string, number>;
  /** The enterprise columns (the registry's when absent). */
  columns?: ColumnRegistry;
}

/**
 * Points are kept to 6 decimals (about 0.1 m): finer than any ledger, and coarser than what the
 * inverse conversions leave behind (a few millimetres), so a point on the border between two areas
 * joins to the same one whether it arrived in WGS84, GCJ-02 or BD-09.
 */
const COORDINATE_SCALE = 1e6;
export const roundCoordinate = (v: number) => Math.round(v * COORDINATE_SCALE) / COORDINATE_SCALE;

const SMALL_MICRO = flagBit('small_micro');
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;
const FLAG_BY_NAME = new Map<string, number>();
for (const f of FLAGS) if (f.key !== 'small_micro') for (const n of [f.key, f.zh]) FLAG_BY_NAME.set(n, flagBit(f.key));
for (const [n, k] of [
  ['出租厂房', 'leased'],
  ['租赁企业', 'leased'],
  ['危化品使用单位', 'hazchem_user'],
  ['三合一场所', 'three_in_one'],
  ['人员密集场所', 'crowded_place'],
] as const)
  FLAG_BY_NAME.set(n, flagBit(k));

/** Sector code of a cell: taxonomy key, Chinese or English name, a GB/T 4754 code, or the user's assignment; -1 unknown. */
export function sectorOfValue(value: string, user?: ReadonlyMap<string, number>): number {
  const direct = sectorCode(value);
  if (direct >= 0) return direct;
  const assigned = user?.get(value.trim());
  if (assigned !== undefined) return assigned;
  if (/^[A-Z]?\d{2,4}$/i.test(value.trim())) {
    const sub = subSectorFromIndustryCode(value.trim());
    if (sub) return sectorCode(sub);
  }
  return -1;
}

export function readEnterprises(
  table: SourceTable,
  col: ColumnMapping,
  opts: EnterpriseReadOptions,
  issues: ValidationIssue[],
): RawEnterprises {
  const cap = Math.max(0, table.rows.length - table.firstDataRow);
  const registry = opts.columns ?? ENTERPRISE_COLUMNS;
  const declared = parsedColumns(registry);
  // Table row of each kept enterprise, for the text columns read later.
  let tableRow: Int32Array = new Int32Array(cap);
  const c = {
    length: 0,
    ...(allocateColumns(registry, READ_BY_HAND, cap) as Pick<EnterpriseColumns, (typeof READ_BY_HAND)[number]>),
    parsed: allocateColumns(
      registry,
      declared.map((p) => p.name),
      cap,
    ),
    sourceRow: new Int32Array(cap),
    rowByCode: new Map<string, number>() as KeyLookup,
  } satisfies KeptColumns;
  const { error: err, warn } = issueSink(opts.file, issues);
  const rows = table.rows;
  let r = 0;
  let row = 0;
  const at = (k: string) => col[k] ?? -1;
  const text = (ci: number) => {
    if (ci < 0) return '';
    const v = rows.cell(r, ci);
    // Most cells have nothing to trim; trimming only those that do saves a million copies.
    return v.length > 0 && (v.charCodeAt(0) <= 32 || v.charCodeAt(v.length - 1) <= 32) ? v.trim() : v;
  };
  // Numbers are read straight from the cells where they are plain; only odd cells become strings.
  const count = (ci: number, column: string, max: number): number => {
    let n = ci >= 0 ? rows.number(r, ci) : 0;
    if (Number.isNaN(n)) {
      const v = text(ci);
      n = parseCount(v);
      if (!(n >= 0 && n <= max)) {
        warn(row, column, v, say(`应为 0-${max} 的整数，按 0 处理`, `expected a whole number 0-${max}; read as 0`));
        return 0;
      }
    } else if (!Number.isInteger(n) || n < 0 || n > max) {
      warn(
        row,
        column,
        text(ci),
        say(`应为 0-${max} 的整数，按 0 处理`, `expected a whole number 0-${max}; read as 0`),
      );
      return 0;
    }
    return n;
  };
  const box = opts.districtBbox && {
    minLon: opts.districtBbox[0] - DISTRICT_MARGIN_DEG,
    minLat: opts.districtBbox[1] - DISTRICT_MARGIN_DEG,
    maxLon: opts.districtBbox[2] + DISTRICT_MARGIN_DEG,
    maxLat: opts.districtBbox[3] + DISTRICT_MARGIN_DEG,
  };
  const inChina = (x: number, y: number) =>
    x >= CHINA.minLon && x <= CHINA.maxLon && y >= CHINA.minLat && y <= CHINA.maxLat;
  // The cell of a declared parser's column in the current row.
  const cellOf = (ci: number, field: string): ImportCell => ({
    text: () => text(ci),
    count: (max) => count(ci, field, max),
    warn: (reason) => warn(row, field, text(ci), reason),
  });
  const parsed = declared.map((p) => ({ ...p, column: c.parsed[p.name], cell: cellOf(at(p.field), p.field) }));
  const flagColumns = CSV_FLAG_KEYS.map((k) => [flagBit(k), at(`flag:${k}`)] as const).filter(([, i]) => i >= 0);
  const header = table.header;
  const C = {
    code: at('credit_code'),
    name: at('name'),
    lon: at('lon'),
    lat: at('lat'),
    sector: at('sector'),
    industry: at('industry_code'),
    address: at('address'),
    scale: at('scale'),
    employees: at('employees'),
    flags: at('flags'),
    grade: at('standardization_grade'),
    accidents: at('accidents_3y'),
    major: at('major_accident_3y'),
    penalties: at('penalties_1y'),
    score: at('risk_score'),
    level: at('risk_level'),
  };
  // Duplicate credit codes are found after the pass, from the codes' hashes (laterDuplicates), and
  // their rows taken out then; the codes themselves stay in the table.
  const codeHash = new Int32Array(cap);
  const firstIssue = issues.length;
  // A ledger repeats a handful of sector, scale and level words a million times: look each up once.
  const sectors = new Map<string, number>();
  const scales = new Map<string, number>();
  const levels = new Map<string, number>();
  const coordinate = (ci: number, column: 'lon' | 'lat'): number | undefined => {
    const n = ci >= 0 ? rows.number(r, ci) : NaN;
    if (!Number.isNaN(n)) return n;
    const v = text(ci);
    if (v === '') {
      err(row, column, '', say('缺少坐标', 'missing coordinate'));
      return undefined;
    }
    const parsed = parseCoordinate(v);
    if (Number.isNaN(parsed)) {
      err(row, column, v, say('不是数字', 'not a number'));
      return undefined;
    }
    return parsed;
  };

  for (r = table.firstDataRow; r < rows.length; r++) {
    row = table.rowNumbers[r];
    const code = text(C.code);
    if (!code) {
      err(row, 'credit_code', '', say('缺少统一社会信用代码', 'missing credit code'));
      continue;
    }
    const name = text(C.name);
    if (!name) {
      err(row, 'name', '', say('缺少企业名称', 'missing name'));
      continue;
    }
    const x = coordinate(C.lon, 'lon');
    if (x === undefined) continue;
    const y = coordinate(C.lat, 'lat');
    if (y === undefined) continue;
    if (!opts.projected && !inChina(x, y)) {
      err(
        row,
        'lon,lat',
        `${text(C.lon)},${text(C.lat)}`,
        inChina(y, x)
          ? say('坐标在中国境外：经度和纬度可能填反了', 'outside China: are lon and lat swapped?')
          : say('坐标在中国境外', 'outside China (are lon and lat swapped?)'),
      );
      continue;
    }
    const [lonRaw, latRaw] = opts.toWgs84(x, y);
    const lon = roundCoordinate(lonRaw);
    const lat = roundCoordinate(latRaw);
    if (opts.projected && !inChina(lon, lat)) {
      err(
        row,
        'lon,lat',
        `${text(C.lon)},${text(C.lat)}`,
        say(
          '按所选坐标系换算后在中国境外：坐标系可能选错了',
          'outside China after projecting: is the coordinate system right?',
        ),
      );
      continue;
    }
    if (box && (lon < box.minLon || lon > box.maxLon || lat < box.minLat || lat > box.maxLat)) {
      err(
        row,
        'lon,lat',
        `${text(C.lon)},${text(C.lat)}`,
        say(
          '远在辖区之外（超出辖区外接矩形约 5 公里以上）',
          'far outside the district (more than about 5 km beyond its boundary box)',
        ),
      );
      continue;
    }
    const sectorText = text(C.sector);
    const industryCode = text(C.industry);
    let sector = sectors.get(sectorText);
    if (sector === undefined) {
      sector = sectorOfValue(sectorText, opts.sectorValues);
      sectors.set(sectorText, sector);
    }
    if (sector < 0 && sectorText === '' && industryCode) sector = sectorOfValue(industryCode);
    if (sector < 0) {
      err(row, 'sector', sectorText, say('无法识别的行业领域', 'unknown sector'));
      continue;
    }
    // A generic 工贸 record with a GB/T 4754 code gets its sub-sector from the code.
    if (SECTORS[sector].key === 'industry_trade' && industryCode) {
      const sub = subSectorFromIndustryCode(industryCode);
      if (sub) sector = sectorCode(sub);
    }

    const i = c.length++;
    codeHash[i] = hashOf(code);
    if (!CREDIT_CODE.test(code))
      warn(
        row,
        'credit_code',
        code,
        say('不是 18 位统一社会信用代码，按原样保留', 'not an 18-character unified social credit code; kept as given'),
      );
    c.lon[i] = lon;
    c.lat[i] = lat;
    c.sector[i] = sector;
    const scaleText = text(C.scale);
    let scale = scales.get(scaleText);
    if (scale === undefined) {
      scale = scaleCode(scaleText.replace(/企业$/, ''));
      scales.set(scaleText, scale);
    }
    if (scale < 0) {
      warn(
        row,
        'scale',
        scaleText,
        say(
          '规模应为大型、中型、小型或微型，按未知处理',
          'scale must be large, medium, small or micro; read as unknown',
        ),
      );
      scale = 0;
    }
    c.scale[i] = scale;
    c.employees[i] = count(C.employees, 'employees', 1_000_000);
    let flags = scale >= 3 ? SMALL_MICRO : 0;
    const flagText = text(C.flags);
    if (flagText) {
      for (const raw of flagText.split(/[;；,，、|]/)) {
        const k = raw.trim();
        if (!k) continue;
        const bit = FLAG_BY_NAME.get(k);
        if (bit) flags |= bit;
        else warn(row, 'flags', k, say('无法识别的标签，已忽略', 'unknown flag; ignored'));
      }
    }
    for (const [bit, ci] of flagColumns) {
      const v = text(ci);
      const yes = parseYesNo(v);
      if (yes) flags |= bit;
      else if (yes === undefined)
        warn(row, header[ci] ?? '', v, say('应为“是”或“否”，按否处理', 'expected yes or no; read as no'));
    }
    c.flags[i] = flags;
    const gradeText = C.grade >= 0 && Number.isNaN(rows.number(r, C.grade)) ? text(C.grade) : '';
    c.stdGrade[i] = /^[一二三]级$/.test(gradeText)
      ? '一二三'.indexOf(gradeText[0]) + 1
      : count(C.grade, 'standardization_grade', 3);
    c.accidents3y[i] = count(C.accidents, 'accidents_3y', 255);
    c.penalties1y[i] = count(C.penalties, 'penalties_1y', 255);
    const majorText = text(C.major);
    const major = majorText === '' || majorText === 'false' ? false : parseYesNo(majorText);
    if (major) c.majorAccident3y[i] = 1;
    else if (major === undefined)
      warn(
        row,
        'major_accident_3y',
        majorText,
        say('应为“是”或“否”，按否处理', 'expected true or false; read as false'),
      );
    const scoreText = text(C.score);
    const levelText = text(C.level);
    if (scoreText !== '' || levelText !== '') {
      const s = Number(scoreText);
      let l = levels.get(levelText);
      if (l === undefined) {
        l = levelCode(levelText);
        levels.set(levelText, l);
      }
      if (scoreText !== '' && (!Number.isFinite(s) || s < 0 || s > 100))
        warn(
          row,
          'risk_score',
          scoreText,
          say('评估分值应在 0-100 之间，已忽略', 'assessed score must be 0-100; ignored'),
        );
      else if (l < 0)
        warn(
          row,
          'risk_level',
          levelText,
          say(
            '风险等级应为重大/较大/一般/低（或红/橙/黄/蓝），已忽略',
            'assessed level must be major, significant, general or low (重大/较大/一般/低); ignored',
          ),
        );
      else {
        c.assessedLevel[i] = l;
        c.assessedScore[i] = scoreText === '' ? NaN : s;
      }
    }
    for (const p of parsed) p.column[i] = p.parse(p.cell);
    tableRow[i] = r;
    c.sourceRow[i] = row;
  }
  const codes = cellColumn(rows, tableRow, C.code);
  const dup = laterDuplicates(codeHash, c.length, (i) => codes.get(i));
  if (dup.includes(1)) tableRow = dropDuplicates(c, dup, tableRow, (i) => codes.get(i), opts.file, issues, firstIssue);
  c.sourceRow = c.sourceRow.subarray(0, c.length);
  tableRow = tableRow.subarray(0, c.length);
  const creditCode = cellColumn(rows, tableRow, C.code);
  // The hazard ledger's lookup by code, built the first time a ledger asks (an import without one never does).
  let index: StringIndex | null = null;
  c.rowByCode = {
    get: (key) => {
      if (!index) {
        index = new StringIndex((i) => creditCode.get(i), c.length);
        for (let i = 0; i < c.length; i++) index.add(i, creditCode.get(i));
      }
      return index.get(key);
    },
  };
  return {
    ...c,
    creditCode,
    name: cellColumn(rows, tableRow, C.name),
    address: cellColumn(rows, tableRow, C.address),
    industryCode: cellColumn(rows, tableRow, C.industry),
  };
}

type KeptColumns = Omit<RawEnterprises, 'creditCode' | 'name' | 'address' | 'industryCode'>;

/**
 * Takes the rows marked in `dup` out of every column, and puts the issues right: each duplicate
 * row's warnings go (the row is not kept) and its error comes in, in row order with the others.
 * Returns the table rows of the rows kept.
 */
function dropDuplicates(
  c: KeptColumns,
  dup: Uint8Array,
  tableRow: Int32Array,
  codeOf: (i: number) => string,
  file: string,
  issues: ValidationIssue[],
  firstIssue: number,
): Int32Array {
  const columns: TypedArray[] = [...READ_BY_HAND.map((k) => c[k]), ...Object.values(c.parsed), c.sourceRow, tableRow];
  const dropped = new Set<number>();
  const errors: ValidationIssue[] = [];
  let w = 0;
  for (let i = 0; i < c.length; i++) {
    if (dup[i]) {
      dropped.add(c.sourceRow[i]);
      const r = say(
        '统一社会信用代码重复（保留第一次出现的行）',
        'duplicate credit code (the first row with it is kept)',
      );
      errors.push({
        file,
        row: c.sourceRow[i],
        column: 'credit_code',
        value: codeOf(i),
        reason: r.en,
        reasonZh: r.zh,
        severity: 'error',
      });
      continue;
    }
    if (w !== i) for (const col of columns) col[w] = col[i];
    w++;
  }
  c.length = w;
  // This pass's issues are in row order; merge the duplicates' errors in, without their rows' warnings.
  const own = issues.splice(firstIssue).filter((x) => !(x.file === file && dropped.has(x.row)));
  let e = 0;
  for (const x of own) {
    while (e < errors.length && errors[e].row < x.row) issues.push(errors[e++]);
    issues.push(x);
  }
  while (e < errors.length) issues.push(errors[e++]);
  return tableRow;
}
