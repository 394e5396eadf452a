import { describe, expect, it } from 'vitest';
import { NO_DATE } from '../dates.ts';
import { baseOrder, sortHazards, type LedgerSortSource } from './sort-hazards.ts';

// 5 hazards; found days, deadlines (-1 none), enterprises 0..2 named 丙, 甲, ''.
const h = {
  length: 5,
  enterprise: Int32Array.from([0, 1, 2, 1, 0]),
  found: Int32Array.from([100, 105, 100, 103, 104]),
  deadline: Int32Array.from([110, NO_DATE, 101, 104, 200]),
  closed: Int32Array.from([108, NO_DATE, NO_DATE, 106, 102]), // 0 and 4 are open: a withdrawn closure
  level: Uint8Array.from([0, 1, 0, 1, 0]),
  status: Uint8Array.from([0, 1, 2, 3, 0]),
  source: Uint8Array.from([255, 0, 2, 1, 255]),
  listed: Uint8Array.from([0, 1, 0, 0, 1]),
  id: { get: (i: number) => ['H3', 'H10', 'H2', 'H1', ''][i] },
};
const names = ['丙公司', '甲公司', ''];
const src: LedgerSortSource = { hazards: h, enterpriseName: { get: (i) => names[i] } };
const asOf = 120;
const all = Uint32Array.from([0, 1, 2, 3, 4]);
const base = baseOrder(h, all);
const s = (key: Parameters<typeof sortHazards>[2]['key'], dir: 'asc' | 'desc') =>
  Array.from(sortHazards(src, base, { key, dir }, asOf));

describe('ledger sorts', () => {
  it('base order is newest found first, ties in ledger order', () => {
    expect(Array.from(base)).toEqual([1, 4, 3, 0, 2]);
    expect(s('found', 'asc')).toEqual([0, 2, 3, 4, 1]);
  });
  it('sorts days overdue on the data date', () => {
    // overdue on 120: 0 (deadline 110) 10 days; 2 (101) 19 days; 3 closed; 1 no deadline; 4 not yet due.
    expect(s('overdue', 'desc')).toEqual([2, 0, 1, 4, 3]);
  });
  it('puts missing values last both ways', () => {
    expect(s('deadline', 'asc')).toEqual([2, 3, 0, 4, 1]);
    expect(s('deadline', 'desc')).toEqual([4, 0, 3, 2, 1]);
    expect(s('source', 'asc')).toEqual([1, 3, 2, 4, 0]);
    expect(s('enterprise', 'asc')).toEqual([4, 0, 1, 3, 2]); // 丙 < 甲 in zh-CN collation (bing < jia)
    expect(s('enterprise', 'desc')).toEqual([1, 3, 4, 0, 2]);
    expect(s('id', 'asc')).toEqual([3, 1, 2, 0, 4]);
    // The ledger's closure dates as they are (the column shown): 102, 106, 108, then none in base order.
    expect(s('closed', 'asc')).toEqual([4, 3, 0, 1, 2]);
    expect(s('closed', 'desc')).toEqual([0, 3, 4, 1, 2]);
  });
  it('codes: major first when descending, stable', () => {
    expect(s('level', 'desc')).toEqual([1, 3, 4, 0, 2]);
    expect(s('listed', 'desc')).toEqual([1, 4, 3, 0, 2]);
  });
});
