/**
 * The yearly plan's .xlsx read back with SheetJS (the writer is write-excel-file): the sheets and their
 * names, a row per planned inspection in each unit's sheet, no enterprise over its cap, and the
 * summaries' totals equal to the rows. The expected figures are worked out by hand below.
 */
import type { ExportMeta } from './export-meta.ts';
import { read, utils, type WorkSheet } from '@e965/xlsx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SUPERVISION,
  yearlyPlan,
  type SupervisionSettings,
  type YearlyPlan,
} from '../domain/supervision/index.ts';
import { parseDay } from './dates.ts';
import {
  exportPlanXlsx,
  planListName,
  planSheetHeaders,
  sheetName,
  type PlanStatus,
  type PlanXlsxSource,
} from './export-plan-xlsx.ts';

const day = (s: string) => parseDay(s)!;
const col = (values: (string | null)[]) => ({ get: (i: number) => values[i] ?? null, length: values.length });

/** The defaults with class A capped at 3 a year (A every 3 months, B 6, C 12, D random). */
const SETTINGS: SupervisionSettings = {
  ...DEFAULT_SUPERVISION,
  classes: DEFAULT_SUPERVISION.classes.map((c) => (c.key === 'A' ? { ...c, yearlyCap: 3 } : c)),
};
const LONG_UNIT = '某某区应急管理局安全生产执法监察大队第三中队危险化学品专项检查组';
const UNITS = ['第一中队', '执法[二]队/专项:组', '汇总', LONG_UNIT];
const CODES = [
  '913301000000000001',
  '913301000000000002',
  '91330100MA00000003',
  '330106000123456',
  '913301000000000005',
  '913301000000000006',
  '913301000000000007',
  '913301000000000008',
  '913301000000000009',
  '913301000000000010',
];

/**
 * Ten enterprises, planned for 2027 from the data date 2026-06-30:
 * - 0 and 1 (A, cap 3, unit 第一中队 with a capacity of 1 a month): 0 due 2026-09-15 and 1 never
 *   inspected both start 2027-01-01: Jan, Apr, Jul each. Each of those months holds two; the earlier
 *   enterprise, 0, moves each time to the next month: Feb, May, Aug. 6 rows.
 * - 2 (B, due 2027-02-10: Feb 10, Aug 10) and 3 (C, due 2027-05-31), unit 执法[二]队/专项:组 with a
 *   capacity of 0: nothing can move; 3 rows, 3 over.
 * - 4 (C, never: Jan 1), unit 汇总; 5-9 (D), share 1: all five drawn, the j-th in month
 *   1 + floor(12j / 5): Jan, Mar, May, Aug, Oct; 5 and 6 of unit 汇总 (3 rows), 7 of the long-named
 *   unit (1), 8 and 9 of none (2).
 * By class: A Jan, Feb, Apr, May, Jul, Aug; B Feb, Aug; C Jan, May; D Jan, Mar, May, Aug, Oct: 15.
 */
function fixture(): { plan: YearlyPlan; source: PlanXlsxSource; status: PlanStatus } {
  const cls = Uint8Array.from([0, 0, 1, 2, 2, 3, 3, 3, 3, 3]);
  const status = {
    cls,
    next: Int32Array.from([day('2026-09-15'), -1, day('2027-02-10'), day('2027-05-31'), -1, -1, -1, -1, -1, -1]),
    yearCount: new Uint16Array(10),
    last: Int32Array.from([day('2026-06-15'), -1, day('2026-08-10'), day('2026-05-31'), -1, -1, -1, -1, -1, -1]),
  };
  const plan = yearlyPlan({
    year: 2027,
    asOf: day('2026-06-30'),
    settings: SETTINGS,
    length: 10,
    status,
    town: Int16Array.from([0, 0, 1, 1, 0, 0, 1, -1, 0, 1]),
    inspections: null,
    unitNames: UNITS,
    enterpriseUnit: Int32Array.from([0, 0, 1, 1, 2, 2, 2, 3, -1, -1]),
    capacity: [1, 0],
    seed: 2027,
    randomShare: 1,
  });
  const source: PlanXlsxSource = {
    manifest: { towns: [{ name: '甲街道' }, { name: '乙镇' }] },
    enterprises: {
      level: Uint8Array.from([0, 0, 1, 2, 2, 3, 3, 3, 3, 3]),
      town: Int16Array.from([0, 0, 1, 1, 0, 0, 1, -1, 0, 1]),
    },
    text: {
      name: col([
        '甲化工有限公司',
        '乙化工有限公司',
        '丙机械厂',
        '丁纺织厂',
        '戊五金厂',
        '己',
        '庚',
        '辛',
        '壬',
        '=癸',
      ]),
      creditCode: col(CODES),
    },
  };
  return { plan, source, status };
}

function workbook(bytes: Uint8Array) {
  return read(bytes, { type: 'array', cellNF: true });
}
const rowsOf = (ws: WorkSheet) => utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: null });
const MONTH_HEADERS = ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'];
const HEADERS_ZH = [
  '计划月份',
  '计划日期',
  '企业名称',
  '统一社会信用代码',
  '监管类别',
  '风险等级',
  '镇街',
  '上次检查日期',
  '检查方式',
];

