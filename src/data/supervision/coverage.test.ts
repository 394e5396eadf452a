import { describe, expect, it } from 'vitest';
import {
  AT_CAP,
  DEFAULT_SUPERVISION,
  DUE_SOON,
  inspectionKindCode,
  inspectionStatus,
  NEVER,
  OVER_CAP,
  OVERDUE,
  STATE_BITS,
  THIS_YEAR,
} from '../../domain/supervision/index.ts';
import { coverage, coverageUnits, sortCoverage, type CoverageRow } from './coverage.ts';
import { coverageNames, coverageTable } from './coverage-export.ts';

const day = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const code = (bits: number) => {
  const c = STATE_BITS.indexOf(bits);
  if (c < 0) throw new Error(`no state has bits ${bits}`);
  return c;
};
const A = 0,
  B = 1,
  C = 2,
  D = 3;
const CLASSES = DEFAULT_SUPERVISION.classes; // A 3 months, B 6, C 12, D none

/** A row as the test writes it: [enterprises, byClass, thisYear, overdue, never, atCap, overCap, planned, plannedThisYear]. */
type Expect = [number, number[], number, number, number, number, number, number, number];
const counts = (r: CoverageRow): Expect => [
  r.enterprises,
  r.byClass,
  r.thisYear,
  r.overdue,
  r.never,
  r.atCap,
  r.overCap,
  r.planned,
  r.plannedThisYear,
];

// Seven enterprises, their class and status made by hand:
//   i  town grid class bits
//   0   0    0    A    this year
//   1   0    0    A    overdue
//   2   0    1    B    never inspected
//   3   1    2    C    this year, at the cap
//   4   1    2    D    this year, over the cap
//   5   1    3    D    nothing (no interval, not inspected)
//   6  -1   -1    C    due soon, this year
const town = Int16Array.from([0, 0, 0, 1, 1, 1, -1]);
const grid = Int16Array.from([0, 0, 1, 2, 2, 3, -1]);
const status = {
  cls: Uint8Array.from([A, A, B, C, D, D, C]),
  state: Uint8Array.from([
    code(THIS_YEAR),
    code(OVERDUE),
    code(NEVER),
    code(THIS_YEAR | AT_CAP),
    code(THIS_YEAR | AT_CAP | OVER_CAP),
    code(0),
    code(DUE_SOON | THIS_YEAR),
  ]),
};

