import { describe, expect, it } from 'vitest';
import {
  CHANGE_CODE_BITS,
  changeCode,
  KIND_DOWN,
  KIND_NEW,
  KIND_SAME,
  KIND_UP,
} from '../../domain/compare/change-codes.ts';
import { HAZARD_CLOSED } from '../dataset.ts';
import { parseDay } from '../dates.ts';
import { packUtf8 } from '../utf8-column.ts';
import {
  diffSnapshots,
  FACT_DUPLICATE_KEY,
  FACT_NEWLY_LISTED,
  FACT_NEWLY_OVERDUE,
  HAZARD_CLOSED_SINCE,
  HAZARD_FOUND,
  HAZARD_LATE_ENTRY,
  HAZARD_NEWLY_LISTED,
  HAZARD_NEWLY_OVERDUE,
  HAZARD_REOPENED,
} from './diff-snapshots.ts';
import { enterpriseKeys, type Snapshot } from './snapshot.ts';

const day = (iso: string) => parseDay(iso)!;
const OPEN = 0;

interface E {
  code: string;
  level: number;
}
interface H {
  id: string;
  e: number;
  found: string;
  deadline?: string;
  closed?: string;
  major?: boolean;
  listed?: boolean;
}

function snap(asOf: string, es: E[], hs: H[] = []): Snapshot {
  const n = es.length;
  return {
    asOf: day(asOf),
    length: n,
    keys: packUtf8(es.map((e) => e.code)),
    level: Uint8Array.from(es, (e) => e.level),
    score: Float32Array.from(es, () => 50),
    hazards: {
      length: hs.length,
      ids: packUtf8(hs.map((h) => h.id)),
      enterprise: Int32Array.from(hs, (h) => h.e),
      found: Int32Array.from(hs, (h) => day(h.found)),
      deadline: Int32Array.from(hs, (h) => (h.deadline ? day(h.deadline) : -1)),
      closed: Int32Array.from(hs, (h) => (h.closed ? day(h.closed) : -1)),
      level: Uint8Array.from(hs, (h) => (h.major ? 1 : 0)),
      status: Uint8Array.from(hs, (h) => (h.closed ? HAZARD_CLOSED : OPEN)),
      listed: Uint8Array.from(hs, (h) => (h.listed ? 1 : 0)),
    },
  };
}

const PREV = '2026-10-24',
  CUR = '2026-10-31';

