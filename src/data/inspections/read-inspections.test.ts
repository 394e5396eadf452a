/**
 * The inspection ledger's reader: every row it cannot use is reported with file, row, column and
 * reason in both languages and left out; an odd kind, count or penalty is a warning and the row stays.
 * Last, a bureau's own GBK-encoded CSV with a title line above the header, read the way the import
 * reads it (the session guesses its role and maps its columns, then the build reads it).
 */
import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../dataset.ts';
import { TABLE_FIELDS, suggestMapping } from '../common/import-schema.ts';
import type { SourceTable } from '../common/import-types.ts';
import { arrayRows } from '../common/rows.ts';
import { formatDay } from '../dates.ts';
import { buildFromFiles } from '../import/build/build-from-files.ts';
import { encodeGbk } from '../import/test-support/encode-gbk.ts';
import { readHazardsFound, readInspections, readKind, readPenalty } from './index.ts';

const HEADER = [
  '检查编号',
  '统一社会信用代码',
  '检查日期',
  '检查类型',
  '检查单位',
  '检查人员',
  '检查结果',
  '发现隐患数',
  '行政处罚',
];

/** A table of hand-made rows under `header`, numbered as in a CSV with the header on line 1. */
function tableOf(header: string[], rows: string[][]): SourceTable {
  const all = [header, ...rows];
  return {
    file: 'jc.csv',
    rows: arrayRows(all),
    rowNumbers: Int32Array.from(all, (_, i) => i + 1),
    header,
    headerRow: 1,
    firstDataRow: 1,
  };
}

const enterprises = {
  byCode: new Map([
    ['E1', 0],
    ['E2', 1],
  ]),
  byName: new Map([
    ['一厂', 0],
    ['二厂', 1],
  ]),
};

function read(header: string[], rows: string[][]) {
  const issues: ValidationIssue[] = [];
  const x = readInspections(
    tableOf(header, rows),
    suggestMapping(TABLE_FIELDS.inspections, header),
    'jc.csv',
    enterprises,
    issues,
  );
  return { x, issues };
}

