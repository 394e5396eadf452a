/**
 * The .xlsx exports read back with a reader other than the writer (SheetJS; the writer is
 * write-excel-file): headers in both languages, credit codes and ids as text cells holding the exact
 * strings, dates as date cells of the same calendar day in any time zone (run this file under
 * TZ=Asia/Shanghai and TZ=America/New_York), numbers as numbers, the rows in the order given, the bold
 * frozen header row and the widths read from the file's own XML.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { read, SSF, utils, type CellObject, type WorkSheet } from '@e965/xlsx';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../scripts/demo/index.ts';
import { buildFromFiles } from './import/build/build-from-files.ts';
import { encodeBundle } from './bundle.ts';
import { formatDay, NO_DATE, parseDay } from './dates.ts';
import type { Lang } from '../domain/lang.ts';
import type { RiskModel } from '../domain/risk-model.ts';
import {
  CSV_BOM,
  CSV_HEADERS,
  enterpriseTable,
  exportHazardsCsv,
  HAZARD_CSV_HEADERS,
  hazardTable,
  type CsvSource,
  type HazardCsvSource,
} from './export-csv.ts';
import { exportCsv, type ExportMeta } from './export-meta.ts';
import { displayWidth, exportXlsx, XLSX_FORMATS } from './export-xlsx.ts';
import { daysOverdue, queryHazards } from './ledger/hazard-ledger.ts';
import { bundleFilesOf, decodeBundleFiles } from './load-bundle.ts';

/** What the files say about themselves (export-meta.ts); the lists are on the first sheet, 说明 second. */
const meta = (lang: Lang): ExportMeta => ({
  lang,
  dataset: '示例区',
  asOf: '2026-10-31',
  filters: ['风险等级：▲重大风险'],
  what: '隐患台账',
  exportedAt: new Date(2026, 10, 3, 14, 5),
});
const exportEnterprisesXlsx = (d: CsvSource, rows: ArrayLike<number>, lang: Lang, model?: Pick<RiskModel, 'veto'>) =>
  exportXlsx([enterpriseTable(d, rows, lang, model)], meta(lang));
const exportHazardsXlsx = (d: HazardCsvSource, rows: ArrayLike<number>, lang: Lang, asOf: number) =>
  exportXlsx([hazardTable(d, rows, lang, asOf)], meta(lang));

const col = (values: (string | null)[]) => ({ get: (i: number) => values[i] ?? null, length: values.length });

const CODE_18 = '913301000000000002';
const CODE_15 = '330106000123456';
const CODE_FORMULA = '=HYPERLINK("http://x.example","点击")';

/** Five enterprises, only the fields the export reads. */
function enterprises(): CsvSource {
  return {
    manifest: { towns: [{ name: '甲街道' }], grids: [{ name: '网格1' }], parks: [{ name: '小微企业园' }] },
    enterprises: {
      sector: Uint8Array.from([0, 3, 11, 0, 1]),
      level: Uint8Array.from([0, 1, 2, 3, 3]),
      score: Float32Array.from([91.25, 70, 55.5, NaN, 12]),
      town: Int16Array.from([0, 0, -1, 0, 0]),
      grid: Int16Array.from([0, -1, -1, 0, 0]),
      park: Int16Array.from([0, -1, -1, -1, -1]),
      hazardsOpen: Uint16Array.from([3, 0, 1, 0, 2]),
      hazardsOverdue: Uint16Array.from([1, 0, 0, 0, 2]),
      assessedLevel: Int8Array.from([-1, 1, -1, -1, -1]),
      modelLevel: Uint8Array.from([0, 2, 2, 3, 3]),
      hazardsOpenMajor: Uint16Array.from([1, 0, 0, 0, 0]),
      majorAccident3y: Uint8Array.from([0, 0, 0, 0, 0]),
    },
    text: {
      creditCode: col(['91330100MA00000001', CODE_18, CODE_15, CODE_FORMULA, null]),
      name: col(['甲化工有限公司', '乙机械厂', '+丙', 'constructor', '__proto__']),
      address: col(['一路1号', '', '@三路', 'toString', null]),
    },
  };
}

