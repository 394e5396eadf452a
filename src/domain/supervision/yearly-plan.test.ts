/**
 * The yearly plan's rules on hand-made enterprises: every expected date, month and count below is
 * worked out by hand from the rules in yearly-plan.ts's comment, never read from the planner.
 */
import { describe, expect, it } from 'vitest';
import { inspectionKindCode } from './inspection-kinds.ts';
import { inspectionStatus, type ClassInputs } from './inspection-status.ts';
import { DEFAULT_SUPERVISION, type SupervisionSettings } from './supervision-settings.ts';
import {
  enterpriseUnits,
  PLAN_BY_INTERVAL,
  PLAN_RANDOM,
  yearlyPlan,
  type YearlyPlan,
  type YearlyPlanInput,
} from './yearly-plan.ts';

const day = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);

/** Classes for the tests: A every 3 months (cap 12), M monthly (cap 12), B every 6 (cap 8), C yearly (cap 4), D random (cap 2). */
const S: SupervisionSettings = {
  ...DEFAULT_SUPERVISION,
  classes: [
    { key: 'A', name: 'A类', nameEn: 'Class A', intervalMonths: 3, yearlyCap: 12 },
    { key: 'M', name: 'M类', nameEn: 'Class M', intervalMonths: 1, yearlyCap: 12 },
    { key: 'B', name: 'B类', nameEn: 'Class B', intervalMonths: 6, yearlyCap: 8 },
    { key: 'C', name: 'C类', nameEn: 'Class C', intervalMonths: 12, yearlyCap: 4 },
    { key: 'D', name: 'D类', nameEn: 'Class D', intervalMonths: null, yearlyCap: 2 },
  ],
  randomShare: 0.1,
};
const CLS = { A: 0, M: 1, B: 2, C: 3, D: 4 } as const;
type Key = keyof typeof CLS;

/** A hand-made enterprise: its class, next due ('' never inspected or no interval), done this year, town. */
interface E {
  cls: Key;
  next?: string;
  done?: number;
  town?: number;
}

function input(list: E[], asOf: string, year: number, more: Partial<YearlyPlanInput> = {}): YearlyPlanInput {
  return {
    year,
    asOf: day(asOf),
    settings: S,
    length: list.length,
    status: {
      cls: Uint8Array.from(list, (e) => CLS[e.cls]),
      next: Int32Array.from(list, (e) => (e.next ? day(e.next) : -1)),
      yearCount: Uint16Array.from(list, (e) => e.done ?? 0),
    },
    town: Int16Array.from(list, (e) => e.town ?? -1),
    inspections: null,
    unitNames: [],
    seed: 1,
    ...more,
  };
}

/** Each enterprise's planned dates, as ISO strings. */
const datesOf = (p: YearlyPlan) =>
  Array.from({ length: p.offsets.length - 1 }, (_, i) =>
    Array.from(p.day.subarray(p.offsets[i], p.offsets[i + 1]), iso),
  );