describe('coverage by town and grid cell', () => {
  it('counts each town, the enterprises in no town last, and the total', () => {
    const c = coverage({ group: town, groups: 3, status, classes: CLASSES, mask: null });
    // Town 2 holds no enterprise: no row.
    expect(c.rows.map((r) => r.group)).toEqual([0, 1, -1]);
    // Town 0 (0, 1, 2): classes A A B; 0 this year, 1 overdue, 2 never; all three have an interval, 1 inspected.
    expect(counts(c.rows[0])).toEqual([3, [2, 1, 0, 0], 1, 1, 1, 0, 0, 3, 1]);
    expect(c.rows[0].rate).toBeCloseTo(1 / 3);
    // Town 1 (3, 4, 5): C D D; 3 and 4 this year and at the cap, 4 over; only 3 (C) has an interval, inspected.
    expect(counts(c.rows[1])).toEqual([3, [0, 0, 1, 2], 2, 0, 0, 2, 1, 1, 1]);
    expect(c.rows[1].rate).toBe(1);
    // No town (6): C, inspected this year.
    expect(counts(c.rows[2])).toEqual([1, [0, 0, 1, 0], 1, 0, 0, 0, 0, 1, 1]);
    // Total: 7; A A B C D D C; this year 0 3 4 6; 5 with an interval (0 1 2 3 6), of which 0 3 6 inspected.
    expect(counts(c.total)).toEqual([7, [2, 1, 2, 2], 4, 1, 1, 2, 1, 5, 3]);
    expect(c.total.rate).toBeCloseTo(3 / 5);
  });

  it('counts only the enterprises the mask passes', () => {
    // Leaves out 1 (overdue) and 6 (no town).
    const mask = Uint8Array.from([1, 0, 1, 1, 1, 1, 0]);
    const c = coverage({ group: town, groups: 3, status, classes: CLASSES, mask });
    expect(c.rows.map((r) => r.group)).toEqual([0, 1]);
    expect(counts(c.rows[0])).toEqual([2, [1, 1, 0, 0], 1, 0, 1, 0, 0, 2, 1]);
    expect(c.rows[0].rate).toBe(0.5);
    expect(counts(c.total)).toEqual([5, [1, 1, 1, 2], 3, 0, 1, 2, 1, 3, 2]);
    expect(c.total.rate).toBeCloseTo(2 / 3);
  });

  it('gives no rate to a group with no class that has an interval', () => {
    const c = coverage({ group: grid, groups: 4, status, classes: CLASSES, mask: null });
    expect(c.rows.map((r) => r.group)).toEqual([0, 1, 2, 3, -1]);
    // Grid 0 (0, 1): A A, one inspected; grid 1 (2): B never; grid 2 (3, 4): C D, the C inspected;
    // grid 3 (5): D only, no rate; none (6): C inspected.
    expect(c.rows.map((r) => r.rate)).toEqual([0.5, 0, 1, NaN, 1]);
    expect(counts(c.rows[3])).toEqual([1, [0, 0, 0, 1], 0, 0, 0, 0, 0, 0, 0]);
  });

  it('is empty, with a total of zeros, when the mask passes nobody', () => {
    const c = coverage({ group: town, groups: 3, status, classes: CLASSES, mask: new Uint8Array(7) });
    expect(c.rows).toEqual([]);
    expect(counts(c.total)).toEqual([0, [0, 0, 0, 0], 0, 0, 0, 0, 0, 0, 0]);
    expect(c.total.rate).toBeNaN();
  });

  it('sorts by a column, equal values in group order, no rate and the "none" group last either way', () => {
    const { rows } = coverage({ group: grid, groups: 4, status, classes: CLASSES, mask: null });
    const groups = (key: Parameters<typeof sortCoverage>[1]['key'], dir: 'asc' | 'desc') =>
      sortCoverage(rows, { key, dir }, (a, b) => a - b).map((r) => r.group);
    // Rates: grid 0 0.5, 1 0, 2 1, 3 none; the "none" group 1.
    expect(groups('rate', 'desc')).toEqual([2, 0, 1, 3, -1]);
    expect(groups('rate', 'asc')).toEqual([1, 0, 2, 3, -1]);
    // Class D: grid 2 and 3 have one each, 0 and 1 none.
    expect(groups('class:3', 'desc')).toEqual([2, 3, 0, 1, -1]);
    expect(groups('enterprises', 'desc')).toEqual([0, 2, 1, 3, -1]);
    // By name: the comparator's order (here reversed group numbers).
    expect(sortCoverage(rows, { key: 'name', dir: 'asc' }, (a, b) => b - a).map((r) => r.group)).toEqual([
      3, 2, 1, 0, -1,
    ]);
  });
});