const day = (s: string) => parseDay(s)!;
/** Dates at the edges: US daylight saving starts (2026-03-08) and ends (2026-11-01), the epoch, a year's end. */
const FOUND = ['2026-03-08', '2026-11-01', '1970-01-01', '2025-12-31'];

/** Four hazards of the enterprises above. */
function hazards(): HazardCsvSource {
  const e = enterprises();
  return {
    hazards: {
      length: 4,
      enterprise: Int32Array.from([1, 2, 3, 0]),
      found: Int32Array.from(FOUND.map(day)),
      deadline: Int32Array.from([day('2026-03-09'), NO_DATE, day('1970-01-31'), day('2026-01-10')]),
      closed: Int32Array.from([NO_DATE, NO_DATE, day('1970-02-01'), NO_DATE]),
      level: Uint8Array.from([1, 0, 0, 1]),
      status: Uint8Array.from([0, 1, 3, 2]),
      source: Uint8Array.from([1, 255, 0, 3]),
      listed: Uint8Array.from([1, 0, 0, 0]),
      id: col(['202603080001', 'YH2026110001', '007', '=1+1']),
      description: col(['配电箱未接地', null, 'valueOf', '-消防通道堵塞']),
      responsiblePerson: col(['张三', null, null, '李四']),
    },
    text: { creditCode: e.text.creditCode, name: e.text.name },
  };
}
const AS_OF = day('2026-03-20');

async function sheetOf(bytes: Uint8Array, cellDates = false): Promise<{ ws: WorkSheet; names: string[] }> {
  const wb = read(bytes, { type: 'array', cellDates, cellNF: true, cellStyles: true });
  // The list, then the About sheet (export-meta.ts).
  expect(wb.SheetNames.length).toBe(2);
  expect(['说明', 'About']).toContain(wb.SheetNames[1]);
  return { ws: wb.Sheets[wb.SheetNames[0]], names: wb.SheetNames };
}
const cell = (ws: WorkSheet, r: number, c: number) => ws[utils.encode_cell({ r, c })] as CellObject | undefined;
const rowsOf = (ws: WorkSheet) => utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: null });

/** The file's own XML: each sheet's, and the cell formats' fonts (bold or not) by style index. */
function xmlOf(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
  const styles = strFromU8(files['xl/styles.xml']);
  const fonts = [...styles.slice(styles.indexOf('<fonts')).matchAll(/<font>(.*?)<\/font>/g)].map((m) => m[1]);
  const xfs = [...styles.slice(styles.indexOf('<cellXfs')).matchAll(/<xf ([^>]*)>/g)].map(
    (m) => /fontId="(\d+)"/.exec(m[1])?.[1],
  );
  const styleOf = (ref: string) => Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(sheet)?.[1] ?? 0);
  const bold = (ref: string) => /<b\/>/.test(fonts[Number(xfs[styleOf(ref)] ?? 0)] ?? '');
  return { files, sheet, bold };
}