/** What the export says about itself (export-meta.ts): the plan covers every enterprise. */
const meta = (lang: 'zh' | 'en'): ExportMeta => ({
  lang,
  dataset: '示例区',
  asOf: '2026-11-30',
  filters: [],
  what: planListName(2027, lang),
  exportedAt: new Date(2026, 11, 7, 9, 30),
});

describe('exportPlanXlsx', () => {
  it('writes the summaries and one sheet per unit, under valid and distinct names', async () => {
    const { plan, source, status } = fixture();
    const wb = workbook(await exportPlanXlsx(plan, source, status, SETTINGS, meta('zh')));
    expect(wb.SheetNames).toEqual([
      '汇总',
      '说明',
      '单位汇总',
      '第一中队',
      '执法_二_队_专项_组',
      '汇总 (2)',
      '某某区应急管理局安全生产执法监察大队第三中队危险化学品专项检查',
      '未指定单位',
    ]);
    for (const n of wb.SheetNames) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(new Set(wb.SheetNames.map((n) => n.toLowerCase())).size).toBe(wb.SheetNames.length);
  });

  it('writes a row per planned inspection in its unit’s sheet, by date, with the columns asked for', async () => {
    const { plan, source, status } = fixture();
    const wb = workbook(await exportPlanXlsx(plan, source, status, SETTINGS, meta('zh')));
    const counts = wb.SheetNames.slice(3).map((n) => rowsOf(wb.Sheets[n]).length - 1);
    expect(counts).toEqual([6, 3, 3, 1, 2]);
    const first = wb.Sheets['第一中队'];
    const rows = rowsOf(first);
    expect(rows[0]).toEqual(HEADERS_ZH);
    // By date: 1 in Jan, 0 in Feb, 1 in Apr, 0 in May, 1 in Jul, 0 in Aug.
    expect(rows.slice(1).map((r) => [r[0], r[3]])).toEqual([
      [1, CODES[1]],
      [2, CODES[0]],
      [4, CODES[1]],
      [5, CODES[0]],
      [7, CODES[1]],
      [8, CODES[0]],
    ]);
    expect(rows[1].slice(2)).toEqual([
      '乙化工有限公司',
      CODES[1],
      'A类（重点监管）',
      '重大风险',
      '甲街道',
      null,
      '按频次',
    ]);
    expect(first['B2'].w).toBe('2027-01-01');
    expect(first['B3'].w).toBe('2027-02-01');
    // Enterprise 0's last inspection, a date cell.
    expect(first['H3'].w).toBe('2026-06-15');
    expect(first['D2'].t).toBe('s');
    // The unit of the random inspections: 双随机抽查; a name starting with = is text, as it is.
    const none = rowsOf(wb.Sheets['未指定单位']);
    expect(none.slice(1).map((r) => r[8])).toEqual(['双随机抽查', '双随机抽查']);
    expect(
      none
        .slice(1)
        .map((r) => r[2])
        .sort(),
    ).toEqual(['=癸', '壬']);
    expect(
      none
        .slice(1)
        .map((r) => r[6])
        .sort(),
    ).toEqual(['乙镇', '甲街道']);
  });

  it('never lists an enterprise in a sheet more often than its class’s cap allows', async () => {
    const { plan, source, status } = fixture();
    const wb = workbook(await exportPlanXlsx(plan, source, status, SETTINGS, meta('zh')));
    const capOf: Record<string, number> = {};
    for (const c of SETTINGS.classes) capOf[c.name] = c.yearlyCap ?? Infinity;
    for (const n of wb.SheetNames.slice(3)) {
      const seen = new Map<string, number>();
      for (const r of rowsOf(wb.Sheets[n]).slice(1)) {
        const code = r[3] as string;
        seen.set(code, (seen.get(code) ?? 0) + 1);
        // The plan is for the year after the data date's: nothing done counts against the cap.
        expect(seen.get(code)!, `${code} in ${n}`).toBeLessThanOrEqual(capOf[r[4] as string]);
      }
    }
  });

  it('puts the plan’s figures in the summary’s header rows, and totals that equal the rows', async () => {
    const { plan, source, status } = fixture();
    const wb = workbook(await exportPlanXlsx(plan, source, status, SETTINGS, meta('zh')));
    const summary = rowsOf(wb.Sheets['汇总']);
    expect(summary.slice(0, 5).map((r) => r.slice(0, 2))).toEqual([
      ['计划年度', 2027],
      ['数据日期', '2026-06-30'],
      ['计划起始日期', '2027-01-01'],
      ['随机种子', 2027],
      ['双随机抽查比例', '100%'],
    ]);
    expect(summary[6]).toEqual(['监管类别', ...MONTH_HEADERS, '合计']);
    // The header rows and the table's header row stay in view: the first 7 rows are frozen.
    const bytes = await exportPlanXlsx(plan, source, status, SETTINGS, meta('zh'));
    expect(strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml'])).toMatch(/<pane [^>]*ySplit="7"[^>]*state="frozen"/);
    expect(summary.slice(7)).toEqual([
      ['A类（重点监管）', 1, 1, 0, 1, 1, 0, 1, 1, 0, 0, 0, 0, 6],
      ['B类', 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 2],
      ['C类', 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 2],
      ['D类（双随机抽查）', 1, 0, 1, 0, 1, 0, 0, 1, 0, 1, 0, 0, 5],
      ['合计', 3, 2, 1, 1, 3, 0, 1, 3, 0, 1, 0, 0, 15],
    ]);
    // The totals are the rows: 15 in all, and each month's total is the rows planned in that month.
    const unitRows = wb.SheetNames.slice(3).flatMap((n) => rowsOf(wb.Sheets[n]).slice(1));
    expect(unitRows.length).toBe(15);
    const perMonth = Array.from({ length: 12 }, (_, m) => unitRows.filter((r) => r[0] === m + 1).length);
    expect(perMonth).toEqual(summary[11].slice(1, 13));

    const byUnit = rowsOf(wb.Sheets['单位汇总']);
    expect(byUnit[0]).toEqual(['检查单位', ...MONTH_HEADERS, '合计', '每月检查能力', '超出能力']);
    expect(byUnit[1]).toEqual(['第一中队', 1, 1, 0, 1, 1, 0, 1, 1, 0, 0, 0, 0, 6, 1, 0]);
    expect(byUnit[2]).toEqual(['执法[二]队/专项:组', 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 3, 0, 3]);
    // Each unit's total is its sheet's rows; units without a capacity leave the last two cells empty.
    expect(byUnit.slice(1, 6).map((r) => [r[0], r[13], r[14], r[15]])).toEqual([
      ['第一中队', 6, 1, 0],
      ['执法[二]队/专项:组', 3, 0, 3],
      ['汇总', 3, null, null],
      [LONG_UNIT, 1, null, null],
      ['未指定单位', 2, null, null],
    ]);
    expect(byUnit[6].slice(0, 1)).toEqual(['合计']);
    expect(byUnit[6][13]).toBe(15);
    expect(byUnit[6][15]).toBe(3);
  });

  it('writes English headers when asked', async () => {
    const { plan, source, status } = fixture();
    const wb = workbook(await exportPlanXlsx(plan, source, status, SETTINGS, meta('en')));
    expect(wb.SheetNames.slice(0, 4)).toEqual(['Summary', 'About', 'By unit', '第一中队']);
    expect(rowsOf(wb.Sheets['第一中队'])[0]).toEqual(planSheetHeaders('en'));
    expect(planSheetHeaders('en')).toEqual([
      'Planned month',
      'Planned date',
      'Enterprise name',
      'Credit code',
      'Supervision class',
      'Risk level',
      'Town',
      'Last inspected',
      'How chosen',
    ]);
    expect(rowsOf(wb.Sheets['Summary'])[7][0]).toBe('Class A (key supervision)');
    expect(rowsOf(wb.Sheets['No unit'])[1][8]).toBe('Random inspection');
  });

  it('names the list with the plan’s year, in its file name and its About sheet', async () => {
    expect(planListName(2027, 'zh')).toBe('2027年度监督检查计划');
    expect(planListName(2027, 'en')).toBe('inspection-plan-2027');
    const { plan, source, status } = fixture();
    const about = rowsOf(workbook(await exportPlanXlsx(plan, source, status, SETTINGS, meta('zh'))).Sheets['说明']);
    expect(about[3]).toEqual(['导出内容', '2027年度监督检查计划']);
    expect(about[4]).toEqual(['筛选条件', '无（全部）']);
  });
});

describe('sheetName', () => {
  it('makes valid, distinct Excel sheet names', () => {
    const taken = new Set<string>(['汇总']);
    expect(sheetName('[区]应急/执法:大队*?\\', taken, '单位')).toBe('_区_应急_执法_大队___');
    expect(sheetName('汇总', taken, '单位')).toBe('汇总 (2)');
    expect(sheetName('汇总', taken, '单位')).toBe('汇总 (3)');
    expect(sheetName('Unit A', taken, '单位')).toBe('Unit A');
    expect(sheetName('unit a', taken, '单位')).toBe('unit a (2)');
    expect(sheetName("'引号'", taken, '单位')).toBe('引号');
    expect(sheetName('  ', taken, '单位')).toBe('单位');
    expect(sheetName('History', taken, '单位')).toBe('History (2)');
    const long = '一二三四五六七八九十'.repeat(4);
    expect(sheetName(long, taken, '单位')).toBe(long.slice(0, 31));
    expect(sheetName(long, taken, '单位')).toBe(`${long.slice(0, 27)} (2)`);
    // A character outside the BMP is not split at the cut.
    expect(sheetName(`${'一'.repeat(30)}𠀀`, taken, '单位')).toBe('一'.repeat(30));
  });
});
