import { describe, expect, it } from 'vitest';
import {
  inspectionStatus,
  STATE_BITS,
  NEVER,
  OVERDUE,
  DUE_SOON,
  AT_CAP,
  OVER_CAP,
  THIS_YEAR,
  type ClassInputs,
} from './inspection-status.ts';
import { DEFAULT_SUPERVISION, type SupervisionSettings } from './supervision-settings.ts';
import { inspectionKindCode } from './inspection-kinds.ts';

const day = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const iso = (d: number) => (d < 0 ? '' : new Date(d * 86_400_000).toISOString().slice(0, 10));
const K = (name: string) => inspectionKindCode(name);

/** Enterprises by level code (0 重大 → A, 1 较大 → B, 2 一般 → C, 3 低 → D under the defaults). */
function enterprises(levels: number[]): ClassInputs {
  const n = levels.length;
  return {
    length: n,
    level: Uint8Array.from(levels),
    sector: new Uint8Array(n),
    flags: new Uint16Array(n),
    stdGrade: new Uint8Array(n),
  };
}
function ledger(rows: [number, string, string][]) {
  return {
    length: rows.length,
    enterprise: Int32Array.from(rows.map((r) => r[0])),
    day: Int32Array.from(rows.map((r) => day(r[1]))),
    kind: Uint8Array.from(rows.map((r) => (r[2] === '' ? 255 : K(r[2])))),
  };
}
const bits = (code: number) => STATE_BITS[code];
const AS_OF = day('2026-06-30');

