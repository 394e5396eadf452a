import { describe, expect, it } from 'vitest';
import { parseDate } from './cell-values.ts';
import { parseDay } from '../dates.ts';
import { cellDay } from './cell-date.ts';

describe('cellDay', () => {
  it('reads YYYY-MM-DD and YYYY-M-D as parseDay does', () => {
    expect(cellDay('2026-03-05')).toBe(parseDay('2026-03-05'));
    expect(cellDay('2026-3-5')).toBe(parseDay('2026-03-05'));
    expect(cellDay('1970-01-01')).toBe(0);
    expect(cellDay('1969-12-31')).toBe(-1);
  });

  it('rejects days the calendar does not have', () => {
    expect(cellDay('2026-02-29')).toBeUndefined();
    expect(cellDay('2024-02-29')).toBe(parseDay('2024-02-29'));
    expect(cellDay('1900-02-29')).toBeUndefined();
    expect(cellDay('2000-02-29')).toBe(parseDay('2000-02-29'));
    expect(cellDay('2026-04-31')).toBeUndefined();
    expect(cellDay('2026-13-01')).toBeUndefined();
    expect(cellDay('2026-00-10')).toBeUndefined();
    expect(cellDay('2026-01-00')).toBeUndefined();
  });

  it('leaves every other spelling to parseDate', () => {
    for (const v of [
      '2026/3/5',
      '2026.03.05',
      '2026年3月5日',
      '20260305',
      ' 2026-03-05 ',
      '2026-03-05 10:30',
      '46000',
      '0099-01-01',
      '0500-06-30',
      '2026-003-05',
      '2026--05',
      'abc',
      '',
      '２０２６-01-01',
    ]) {
      expect(cellDay(v), v).toBe(parseDate(v));
    }
  });

  it('agrees with parseDate on every year, month and day spelling from 1890 to 2200', () => {
    let differ = 0;
    for (let y = 1890; y <= 2200; y += 1) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          for (const v of [`${y}-${m}-${d}`, `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`])
            if (cellDay(v) !== parseDate(v)) differ++;
        }
      }
    }
    expect(differ).toBe(0);
  });
});
