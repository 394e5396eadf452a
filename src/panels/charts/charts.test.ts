import { describe, expect, it } from 'vitest';
import { SCORE_BINS, SCORE_BIN_WIDTH, type FilterCounts } from '../../data/filter-engine.ts';
import { SECTORS } from '../../domain/sectors.ts';
import { NO_FILTERS } from '../../state/url-state.ts';
import { levelRows, sectorRows, selectionOf, townRows } from './chart-rows.ts';
import { binInRange, edgesToRange, formatRange, rangeToEdges, SCORE_MAX, snapToBins } from './score-range.ts';

function counts(patch: Partial<Record<'sector' | 'level' | 'town', number[]>>): FilterCounts {
  const u = (n: number, v?: number[]) => (v ? Uint32Array.from(v) : new Uint32Array(n));
  return {
    sector: u(SECTORS.length, patch.sector),
    level: u(4, patch.level),
    town: u(4, patch.town),
    grid: u(1),
    park: u(1),
    parkType: u(4),
    flag: u(10),
    hazard: u(4),
    inspection: u(6),
    change: u(6),
    scoreHist: u(SCORE_BINS),
  };
}

describe('score range', () => {
  it('covers 0..100', () => expect(SCORE_MAX).toBe(100));
  it('snaps a brush to bin edges, hi just below the upper edge', () => {
    expect(snapToBins(53.2, 56.7)).toEqual([54, 56 - 0.001]);
    expect(snapToBins(56.7, 53.2)).toEqual([54, 56 - 0.001]);
  });
  it('keeps at least one bin', () => expect(snapToBins(54.2, 54.6)).toEqual([54, 55.999]));
  it('includes 100 in the last bin', () => {
    expect(snapToBins(97, 120)).toEqual([98, 100]);
    expect(edgesToRange(0, 100)).toEqual([0, 100]);
  });
  it('round-trips through the brush, also after a link rounds hi to one decimal', () => {
    expect(rangeToEdges(snapToBins(40.1, 60.2)!)).toEqual([40, 60]);
    expect(rangeToEdges([40, 60])).toEqual([40, 60]);
    expect(rangeToEdges([40, 59.5])).toEqual([40, 59.5]);
    expect(rangeToEdges([-5, 300])).toEqual([0, 100]);
    expect(formatRange([54, 55.999])).toBe('54–56');
  });
  it('marks bins inside the inclusive range', () => {
    const r: [number, number] = [54, 55.999];
    expect([26, 27, 28].map((b) => binInRange(b, r))).toEqual([false, true, false]);
    expect(binInRange(SCORE_BINS - 1, [100, 100])).toBe(true);
    expect(binInRange(0, null)).toBe(true);
    expect(SCORE_BIN_WIDTH * SCORE_BINS).toBe(100);
  });
});

describe('bar rows', () => {
  it('selection state: undefined without a filter', () => {
    expect(selectionOf([], 1)).toBeUndefined();
    expect(selectionOf([1], 1)).toBe(true);
    expect(selectionOf([1], 2)).toBe(false);
  });
  it('levels keep crossfilter counts and mark the unselected', () => {
    const rows = levelRows(counts({ level: [5, 6, 7, 8] }), { ...NO_FILTERS, levels: [0] }, 'zh');
    expect(rows.map((r) => [r.key, r.label, r.value, r.selected, r.symbol])).toEqual([
      [0, '重大', 5, true, '▲'],
      [1, '较大', 6, false, '◆'],
      [2, '一般', 7, false, '●'],
      [3, '低', 8, false, '■'],
    ]);
    expect(rows[0].color).toBe('var(--level-major)');
    expect(levelRows(counts({}), NO_FILTERS, 'en')[1].label).toBe('Significant');
  });
  it('sectors: non-zero (or selected), largest first', () => {
    const c = new Array(SECTORS.length).fill(0);
    c[6] = 10;
    c[0] = 30;
    c[11] = 10;
    const rows = sectorRows(counts({ sector: c }), { ...NO_FILTERS, sectors: [16] }, 'zh');
    expect(rows.map((r) => r.key)).toEqual([0, 6, 11, 16]);
    expect(rows[3]).toMatchObject({ value: 0, selected: true, label: '矿山' });
  });
  it('towns by number of enterprises, then outside when non-empty', () => {
    const towns = ['甲镇', '乙街道', '丙镇'].map((name, i) => ({
      code: String(i),
      name,
      areaKm2: 1,
      label: [0, 0] as [number, number],
    }));
    const rows = townRows(counts({ town: [1, 0, 3, 2] }), NO_FILTERS, towns, '镇街外');
    // Most enterprises first; the town outside every town last.
    expect(rows.map((r) => [r.key, r.label, r.value])).toEqual([
      [2, '丙镇', 3],
      [0, '甲镇', 1],
      [1, '乙街道', 0],
      [-1, '镇街外', 2],
    ]);
    expect(townRows(counts({ town: [1, 0, 3, 0] }), NO_FILTERS, towns, '镇街外')).toHaveLength(3);
  });
});
