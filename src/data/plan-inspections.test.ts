import { describe, expect, it } from 'vitest';
import { inspectionUnits, planInspections } from './plan-inspections.ts';

const col = (values: (string | null)[]) => ({ get: (i: number) => values[i] ?? null, length: values.length });

describe('planInspections', () => {
  it('numbers the ledger’s units in order of first appearance, trimmed, -1 for none', () => {
    expect(inspectionUnits(col([' 第一中队', '执法大队', null, '第一中队 ', '', '执法大队']))).toEqual({
      ids: Int32Array.from([0, 1, -1, 0, -1, 1]),
      names: ['第一中队', '执法大队'],
    });
    const ledger = {
      length: 2,
      enterprise: Int32Array.from([3, 4]),
      day: Int32Array.from([100, 200]),
      kind: Uint8Array.from([0, 4]),
      unit: col(['甲', '乙']),
    };
    const { inspections, unitNames } = planInspections(ledger);
    expect(unitNames).toEqual(['甲', '乙']);
    expect(inspections.enterprise).toBe(ledger.enterprise);
    expect(Array.from(inspections.unit)).toEqual([0, 1]);
  });
});
