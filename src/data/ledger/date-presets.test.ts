import { describe, expect, it } from 'vitest';
import { parseDay } from '../dates.ts';
import { ledgerDatePresets } from './date-presets.ts';

const D = (s: string): number => {
  const d = parseDay(s);
  if (d === undefined) throw new Error(`bad date ${s}`);
  return d;
};
/** The presets as dates, for reading. */
const ranges = (asOf: string, since?: string) =>
  ledgerDatePresets(D(asOf), since ? { day: D(since) } : undefined).map((p) => ({
    key: p.key,
    from: p.from,
    to: p.to,
  }));

describe('ledgerDatePresets', () => {
  it('this week runs from Monday, this month from the 1st, both to the data date (a Saturday)', () => {
    expect(ranges('2026-10-31')).toEqual([
      { key: 'week', from: D('2026-10-26'), to: D('2026-10-31') },
      { key: 'month', from: D('2026-10-01'), to: D('2026-10-31') },
    ]);
  });

  it('a week that starts in the month before', () => {
    // 2026-10-01 is a Thursday: its Monday is 2026-09-28.
    expect(ranges('2026-10-01')).toEqual([
      { key: 'week', from: D('2026-09-28'), to: D('2026-10-01') },
      { key: 'month', from: D('2026-10-01'), to: D('2026-10-01') },
    ]);
  });

  it('a week that starts in the year before', () => {
    // 2026-01-02 is a Friday: its Monday is 2025-12-29.
    expect(ranges('2026-01-02')).toEqual([
      { key: 'week', from: D('2025-12-29'), to: D('2026-01-02') },
      { key: 'month', from: D('2026-01-01'), to: D('2026-01-02') },
    ]);
  });

  it('a Monday data date is a week of one day; a Sunday one ends a whole week', () => {
    expect(ranges('2026-11-02')[0]).toEqual({ key: 'week', from: D('2026-11-02'), to: D('2026-11-02') });
    expect(ranges('2026-11-01')[0]).toEqual({ key: 'week', from: D('2026-10-26'), to: D('2026-11-01') });
  });

  it('since the last period: from the day after its date to the data date, named with its date', () => {
    const p = ledgerDatePresets(D('2026-11-01'), { day: D('2026-10-25') });
    expect(p.map((x) => x.key)).toEqual(['week', 'month', 'since']);
    expect(p[2]).toEqual({
      key: 'since',
      label: { zh: '自上期（2026-10-25）以来', en: 'Since the last period (2026-10-25)' },
      from: D('2026-10-26'),
      to: D('2026-11-01'),
    });
    // Across a year's end.
    expect(ranges('2026-01-05', '2025-12-29')[2]).toEqual({ key: 'since', from: D('2025-12-30'), to: D('2026-01-05') });
  });

  it('no "since" preset without a last period, or when it is not before the data date', () => {
    expect(ranges('2026-11-01').length).toBe(2);
    expect(ranges('2026-11-01', '2026-11-01').length).toBe(2);
    expect(ranges('2026-11-01', '2026-11-03').length).toBe(2);
  });

  it('names the presets in both languages', () => {
    expect(ledgerDatePresets(D('2026-11-01')).map((p) => p.label)).toEqual([
      { zh: '本周', en: 'This week' },
      { zh: '本月', en: 'This month' },
    ]);
  });
});
