/**
 * Reads enterprises.csv (DATA-FORMAT.md) into typed-array columns. Rows that cannot be placed or
 * identified (no or non-numeric coordinates, outside China or far outside the district, missing or
 * duplicate credit code, missing name, unknown sector) are reported and left out; values that are
 * merely odd (unknown flag, bad scale) are reported as warnings and the row is kept.
 */
import { sectorCode, subSectorFromIndustryCode, SECTORS } from '../../domain/sectors.ts';
import { CSV_FLAG_KEYS, flagBit } from '../../domain/flags.ts';
import { levelCode } from '../../domain/levels.ts';
import { scaleCode } from '../columns.ts';
import { toWgs84, type CoordSystem } from '../coords.ts';
import type { ValidationIssue } from '../dataset.ts';
import { estimateRows, readCsv } from './csv.ts';

const FILE = 'enterprises.csv';
export const ENTERPRISE_REQUIRED = ['credit_code', 'name', 'lon', 'lat', 'sector'] as const;
const OPTIONAL = ['industry_code', 'address', 'scale', 'employees', 'flags', 'standardization_grade', 'accidents_3y', 'major_accident_3y', 'penalties_1y', 'risk_score', 'risk_level'] as const;

/** Rough bounding box of China (incl. islands); points outside it are certainly wrong. */
const CHINA = { minLon: 73.4, maxLon: 135.1, minLat: 3.8, maxLat: 53.6 };
/** How far outside the district's bounding box a point may lie (degrees, about 5 km) before it is rejected. */
const DISTRICT_MARGIN_DEG = 0.05;

export interface RawEnterprises {
  length: number;
  lon: Float64Array; lat: Float64Array; sector: Uint8Array; scale: Uint8Array; employees: Int32Array;
  flags: Uint16Array; stdGrade: Uint8Array; accidents3y: Uint8Array; majorAccident3y: Uint8Array; penalties1y: Uint8Array;
  assessedScore: Float32Array; assessedLevel: Int8Array;
  creditCode: string[]; name: string[]; address: string[]; industryCode: string[];
  /** Spreadsheet row of each kept enterprise, for messages found after reading (e.g. the spatial join). */
  sourceRow: number[];
}

const SMALL_MICRO = flagBit('small_micro');
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