describe('the yearly plan, by interval', () => {
  it('chains every m months from the next due, carrying a shorter month-end, and stops at the year end', () => {
    // Data date 2026-06-30: the plan starts 2026-07-01.
    const p = yearlyPlan(
      input(
        [
          { cls: 'A', next: '2026-08-31' }, // +3: 11-30; 2027-02-28 is out
          { cls: 'M', next: '2026-07-31' }, // monthly: 08-31, 09-30, then the 30th carried on
          { cls: 'B', next: '2026-06-15' }, // overdue: the plan's start; +6 is 2027
          { cls: 'C' }, // never inspected: the plan's start
          { cls: 'A', next: '2027-01-15' }, // due after the year: nothing
          { cls: 'A', next: '2026-07-01' }, // due on the start: 07-01, 10-01
        ],
        '2026-06-30',
        2026,
      ),
    );
    expect(iso(p.start)).toBe('2026-07-01');
    expect(datesOf(p)).toEqual([
      ['2026-08-31', '2026-11-30'],
      ['2026-07-31', '2026-08-31', '2026-09-30', '2026-10-30', '2026-11-30', '2026-12-30'],
      ['2026-07-01'],
      ['2026-07-01'],
      [],
      ['2026-07-01', '2026-10-01'],
    ]);
    expect(Array.from(p.month.subarray(0, 2))).toEqual([8, 11]);
    expect(Array.from(p.enterprise.subarray(0, 4))).toEqual([0, 0, 1, 1]);
    expect(p.kind.every((k) => k === PLAN_BY_INTERVAL)).toBe(true);
    expect(p.length).toBe(12);
    // Class A: Aug 1, Nov 1 (enterprise 0), Jul 1, Oct 1 (enterprise 5).
    expect(Array.from(p.byClass.subarray(0, 12))).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 0]);
    // Class M: one a month from July.
    expect(Array.from(p.byClass.subarray(12, 24))).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
    // No units: every row is in the "no unit" row.
    expect(Array.from(p.byUnit)).toEqual([0, 0, 0, 0, 0, 0, 4, 2, 1, 2, 2, 1]);
  });

  it('carries a leap day and a 31st through shorter months', () => {
    // 2028 is a leap year: 01-31 → 02-29 → 03-29 …; A from 2028-02-29 → 05-29, 08-29, 11-29.
    const p = yearlyPlan(
      input(
        [
          { cls: 'M', next: '2028-01-31' },
          { cls: 'A', next: '2028-02-29' },
        ],
        '2027-12-31',
        2028,
      ),
    );
    expect(datesOf(p)[0].slice(0, 4)).toEqual(['2028-01-31', '2028-02-29', '2028-03-29', '2028-04-29']);
    expect(datesOf(p)[0].length).toBe(12);
    expect(datesOf(p)[1]).toEqual(['2028-02-29', '2028-05-29', '2028-08-29', '2028-11-29']);
  });

  it('plans the data date’s year from the day after it, and a later year from 1 January', () => {
    const list: E[] = [
      { cls: 'A', next: '2026-09-15' },
      { cls: 'A', next: '2027-02-28' },
      { cls: 'C', next: '2027-03-31' },
      { cls: 'A' },
    ];
    expect(datesOf(yearlyPlan(input(list, '2026-06-30', 2026)))).toEqual([
      ['2026-09-15', '2026-12-15'],
      [],
      [],
      ['2026-07-01', '2026-10-01'],
    ]);
    const next = yearlyPlan(input(list, '2026-06-30', 2027));
    expect(iso(next.start)).toBe('2027-01-01');
    expect(datesOf(next)).toEqual([
      // Due 2026-09-15, before the plan's start: the start.
      ['2027-01-01', '2027-04-01', '2027-07-01', '2027-10-01'],
      ['2027-02-28', '2027-05-28', '2027-08-28', '2027-11-28'],
      ['2027-03-31'],
      ['2027-01-01', '2027-04-01', '2027-07-01', '2027-10-01'],
    ]);
    expect(() => yearlyPlan(input(list, '2026-06-30', 2025))).toThrow(RangeError);
    // The data date is the year's last day: nothing is left to plan in it.
    const none = yearlyPlan(input(list, '2026-12-31', 2026));
    expect(iso(none.start)).toBe('2027-01-01');
    expect(none.length).toBe(0);
  });

  it('starts a never-inspected enterprise on the plan’s start, its status read from a ledger', () => {
    // Enterprise 0 (A) has no administrative inspection (a patrol only), enterprise 1 (A) was inspected 2026-02-20.
    const e: ClassInputs = {
      length: 2,
      level: Uint8Array.from([0, 0]),
      sector: new Uint8Array(2),
      flags: new Uint16Array(2),
      stdGrade: new Uint8Array(2),
    };
    const ledger = {
      length: 2,
      enterprise: Int32Array.from([0, 1]),
      day: Int32Array.from([day('2026-03-01'), day('2026-02-20')]),
      kind: Uint8Array.from([inspectionKindCode('网格巡查'), inspectionKindCode('执法检查')]),
    };
    const asOf = day('2026-03-15');
    const status = inspectionStatus(e, ledger, asOf, DEFAULT_SUPERVISION);
    const plan = (year: number) =>
      yearlyPlan({
        year,
        asOf,
        settings: DEFAULT_SUPERVISION,
        length: 2,
        status,
        town: Int16Array.from([-1, -1]),
        inspections: { ...ledger, unit: Int32Array.from([-1, -1]) },
        unitNames: [],
        seed: 7,
      });
    // 2026: from 03-16 every 3 months; enterprise 1 due 2026-05-20.
    expect(datesOf(plan(2026))).toEqual([
      ['2026-03-16', '2026-06-16', '2026-09-16', '2026-12-16'],
      ['2026-05-20', '2026-08-20', '2026-11-20'],
    ]);
    // 2027: both from 1 January (enterprise 1's next due, 2026-05-20, is before it).
    expect(datesOf(plan(2027))).toEqual([
      ['2027-01-01', '2027-04-01', '2027-07-01', '2027-10-01'],
      ['2027-01-01', '2027-04-01', '2027-07-01', '2027-10-01'],
    ]);
  });
});

