/**
 * export-meta.ts: the CSV's header block read as text, the workbook's About sheet read back with
 * SheetJS (not the writer), the file name by the data date, and an exported list with its header block
 * read back by the app's own import (the session finds the table's header row below the block).
 */
import { read, utils } from '@e965/xlsx';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, CSV_HEADERS, enterpriseTable, type CsvSource, type ExportTable } from './export-csv.ts';
import { aboutTable, exportCsv, exportFileName, filtersInWords, withAbout, type ExportMeta } from './export-meta.ts';
import { exportXlsx } from './export-xlsx.ts';
import { ImportSession } from './import/prepare.ts';

const META: ExportMeta = {
  lang: 'zh',
  dataset: '临澄区（示例数据）',
  asOf: '2026-11-30',
  filters: ['风险等级：▲重大风险', '镇街：甲街道'],
  what: '企业清单',
  // Local time: the stamp is the viewer's clock.
  exportedAt: new Date(2026, 11, 7, 9, 5),
};

/** A list of two rows: a code, a name, a count. */
const TABLE: ExportTable = {
  name: '企业清单',
  headers: ['统一社会信用代码', '企业名称', '开放隐患'],
  kinds: ['code', 'text', 'count'],
  rows: [
    ['91330200MA2AAAAA1X', '甲化工, 有限公司', 3],
    ['913302000000000002', '乙厂', 0],
  ],
};

describe('exportCsv', () => {
  it('writes the header block, an empty line, then the table', () => {
    expect(exportCsv(TABLE, META)).toBe(
      [
        '数据集,临澄区（示例数据）',
        '数据日期,2026-11-30',
        '导出内容,企业清单',
        '筛选条件,风险等级：▲重大风险；镇街：甲街道',
        '导出时间,2026-12-07 09:05',
        '行数,2',
        '',
        '统一社会信用代码,企业名称,开放隐患',
        '91330200MA2AAAAA1X,"甲化工, 有限公司",3',
        // Digits a spreadsheet would spoil, as the text formula ="…", quoted (export-csv.ts).
        '"=""913302000000000002""",乙厂,0',
        '',
      ].join('\r\n'),
    );
  });

  it('says so when nothing is filtered, in English when the list is', () => {
    const csv = exportCsv(TABLE, { ...META, lang: 'en', dataset: 'Lincheng District (demo data)', filters: [] });
    expect(csv.split('\r\n').slice(0, 7)).toEqual([
      'Dataset,Lincheng District (demo data)',
      'Data date,2026-11-30',
      'List,企业清单',
      'Filters,None (all rows)',
      'Exported,2026-12-07 09:05',
      'Rows,2',
      '',
    ]);
    expect(filtersInWords({ lang: 'en', filters: ['a', 'b'] })).toBe('a; b');
  });

  it('guards a dataset name or a search text that a spreadsheet would run as a formula', () => {
    const csv = exportCsv(TABLE, { ...META, dataset: '=HYPERLINK("x")', filters: ['+1'] });
    const rows = Papa.parse<string[]>(csv).data;
    expect(rows[0]).toEqual(['数据集', '\'=HYPERLINK("x")']);
    expect(rows[3]).toEqual(['筛选条件', "'+1"]);
  });
});

describe('exportXlsx', () => {
  it('puts the list on the first sheet and the same facts on the second, 说明', async () => {
    const wb = read(await exportXlsx([TABLE], META), { type: 'array' });
    expect(wb.SheetNames).toEqual(['企业清单', '说明']);
    const list = utils.sheet_to_json<unknown[]>(wb.Sheets['企业清单'], { header: 1, raw: true });
    expect(list[0]).toEqual(['统一社会信用代码', '企业名称', '开放隐患']);
    expect(list.length).toBe(3);
    expect(utils.sheet_to_json<unknown[]>(wb.Sheets['说明'], { header: 1, raw: true })).toEqual([
      ['项目', '内容'],
      ['数据集', '临澄区（示例数据）'],
      ['数据日期', '2026-11-30'],
      ['导出内容', '企业清单'],
      ['筛选条件', '风险等级：▲重大风险；镇街：甲街道'],
      ['导出时间', '2026-12-07 09:05'],
      ['行数', '2'],
    ]);
  });

  it('keeps the other tables of a workbook after the About sheet, and its name distinct', () => {
    const other = { ...TABLE, name: '说明' };
    const sheets = withAbout([TABLE, other], META);
    expect(sheets.map((t) => t.name)).toEqual(['企业清单', '说明 (2)', '说明']);
    expect(aboutTable(TABLE, { ...META, lang: 'en' }).name).toBe('About');
    expect(() => withAbout([], META)).toThrow();
  });
});

