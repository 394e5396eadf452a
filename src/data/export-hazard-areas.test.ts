/**
 * The hazard ledger's exports carry each hazard's closure date and its enterprise's town, grid cell and
 * grid worker (the manifest's names for the enterprise columns' ids), read back from the files' bytes:
 * the CSV decoded and parsed, the .xlsx with a reader other than the writer (SheetJS).
 */
import { read, utils } from '@e965/xlsx';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { NO_DATE, parseDay } from './dates.ts';
import { CSV_BOM, exportHazardsCsv, HAZARD_CSV_HEADERS, hazardTable, type HazardCsvSource } from './export-csv.ts';
import { tablesXlsx } from './export-xlsx.ts';
import { enterpriseAreaNames } from './ledger/enterprise-areas.ts';

const col = (values: (string | null)[]) => ({ get: (i: number) => values[i] ?? null, length: values.length });
const day = (s: string) => parseDay(s)!;

/**
 * Two towns, three grid cells (the third without a grid worker); enterprises: 0 in 甲街道/网格A (王五),
 * 1 in 乙镇/网格C (no worker), 2 outside every town and cell, 3 in 甲街道 but no cell.
 */
const manifest = {
  towns: [{ name: '甲街道' }, { name: '乙镇' }],
  grids: [
    { name: '网格A', gridWorker: '王五' },
    { name: '网格B', gridWorker: '王五' },
    { name: '网格C', gridWorker: '' },
  ],
};
const enterprises = { town: Int16Array.from([0, 1, -1, 0]), grid: Int16Array.from([0, 2, -1, -1]) };

function source(): HazardCsvSource {
  return {
    hazards: {
      length: 4,
      enterprise: Int32Array.from([1, 0, 2, 3]),
      found: Int32Array.from([day('2026-10-01'), day('2026-10-05'), day('2026-10-06'), day('2026-10-07')]),
      deadline: Int32Array.from([day('2026-10-10'), NO_DATE, NO_DATE, NO_DATE]),
      closed: Int32Array.from([day('2026-10-27'), NO_DATE, day('2026-10-08'), NO_DATE]),
      level: Uint8Array.from([0, 1, 0, 0]),
      status: Uint8Array.from([3, 0, 3, 1]),
      source: Uint8Array.from([0, 1, 2, 3]),
      listed: Uint8Array.from([0, 1, 0, 0]),
      id: col(['H1', 'H2', 'H3', 'H4']),
      description: col(['a', 'b', 'c', 'd']),
      responsiblePerson: col([null, null, null, null]),
    },
    text: { creditCode: col(['C0', 'C1', 'C2', 'C3']), name: col(['甲厂', '乙厂', '丙厂', '丁厂']) },
    enterprises,
    manifest,
  };
}
const AS_OF = day('2026-11-01');
const ORDER = [1, 0, 3, 2];

/** Per listed hazard, in ORDER: id, closure date as text, town, grid cell, grid worker. */
const WANT = [
  ['H2', '', '甲街道', '网格A', '王五'],
  ['H1', '2026-10-27', '乙镇', '网格C', ''],
  ['H4', '', '甲街道', '', ''],
  ['H3', '2026-10-08', '', '', ''],
];

describe('enterpriseAreaNames', () => {
  it("names an enterprise's town, grid cell and grid worker, '' where there is none", () => {
    const src = { enterprises, manifest };
    expect(enterpriseAreaNames(src, 0)).toEqual({ town: '甲街道', grid: '网格A', gridWorker: '王五' });
    expect(enterpriseAreaNames(src, 1)).toEqual({ town: '乙镇', grid: '网格C', gridWorker: '' });
    expect(enterpriseAreaNames(src, 2)).toEqual({ town: '', grid: '', gridWorker: '' });
    expect(enterpriseAreaNames(src, -1)).toEqual({ town: '', grid: '', gridWorker: '' });
    expect(enterpriseAreaNames(src, 9)).toEqual({ town: '', grid: '', gridWorker: '' });
    expect(enterpriseAreaNames(undefined, 0)).toEqual({ town: '', grid: '', gridWorker: '' });
  });
});

describe('the hazard ledger exports: closure date, town, grid cell, grid worker', () => {
  const at = (lang: 'zh' | 'en', header: string) => HAZARD_CSV_HEADERS[lang].indexOf(header);

  it('has the columns, headed in either language', () => {
    expect(HAZARD_CSV_HEADERS.zh.slice(-3)).toEqual(['镇街', '网格', '网格员']);
    expect(HAZARD_CSV_HEADERS.en.slice(-3)).toEqual(['Town', 'Grid cell', 'Grid worker']);
    expect(at('zh', '销号日期')).toBeGreaterThan(0);
    expect(at('en', 'Closure date')).toBe(at('zh', '销号日期'));
  });

  it('CSV: each row carries its closure date and its enterprise’s town, grid cell and grid worker', () => {
    const bytes = new TextEncoder().encode(CSV_BOM + exportHazardsCsv(source(), ORDER, 'zh', AS_OF));
    const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
    const rows = Papa.parse<string[]>(text.trimEnd(), { newline: '\r\n' }).data;
    const head = rows[0];
    const pick = ['隐患编号', '销号日期', '镇街', '网格', '网格员'].map((h) => head.indexOf(h));
    expect(pick.every((c) => c >= 0)).toBe(true);
    expect(rows.slice(1).map((r) => pick.map((c) => r[c]))).toEqual(WANT);
  });

  it('Excel: the same, the closure date a date cell and the names text cells', async () => {
    const bytes = await tablesXlsx([hazardTable(source(), ORDER, 'en', AS_OF)]);
    const wb = read(bytes, { type: 'array', cellDates: true });
    const ws = wb.Sheets[wb.SheetNames[0]];
    const rows = utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: null });
    const head = rows[0] as string[];
    const pick = ['Hazard id', 'Closure date', 'Town', 'Grid cell', 'Grid worker'].map((h) => head.indexOf(h));
    expect(pick.every((c) => c >= 0)).toBe(true);
    const got = rows.slice(1).map((r) =>
      pick.map((c) => {
        const v = r[c];
        return v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? '');
      }),
    );
    expect(got).toEqual(WANT);
    const closedCell = ws[utils.encode_cell({ r: 2, c: pick[1] })];
    expect(closedCell.t).toBe('d');
    expect(ws[utils.encode_cell({ r: 1, c: pick[2] })].t).toBe('s');
  });
});