describe('exportEnterprisesXlsx', () => {
  it('writes the CSV columns with their headers in either language, the rows in the order given', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const { ws, names } = await sheetOf(await exportEnterprisesXlsx(enterprises(), [2, 0, 4, 1, 3], lang));
      expect(names[0]).toBe(lang === 'zh' ? '企业清单' : 'Enterprises');
      const rows = rowsOf(ws);
      expect(rows[0]).toEqual([...CSV_HEADERS[lang]]);
      expect(rows.length).toBe(6);
      expect(rows.slice(1).map((r) => r[0])).toEqual([CODE_15, '91330100MA00000001', null, CODE_18, CODE_FORMULA]);
    }
    const { ws } = await sheetOf(await exportEnterprisesXlsx(enterprises(), [0], 'en'));
    expect(rowsOf(ws)[1].slice(2, 4)).toEqual(['Major', 91.25]);
    expect(rowsOf(ws)[1][7]).toBe('Hazardous chemicals');
  });

  it('keeps credit codes as text cells holding the exact strings, an 18-digit, a 15-digit and an =-code too', async () => {
    const { ws } = await sheetOf(await exportEnterprisesXlsx(enterprises(), [0, 1, 2, 3], 'zh'));
    const want = ['91330100MA00000001', CODE_18, CODE_15, CODE_FORMULA];
    want.forEach((code, k) => {
      const c = cell(ws, k + 1, 0)!;
      expect(c.t).toBe('s');
      expect(c.v).toBe(code);
      expect(c.z).toBe(XLSX_FORMATS.text);
      expect(c.f).toBeUndefined();
    });
    // Text from the data is written as it is: no quote in front, nothing evaluated.
    expect(cell(ws, 3, 1)!.v).toBe('+丙');
    expect(cell(ws, 3, 11)!.v).toBe('@三路');
  });

  it('writes scores and counts as numbers, and nothing for a missing value', async () => {
    const { ws } = await sheetOf(await exportEnterprisesXlsx(enterprises(), [0, 3, 4], 'zh'));
    const score = cell(ws, 1, 3)!;
    expect(score.t).toBe('n');
    expect(score.v).toBe(91.25);
    expect(score.z).toBe(XLSX_FORMATS.score);
    expect(score.w).toBe('91.3');
    expect(cell(ws, 2, 3)).toBeUndefined();
    expect([cell(ws, 1, 12), cell(ws, 1, 13)].map((c) => [c!.t, c!.v])).toEqual([
      ['n', 3],
      ['n', 1],
    ]);
    expect([cell(ws, 3, 12), cell(ws, 3, 13)].map((c) => [c!.t, c!.v])).toEqual([
      ['n', 2],
      ['n', 2],
    ]);
    // An empty address or credit code is an empty cell.
    expect(cell(ws, 3, 0)).toBeUndefined();
    expect(cell(ws, 3, 11)).toBeUndefined();
  });

  it('writes texts named like Object.prototype members as they are, and the file stays readable', async () => {
    const bytes = await exportEnterprisesXlsx(enterprises(), [3, 4], 'zh');
    const { ws } = await sheetOf(bytes);
    expect([cell(ws, 1, 1)!.v, cell(ws, 1, 11)!.v, cell(ws, 2, 1)!.v]).toEqual([
      'constructor',
      'toString',
      '__proto__',
    ]);
    expect(strFromU8(unzipSync(bytes)['xl/sharedStrings.xml'])).not.toContain('\uE000');
  });

  it('has a bold, frozen header row, no formula anywhere, and widths that fit Chinese text', async () => {
    const bytes = await exportEnterprisesXlsx(enterprises(), [0, 1, 2, 3, 4], 'zh');
    const { sheet, bold } = xmlOf(bytes);
    expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(['A1', 'B1', 'N1'].map(bold)).toEqual([true, true, true]);
    expect(['A2', 'B2'].map(bold)).toEqual([false, false]);
    expect(sheet).not.toContain('<f>');
    const { ws } = await sheetOf(bytes);
    const widths = ws['!cols']!.map((c) => c.width!);
    // 统一社会信用代码: 8 wide characters; 甲化工有限公司: 7.
    expect(widths[0]).toBeGreaterThanOrEqual(displayWidth('统一社会信用代码'));
    expect(widths[1]).toBeGreaterThanOrEqual(displayWidth('甲化工有限公司'));
    expect(widths.every((w) => w >= 6 && w <= 50)).toBe(true);
  });
});

// Generating and building the district is most of this file's time (about 4 s on a busy 2-core
// machine): done once here, under a timeout of its own, so no test carries it near the default one.
beforeAll(() => {
  district();
}, 60_000);