describe('readInspections', () => {
  const { x, issues } = read(HEADER, [
    [
      'JC1',
      'E1',
      '2026-03-05',
      '执法检查',
      '区应急管理局执法大队一中队',
      '张明、李强',
      '发现隐患已责令整改',
      '3处',
      '罚款5000元',
    ], // row 2
    ['', 'E1', '2026-03-06', '执法检查', '', '', '', '', ''], // row 3: no id
    ['JC1', 'E2', '2026-03-07', '执法检查', '', '', '', '', ''], // row 4: id again
    ['JC3', 'E9', '2026-03-08', '执法检查', '', '', '', '', ''], // row 5: no such enterprise
    ['JC4', 'E2', '', '执法检查', '', '', '', '', ''], // row 6: no date
    ['JC5', 'E2', '2026-13-40', '执法检查', '', '', '', '', ''], // row 7: not a date
    ['JC6', 'E2', '2026年4月1日', '夜查', '镇街应急办', '王芳', '未发现问题', '很多', '视情况'], // row 8: three odd values, kept
    ['JC7', 'E2', '2026/4/2', '双随机、一公开', '', '', '', '0', '否'], // row 9
    ['JC8', 'E1', '20260403', '', '', '', '', '', ''], // row 10: kind, count and penalty not given
  ]);

  it('keeps the good rows with their values, in order', () => {
    expect(x.id).toEqual(['JC1', 'JC6', 'JC7', 'JC8']);
    expect(x.length).toBe(4);
    expect(Array.from(x.enterprise.subarray(0, x.length))).toEqual([0, 1, 1, 0]);
    expect(Array.from(x.day.subarray(0, x.length), formatDay)).toEqual([
      '2026-03-05',
      '2026-04-01',
      '2026-04-02',
      '2026-04-03',
    ]);
    // 执法检查 enforcement 0, 双随机抽查 random 1; 255 unknown or not given.
    expect(Array.from(x.kind.subarray(0, x.length))).toEqual([0, 255, 1, 255]);
    expect(Array.from(x.hazardsFound.subarray(0, x.length))).toEqual([3, -1, 0, -1]);
    expect(Array.from(x.penalty.subarray(0, x.length))).toEqual([1, 255, 0, 255]);
    expect(Array.from(x.fine.subarray(0, x.length))).toEqual([5000, NaN, NaN, NaN]);
    expect(x.unit).toEqual(['区应急管理局执法大队一中队', '镇街应急办', '', '']);
    expect(x.inspectors).toEqual(['张明、李强', '王芳', '', '']);
    expect(x.result).toEqual(['发现隐患已责令整改', '未发现问题', '', '']);
  });

  it('reports every row left out as an error, and every odd value kept as a warning, with file, row, column and reason in both languages', () => {
    expect(issues.map((i) => [i.file, i.row, i.column, i.value, i.severity])).toEqual([
      ['jc.csv', 3, 'id', '', 'error'],
      ['jc.csv', 4, 'id', 'JC1', 'error'],
      ['jc.csv', 5, 'credit_code', 'E9', 'error'],
      ['jc.csv', 6, 'date', '', 'error'],
      ['jc.csv', 7, 'date', '2026-13-40', 'error'],
      ['jc.csv', 8, 'kind', '夜查', 'warning'],
      ['jc.csv', 8, 'hazards_found', '很多', 'warning'],
      ['jc.csv', 8, 'penalty', '视情况', 'warning'],
    ]);
    expect(issues.map((i) => i.reasonZh)).toEqual([
      '缺少检查编号',
      '检查编号重复',
      '企业表中没有这个统一社会信用代码（或该企业的行被拒绝）',
      '缺少检查日期',
      '无法识别的日期（可写作 2026-03-05、2026/3/5 或 2026年3月5日）',
      '无法识别的检查类型（执法检查、双随机抽查、专项检查、督导检查、网格巡查、企业自查），按未填处理',
      '发现隐患数应为不小于 0 的整数，按未填处理',
      '行政处罚应为“是”“否”或罚款金额（如 5000、罚款5000元、2万元），按未填处理',
    ]);
    expect(issues[0].reason).toBe('missing inspection id');
    expect(issues[1].reason).toBe('duplicate inspection id');
    expect(issues[5].reason).toMatch(/^unknown inspection kind/);
    expect(issues[7].reason).toBe(
      'penalty should be yes, no or a fine (such as 5000, 罚款5000元 or 2万元); read as not given',
    );
  });

  it('ties rows to enterprises by their exact name when the ledger has no credit codes', () => {
    const header = ['检查编号', '被检查单位', '检查时间'];
    const r = read(header, [
      ['A', '二厂', '2026-05-01 09:30'],
      ['B', '三厂', '2026-05-02'],
    ]);
    expect(r.x.id).toEqual(['A']);
    expect(r.x.enterprise[0]).toBe(1);
    expect(r.issues.map((i) => [i.row, i.column, i.value, i.reasonZh])).toEqual([
      [3, 'enterprise_name', '三厂', '企业表中没有这个名称的企业（或该企业的行被拒绝）'],
    ]);
  });
});

describe('the cells of an inspection ledger', () => {
  it.each([
    ['是', 1, NaN],
    ['有', 1, NaN],
    ['Yes', 1, NaN],
    ['1', 1, NaN],
    ['警告', 1, NaN],
    ['罚款', 1, NaN],
    ['否', 0, NaN],
    ['无', 0, NaN],
    ['0', 0, NaN],
    ['不予处罚', 0, NaN],
    ['0元', 0, NaN],
    ['5000', 1, 5000],
    ['5,000元', 1, 5000],
    ['罚款5000元', 1, 5000],
    ['罚款 5000 元', 1, 5000],
    ['2万元', 1, 20000],
    ['1.5万', 1, 15000],
    ['¥3000', 1, 3000],
    ['是（罚款3000元）', 1, 3000],
    ['警告并处罚款2000元', 1, 2000],
    ['罚款人民币1万元', 1, 10000],
    ['', 255, NaN],
  ])('penalty %j -> %d, fine %d', (cell, penalty, fine) => {
    expect(readPenalty(cell)).toEqual({ penalty, fine });
  });

  it('reads no penalty from text it does not know', () => {
    for (const cell of ['视情况', '罚款若干', '不予罚款5000元', '-5000'])
      expect(readPenalty(cell), cell).toBeUndefined();
  });

  it('reads counts of hazards found with their units, 无 as none and empty as not given', () => {
    expect(['3', '3处', '12项', '1条', '2个', '无', '', '4.0'].map(readHazardsFound)).toEqual([
      3, 3, 12, 1, 2, 0, -1, 4,
    ]);
    for (const cell of ['-1', '2.5', '若干']) expect(readHazardsFound(cell), cell).toBeUndefined();
  });

  it('reads kinds by key, name or alias, with quotes and spaces aside', () => {
    expect(
      [
        '执法检查',
        'enforcement',
        '双随机',
        '“双随机、一公开”',
        '专项检查',
        '督查',
        '网格员巡查',
        '企业自查',
        ' 自查 ',
      ].map(readKind),
    ).toEqual([0, 0, 1, 1, 2, 3, 4, 5, 5]);
    expect(readKind('')).toBe(255);
    expect(readKind('夜查')).toBe(-1);
    expect(readKind('constructor')).toBe(-1);
  });
});

