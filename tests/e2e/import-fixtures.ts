/**
 * A bureau's real files, made from the demo district with writers that share no code with the
 * readers: the enterprise ledger as a GBK "CSV that Excel saved" with a title row, Chinese headers
 * and AMap (GCJ-02) coordinates; the hazard ledger as an .xlsx with a merged title row and Excel
 * date serials; towns, grid cells and parks as one zip of Shapefiles in CGCS2000 Gauss-Kruger
 * metres (CM 120E, with and without the zone number) and in WGS84, with GBK attributes declared by
 * a .cpg ('GBK', '936') or by the dBase language byte.
 * Each file carries a few bad rows whose row numbers the test expects in the report.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { wgs84ToGcj02 } from '../../src/data/coords.ts';
import { SECTORS } from '../../src/domain/sectors.ts';
import { PARK_TYPES } from '../../src/domain/parks.ts';
import { encodeGbk } from '../../src/data/import/test-support/encode-gbk.ts';
import { tmForward, GRS80 } from '../../src/data/import/test-support/geodesy.ts';
import { PRJ } from '../../src/data/import/test-support/prj.ts';
import { writeDbf, writeShp, writeZipStored, type TestField, type XY } from '../../src/data/import/test-support/write-shapefile.ts';
import { writeXlsx, type XCell, type XRow } from '../../src/data/import/test-support/write-xlsx.ts';

export interface BureauFiles {
  files: { name: string; mimeType: string; buffer: Buffer }[];
  /** Enterprises written (good rows) and the CSV lines of the bad ones, by reason. */
  enterprises: { good: number; unknownSectorLine: number; unknownSector: string; badLines: number[] };
  hazards: { good: number; badRows: number[] };
  towns: number;
  grids: number;
  parks: number;
}

type Row = Record<string, string>;
const readCsv = (file: string): Row[] => Papa.parse<Row>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
const csvCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const LEVEL_COLOUR: Record<string, string> = { major: '红', significant: '橙', general: '黄', low: '蓝' };
const SCALE_ZH: Record<string, string> = { large: '大型', medium: '中型', small: '小型', micro: '微型', '': '' };
const STATUS_ZH: Record<string, string> = { open: '待整改', in_progress: '整改中', awaiting_recheck: '待复查', closed: '已销号' };

function enterprisesCsv(rows: Row[]): { bytes: Uint8Array; badLines: number[]; unknownSectorLine: number } {
  const header = ['序号', '统一社会信用代码', '企业名称', '经度', '纬度', '行业领域', '详细地址', '企业规模', '从业人员（人）', '风险等级'];
  const lines = ['临澄区企业安全风险分级台账（示例数据）,,,,,,,,,', header.join(',')];
  rows.forEach((r, i) => {
    const [lon, lat] = wgs84ToGcj02(Number(r.lon), Number(r.lat));
    const sector = SECTORS.find((s) => s.key === r.sector)!.zh;
    lines.push([String(i + 1), r.credit_code, r.name, lon.toFixed(6), lat.toFixed(6), sector, r.address, SCALE_ZH[r.scale] ?? '', r.employees, LEVEL_COLOUR[r.risk_level] ?? ''].map(csvCell).join(','));
  });
  const first = rows[0];
  const n = lines.length;
  // The bad rows, then one with a sector the taxonomy does not know (the user assigns it in the dialog).
  lines.push(['x', '', '缺代码企业', '121.5', '29.9', '机械', '', '', '', ''].join(','));
  lines.push(['x', '91330299TESTBADLON', '坐标错企业', 'abc', '29.9', '机械', '', '', '', ''].join(','));
  lines.push(['x', first.credit_code, '重复代码企业', first.lon, first.lat, '机械', '', '', '', ''].join(','));
  const [ulon, ulat] = wgs84ToGcj02(Number(first.lon), Number(first.lat));
  lines.push(['x', '91330299TESTSECTOR', '渔业养殖合作社', ulon.toFixed(6), ulat.toFixed(6), '水产养殖', '', '', '', ''].join(','));
  return { bytes: encodeGbk(lines.join('\r\n') + '\r\n'), badLines: [n + 1, n + 2, n + 3], unknownSectorLine: n + 4 };
}

const serial = (day: string) => (day ? Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000 + 25569 : null);

