import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseDay } from './dates.ts';
import {
  CSV_HEADERS,
  exportEnterprisesCsv,
  exportHazardsCsv,
  HAZARD_CSV_HEADERS,
  neutraliseFormula,
  type CsvSource,
  type HazardCsvSource,
} from './export-csv.ts';

const col = (values: (string | null)[]) => ({ get: (i: number) => values[i] ?? null, length: values.length });

/** Four enterprises, only the fields the export reads. */
function tiny(): CsvSource {
  return {
    manifest: {
      towns: [{ name: '甲街道' }, { name: '乙镇' }],
      grids: [{ name: '网格1' }],
      parks: [{ name: '小微企业园, 一期' }],
    },
    enterprises: {
      sector: Uint8Array.from([0, 3, 11, 0]),
      level: Uint8Array.from([0, 1, 2, 3]),
      score: Float32Array.from([91.25, 70, 55.55, NaN]),
      town: Int16Array.from([0, 1, -1, 0]),
      grid: Int16Array.from([0, -1, -1, 0]),
      park: Int16Array.from([0, -1, -1, -1]),
      hazardsOpen: Uint16Array.from([3, 0, 1, 0]),
      hazardsOverdue: Uint16Array.from([1, 0, 0, 0]),
      assessedLevel: Int8Array.from([-1, 1, -1, -1]),
      modelLevel: Uint8Array.from([0, 2, 2, 3]),
      hazardsOpenMajor: Uint16Array.from([1, 0, 0, 0]),
      majorAccident3y: Uint8Array.from([0, 0, 0, 0]),
    },
    text: {
      creditCode: col(['91330100MA00000001', '913301000000000002', '91330100MA00000003', null]),
      name: col(['甲化工有限公司', '乙"机械",厂', '=HYPERLINK("http://x.example","点击")', '多行\n名称']),
      address: col(['一路1号', '+86 二路', '@三路', '-四路\r\n五号']),
    },
  };
}

const VETOES = { veto: { openMajorHazard: true, majorAccident3y: true } };
const parse = (csv: string) => Papa.parse<string[]>(csv, { newline: '\r\n', skipEmptyLines: true }).data;

describe('exportEnterprisesCsv', () => {
  it('writes a Chinese header and one line per row, in the order given', () => {
    const csv = exportEnterprisesCsv(tiny(), [2, 0, 1], 'zh', VETOES);
    const rows = parse(csv);
    expect(rows[0]).toEqual([...CSV_HEADERS.zh]);
    expect(rows.length).toBe(4);
    expect(rows.map((r) => r[0]).slice(1)).toEqual([
      '91330100MA00000003',
      '91330100MA00000001',
      '="913301000000000002"',
    ]);
    // Level shown, score, assessed level, model level, veto: where the level comes from.
    expect(rows[2]).toEqual([
      '91330100MA00000001',
      '甲化工有限公司',
      '重大风险',
      '91.3',
      '',
      '重大风险',
      '存在未销号的重大事故隐患',
      '危险化学品',
      '甲街道',
      '网格1',
      '小微企业园, 一期',
      '一路1号',
      '3',
      '1',
    ]);
    expect(rows[3].slice(2, 11)).toEqual(['较大风险', '70.0', '较大风险', '一般风险', '', '冶金', '乙镇', '', '']);
    expect(rows[1].slice(2, 9)).toEqual(['一般风险', '55.5', '', '一般风险', '', '建筑施工', '']);
    expect(csv.startsWith('\uFEFF')).toBe(false);
    expect(csv.split('\r\n')[0]).toBe(CSV_HEADERS.zh.join(','));
    expect(csv.endsWith(',0,0\r\n')).toBe(true);
  });

  it('switches headers, level and sector names to English', () => {
    const rows = parse(exportEnterprisesCsv(tiny(), [0, 3], 'en'));
    expect(rows[0]).toEqual([...CSV_HEADERS.en]);
    expect(rows[1].slice(2, 4)).toEqual(['Major', '91.3']);
    expect(rows[1][7]).toBe('Hazardous chemicals');
    // Without the model's rules there is no veto column content.
    expect(rows[1][6]).toBe('');
    // Area names are data, not UI text: they stay as the dataset has them.
    expect(rows[1][8]).toBe('甲街道');
    // A missing score is an empty cell, a missing credit code an empty string.
    expect(rows[2][0]).toBe('');
    expect(rows[2][2]).toBe('Low');
    expect(rows[2][3]).toBe('');
  });

  it('quotes commas, quotes and line breaks so every field round-trips', () => {
    const csv = exportEnterprisesCsv(tiny(), [1, 3, 0], 'zh');
    expect(csv).toContain('"乙""机械"",厂"');
    expect(csv).toContain('"小微企业园, 一期"');
    expect(csv).toContain('"多行\n名称"');
    const rows = parse(csv);
    expect(rows.length).toBe(4);
    expect(rows[1][1]).toBe('乙"机械",厂');
    expect(rows[2][1]).toBe('多行\n名称');
    expect(rows[3][10]).toBe('小微企业园, 一期');
    expect(rows.every((r) => r.length === CSV_HEADERS.zh.length)).toBe(true);
  });

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    const rows = parse(exportEnterprisesCsv(tiny(), [2, 1, 3], 'zh'));
    expect(rows[1][1]).toBe('\'=HYPERLINK("http://x.example","点击")');
    expect(rows[1][11]).toBe("'@三路");
    expect(rows[2][11]).toBe("'+86 二路");
    expect(rows[3][11]).toBe("'-四路\r\n五号");
    // Nothing in the file starts a cell with a formula character, but our own text form of a digits-only code.
    for (const r of rows) for (const cell of r) if (!/^="\d+"$/.test(cell)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows[2][0]).toBe('="913301000000000002"');
  });

  it('neutraliseFormula leaves ordinary text alone', () => {
    expect(neutraliseFormula('甲公司')).toBe('甲公司');
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(neutraliseFormula('')).toBe('');
    expect(neutraliseFormula('\t=1')).toBe("'\t=1");
    expect(neutraliseFormula('=1\n+2')).toBe("'=1\n+2");
  });

  it('accepts an empty row list and typed-array rows', () => {
    expect(exportEnterprisesCsv(tiny(), new Uint32Array(0), 'en')).toBe(`${CSV_HEADERS.en.join(',')}\r\n`);
    expect(
      parse(exportEnterprisesCsv(tiny(), Uint32Array.from([3, 2, 1, 0]), 'zh'))
        .slice(1)
        .map((r) => r[2]),
    ).toEqual(['低风险', '一般风险', '较大风险', '重大风险']);
  });
});

