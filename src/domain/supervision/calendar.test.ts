import { describe, expect, it } from 'vitest';
import { addMonths, civil, dayOf, yearStartOf } from './calendar.ts';

const day = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);

describe('calendar', () => {
  it('converts day numbers both ways like Date does, across centuries and leap days', () => {
    for (const s of ['1970-01-01', '2000-02-29', '1900-03-01', '2024-12-31', '2100-02-28', '1969-12-31']) {
      const [y, m, d] = s.split('-').map(Number);
      expect(dayOf(y, m, d)).toBe(day(s));
      expect(civil(day(s))).toEqual([y, m, d]);
    }
    for (let d = day('1999-01-01'); d < day('2031-01-01'); d += 17) expect(iso(dayOf(...civil(d)))).toBe(iso(d));
  });
  it('adds calendar months: the same day, or the last day of a shorter month', () => {
    expect(iso(addMonths(day('2026-01-31'), 1))).toBe('2026-02-28');
    expect(iso(addMonths(day('2024-01-31'), 1))).toBe('2024-02-29');
    expect(iso(addMonths(day('2024-02-29'), 12))).toBe('2025-02-28');
    expect(iso(addMonths(day('2026-08-31'), 3))).toBe('2026-11-30');
    expect(iso(addMonths(day('2026-11-15'), 3))).toBe('2027-02-15');
    expect(iso(addMonths(day('2026-03-31'), 6))).toBe('2026-09-30');
    expect(iso(addMonths(day('2026-05-10'), 12))).toBe('2027-05-10');
  });
  it('finds the first day of the year', () => {
    expect(iso(yearStartOf(day('2026-12-07')))).toBe('2026-01-01');
    expect(iso(yearStartOf(day('2024-01-01')))).toBe('2024-01-01');
  });
});