// A ledger for the units, at the data date 2026-06-30 (the enterprises' levels give their classes):
//   row enterprise date        kind          unit
//    0    0       2026-03-01   执法检查       区应急管理局
//    1    0       2026-05-01   网格巡查       甲镇网格      a patrol: no unit by default
//    2    0       2026-04-01   双随机抽查     区市场监管局  the latest administrative: 0's unit
//    3    1       2026-07-15   执法检查       乙单位        after the data date: ignored
//    4    1       2025-10-01   专项检查       区应急管理局  1's unit
//    5    2       2026-02-01   执法检查       区消防救援大队
//    6    2       2026-02-01   督导检查       区安委办      same day, later row: 2's unit
//    7    3       2026-06-01   执法检查       (blank)       names no unit: look further back
//    8    3       2026-01-01   执法检查       " 区应急管理局 "  3's unit, trimmed
//    9    4       2026-06-01   企业自查       某公司        a self-check: 4 has none
//   10    6       2026-03-01   (not given)   区应急管理局  an unknown kind counts for nothing: 6 has none
// Enterprise 5 has no inspection.
const UNITS = [
  [0, '2026-03-01', '执法检查', '区应急管理局'],
  [0, '2026-05-01', '网格巡查', '甲镇网格'],
  [0, '2026-04-01', '双随机抽查', '区市场监管局'],
  [1, '2026-07-15', '执法检查', '乙单位'],
  [1, '2025-10-01', '专项检查', '区应急管理局'],
  [2, '2026-02-01', '执法检查', '区消防救援大队'],
  [2, '2026-02-01', '督导检查', '区安委办'],
  [3, '2026-06-01', '执法检查', ''],
  [3, '2026-01-01', '执法检查', ' 区应急管理局 '],
  [4, '2026-06-01', '企业自查', '某公司'],
  [6, '2026-03-01', '', '区应急管理局'],
] as const;
const ledger = {
  length: UNITS.length,
  enterprise: Int32Array.from(UNITS.map((r) => r[0])),
  day: Int32Array.from(UNITS.map((r) => day(r[1]))),
  kind: Uint8Array.from(UNITS.map((r) => (r[2] === '' ? 255 : inspectionKindCode(r[2])))),
  unit: { length: UNITS.length, get: (k: number) => UNITS[k][3] },
};
const AS_OF = day('2026-06-30');

describe("each enterprise's unit", () => {
  const unitsOf = (u: ReturnType<typeof coverageUnits>) => [...u.unit].map((j) => (j < 0 ? null : u.names[j]));

  it('is the unit of its latest administrative inspection on or before the data date that names one', () => {
    const u = coverageUnits(ledger, 7, AS_OF, DEFAULT_SUPERVISION);
    expect(unitsOf(u)).toEqual(['区市场监管局', '区应急管理局', '区安委办', '区应急管理局', null, null, null]);
    expect(u.names).toEqual([...new Set(['区市场监管局', '区应急管理局', '区安委办'])].sort());
  });

  it("follows the kinds the settings count: patrols counted, 0 is the patrol's", () => {
    const s = {
      ...DEFAULT_SUPERVISION,
      administrativeKinds: [...DEFAULT_SUPERVISION.administrativeKinds, 'grid_patrol'],
    };
    expect(unitsOf(coverageUnits(ledger, 7, AS_OF, s))[0]).toBe('甲镇网格');
  });

  it('counts an inspection after the data date once the date has passed it', () => {
    expect(unitsOf(coverageUnits(ledger, 7, day('2026-07-15'), DEFAULT_SUPERVISION))[1]).toBe('乙单位');
  });

  it('groups the coverage by unit, with the status the same ledger gives', () => {
    // Levels 重大 较大 一般 一般 低 低 重大: classes A B C C D D A.
    const n = 7;
    const e = {
      length: n,
      level: Uint8Array.from([0, 1, 2, 2, 3, 3, 0]),
      sector: new Uint8Array(n),
      flags: new Uint16Array(n),
      stdGrade: new Uint8Array(n),
    };
    const st = inspectionStatus(e, ledger, AS_OF, DEFAULT_SUPERVISION);
    // 0 (A): last 04-01, due 07-01 within 30 days, 2 this year. 1 (B): last 2025-10-01, due 2026-04-01: overdue.
    // 2 (C) and 3 (C): inspected this year, due next year. 4, 5 (D): nothing. 6 (A): never inspected.
    expect([...st.state].map((c) => STATE_BITS[c])).toEqual([
      DUE_SOON | THIS_YEAR,
      OVERDUE,
      THIS_YEAR,
      THIS_YEAR,
      0,
      0,
      NEVER,
    ]);
    const u = coverageUnits(ledger, n, AS_OF, DEFAULT_SUPERVISION);
    const c = coverage({ group: u.unit, groups: u.names.length, status: st, classes: CLASSES, mask: null });
    const byName = new Map(c.rows.map((r) => [r.group < 0 ? null : u.names[r.group], r]));
    expect(c.rows[c.rows.length - 1].group).toBe(-1);
    // 区市场监管局: 0 (A, this year). 区应急管理局: 1 (B overdue) and 3 (C this year). 区安委办: 2 (C this year).
    // None: 4, 5 (D) and 6 (A, never): one with an interval, not inspected: rate 0.
    expect(counts(byName.get('区市场监管局')!)).toEqual([1, [1, 0, 0, 0], 1, 0, 0, 0, 0, 1, 1]);
    expect(counts(byName.get('区应急管理局')!)).toEqual([2, [0, 1, 1, 0], 1, 1, 0, 0, 0, 2, 1]);
    expect(counts(byName.get('区安委办')!)).toEqual([1, [0, 0, 1, 0], 1, 0, 0, 0, 0, 1, 1]);
    expect(counts(byName.get(null)!)).toEqual([3, [1, 0, 0, 2], 0, 0, 1, 0, 0, 1, 0]);
    expect(byName.get(null)!.rate).toBe(0);
    expect(counts(c.total)).toEqual([7, [2, 1, 2, 2], 3, 1, 1, 0, 0, 5, 3]);
  });
});