describe("a bureau's GBK inspection ledger with a title line, through the import", () => {
  const square = [
    [
      [121.4, 29.8],
      [121.5, 29.8],
      [121.5, 29.9],
      [121.4, 29.9],
      [121.4, 29.8],
    ],
  ];
  const towns = JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { code: 'T1', name: '甲街道' },
        geometry: { type: 'Polygon', coordinates: square },
      },
    ],
  });
  const ledger = [
    '临澄区2026年安全生产检查台账（截至10月）',
    '检查编号,统一社会信用代码,被检查单位,检查日期,检查类型,检查单位,检查人员,检查结果,发现隐患数,行政处罚',
    'JC2026-001,E1,一厂,2026/3/5,执法检查,区应急管理局执法大队一中队,张明、李强,发现隐患已责令整改,2,否',
    'JC2026-002,E2,二厂,2026年4月1日,双随机抽查,区应急管理局执法大队二中队,王芳、陈杰,立案处罚,3,罚款2万元',
    'JC2026-003,E9,九厂,2026-04-02,网格巡查,澄东镇应急办,周丽,未发现问题,0,',
  ].join('\r\n');
  const enc = new TextEncoder();
  const files = [
    { name: 'towns.geojson', bytes: enc.encode(towns) },
    {
      name: 'enterprises.csv',
      bytes: enc.encode(
        'credit_code,name,lon,lat,sector\nE1,一厂,121.42,29.82,machinery\nE2,二厂,121.43,29.83,hazchem\n',
      ),
    },
    { name: '执法检查记录.csv', bytes: encodeGbk(ledger) },
    { name: 'meta.json', bytes: enc.encode(JSON.stringify({ name: '测试区', as_of: '2026-10-31' })) },
  ];
  const { session, choices, built } = buildFromFiles('gbk', files, { builtAt: '2026-11-01T00:00:00Z' });
  const summary = session.summaries().find((s) => s.name === '执法检查记录.csv')!;

  it('is read as GBK, its header found below the title, its role and columns guessed', () => {
    expect(summary.encoding).toBe('gb18030');
    expect(summary.headerRow).toBe(2);
    expect(summary.rows).toBe(3);
    expect(summary.role).toBe('inspections');
    expect(choices.files[summary.id].mapping).toMatchObject({
      id: 0,
      credit_code: 1,
      enterprise_name: 2,
      date: 3,
      kind: 4,
      unit: 5,
      inspectors: 6,
      result: 7,
      hazards_found: 8,
      penalty: 9,
    });
  });

  it("builds the inspections, and reports the row it leaves out under the user's own column name", () => {
    const x = built.inspections!;
    expect(built.manifest.inspections).toBe(2);
    expect(x.id).toEqual(['JC2026-001', 'JC2026-002']);
    expect(Array.from(x.day.subarray(0, 2), formatDay)).toEqual(['2026-03-05', '2026-04-01']);
    expect(x.unit[1]).toBe('区应急管理局执法大队二中队');
    expect(Array.from(x.penalty.subarray(0, 2))).toEqual([0, 1]);
    expect(x.fine[1]).toBe(20000);
    const mine = built.issues.filter((i) => i.file === '执法检查记录.csv');
    expect(mine.map((i) => [i.row, i.column, i.value, i.severity])).toEqual([[5, '统一社会信用代码', 'E9', 'error']]);
  });

  it('leaves a dataset without an inspection ledger without one', () => {
    const without = buildFromFiles(
      'none',
      files.filter((f) => f.name !== '执法检查记录.csv'),
      { builtAt: '2026-11-01T00:00:00Z' },
    ).built;
    expect(without.inspections).toBeUndefined();
    expect(without.manifest.inspections).toBeUndefined();
  });
});