describe('diffSnapshots: enterprises', () => {
  // Then: A 一般, B 较大, C 低, G 重大 (gone). Now: A 较大 (up), B 低 (down), C 低 (same), N 一般 (new).
  const prev = snap(PREV, [
    { code: 'A', level: 2 },
    { code: 'B', level: 1 },
    { code: 'C', level: 3 },
    { code: 'G', level: 0 },
  ]);
  const cur = snap(CUR, [
    { code: 'N', level: 2 },
    { code: 'C', level: 3 },
    { code: 'B', level: 3 },
    { code: 'A', level: 1 },
  ]);
  const d = diffSnapshots(prev, cur);

  it('names every current enterprise new, up, down or unchanged, matched by code whatever its row', () => {
    expect(Array.from(d.changeState)).toEqual([
      changeCode(KIND_NEW, false, false),
      changeCode(KIND_SAME, false, false),
      changeCode(KIND_DOWN, false, false),
      changeCode(KIND_UP, false, false),
    ]);
    expect(Array.from(d.prevRow)).toEqual([-1, 2, 1, 0]);
    expect(d.totals).toMatchObject({ new: 1, up: 1, down: 1, same: 1, gone: 1 });
  });

  it('lists the gone enterprises by their earlier rows', () => {
    expect(Array.from(d.gone)).toEqual([3]);
  });

  it('counts the moves between levels then and now', () => {
    // A: 一般 (2) → 较大 (1); B: 较大 (1) → 低 (3); C: 低 → 低.
    const t = Array.from(d.transitions);
    expect(t[2 * 4 + 1]).toBe(1);
    expect(t[1 * 4 + 3]).toBe(1);
    expect(t[3 * 4 + 3]).toBe(1);
    expect(t.reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('the codes carry the filter bits of their kind', () => {
    expect(CHANGE_CODE_BITS[d.changeState[0]]).toBe(1); // 新增
    expect(CHANGE_CODE_BITS[d.changeState[3]]).toBe(2); // 等级上升
    expect(CHANGE_CODE_BITS[d.changeState[2]]).toBe(4); // 等级下降
    expect(CHANGE_CODE_BITS[d.changeState[1]]).toBe(8); // 未变
  });
});

describe('diffSnapshots: an enterprise renamed keeps its code', () => {
  it('is matched by its credit code, not its name; one without a code is matched by its name', () => {
    const col = (v: string[]) => ({ length: v.length, get: (i: number) => v[i] });
    const keysThen = enterpriseKeys({ creditCode: col(['91330299MA0000001X', '']), name: col(['甲厂', '无码商店']) });
    const keysNow = enterpriseKeys({
      creditCode: col(['', '91330299MA0000001X']),
      name: col(['无码商店', '甲科技有限公司']),
    });
    const prev = {
      ...snap(PREV, [
        { code: '', level: 2 },
        { code: '', level: 3 },
      ]),
      keys: keysThen,
    };
    const cur = {
      ...snap(CUR, [
        { code: '', level: 3 },
        { code: '', level: 1 },
      ]),
      keys: keysNow,
    };
    const d = diffSnapshots(prev, cur);
    // The renamed one (甲厂 → 甲科技有限公司) is row 0 then, row 1 now: 一般 → 较大, up.
    expect(Array.from(d.prevRow)).toEqual([1, 0]);
    expect(d.totals).toMatchObject({ new: 0, gone: 0, up: 1, same: 1 });
  });
});

describe('diffSnapshots: a code that appears twice', () => {
  it('pairs the first with the first and the second with the second, and marks both', () => {
    const prev = snap(PREV, [
      { code: 'D', level: 2 },
      { code: 'D', level: 3 },
    ]);
    const cur = snap(CUR, [
      { code: 'D', level: 1 },
      { code: 'X', level: 3 },
      { code: 'D', level: 3 },
    ]);
    const d = diffSnapshots(prev, cur);
    expect(Array.from(d.prevRow)).toEqual([0, -1, 1]);
    expect(d.totals).toMatchObject({ up: 1, same: 1, new: 1, gone: 0, duplicates: 2 });
    expect(d.facts[0] & FACT_DUPLICATE_KEY).toBeTruthy();
    expect(d.facts[2] & FACT_DUPLICATE_KEY).toBeTruthy();
    expect(d.facts[1] & FACT_DUPLICATE_KEY).toBe(0);
  });

  it('a third row with the code is new when the earlier snapshot had two', () => {
    const prev = snap(PREV, [
      { code: 'D', level: 2 },
      { code: 'D', level: 2 },
    ]);
    const cur = snap(CUR, [
      { code: 'D', level: 2 },
      { code: 'D', level: 2 },
      { code: 'D', level: 2 },
    ]);
    const d = diffSnapshots(prev, cur);
    expect(Array.from(d.prevRow)).toEqual([0, 1, -1]);
    expect(d.totals.duplicates).toBe(3);
  });

  it('an empty code matches nothing', () => {
    const d = diffSnapshots(snap(PREV, [{ code: '', level: 2 }]), snap(CUR, [{ code: '', level: 2 }]));
    expect(d.totals).toMatchObject({ new: 1, gone: 1, same: 0 });
  });
});

describe('diffSnapshots: hazards', () => {
  const es: E[] = [
    { code: 'A', level: 2 },
    { code: 'B', level: 2 },
  ];
  const prev = snap(PREV, es, [
    // H1 open then, closed since; H2 closed then, reopened now; H3 open, deadline passes in the week.
    { id: 'H1', e: 0, found: '2026-10-01', deadline: '2026-11-30' },
    { id: 'H2', e: 1, found: '2026-09-01', deadline: '2026-09-30', closed: '2026-09-20' },
    { id: 'H3', e: 1, found: '2026-10-02', deadline: '2026-10-27', listed: false },
    // H5 is in the earlier ledger only (dropped since).
    { id: 'H5', e: 0, found: '2026-09-05', closed: '2026-09-06' },
  ]);
  const cur = snap(CUR, es, [
    { id: 'H1', e: 0, found: '2026-10-01', deadline: '2026-11-30', closed: '2026-10-28' },
    { id: 'H2', e: 1, found: '2026-09-01', deadline: '2026-09-30' },
    { id: 'H3', e: 1, found: '2026-10-02', deadline: '2026-10-27', listed: true },
    // H4 major, found since; H6 recorded since but found before the earlier date (a late entry).
    { id: 'H4', e: 0, found: '2026-10-29', deadline: '2026-11-15', major: true },
    { id: 'H6', e: 1, found: '2026-10-20', deadline: '2026-12-20' },
  ]);
  const d = diffSnapshots(prev, cur);

  it('gives each hazard its facts of the period', () => {
    expect(d.hazardFacts[0]).toBe(HAZARD_CLOSED_SINCE);
    // H2: reopened, and its deadline (09-30) has passed: overdue now, not then (it was closed).
    expect(d.hazardFacts[1]).toBe(HAZARD_REOPENED | HAZARD_NEWLY_OVERDUE);
    // H3: its deadline 10-27 fell between the dates; listed since.
    expect(d.hazardFacts[2]).toBe(HAZARD_NEWLY_OVERDUE | HAZARD_NEWLY_LISTED);
    expect(d.hazardFacts[3]).toBe(HAZARD_FOUND);
    expect(d.hazardFacts[4]).toBe(HAZARD_LATE_ENTRY);
  });

  it('adds up the hazards', () => {
    expect(d.totals).toMatchObject({
      hazardsFound: 1,
      majorFound: 1,
      hazardsClosed: 1,
      hazardsReopened: 1,
      hazardsNewlyOverdue: 2,
      hazardsNewlyListed: 1,
      hazardsDropped: 1,
    });
  });

  it('puts a major hazard found and a hazard closed into the enterprise code', () => {
    // A had H1 closed and H4 (major) found.
    expect(d.changeState[0]).toBe(changeCode(KIND_SAME, true, true));
    expect(d.changeState[1]).toBe(changeCode(KIND_SAME, false, false));
    expect(CHANGE_CODE_BITS[d.changeState[0]]).toBe(8 | 16 | 32);
    expect(d.facts[1] & FACT_NEWLY_OVERDUE).toBeTruthy();
    expect(d.facts[1] & FACT_NEWLY_LISTED).toBeTruthy();
    expect(d.totals).toMatchObject({ enterprisesMajorFound: 1, enterprisesClosed: 1, enterprisesNewlyOverdue: 1 });
  });

  it('a hazard found and closed within the period is found and closed since', () => {
    const p = snap(PREV, es, []);
    const c = snap(CUR, es, [{ id: 'H7', e: 0, found: '2026-10-25', deadline: '2026-10-30', closed: '2026-10-26' }]);
    const r = diffSnapshots(p, c);
    expect(r.hazardFacts[0]).toBe(HAZARD_FOUND | HAZARD_CLOSED_SINCE);
    expect(r.changeState[0]).toBe(changeCode(KIND_SAME, false, true));
  });
});