describe('the coverage export', () => {
  const manifest = {
    towns: [
      { code: 'T1', name: '甲镇', areaKm2: 1, label: [0, 0] as [number, number] },
      { code: 'T2', name: '乙镇', areaKm2: 1, label: [0, 0] as [number, number] },
    ],
    grids: [0, 0, 1, 1].map((t, g) => ({
      code: `G${g}`,
      name: `网格${g + 1}`,
      town: t,
      gridWorker: g === 3 ? '' : `网格员${g + 1}`,
      gridWorkerPhone: '',
      responsiblePerson: '',
      areaKm2: 1,
      label: [0, 0] as [number, number],
    })),
  };

  it('writes the grid cells with their town and worker, a column per class, the rate in per cent, then the total', () => {
    const c = coverage({ group: grid, groups: 4, status, classes: CLASSES, mask: null });
    const names = coverageNames('grid', manifest, [], 'zh');
    const t = coverageTable(c.rows, c.total, { grouping: 'grid', classes: CLASSES, names, lang: 'zh' });
    expect(t.headers).toEqual([
      '网格',
      '镇街',
      '网格员',
      '企业数',
      'A类',
      'B类',
      'C类',
      'D类',
      '本年已检查',
      '逾期未检',
      '从未检查',
      '已达/超过上限',
      '其中超过上限',
      '本年检查覆盖率（%）',
    ]);
    expect(t.kinds).toEqual(['text', 'text', 'text', ...Array(10).fill('count'), 'score']);
    expect(t.rows).toEqual([
      ['网格1', '甲镇', '网格员1', 2, 2, 0, 0, 0, 1, 1, 0, 0, 0, 50],
      ['网格2', '甲镇', '网格员2', 1, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0],
      ['网格3', '乙镇', '网格员3', 2, 0, 0, 1, 1, 2, 0, 0, 2, 1, 100],
      ['网格4', '乙镇', '', 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, NaN],
      ['不在任何网格', '', '', 1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 100],
      ['合计', '', '', 7, 2, 1, 2, 2, 4, 1, 1, 2, 1, 60],
    ]);
  });

  it('names towns and units in the language asked, and the group of none', () => {
    expect(coverageNames('town', manifest, [], 'en').name(1)).toBe('乙镇');
    expect(coverageNames('town', manifest, [], 'en').name(-1)).toBe('In no town');
    expect(coverageNames('unit', manifest, ['区应急管理局'], 'zh').name(0)).toBe('区应急管理局');
    expect(coverageNames('unit', manifest, ['区应急管理局'], 'zh').name(-1)).toBe('未指定单位');
    expect(coverageNames('unit', manifest, [], 'en').town(0)).toBe('');
    const c = coverage({ group: town, groups: 2, status, classes: CLASSES, mask: null });
    const t = coverageTable(c.rows, c.total, {
      grouping: 'town',
      classes: CLASSES,
      names: coverageNames('town', manifest, [], 'en'),
      lang: 'en',
    });
    expect(t.headers.slice(0, 3)).toEqual(['Town', 'Enterprises', 'Class A']);
    expect(t.rows.map((r) => r[0])).toEqual(['甲镇', '乙镇', 'In no town', 'Total']);
  });
});