describe('the yearly cap', () => {
  const capped: SupervisionSettings = {
    ...S,
    classes: S.classes.map((c) => (c.key === 'A' ? { ...c, intervalMonths: 2, yearlyCap: 4 } : c)),
  };

  it('plans no more than the cap minus what was done this year, and counts the chains it cut', () => {
    // A: every 2 months, cap 4. Data date 2026-03-31, start 2026-04-01.
    const list: E[] = [
      { cls: 'A', next: '2026-04-10', done: 1 }, // chain 04,06,08,10,12 (5); room 3
      { cls: 'A', next: '2026-05-20', done: 4 }, // at the cap: nothing
      { cls: 'A', next: '2026-05-20', done: 5 }, // over it: nothing
      { cls: 'A' }, // never: 04,06,08,10,12 (5); room 4
      { cls: 'A', next: '2026-09-01', done: 2 }, // 09, 11 (2); room 2: not cut
    ];
    const p = yearlyPlan({ ...input(list, '2026-03-31', 2026), settings: capped });
    expect(datesOf(p)).toEqual([
      ['2026-04-10', '2026-06-10', '2026-08-10'],
      [],
      [],
      ['2026-04-01', '2026-06-01', '2026-08-01', '2026-10-01'],
      ['2026-09-01', '2026-11-01'],
    ]);
    expect(p.capped[0]).toBe(4);
    // The next year starts afresh: 2027-01-01 then every 2 months, cut at 4.
    const next = yearlyPlan({ ...input(list, '2026-03-31', 2027), settings: capped });
    expect(datesOf(next)[1]).toEqual(['2027-01-01', '2027-03-01', '2027-05-01', '2027-07-01']);
    expect(datesOf(next)[4]).toEqual(['2027-01-01', '2027-03-01', '2027-05-01', '2027-07-01']);
  });

  it('never puts an enterprise over its cap, counting what was done, on many random enterprises', () => {
    let seed = 12345;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
    const keys: Key[] = ['A', 'M', 'B', 'C', 'D'];
    const list: E[] = Array.from({ length: 3000 }, () => {
      const cls = keys[Math.floor(rnd() * 5)];
      const next = rnd() < 0.2 ? undefined : iso(day('2026-01-01') + Math.floor(rnd() * 730));
      return { cls, next: cls === 'D' ? undefined : next, done: Math.floor(rnd() * 14) };
    });
    const tight: SupervisionSettings = {
      ...S,
      classes: S.classes.map((c) => ({ ...c, yearlyCap: c.key === 'M' ? 5 : c.yearlyCap })),
    };
    for (const [asOf, year] of [
      ['2026-06-30', 2026],
      ['2026-01-10', 2026],
      ['2026-06-30', 2027],
    ] as const) {
      const p = yearlyPlan({ ...input(list, asOf, year), settings: tight, randomShare: 0.5 });
      list.forEach((e, i) => {
        const cap = tight.classes[CLS[e.cls]].yearlyCap!;
        const done = year === 2026 ? (e.done ?? 0) : 0;
        const planned = p.offsets[i + 1] - p.offsets[i];
        expect(planned === 0 || planned + done <= cap, `enterprise ${i} ${asOf} ${year}`).toBe(true);
      });
    }
  });
});

