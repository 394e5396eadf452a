/**
 * header-row.ts: finding the header of a ledger under its title rows, merged titles and blank rows,
 * with the header spellings bureaus use (units in brackets, required marks, full-width letters).
 */
import { arrayRows } from '../common/rows.ts';
import { describe, expect, it } from 'vitest';
import { findHeader } from './header-row.ts';
import { suggestMapping, TABLE_FIELDS } from '../common/import-schema.ts';
import { ImportError, type RawRows } from '../common/import-types.ts';

const ENT = TABLE_FIELDS.enterprises;

const raw = (rows: string[][], numbers?: number[]): RawRows => ({
  file: '台账.csv',
  rows: arrayRows(rows),
  rowNumbers: Int32Array.from(numbers ?? rows.map((_, i) => i + 1)),
});

const HEADER = ['序号', '统一社会信用代码', '企业名称', '经度', '纬度', '行业'];
const DATA = [
  ['1', '91330200MA2AAAAAAA', '甲公司', '121.5', '29.8', '机械'],
  ['2', '91330200MA2BBBBBBB', '乙公司', '121.6', '29.9', '轻工'],
];

describe('findHeader', () => {
  it("finds the header under a title row, a date line and a blank row; row numbers are the reader's", () => {
    const rows = [
      ['宁波市某区工贸企业安全生产台账', '', '', '', '', ''],
      ['填报日期：2026-03-01', '', '', '', '', ''],
      ['', '', '', '', '', ''],
      HEADER,
      ...DATA,
    ];
    // The reader skipped line 4 of the file, so the numbers jump.
    const numbers = [1, 2, 3, 5, 6, 7];
    const t = findHeader(raw(rows, numbers), ENT);
    expect(t.header).toEqual(HEADER);
    expect(t.headerRow).toBe(numbers[rows.indexOf(HEADER)]);
    expect(t.firstDataRow).toBe(rows.indexOf(HEADER) + 1);
    expect(Array.from({ length: t.rows.length - t.firstDataRow }, (_, k) => t.rows.row(t.firstDataRow + k))).toEqual(
      DATA,
    );
  });

  it('skips a merged title (the same text in every cell) when no row names a known field', () => {
    const title = Array(4).fill('二〇二六年度检查台账');
    const labels = ['甲列', '乙列', '丙列', '丁列'];
    const t = findHeader(raw([title, labels, ['a', 'b', 'c', 'd']]), ENT);
    expect(t.header).toEqual(labels);
    expect(t.headerRow).toBe(2);
  });

  it('without any known field, a row of numbers is not taken for labels', () => {
    const labels = ['编号甲', '说明', '备注'];
    const t = findHeader(raw([['1', '2', '3'], ['4', '5', '6'], labels, ['甲', '乙', '丙']]), ENT);
    expect(t.header).toEqual(labels);
  });

  it('prefers the row that names most fields over a title that names one', () => {
    // A title that happens to be a field name ("企业名称") above the real header.
    const rows = [['企业名称', '', '', '', '', ''], HEADER, ...DATA];
    expect(findHeader(raw(rows), ENT).headerRow).toBe(2);
  });

  it('reads headers with units in brackets, required marks, full-width letters, and trims them', () => {
    const header = [
      '*统一社会信用代码',
      '＊企业名称',
      ' ＬＯＮ ',
      'ＬＡＴ',
      '行业（领域）',
      '从业人员（人）',
      '注册地址【必填】',
    ];
    const t = findHeader(
      raw([
        ['企业名单', '', '', '', '', '', ''],
        header,
        ['91330200MA2AAAAAAA', '甲', '121.5', '29.8', '机械', '25', '某路1号'],
      ]),
      ENT,
    );
    expect(t.headerRow).toBe(2);
    expect(t.header).toEqual(header.map((h) => h.trim()));
    const m = suggestMapping(ENT, t.header);
    expect([m.credit_code, m.name, m.lon, m.lat, m.sector, m.employees, m.address]).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('throws an ImportError for a header with no data rows (also under a title)', () => {
    for (const rows of [[HEADER], [['某区企业台账', '', ''], HEADER]]) {
      let err: unknown;
      try {
        findHeader(raw(rows), ENT);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ImportError);
      expect((err as ImportError).reason.en).toMatch(/no data rows/);
      expect((err as ImportError).file).toBe('台账.csv');
    }
  });

  it('finds the hazards header with the hazards fields', () => {
    const header = ['隐患编号', '社会信用代码', '发现时间', '隐患级别', '整改情况'];
    const t = findHeader(
      raw([['隐患排查治理台账', '', '', '', ''], header, ['H1', '9133', '2026-03-05', '一般', '整改中']]),
      TABLE_FIELDS.hazards,
    );
    expect(t.headerRow).toBe(2);
    expect(t.firstDataRow).toBe(2);
  });
});
