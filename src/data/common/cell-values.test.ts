/**
 * values.ts: cell values as ledgers write them. Expected days come from Date.UTC, not from parseDay.
 */
import { describe, expect, it } from 'vitest';
import { parseCoordinate, parseCount, parseDate, parseYesNo } from './cell-values.ts';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

describe('parseDate', () => {
  it.each([
    '2026-03-05',
    '2026/3/5',
    '2026.3.5',
    '2026年3月5日',
    '2026 年 3 月 5 日',
    '20260305',
    '2026-03-05 14:30',
    '2026/3/5 8:30:15',
    '2026-03-05T08:30:00',
    '2026-03-05 08:30:00.000',
    '2026年3月5日 9：05',
  ])('%s is 2026-03-05', (v) => {
    expect(parseDate(v)).toBe(day(2026, 3, 5));
  });

  it('reads an Excel serial that lost its date format (1900 date system)', () => {
    // Serial 1 is 1900-01-01 in Excel's calendar, which counts a 29 February 1900 that never was:
    // from March 1900 on, serial n is day n - 2 after 1900-01-01.
    const excel = (serial: number) => day(1900, 1, 1) + serial - 2;
    expect(excel(45658)).toBe(day(2025, 1, 1)); // the well-known serial for 2025-01-01
    expect(parseDate('46086')).toBe(excel(46086));
    expect(parseDate('46086')).toBe(day(2026, 3, 5));
    expect(parseDate('46086.75')).toBe(day(2026, 3, 5));
  });

  it.each([
    '2026-02-30',
    '2026年2月30日',
    '20260230',
    '2026-13-01',
    '2025-02-29',
    '',
    '   ',
    '去年',
    '12345',
    '2026-03',
    '03/05/2026',
  ])('%j is not a date', (v) => {
    expect(parseDate(v)).toBeUndefined();
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseDate('2028-02-29')).toBe(day(2028, 2, 29));
  });
});

describe('parseCoordinate', () => {
  const dms = (d: number, m: number, s: number) => d + m / 60 + s / 3600;

  it.each([
    ['121.5', 121.5],
    ['29.87', 29.87],
    [' 121.551234 ', 121.551234],
    ['-0.5', -0.5],
    ['东经121.5', 121.5],
    ['北纬29.8', 29.8],
    ['121.5E', 121.5],
    ['E121.5', 121.5],
    ['29.8N', 29.8],
  ])('%s -> %d', (v, expected) => {
    expect(parseCoordinate(v)).toBeCloseTo(expected, 10);
  });

  it.each([
    ['121°30′15″', dms(121, 30, 15)],
    ['121度30分15秒', dms(121, 30, 15)],
    ['121:30:15', dms(121, 30, 15)],
    ['121°30\'15"', dms(121, 30, 15)],
    ['东经121°30′15″', dms(121, 30, 15)],
    ['29°52′30″N', dms(29, 52, 30)],
    ['121°30′', dms(121, 30, 0)],
    ['121°30.5′', dms(121, 30.5, 0)],
    ['121°30′15.6″', dms(121, 30, 15.6)],
  ])('%s is degrees, minutes, seconds', (v, expected) => {
    expect(parseCoordinate(v)).toBeCloseTo(expected, 10);
  });

  it.each(['121°60′00″', '121°30′60″', '121度75分', '', 'abc', '121°30′15″15', '一百二十一度'])('%j is NaN', (v) => {
    expect(parseCoordinate(v)).toBeNaN();
  });
});

describe('parseYesNo', () => {
  it.each(['是', 'Y', 'yes', 'TRUE', '1', '√', '有', '已挂牌', ' 是 '])('%j is true', (v) => {
    expect(parseYesNo(v)).toBe(true);
  });
  it.each(['否', 'N', 'no', 'false', '0', '×', '无', '未挂牌'])('%j is false', (v) => {
    expect(parseYesNo(v)).toBe(false);
  });
  it.each(['不详', '待定', '2', 'maybe'])('%j is neither', (v) => {
    expect(parseYesNo(v)).toBeUndefined();
  });
});

describe('parseCount', () => {
  it.each([
    ['25', 25],
    ['25人', 25],
    ['25 人', 25],
    ['1,200', 1200],
    ['1，200', 1200],
    ['25.0', 25],
    ['3次', 3],
    [' 7 ', 7],
  ])('%j -> %d', (v, n) => {
    expect(parseCount(v)).toBe(n);
  });
  it.each(['2.5', 'abc', '二十', '25元'])('%j is NaN', (v) => {
    expect(parseCount(v)).toBeNaN();
  });
});