describe('the random draw (双随机抽查)', () => {
  /** The draw worked out independently: mulberry32 as published, a partial Fisher-Yates shuffle of the pool. */
  function referenceDraw(pool: number[], k: number, seed: number): number[] {
    let a = seed >>> 0;
    const next = () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const p = [...pool];
    for (let j = 0; j < k; j++) {
      const r = j + Math.floor(next() * (p.length - j));
      [p[j], p[r]] = [p[r], p[j]];
    }
    return p.slice(0, k);
  }

  it('draws round(share × pool) of the class, reproducibly from the seed, and spreads them over the months', () => {
    // 1,000 D enterprises after 5 A ones; share 0.1: 100 drawn. Next year: 12 months, the j-th drawn in month
    // 1 + floor(12j / 100): 9, 8, 8, 9, 8, 8, 9, 8, 8, 9, 8, 8.
    const list: E[] = [
      ...Array.from({ length: 5 }, () => ({ cls: 'A' as Key })),
      ...Array.from({ length: 1000 }, () => ({ cls: 'D' as Key })),
    ];
    const p = yearlyPlan(input(list, '2026-06-30', 2027, { seed: 20260630 }));
    const random = [...p.enterprise].filter((_, r) => p.kind[r] === PLAN_RANDOM);
    expect(random.length).toBe(100);
    expect(p.randomPool[CLS.D]).toBe(1000);
    expect(p.randomDrawn[CLS.D]).toBe(100);
    expect(Array.from(p.byClass.subarray(CLS.D * 12, CLS.D * 12 + 12))).toEqual([9, 8, 8, 9, 8, 8, 9, 8, 8, 9, 8, 8]);
    expect(p.seed).toBe(20260630);
    expect(p.share).toBe(0.1);
    const drawn = referenceDraw(
      Array.from({ length: 1000 }, (_, j) => j + 5),
      100,
      20260630,
    );
    // The rows are in enterprise order; the j-th drawn has month 1 + floor(12j / 100), dated the 1st.
    expect(random).toEqual([...drawn].sort((x, y) => x - y));
    drawn.forEach((e, j) => {
      const r = p.offsets[e];
      expect(p.month[r]).toBe(1 + Math.floor((12 * j) / 100));
      expect(iso(p.day[r])).toBe(`2027-${String(p.month[r]).padStart(2, '0')}-01`);
    });
    // The same seed, the same draw; another seed, another draw.
    const again = yearlyPlan(input(list, '2026-06-30', 2027, { seed: 20260630 }));
    expect(Array.from(again.enterprise)).toEqual(Array.from(p.enterprise));
    expect(Array.from(again.month)).toEqual(Array.from(p.month));
    const other = yearlyPlan(input(list, '2026-06-30', 2027, { seed: 20260701 }));
    expect(Array.from(other.enterprise)).not.toEqual(Array.from(p.enterprise));
    expect(other.enterprise.length).toBe(p.enterprise.length);
  });

  it('takes the share given over the settings’, leaves out enterprises at the cap, and starts in the plan’s month', () => {
    // 20 D enterprises, 8 of them at the cap of 2 this year: a pool of 12. Share 0.5: 6, one a month from July.
    const list: E[] = Array.from({ length: 20 }, (_, i) => ({ cls: 'D' as Key, done: i % 5 < 2 ? 2 : 1 }));
    const p = yearlyPlan(input(list, '2026-06-30', 2026, { randomShare: 0.5, seed: 3 }));
    expect(p.randomPool[CLS.D]).toBe(12);
    expect(p.length).toBe(6);
    expect(p.share).toBe(0.5);
    for (let r = 0; r < p.length; r++) expect(p.enterprise[r] % 5).toBeGreaterThanOrEqual(2);
    expect(Array.from(p.byClass.subarray(CLS.D * 12, CLS.D * 12 + 12))).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
    // The July one is dated the plan's start, 07-01; the others the 1st of their month.
    expect([...p.day].map(iso).sort()).toEqual([
      '2026-07-01',
      '2026-08-01',
      '2026-09-01',
      '2026-10-01',
      '2026-11-01',
      '2026-12-01',
    ]);
    const drawn = referenceDraw(
      Array.from({ length: 20 }, (_, i) => i).filter((i) => i % 5 >= 2),
      6,
      3,
    );
    expect([...p.enterprise]).toEqual([...drawn].sort((x, y) => x - y));
    expect(yearlyPlan(input(list, '2026-06-30', 2026, { randomShare: 0 })).length).toBe(0);
    expect(yearlyPlan(input(list, '2026-06-30', 2026, { randomShare: 1 })).length).toBe(12);
    // The settings' share, 0.1 of 12: round(1.2) = 1.
    expect(yearlyPlan(input(list, '2026-06-30', 2026)).length).toBe(1);
    expect(() => yearlyPlan(input(list, '2026-06-30', 2026, { randomShare: 1.5 }))).toThrow(RangeError);
    // A negative seed is taken as its unsigned 32-bit value.
    expect(yearlyPlan(input(list, '2026-06-30', 2026, { seed: -1 })).seed).toBe(4294967295);
  });
});