describe('inspection status at the data date', () => {
  it('next due is the last administrative inspection plus the class interval, month ends clamped', () => {
    // A (3 months) inspected 2026-03-31: due 2026-06-30, the data date itself: due within 30 days, not overdue.
    // B (6 months) inspected 2025-12-31: due 2026-06-30 too. C (12) inspected 2025-02-28: due 2026-02-28, overdue.
    const s = inspectionStatus(
      enterprises([0, 1, 2]),
      ledger([
        [0, '2026-03-31', '执法检查'],
        [1, '2025-12-31', '双随机抽查'],
        [2, '2025-02-28', '专项检查'],
      ]),
      AS_OF,
      DEFAULT_SUPERVISION,
    );
    expect([...s.next].map(iso)).toEqual(['2026-06-30', '2026-06-30', '2026-02-28']);
    expect(bits(s.state[0])).toBe(DUE_SOON | THIS_YEAR);
    expect(bits(s.state[1])).toBe(DUE_SOON);
    expect(bits(s.state[2])).toBe(OVERDUE);
  });
  it('handles a leap day: inspected 2024-02-29, class C, due 2025-02-28', () => {
    const s = inspectionStatus(
      enterprises([2]),
      ledger([[0, '2024-02-29', '执法检查']]),
      day('2025-03-01'),
      DEFAULT_SUPERVISION,
    );
    expect(iso(s.next[0])).toBe('2025-02-28');
    expect(bits(s.state[0])).toBe(OVERDUE);
  });
  it('due within 30 days runs from the data date to 30 days after it', () => {
    // A: 2026-04-30 + 3 months = 2026-07-30 (30 days after): due soon; 2026-05-01 → 2026-08-01 (32 days): nothing due.
    const s = inspectionStatus(
      enterprises([0, 0]),
      ledger([
        [0, '2026-04-30', '执法检查'],
        [1, '2026-05-01', '执法检查'],
      ]),
      AS_OF,
      DEFAULT_SUPERVISION,
    );
    expect(bits(s.state[0])).toBe(DUE_SOON | THIS_YEAR);
    expect(bits(s.state[1])).toBe(THIS_YEAR);
  });
  it('an inspection on the data date counts; one after it is ignored', () => {
    const s = inspectionStatus(
      enterprises([0, 0]),
      ledger([
        [0, '2026-06-30', '执法检查'],
        [1, '2026-07-01', '执法检查'],
      ]),
      AS_OF,
      DEFAULT_SUPERVISION,
    );
    expect(iso(s.last[0])).toBe('2026-06-30');
    expect(s.yearCount[0]).toBe(1);
    expect(iso(s.last[1])).toBe('');
    expect(bits(s.state[1])).toBe(NEVER);
  });
  it('patrols and self-checks never count, whatever their number', () => {
    const rows: [number, string, string][] = [];
    for (let m = 1; m <= 6; m++) rows.push([0, `2026-0${m}-10`, '网格巡查'], [0, `2026-0${m}-12`, '企业自查']);
    const s = inspectionStatus(enterprises([0]), ledger(rows), AS_OF, DEFAULT_SUPERVISION);
    expect(s.yearCount[0]).toBe(0);
    expect(s.last[0]).toBe(-1);
    expect(bits(s.state[0])).toBe(NEVER);
  });
  it('a kind switched in the settings changes what counts', () => {
    const rows: [number, string, string][] = [[0, '2026-05-10', '网格巡查']];
    const withPatrols: SupervisionSettings = {
      ...DEFAULT_SUPERVISION,
      administrativeKinds: [...DEFAULT_SUPERVISION.administrativeKinds, 'grid_patrol'],
    };
    expect(bits(inspectionStatus(enterprises([0]), ledger(rows), AS_OF, withPatrols).state[0])).toBe(THIS_YEAR);
    const noSpecial: SupervisionSettings = { ...DEFAULT_SUPERVISION, administrativeKinds: ['enforcement'] };
    expect(
      bits(inspectionStatus(enterprises([0]), ledger([[0, '2026-05-10', '专项检查']]), AS_OF, noSpecial).state[0]),
    ).toBe(NEVER);
  });
  it('counts this calendar year only, and marks at and over the cap', () => {
    // C has a cap of 4: four this year is at the cap, five is over; last year's do not count.
    const rows: [number, string, string][] = [];
    for (const d of ['2025-12-31', '2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01'])
      rows.push([0, d, '执法检查']);
    for (const d of ['2026-01-05', '2026-02-05', '2026-03-05', '2026-04-05', '2026-05-05'])
      rows.push([1, d, '执法检查']);
    rows.push([2, '2026-01-05', '执法检查']);
    const s = inspectionStatus(enterprises([2, 2, 2]), ledger(rows), AS_OF, DEFAULT_SUPERVISION);
    expect([...s.yearCount]).toEqual([4, 5, 1]);
    expect(bits(s.state[0])).toBe(THIS_YEAR | AT_CAP);
    expect(bits(s.state[1])).toBe(THIS_YEAR | AT_CAP | OVER_CAP);
    expect(bits(s.state[2])).toBe(THIS_YEAR);
  });
  it('a class without an interval is never due and never "never inspected"', () => {
    const s = inspectionStatus(
      enterprises([3, 3]),
      ledger([[1, '2020-01-01', '双随机抽查']]),
      AS_OF,
      DEFAULT_SUPERVISION,
    );
    expect(bits(s.state[0])).toBe(0);
    expect(bits(s.state[1])).toBe(0);
    expect(s.next[1]).toBe(-1);
  });
  it('with no ledger nothing is claimed', () => {
    const s = inspectionStatus(enterprises([0, 1]), null, AS_OF, DEFAULT_SUPERVISION);
    expect([...s.state]).toEqual([0, 0]);
  });
  it('classes follow the rules in order, over level, sector, flags and grade', () => {
    const e = enterprises([2, 2, 2, 3]);
    e.flags[1] = 1; // the first flag
    e.stdGrade[2] = 1;
    const s: SupervisionSettings = {
      ...DEFAULT_SUPERVISION,
      rules: [
        { class: 'D', standardization: [1] },
        { class: 'A', flags: ['factory_in_factory'] },
        ...DEFAULT_SUPERVISION.rules,
      ],
    };
    const r = inspectionStatus(e, null, AS_OF, s);
    expect([...r.cls].map((c) => s.classes[c].key)).toEqual(['C', 'A', 'D', 'D']);
  });
  it('every combination of bits has its own code', () => {
    expect(new Set(STATE_BITS).size).toBe(STATE_BITS.length);
  });
});