export function readEnterprises(
  text: string,
  coords: CoordSystem,
  districtBbox: [number, number, number, number] | undefined,
  issues: ValidationIssue[],
): RawEnterprises {
  const cap = estimateRows(text);
  const c: RawEnterprises = {
    length: 0,
    lon: new Float64Array(cap), lat: new Float64Array(cap), sector: new Uint8Array(cap), scale: new Uint8Array(cap),
    employees: new Int32Array(cap), flags: new Uint16Array(cap), stdGrade: new Uint8Array(cap), accidents3y: new Uint8Array(cap),
    majorAccident3y: new Uint8Array(cap), penalties1y: new Uint8Array(cap), assessedScore: new Float32Array(cap).fill(NaN),
    assessedLevel: new Int8Array(cap).fill(-1), creditCode: [], name: [], address: [], industryCode: [], sourceRow: [],
  };
  const seen = new Set<string>();
  let col: Record<string, number> = {};
  const err = (row: number, column: string, value: string, reason: string) => issues.push({ file: FILE, row, column, value, reason, severity: 'error' });
  const warn = (row: number, column: string, value: string, reason: string) => issues.push({ file: FILE, row, column, value, reason, severity: 'warning' });
  const count = (row: number, column: string, v: string, max: number): number => {
    if (v === '') return 0;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > max) {
      warn(row, column, v, `expected a whole number 0-${max}; read as 0`);
      return 0;
    }
    return n;
  };
  const box = districtBbox && {
    minLon: districtBbox[0] - DISTRICT_MARGIN_DEG, minLat: districtBbox[1] - DISTRICT_MARGIN_DEG,
    maxLon: districtBbox[2] + DISTRICT_MARGIN_DEG, maxLat: districtBbox[3] + DISTRICT_MARGIN_DEG,
  };

  readCsv(FILE, text, ENTERPRISE_REQUIRED, issues, (f, row, header) => {
    if (row === 2) col = Object.fromEntries([...ENTERPRISE_REQUIRED, ...OPTIONAL].map((k) => [k, header.index.get(k) ?? -1]));
    const get = (k: string) => (col[k] >= 0 ? (f[col[k]] ?? '').trim() : '');
    const code = get('credit_code');
    if (!code) return err(row, 'credit_code', '', 'missing credit code');
    if (seen.has(code)) return err(row, 'credit_code', code, 'duplicate credit code (the first row with it is kept)');
    const name = get('name');
    if (!name) return err(row, 'name', '', 'missing name');
    const lonText = get('lon');
    const latText = get('lat');
    if (lonText === '' || latText === '') return err(row, lonText === '' ? 'lon' : 'lat', '', 'missing coordinate');
    const lon0 = Number(lonText);
    const lat0 = Number(latText);
    if (!Number.isFinite(lon0)) return err(row, 'lon', lonText, 'not a number');
    if (!Number.isFinite(lat0)) return err(row, 'lat', latText, 'not a number');
    if (lon0 < CHINA.minLon || lon0 > CHINA.maxLon || lat0 < CHINA.minLat || lat0 > CHINA.maxLat) {
      return err(row, 'lon,lat', `${lonText},${latText}`, 'outside China (are lon and lat swapped?)');
    }
    const [lon, lat] = toWgs84(coords, lon0, lat0);
    if (box && (lon < box.minLon || lon > box.maxLon || lat < box.minLat || lat > box.maxLat)) {
      return err(row, 'lon,lat', `${lonText},${latText}`, 'far outside the district (more than about 5 km beyond its boundary box)');
    }
    const sectorText = get('sector');
    const industryCode = get('industry_code');
    let sector = sectorCode(sectorText);
    if (sector < 0) return err(row, 'sector', sectorText, 'unknown sector');
    // A generic 工贸 record with a GB/T 4754 code gets its sub-sector from the code (DOMAIN.md).
    if (SECTORS[sector].key === 'industry_trade' && industryCode) {
      const sub = subSectorFromIndustryCode(industryCode);
      if (sub) sector = sectorCode(sub);
    }
    seen.add(code);
    if (!CREDIT_CODE.test(code)) warn(row, 'credit_code', code, 'not an 18-character unified social credit code; kept as given');

    const i = c.length++;
    c.lon[i] = lon;
    c.lat[i] = lat;
    c.sector[i] = sector;
    const scaleText = get('scale');
    let scale = scaleCode(scaleText);
    if (scale < 0) {
      warn(row, 'scale', scaleText, 'scale must be large, medium, small or micro; read as unknown');
      scale = 0;
    }
    c.scale[i] = scale;
    c.employees[i] = count(row, 'employees', get('employees'), 1_000_000);
    let flags = scale >= 3 ? SMALL_MICRO : 0;
    const flagText = get('flags');
    if (flagText) {
      for (const raw of flagText.split(/[;；,|]/)) {
        const k = raw.trim();
        if (!k) continue;
        if (CSV_FLAG_KEYS.includes(k)) flags |= flagBit(k);
        else warn(row, 'flags', k, 'unknown flag; ignored');
      }
    }
    c.flags[i] = flags;
    c.stdGrade[i] = count(row, 'standardization_grade', get('standardization_grade'), 3);
    c.accidents3y[i] = count(row, 'accidents_3y', get('accidents_3y'), 255);
    c.penalties1y[i] = count(row, 'penalties_1y', get('penalties_1y'), 255);
    const major = get('major_accident_3y').toLowerCase();
    if (major === 'true' || major === '1' || major === '是') c.majorAccident3y[i] = 1;
    else if (major !== '' && major !== 'false' && major !== '0' && major !== '否') warn(row, 'major_accident_3y', major, 'expected true or false; read as false');
    const scoreText = get('risk_score');
    const levelText = get('risk_level');
    if (scoreText !== '' || levelText !== '') {
      const s = Number(scoreText);
      const l = levelCode(levelText);
      if (scoreText !== '' && (!Number.isFinite(s) || s < 0 || s > 100)) warn(row, 'risk_score', scoreText, 'assessed score must be 0-100; ignored');
      else if (l < 0) warn(row, 'risk_level', levelText, 'assessed level must be major, significant, general or low (重大/较大/一般/低); ignored');
      else {
        c.assessedLevel[i] = l;
        c.assessedScore[i] = scoreText === '' ? NaN : s;
      }
    }
    c.creditCode.push(code);
    c.name.push(name);
    c.address.push(get('address'));
    c.industryCode.push(industryCode);
    c.sourceRow.push(row);
  });
  return c;
}
