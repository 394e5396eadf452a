import { describe, expect, it } from 'vitest';
import { buildInspectionIndex, inspectionIndexOf, inspectionsOf } from './inspection-index.ts';

const day = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
function ledger(rows: [number, string][]) {
  return {
    length: rows.length,
    enterprise: Int32Array.from(rows.map((r) => r[0])),
    day: Int32Array.from(rows.map((r) => day(r[1]))),
  };
}

describe('the index from an enterprise to its inspections', () => {
  // Ledger rows:        0             1             2             3             4             5
  const l = ledger([
    [2, '2026-03-01'],
    [0, '2026-05-10'],
    [2, '2025-11-20'],
    [0, '2026-01-02'],
    [2, '2026-03-01'],
    [0, '2026-05-10'],
  ]);

  it('groups the rows by enterprise, each oldest first, a day shared in ledger order', () => {
    const x = buildInspectionIndex(l, 4);
    // Enterprise 0: rows 3 (01-02), 1 and 5 (05-10, in ledger order); 1: none; 2: rows 2 (2025-11-20), 0 and 4 (03-01); 3: none.
    expect([...x.offsets]).toEqual([0, 3, 3, 6, 6]);
    expect([...inspectionsOf(x, 0)]).toEqual([3, 1, 5]);
    expect([...inspectionsOf(x, 1)]).toEqual([]);
    expect([...inspectionsOf(x, 2)]).toEqual([2, 0, 4]);
    expect([...inspectionsOf(x, 3)]).toEqual([]);
    expect([...inspectionsOf(x, 9)]).toEqual([]);
    expect([...inspectionsOf(x, -1)]).toEqual([]);
  });

  it('leaves out rows naming no enterprise of the dataset', () => {
    const x = buildInspectionIndex(
      ledger([
        [5, '2026-01-01'],
        [-1, '2026-01-01'],
        [1, '2026-02-01'],
      ]),
      2,
    );
    expect([...x.offsets]).toEqual([0, 0, 1]);
    expect([...x.rows]).toEqual([2]);
  });

  it('sorts days that span centuries by comparison, to the same order', () => {
    const wide = ledger([
      [0, '2026-01-01'],
      [0, '1900-01-01'],
      [1, '2100-12-31'],
      [0, '2026-01-01'],
      [1, '1950-06-15'],
    ]);
    const x = buildInspectionIndex(wide, 2);
    expect([...inspectionsOf(x, 0)]).toEqual([1, 0, 3]);
    expect([...inspectionsOf(x, 1)]).toEqual([4, 2]);
  });

  it('handles an empty ledger', () => {
    const x = buildInspectionIndex(ledger([]), 3);
    expect([...x.offsets]).toEqual([0, 0, 0, 0]);
    expect(x.rows.length).toBe(0);
  });

  it('is built once per ledger', () => {
    const a = inspectionIndexOf(l, 4);
    expect(inspectionIndexOf(l, 4)).toBe(a);
    expect(inspectionIndexOf(ledger([[0, '2026-01-01']]), 4)).not.toBe(a);
  });
});