/** Three hazards of the enterprises above (rows 1, 0, 3), only the fields the export reads. */
function ledger(): HazardCsvSource {
  const d = (s: string) => parseDay(s)!;
  return {
    hazards: {
      length: 3,
      enterprise: Int32Array.from([1, 0, 3]),
      found: Int32Array.from([d('2026-03-08'), d('2026-10-02'), d('2025-12-31')]),
      deadline: Int32Array.from([d('2026-03-10'), -1, d('2026-01-31')]),
      closed: Int32Array.from([-1, -1, d('2026-02-03')]),
      level: Uint8Array.from([1, 0, 0]),
      status: Uint8Array.from([0, 1, 3]),
      source: Uint8Array.from([2, 255, 0]),
      listed: Uint8Array.from([1, 0, 0]),
      id: col(['2026030800012', 'YH2026100001', '0042']),
      description: col(['=cmd|"/c calc"!A1', '通道, "堵塞"', null]),
      responsiblePerson: col(['张三', null, '+李四']),
    },
    text: tiny().text,
  };
}
const AS_OF = parseDay('2026-10-31')!;

describe('exportHazardsCsv', () => {
  it('writes the ledger columns in the UI language, one line per hazard in the order given, CRLF', () => {
    const csv = exportHazardsCsv(ledger(), [2, 0, 1], 'zh', AS_OF);
    expect(csv.startsWith('\uFEFF')).toBe(false);
    expect(csv.split('\r\n')[0]).toBe(HAZARD_CSV_HEADERS.zh.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    // Four lines and the empty rest after the last CRLF (the LF inside a quoted name is no line end).
    expect(csv.split('\r\n').length).toBe(5);
    const rows = parse(csv);
    expect(rows[0]).toEqual([...HAZARD_CSV_HEADERS.zh]);
    expect(rows.map((r) => r[0]).slice(1)).toEqual(['="0042"', '="2026030800012"', 'YH2026100001']);
    expect(rows[2]).toEqual([
      '="2026030800012"',
      '="913301000000000002"',
      '乙"机械",厂',
      '2026-03-08',
      '2026-03-10',
      '',
      '重大事故隐患',
      '待整改',
      '网格巡查',
      '235',
      '是',
      '\'=cmd|"/c calc"!A1',
      '张三',
      // Town, grid cell, grid worker: this source has no areas.
      '',
      '',
      '',
    ]);
    expect(rows[3]).toEqual([
      'YH2026100001',
      '91330100MA00000001',
      '甲化工有限公司',
      '2026-10-02',
      '',
      '',
      '一般隐患',
      '整改中',
      '',
      '0',
      '否',
      '通道, "堵塞"',
      '',
      '',
      '',
      '',
    ]);
    expect(rows[1].slice(3, 13)).toEqual([
      '2025-12-31',
      '2026-01-31',
      '2026-02-03',
      '一般隐患',
      '已销号',
      '企业自查',
      '0',
      '否',
      '',
      "'+李四",
    ]);
    expect(rows[1][1]).toBe('');
    expect(rows[1][2]).toBe('多行\n名称');
  });

  it('switches headers and names to English', () => {
    const rows = parse(exportHazardsCsv(ledger(), [0], 'en', AS_OF));
    expect(rows[0]).toEqual([...HAZARD_CSV_HEADERS.en]);
    expect(rows[1].slice(6, 11)).toEqual(['Major', 'Open', 'Grid patrol', '235', 'Yes']);
    expect(exportHazardsCsv(ledger(), new Uint32Array(0), 'en', AS_OF)).toBe(`${HAZARD_CSV_HEADERS.en.join(',')}\r\n`);
  });

  it('keeps long digit strings as text for Excel wherever they are, and neutralises formulas', () => {
    const rows = parse(exportHazardsCsv(ledger(), [0, 1, 2], 'zh', AS_OF));
    for (const r of rows) {
      for (const cell of r) {
        if (/^="\d+"$/.test(cell)) continue;
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        expect(cell).not.toMatch(/^\d{12,}$/);
      }
    }
  });
});
