/** Server-render smoke tests of the drawer's inspections against a store filled by hand. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CoreDataset, DatasetManifest, InspectionColumns } from '../../data/dataset.ts';
import {
  DEFAULT_SUPERVISION,
  inspectionKindCode,
  inspectionStatus,
  type ClassInputs,
} from '../../domain/supervision/index.ts';
import { useStore } from '../../state/store.ts';
import { InspectionHistory } from './inspection-history.tsx';

const day = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const manifest = { asOf: '2026-06-30', inspections: 6, towns: [], grids: [], parks: [] } as unknown as DatasetManifest;
// Enterprise 0 is 重大 (class A: every 3 months, at most 12 a year), 1 is 低 (class D: no interval), 2 一般 (C).
const enterprises = {
  length: 3,
  level: Uint8Array.from([0, 3, 2]),
  sector: new Uint8Array(3),
  flags: new Uint16Array(3),
  stdGrade: new Uint8Array(3),
};
const dataset = { manifest, enterprises } as unknown as CoreDataset;
//  row enterprise date        kind        unit            inspectors  result             hazards penalty fine
const ROWS = [
  [0, '2026-01-10', '执法检查', '区应急管理局', '张三、李四', '<b>责令整改</b>', 2, 1, 5000],
  [0, '2026-05-20', '网格巡查', '甲镇网格', '王五', '正常', -1, 255, NaN],
  [0, '2026-02-15', '双随机抽查', '区市场监管局', '', '', 0, 0, NaN],
  [0, '2026-08-01', '执法检查', '区应急管理局', '赵六', '', -1, 255, NaN],
  [0, '2026-03-01', '', '', '', '', -1, 255, NaN],
  [1, '2026-04-01', '企业自查', '', '', '', -1, 255, NaN],
] as const;
const col = (k: number) => ({ length: ROWS.length, get: (i: number) => String(ROWS[i][k]) });
const ledger: InspectionColumns = {
  length: ROWS.length,
  enterprise: Int32Array.from(ROWS.map((r) => r[0])),
  day: Int32Array.from(ROWS.map((r) => day(r[1]))),
  kind: Uint8Array.from(ROWS.map((r) => (r[2] === '' ? 255 : inspectionKindCode(r[2])))),
  hazardsFound: Int32Array.from(ROWS.map((r) => r[6])),
  penalty: Uint8Array.from(ROWS.map((r) => r[7])),
  fine: Float64Array.from(ROWS.map((r) => r[8])),
  id: { length: ROWS.length, get: (i: number) => `JC-${i}` },
  unit: col(3),
  inspectors: col(4),
  result: col(5),
};
const AS_OF = day('2026-06-30');
const status = inspectionStatus(enterprises as ClassInputs, ledger, AS_OF, DEFAULT_SUPERVISION);

const html = (row: number) => renderToStaticMarkup(createElement(InspectionHistory, { row }));
/** Server rendering reads zustand's initial state (useSyncExternalStore's server snapshot): set both. */
function setState(patch: Partial<ReturnType<typeof useStore.getState>>) {
  useStore.setState(patch);
  Object.assign(useStore.getInitialState(), patch);
}

describe('the drawer’s inspections', () => {
  beforeEach(() => {
    setState({
      dataset,
      lang: 'zh',
      inspections: ledger,
      supervision: DEFAULT_SUPERVISION,
      supervisionStatus: status,
    });
  });

  it('gives the class, the last inspection, the next due in words and the year against the cap', () => {
    const out = html(0);
    expect(out).toContain('检查记录（5）');
    expect(out).toContain('A类（重点监管）');
    // Administrative on or before 2026-06-30: 01-10 and 02-15 (the patrol, the unknown kind and 08-01 do not count).
    expect(out).toMatch(/data-testid="drawer-last-inspected">2026-02-15/);
    // 2026-02-15 + 3 months = 2026-05-15: 46 days before the data date.
    expect(out).toMatch(/data-testid="drawer-next-due">2026-05-15.*逾期未检 46 天/);
    expect(out).toContain('data-testid="drawer-status-overdue"');
    expect(out).toMatch(/data-testid="drawer-year-count" data-count="2">2 \/ 12 次/);
  });

  it('lists every inspection newest first, patrols and unknown kinds marked as not counting, later records marked', () => {
    const out = html(0);
    const rows = [
      ...out.matchAll(/data-testid="drawer-inspection" data-row="(\d)" data-counted="(\d)" data-after="(\d)"/g),
    ];
    expect(rows.map((m) => m.slice(1).join())).toEqual(['3,1,1', '1,0,0', '4,0,0', '2,1,0', '0,1,0']);
    expect(out).toContain('网格巡查（不计入）');
    expect(out).toContain('类型未注明（不计入）');
    expect(out).not.toContain('执法检查（不计入）');
    expect(out).toContain('数据日期之后');
    // Text stays text; the penalty with its fine, the hazards found, the unit and the inspectors.
    expect(out).toContain('检查结果：&lt;b&gt;责令整改&lt;/b&gt;');
    expect(out).toContain('发现隐患数：2 · 行政处罚：是，罚款 5,000 元 · 检查编号：JC-0');
    expect(out).toContain('检查单位：区应急管理局 · 检查人员：张三、李四');
    expect(out).toContain('发现隐患数：0 · 行政处罚：否');
  });

  it('says a class without an interval has none, and a self-check does not count', () => {
    const out = html(1);
    expect(out).toContain('D类（双随机抽查）');
    expect(out).toContain('不定期（双随机抽查）');
    expect(out).toContain('数据日期前无行政检查');
    expect(out).toContain('企业自查（不计入）');
    expect(out).toContain('0 / 2 次');
  });

  it('says never inspected for a class with an interval, and when the ledger has no record', () => {
    const out = html(2);
    expect(out).toContain('data-testid="drawer-status-never"');
    expect(out).toContain('data-testid="drawer-inspections-empty"');
  });

  it('says when the dataset has no ledger or it is loading, and still gives the class', () => {
    setState({ inspections: null, supervisionStatus: null });
    expect(html(0)).toContain('data-testid="drawer-inspections-loading"');
    expect(html(0)).toContain('A类（重点监管）');
    setState({ dataset: { ...dataset, manifest: { ...manifest, inspections: 0 } } });
    expect(html(0)).toContain('data-testid="drawer-inspections-none"');
  });

  it('speaks English', () => {
    setState({ lang: 'en' });
    const out = html(0);
    expect(out).toContain('Overdue by 46 days');
    expect(out).toContain('Grid patrol (not counted)');
    expect(out).toContain('2 of 12');
  });
});