describe('exportHazardsXlsx', () => {
  it('writes the ledger columns in either language, as the CSV has them', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const bytes = await exportHazardsXlsx(hazards(), [0, 1, 2, 3], lang, AS_OF);
      const { ws, names } = await sheetOf(bytes);
      expect(names[0]).toBe(lang === 'zh' ? '隐患台账' : 'Hazard ledger');
      expect(rowsOf(ws)[0]).toEqual([...HAZARD_CSV_HEADERS[lang]]);
      expect(exportHazardsCsv(hazards(), [], lang, AS_OF).split('\r\n')[0]).toBe(HAZARD_CSV_HEADERS[lang].join(','));
    }
    expect(HAZARD_CSV_HEADERS.zh).toEqual([
      '隐患编号',
      '统一社会信用代码',
      '企业名称',
      '发现日期',
      '整改期限',
      '销号日期',
      '隐患等级',
      '整改状态',
      '隐患来源',
      '逾期天数',
      '挂牌督办',
      '隐患描述',
      '整改责任人',
      '镇街',
      '网格',
      '网格员',
    ]);
    const { ws } = await sheetOf(await exportHazardsXlsx(hazards(), [0, 1, 2, 3], 'zh', AS_OF));
    const rows = rowsOf(ws);
    expect(rows[1].slice(6, 13)).toEqual(['重大事故隐患', '待整改', '执法检查', 11, '是', '配电箱未接地', '张三']);
    expect(rows[2].slice(6, 13)).toEqual(['一般隐患', '整改中', null, 0, '否', null, null]);
    expect(rows[4].slice(6, 13)).toEqual(['重大事故隐患', '待复查', '群众举报', 69, '否', '-消防通道堵塞', '李四']);
    const en = rowsOf((await sheetOf(await exportHazardsXlsx(hazards(), [0], 'en', AS_OF))).ws);
    expect(en[1].slice(6, 11)).toEqual(['Major', 'Open', 'Enforcement', 11, 'Yes']);
  });

  it('writes ids and credit codes as text cells, exactly', async () => {
    const { ws } = await sheetOf(await exportHazardsXlsx(hazards(), [0, 1, 2, 3], 'zh', AS_OF));
    const ids = [1, 2, 3, 4].map((r) => cell(ws, r, 0)!);
    expect(ids.map((c) => c.v)).toEqual(['202603080001', 'YH2026110001', '007', '=1+1']);
    expect(ids.every((c) => c.t === 's' && c.z === XLSX_FORMATS.text && c.f === undefined)).toBe(true);
    const codes = [1, 2, 3, 4].map((r) => cell(ws, r, 1)!);
    expect(codes.map((c) => c.v)).toEqual([CODE_18, CODE_15, CODE_FORMULA, '91330100MA00000001']);
    expect(codes.every((c) => c.t === 's')).toBe(true);
    expect(cell(ws, 3, 11)!.v).toBe('valueOf');
  });

  it('writes dates as date cells of the same calendar day, in any time zone', async () => {
    const bytes = await exportHazardsXlsx(hazards(), [0, 1, 2, 3], 'zh', AS_OF);
    const { ws } = await sheetOf(bytes);
    FOUND.forEach((want, k) => {
      const c = cell(ws, k + 1, 3)!;
      expect(c.t).toBe('n');
      expect(c.z).toBe(XLSX_FORMATS.date);
      expect(Number.isInteger(c.v)).toBe(true);
      const p = SSF.parse_date_code(c.v as number);
      expect(`${p.y}-${String(p.m).padStart(2, '0')}-${String(p.d).padStart(2, '0')}`).toBe(want);
      expect(c.w).toBe(want);
    });
    // Read as dates: SheetJS hands back the day's midnight, UTC.
    const { ws: dated } = await sheetOf(bytes, true);
    FOUND.forEach((want, k) => {
      const c = cell(dated, k + 1, 3)!;
      expect(c.t).toBe('d');
      expect((c.v as Date).toISOString()).toBe(`${want}T00:00:00.000Z`);
    });
    expect(cell(dated, 1, 4)!.w).toBe('2026-03-09');
    // No deadline, no closure: empty cells.
    expect(cell(ws, 2, 4)).toBeUndefined();
    expect(cell(ws, 1, 5)).toBeUndefined();
    expect(cell(ws, 3, 5)!.w).toBe('1970-02-01');
  });

  it('writes the ledger of a generated district in the order given, each row its hazard', async () => {
    const { d } = district();
    const asOf = day(d.manifest.asOf);
    // The open hazards, latest found first then by id: an order that is not the ledger's.
    const open = Array.from(queryHazards(d.hazards, { statuses: [0, 1, 2] }, asOf));
    const order = open.sort(
      (x, y) => d.hazards.found[y] - d.hazards.found[x] || (d.hazards.id.get(x)! < d.hazards.id.get(y)! ? -1 : 1),
    );
    expect(order.length).toBeGreaterThan(20);
    const { ws } = await sheetOf(await exportHazardsXlsx(d, order, 'zh', asOf));
    const rows = rowsOf(ws).slice(1);
    expect(rows.length).toBe(order.length);
    rows.forEach((r, j) => {
      const k = order[j];
      expect(r[0]).toBe(d.hazards.id.get(k));
      expect(r[1]).toBe(d.text.creditCode.get(d.hazards.enterprise[k]));
      expect(r[2]).toBe(d.text.name.get(d.hazards.enterprise[k]));
      const found = cell(ws, j + 1, 3)!;
      expect(found.t).toBe('n');
      expect(found.w).toBe(formatDay(d.hazards.found[k]));
      expect(r[9]).toBe(daysOverdue(d.hazards, k, asOf));
    });
    expect(rows.some((r) => (r[9] as number) > 0)).toBe(true);
  });

  it('reads back in through the import as the same ledger (its Chinese headers are the names the import knows; the 说明 sheet is not read)', async () => {
    const { d, files } = district();
    const h = d.hazards;
    const order = Uint32Array.from({ length: h.length }, (_, k) => h.length - 1 - k);
    const xlsx = await exportHazardsXlsx(d, order, 'zh', day(d.manifest.asOf));
    const again = buildFromFiles(
      'again',
      [...files.filter((f) => f.name !== 'hazards.csv'), { name: '隐患台账.xlsx', bytes: xlsx }],
      { builtAt: '2026-11-01T00:00:00Z' },
    ).built;
    expect(again.issues.filter((i) => i.file === '隐患台账.xlsx')).toEqual([]);
    const h2 = again.hazards;
    expect(h2.length).toBe(h.length);
    for (let j = 0; j < h.length; j++) {
      const k = order[j];
      for (const f of ['enterprise', 'found', 'deadline', 'closed', 'level', 'status', 'source', 'listed'] as const)
        expect(h2[f][j], `${f} of ${j}`).toBe(h[f][k]);
      for (const f of ['id', 'description', 'responsiblePerson'] as const)
        expect(h2[f][j] ?? '', `${f} of ${j}`).toBe(h[f].get(k) ?? '');
    }
  });
});