describe('the unit of each enterprise', () => {
  it('is its latest administrative inspection’s, else its town’s most frequent, else none', () => {
    const K = inspectionKindCode;
    // Units: 0 区应急局执法大队, 1 第一中队, 2 第二中队. Data date 2026-06-30.
    const rows: [number, string, string, number][] = [
      [0, '2025-03-01', '执法检查', 0],
      [0, '2026-02-01', '专项检查', 1], // latest: unit 1
      [1, '2026-01-10', '执法检查', 0],
      [1, '2026-05-01', '网格巡查', 2], // a patrol: does not count
      [2, '2026-01-10', '执法检查', 2],
      [2, '2026-04-01', '执法检查', -1], // later, but names no unit: unit 2 stays
      [6, '2026-08-01', '执法检查', 2], // after the data date: does not count
      [7, '2026-03-03', '执法检查', 1],
      [7, '2026-03-03', '双随机抽查', 2], // the same day, a later row: unit 2
    ];
    const inspections = {
      length: rows.length,
      enterprise: Int32Array.from(rows, (r) => r[0]),
      day: Int32Array.from(rows, (r) => day(r[1])),
      kind: Uint8Array.from(rows, (r) => K(r[2])),
      unit: Int32Array.from(rows, (r) => r[3]),
    };
    // Towns: enterprises 0, 1, 3, 6 in town 0, whose counted inspections are unit 0's twice (enterprises
    // 0 and 1) and unit 1's once; 2, 4, 7 in town 1: unit 2's twice (enterprises 2 and 7), unit 1's once;
    // 5 in none.
    const list: E[] = [
      { cls: 'C', town: 0 },
      { cls: 'C', town: 0 },
      { cls: 'C', town: 1 },
      { cls: 'C', town: 0 }, // no inspection: town 0's most frequent, unit 0 (2 against 1)
      { cls: 'C', town: 1 }, // town 1: unit 2 (enterprise 2's and 7's) twice, unit 1 once: unit 2
      { cls: 'C', town: -1 }, // no town: none
      { cls: 'C', town: 0 }, // only a later inspection: town 0's, unit 0
      { cls: 'C', town: 1 },
    ];
    const p = yearlyPlan(
      input(list, '2026-06-30', 2027, { inspections, unitNames: ['区应急局执法大队', '第一中队', '第二中队'] }),
    );
    expect(Array.from(p.enterpriseUnit)).toEqual([1, 0, 2, 0, 2, -1, 0, 2]);
    // Each never-inspected-by-plan C enterprise gets one inspection on 2027-01-01, of its unit.
    expect(Array.from(p.unit)).toEqual([1, 0, 2, 0, 2, -1, 0, 2]);
    // By unit and month: all in January; unit 0 three, unit 1 one, unit 2 three, none one.
    expect([0, 1, 2, 3].map((u) => p.byUnit[u * 12])).toEqual([3, 1, 3, 1]);
  });

  it('breaks a tie in a town by the lower unit id', () => {
    const inspections = {
      length: 2,
      enterprise: Int32Array.from([0, 1]),
      day: Int32Array.from([day('2026-01-01'), day('2026-01-02')]),
      kind: Uint8Array.from([0, 0]),
      unit: Int32Array.from([2, 1]),
    };
    const p = yearlyPlan(
      input(
        [
          { cls: 'C', town: 0 },
          { cls: 'C', town: 0 },
          { cls: 'C', town: 0 },
        ],
        '2026-06-30',
        2027,
        { inspections, unitNames: ['甲', '乙', '丙'] },
      ),
    );
    expect(Array.from(p.enterpriseUnit)).toEqual([2, 1, 1]);
  });

  it('takes the units worked out once, for another plan of the same data', () => {
    const list: E[] = [
      { cls: 'C', town: 0 },
      { cls: 'C', town: 0 },
    ];
    const inspections = {
      length: 1,
      enterprise: Int32Array.from([0]),
      day: Int32Array.from([day('2026-01-01')]),
      kind: Uint8Array.from([0]),
      unit: Int32Array.from([1]),
    };
    const units = enterpriseUnits(input(list, '2026-06-30', 2027, { inspections, unitNames: ['甲', '乙'] }));
    expect(Array.from(units)).toEqual([1, 1]);
    // Given, they are used as they are (the ledger is not read).
    const p = yearlyPlan(
      input(list, '2026-06-30', 2027, { unitNames: ['甲', '乙'], enterpriseUnit: Int32Array.from([0, 1]) }),
    );
    expect(Array.from(p.unit)).toEqual([0, 1]);
  });
});

