import { describe, expect, it } from 'vitest';
import { inspectionPeriod } from './bulletin-inspections.ts';
import type { InspectionColumns } from './dataset.ts';
import { parseDay } from './dates.ts';
import { administrativeTable, DEFAULT_SUPERVISION, inspectionKindCode } from '../domain/supervision/index.ts';

const text = (v: string[]) => ({ length: v.length, get: (i: number) => v[i] });
function ledger(rows: [number, string, string, number, number][]): InspectionColumns {
  return {
    length: rows.length,
    enterprise: Int32Array.from(rows.map((r) => r[0])),
    day: Int32Array.from(rows.map((r) => parseDay(r[1])!)),
    kind: Uint8Array.from(rows.map((r) => inspectionKindCode(r[2]))),
    hazardsFound: Int32Array.from(rows.map((r) => r[3])),
    penalty: Uint8Array.from(rows.map((r) => r[4])),
    fine: new Float64Array(rows.length).fill(NaN),
    id: text(rows.map((_, i) => `J${i}`)),
    unit: text(rows.map(() => '一中队')),
    inspectors: text(rows.map(() => '')),
    result: text(rows.map(() => '')),
  };
}

describe('the bulletin inspection line', () => {
  const ins = ledger([
    [0, '2026-11-02', '执法检查', 2, 0],
    [0, '2026-11-20', '双随机抽查', 0, 1],
    [1, '2026-11-10', '网格巡查', 5, 0],
    [2, '2026-11-30', '专项检查', -1, 255],
    [2, '2026-10-31', '执法检查', 3, 1], // before the period
    [3, '2026-11-15', '企业自查', 1, 0],
    [4, '2026-11-15', '执法检查', 4, 1], // not in the selection
  ]);
  const admin = administrativeTable(DEFAULT_SUPERVISION);
  const mask = Uint8Array.from([1, 1, 1, 1, 0]);
  it('counts administrative inspections, the enterprises reached, patrols, hazards and penalties in the period', () => {
    expect(inspectionPeriod(ins, admin, mask, parseDay('2026-11-01')!, parseDay('2026-11-30')!)).toEqual({
      inspections: 3,
      enterprises: 2,
      patrols: 2,
      hazardsFound: 2,
      penalties: 1,
    });
  });
  it('takes every enterprise without a mask', () => {
    expect(inspectionPeriod(ins, admin, null, parseDay('2026-11-01')!, parseDay('2026-11-30')!).inspections).toBe(4);
  });
});