describe('exportFileName', () => {
  it('names the file by the dataset, the list and the data date, never the day of the export', () => {
    expect(exportFileName(META, 'xlsx')).toBe('临澄区（示例数据）_企业清单_2026-11-30.xlsx');
    expect(exportFileName({ dataset: '临澄区', what: '隐患台账', asOf: '2026-11-30' }, 'csv')).toBe(
      '临澄区_隐患台账_2026-11-30.csv',
    );
  });

  it('keeps the name safe for Windows', () => {
    expect(exportFileName({ dataset: 'A/B\\C:D*E?F"G<H>I|J', what: 'x:y', asOf: '2026/11/30' }, 'csv')).toBe(
      'A_B_C_D_E_F_G_H_I_J_x_y_2026_11_30.csv',
    );
    expect(exportFileName({ dataset: '  ', what: '企业清单', asOf: '2026-11-30' }, 'csv')).toBe(
      'data_企业清单_2026-11-30.csv',
    );
  });
});

describe('an exported enterprise list read back by the import', () => {
  const col = (values: string[]) => ({ get: (i: number) => values[i] ?? null, length: values.length });
  const source: CsvSource = {
    manifest: { towns: [{ name: '甲街道' }], grids: [{ name: '网格1' }], parks: [] },
    enterprises: {
      sector: Uint8Array.from([0, 3, 1]),
      level: Uint8Array.from([0, 1, 3]),
      score: Float32Array.from([91.5, 70, 12]),
      town: Int16Array.from([0, 0, -1]),
      grid: Int16Array.from([0, -1, -1]),
      park: Int16Array.from([-1, -1, -1]),
      hazardsOpen: Uint16Array.from([3, 0, 1]),
      hazardsOverdue: Uint16Array.from([1, 0, 0]),
      assessedLevel: Int8Array.from([-1, 1, -1]),
      modelLevel: Uint8Array.from([0, 1, 3]),
      hazardsOpenMajor: Uint16Array.from([1, 0, 0]),
      majorAccident3y: Uint8Array.from([0, 0, 0]),
    },
    text: {
      creditCode: col(['91330200MA2AAAAA1X', '913302000000000002', '=91330200MA2AAAAA3X']),
      name: col(['甲化工有限公司', '乙机械厂', '丙, 商贸']),
      address: col(['一路1号', '', '三路3号']),
    },
  };

  it('finds the table below the header block: its header row, its columns and its rows', () => {
    const csv = CSV_BOM + exportCsv(enterpriseTable(source, [0, 1, 2], 'zh'), META);
    const session = new ImportSession([
      { name: '临澄区_企业清单_2026-11-30.csv', bytes: new TextEncoder().encode(csv) },
    ]);
    const [file] = session.summaries();
    expect(file.role).toBe('enterprises');
    expect(file.header).toEqual([...CSV_HEADERS.zh]);
    // Six lines of facts and an empty line above it.
    expect(file.headerRow).toBe(8);
    expect(file.rows).toBe(3);
    const codeAt = CSV_HEADERS.zh.indexOf('统一社会信用代码');
    const nameAt = CSV_HEADERS.zh.indexOf('企业名称');
    expect(file.mapping?.credit_code).toBe(codeAt);
    expect(file.mapping?.name).toBe(nameAt);
    const table = session.table(file.id);
    const cells = [0, 1, 2].map((r) => table.rows.row(table.firstDataRow + r));
    // The spreadsheet guards come off again: the codes and names as the data has them.
    expect(cells.map((c) => c[codeAt])).toEqual(['91330200MA2AAAAA1X', '913302000000000002', '=91330200MA2AAAAA3X']);
    expect(cells.map((c) => c[nameAt])).toEqual(['甲化工有限公司', '乙机械厂', '丙, 商贸']);
  });
});