describe('balancing the months to the units’ capacities', () => {
  /** Every enterprise inspected last by unit 0 (their only unit), so every row is unit 0's. */
  function withUnit(list: E[], asOf: string, year: number, capacity: number[]) {
    const inspections = {
      length: list.length,
      enterprise: Int32Array.from(list, (_, i) => i),
      day: Int32Array.from(list, () => day('2020-01-01')),
      kind: new Uint8Array(list.length),
      unit: new Int32Array(list.length),
    };
    return yearlyPlan(input(list, asOf, year, { inspections, unitNames: ['执法大队', '无上限单位'], capacity }));
  }

  it('moves the latest of an overfull month to the nearest month with room, later first, clamping the day', () => {
    // Five C enterprises due 2027-03-31, a capacity of 2: enterprise 0 to April (04-30), 1 to April, April
    // is then full, so 2 goes to February (02-28); March keeps 3 and 4.
    const list: E[] = Array.from({ length: 5 }, () => ({ cls: 'C' as Key, next: '2027-03-31' }));
    const p = withUnit(list, '2026-06-30', 2027, [2]);
    expect(datesOf(p)).toEqual([['2027-04-30'], ['2027-04-30'], ['2027-02-28'], ['2027-03-31'], ['2027-03-31']]);
    expect(p.overflow).toEqual([]);
    expect(Array.from(p.byUnit.subarray(0, 12))).toEqual([0, 1, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(Array.from(p.capacity)).toEqual([2, -1]);
  });

  it('takes the latest planned date first, and keeps an enterprise’s inspections in order and in different months', () => {
    // Capacity 2. Enterprise 0 (M, cap 2 left) is due 2027-03-25: March 25 and April 25. Enterprises 1
    // and 2 (C) are due 2027-03-05. March holds 3: the latest, enterprise 0's March 25, goes first;
    // April has room but is its own next month, so it goes to February (02-25).
    const list: E[] = [
      { cls: 'M', next: '2027-03-25' },
      { cls: 'C', next: '2027-03-05' },
      { cls: 'C', next: '2027-03-05' },
    ];
    const twoLeft: SupervisionSettings = {
      ...S,
      classes: S.classes.map((c) => (c.key === 'M' ? { ...c, yearlyCap: 2 } : c)),
    };
    const inspections = {
      length: 3,
      enterprise: Int32Array.from([0, 1, 2]),
      day: Int32Array.from([0, 0, 0]),
      kind: new Uint8Array(3),
      unit: new Int32Array(3),
    };
    const p = yearlyPlan({
      ...input(list, '2026-06-30', 2027, { inspections, unitNames: ['执法大队'], capacity: [2] }),
      settings: twoLeft,
    });
    expect(datesOf(p)).toEqual([['2027-02-25', '2027-04-25'], ['2027-03-05'], ['2027-03-05']]);
    expect(p.overflow).toEqual([]);
  });

  it('moves nothing before the plan’s start, and reports what cannot move', () => {
    // Data date 2026-10-15, start 10-16. Four never-inspected C enterprises, capacity 1: all on 10-16.
    // Enterprise 0 to November (11-16); 1: November is full, September is before the start, December
    // (12-16); 2 and 3: nowhere, so October keeps 2, one over.
    const list: E[] = Array.from({ length: 4 }, () => ({ cls: 'C' as Key }));
    const p = withUnit(list, '2026-10-15', 2026, [1]);
    expect(datesOf(p)).toEqual([['2026-11-16'], ['2026-12-16'], ['2026-10-16'], ['2026-10-16']]);
    expect(p.overflow).toEqual([{ unit: 0, month: 10, planned: 2, capacity: 1 }]);
  });

  it('leaves units without a capacity and "no unit" alone', () => {
    const list: E[] = Array.from({ length: 4 }, () => ({ cls: 'C' as Key, next: '2027-05-10' }));
    const p = withUnit(list, '2026-06-30', 2027, [NaN]);
    expect(datesOf(p)).toEqual([['2027-05-10'], ['2027-05-10'], ['2027-05-10'], ['2027-05-10']]);
    expect(p.overflow).toEqual([]);
    const none = yearlyPlan(input(list, '2026-06-30', 2027, { unitNames: ['执法大队'], capacity: [1] }));
    expect(Array.from(none.unit)).toEqual([-1, -1, -1, -1]);
    expect(datesOf(none)).toEqual(datesOf(p));
    // The "no unit" row holds the four, in May.
    expect(none.byUnit[1 * 12 + 4]).toBe(4);
  });
});