function hazardsXlsx(hazards: Row[]): { bytes: Uint8Array; badRows: number[] } {
  const header = ['隐患编号', '统一社会信用代码', '发现日期', '整改期限', '销号日期', '隐患等级', '整改状态', '隐患描述', '整改责任人', '是否挂牌督办'];
  const date = (d: string): XCell => (d ? { v: serial(d)!, s: 1 } : null);
  const rows: XRow[] = [{ r: 1, cells: ['临澄区隐患排查治理台账（示例数据）'] }, { r: 2, cells: header }];
  hazards.forEach((h, i) => rows.push({ r: i + 3, cells: [
    h.id, h.credit_code, date(h.found_date), date(h.deadline), date(h.closed_date),
    h.level === 'major' ? '重大事故隐患' : '一般隐患', STATUS_ZH[h.status], h.description, h.responsible_person, h.listed_supervision === 'true' ? '是' : '否',
  ] }));
  const next = hazards.length + 3;
  rows.push({ r: next, cells: ['YH-BAD-1', '91330299NOSUCHCODE', date('2026-05-01'), null, null, '一般隐患', '待整改', '无此企业', '', '否'] });
  rows.push({ r: next + 1, cells: ['YH-BAD-2', hazards[0].credit_code, '2026年13月45日', null, null, '一般隐患', '待整改', '日期错误', '', '否'] });
  const bytes = writeXlsx({ sheets: [{ name: '隐患台账', rows, merges: ['A1:J1'] }], numFmts: { 164: 'yyyy"年"m"月"d"日"' }, xfs: [164] });
  return { bytes, badRows: [next, next + 1] };
}

type Geometry = { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

/** Signed area (shoelace); Shapefile outer rings go clockwise (negative), holes anticlockwise. */
const signed = (ring: XY[]) => ring.reduce((s, p, i) => { const q = ring[(i + 1) % ring.length]; return s + p[0] * q[1] - q[0] * p[1]; }, 0) / 2;

function shapeParts(g: Geometry, project: (lon: number, lat: number) => XY): XY[][] {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.flatMap((poly) => poly.map((ring, k) => {
    const r = ring.map(([lon, lat]) => project(lon, lat));
    const clockwise = signed(r) < 0;
    return (k === 0) === clockwise ? r : r.reverse();
  }));
}

function layer(base: string, features: { properties: Row; geometry: Geometry }[], fields: TestField[], values: (p: Row) => unknown[], project: (lon: number, lat: number) => XY, prj: string, encode: (s: string) => Uint8Array, extra: Record<string, Uint8Array>, ldid = 0) {
  const { shp, shx } = writeShp(features.map((f) => ({ type: 'polygon', parts: shapeParts(f.geometry, project) })));
  const dbf = writeDbf(fields, features.map((f) => values(f.properties)), encode, ldid);
  return { [`${base}.shp`]: shp, [`${base}.shx`]: shx, [`${base}.dbf`]: dbf, [`${base}.prj`]: new TextEncoder().encode(prj), ...extra };
}

export function makeBureauFiles(demoFolder: string, enterpriseCount = 1200): BureauFiles {
  const ents = readCsv(join(demoFolder, 'enterprises.csv')).slice(0, enterpriseCount);
  const codes = new Set(ents.map((e) => e.credit_code));
  const hazards = readCsv(join(demoFolder, 'hazards.csv')).filter((h) => codes.has(h.credit_code));
  const geo = (f: string) => (JSON.parse(readFileSync(join(demoFolder, f), 'utf8')) as { features: { properties: Row; geometry: Geometry }[] }).features;
  const towns = geo('towns.geojson');
  const grid = geo('grid.geojson');
  const parks = geo('parks.geojson');
  const utf8 = (s: string) => new TextEncoder().encode(s);
  const gk = (x0: number) => (lon: number, lat: number): XY => tmForward(lon, lat, 120, GRS80, 1, x0);
  const C = (name: string, length = 60): TestField => ({ name, type: 'C', length });
  const parts = {
    ...layer('镇街', towns, [C('编码', 20), C('名称', 40)], (p) => [p.code, p.name], gk(500000), PRJ.cm120, encodeGbk, { '镇街.cpg': utf8('GBK') }),
    ...layer('网格', grid, [C('网格编码', 24), C('网格名称'), C('镇街代码', 20), C('网格员', 20)], (p) => [p.code, p.name, p.town_code, p.grid_worker], gk(40500000), PRJ.zone40, encodeGbk, {}, 0x4d),
    ...layer('园区', parks, [C('园区编码', 24), C('园区名称'), C('园区类型', 30), C('管理机构')], (p) => [p.code, p.name, PARK_TYPES.find((t) => t.key === p.type)!.zh, p.managing_body], (lon, lat) => [lon, lat], PRJ.wgs84, encodeGbk, { '园区.cpg': utf8('936') }),
  };
  const zip = writeZipStored(Object.entries(parts).map(([name, data]) => ({ name: utf8(`边界/${name}`), data, flags: 0x800 })));
  const csv = enterprisesCsv(ents);
  const xlsx = hazardsXlsx(hazards);
  return {
    files: [
      { name: '企业风险台账.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.bytes) },
      { name: '隐患排查台账.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(xlsx.bytes) },
      { name: '边界.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) },
    ],
    enterprises: { good: ents.length, unknownSectorLine: csv.unknownSectorLine, unknownSector: '水产养殖', badLines: csv.badLines },
    hazards: { good: hazards.length, badRows: xlsx.badRows },
    towns: towns.length, grids: grid.length, parks: parks.length,
  };
}