describe('the hazard ledger CSV', () => {
  it('reads back in through the import as the same ledger, digits-only codes and guarded text included', () => {
    const { d, files } = district();
    const h = d.hazards;
    const order = Uint32Array.from({ length: h.length }, (_, k) => k);
    // With the header block above the table (export-meta.ts): the import finds the table's header row below it.
    const csv = new TextEncoder().encode(
      CSV_BOM + exportCsv(hazardTable(d, order, 'zh', day(d.manifest.asOf)), meta('zh')),
    );
    const again = buildFromFiles(
      'again',
      [...files.filter((f) => f.name !== 'hazards.csv'), { name: '隐患台账.csv', bytes: csv }],
      { builtAt: '2026-11-01T00:00:00Z' },
    ).built;
    expect(again.issues.filter((i) => i.file === '隐患台账.csv')).toEqual([]);
    expect(again.hazards.length).toBe(h.length);
    for (let k = 0; k < h.length; k++) {
      for (const f of ['enterprise', 'found', 'deadline', 'closed', 'level', 'status', 'listed'] as const)
        expect(again.hazards[f][k], `${f} of ${k}`).toBe(h[f][k]);
      expect(again.hazards.id[k] ?? '', `id of ${k}`).toBe(h.id.get(k) ?? '');
    }
  });
});

/** A small generated district, as its files and as the app loads its bundle; made once, on first use. */
let generated: { files: { name: string; bytes: Uint8Array }[]; d: ReturnType<typeof decodeBundleFiles> } | null = null;
function district() {
  if (generated) return generated;
  const dir = mkdtempSync(join(tmpdir(), 'export-xlsx-'));
  generateDemo({ seed: 5, enterprises: 300, out: dir });
  const files = readdirSync(dir).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
  rmSync(dir, { recursive: true, force: true });
  const b = encodeBundle(buildFromFiles('xlsx', files, { builtAt: '2026-11-01T00:00:00Z' }).built);
  const d = decodeBundleFiles(bundleFilesOf(b));
  generated = { files, d };
  return generated;
}

describe('displayWidth', () => {
  it('counts wide characters twice', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('企业名称')).toBe(8);
    expect(displayWidth('（一期）A')).toBe(9);
    expect(displayWidth('𠀀')).toBe(2);
  });
});
