import { describe, expect, it } from 'vitest';
import {
  divergingClassOf,
  isChangeMetric,
  MAP_METRICS,
  mapMetricValues,
  rankChanges,
  rankMove,
  rankMoveLabel,
  rankShift,
  selectionAreaMetrics,
  sortByRankChange,
  symmetricBreaks,
} from './area-change.ts';
import { AREA_METRICS, unfilteredAreaMetrics, type AreaMetrics } from './area-metrics.ts';
import { mulberry32, randomColumns } from '../random-columns.ts';

/** Hand-made metrics of a few towns: the area risk index and the enterprise count of each. */
function towns(riskIndex: number[], enterprises: number[]): AreaMetrics {
  const count = riskIndex.length;
  const f = (v: number[]) => Float32Array.from(v);
  const empty = () => new Float32Array(count);
  return {
    kind: 'town',
    count,
    enterprises: Uint32Array.from(enterprises),
    byLevel: new Uint32Array(count * 4),
    redOrangeShare: empty(),
    density: empty(),
    meanScore: empty(),
    maxScore: empty(),
    openHazards: new Uint32Array(count),
    overdueHazards: new Uint32Array(count),
    openMajorHazards: new Uint32Array(count),
    riskIndex: f(riskIndex),
  };
}

describe('rank changes', () => {
  it('ranks by the list order then and now: a tie keeps the lower index first both times', () => {
    const then = towns([50, 50, 40, 30], [5, 5, 5, 5]);
    const now = towns([50, 50, 40, 45], [5, 5, 5, 5]);
    const r = rankChanges(now, then, 'riskIndex');
    expect(Array.from(r.then)).toEqual([1, 2, 3, 4]);
    expect(Array.from(r.now)).toEqual([1, 2, 4, 3]);
    // Tied at 50 then and now: the same places, no move.
    expect(rankMove(r, 0)).toEqual({ kind: 'same' });
    expect(rankMove(r, 1)).toEqual({ kind: 'same' });
    expect(rankMove(r, 2)).toEqual({ kind: 'down', places: 1 });
    expect(rankMove(r, 3)).toEqual({ kind: 'up', places: 1 });
    expect(rankShift(r, 3)).toBe(1);
    expect(rankShift(r, 2)).toBe(-1);
  });

  it('reads as the ranking shows it', () => {
    expect(rankMoveLabel({ kind: 'up', places: 2 }, 'zh')).toBe('↑2');
    expect(rankMoveLabel({ kind: 'down', places: 1 }, 'en')).toBe('↓1');
    expect(rankMoveLabel({ kind: 'same' }, 'zh')).toBe('—');
    expect(rankMoveLabel({ kind: 'new' }, 'zh')).toBe('新');
    expect(rankMoveLabel({ kind: 'new' }, 'en')).toBe('New');
    expect(rankMoveLabel({ kind: 'gone' }, 'zh')).toBe('');
  });

  it('a new tie puts the lower index first', () => {
    // Then 40 < 50: town 1 first. Now both 50: town 0 first by its index.
    const r = rankChanges(towns([50, 50], [3, 3]), towns([40, 50], [3, 3]), 'riskIndex');
    expect(rankMove(r, 0)).toEqual({ kind: 'up', places: 1 });
    expect(rankMove(r, 1)).toEqual({ kind: 'down', places: 1 });
  });

  it('an area with no enterprise then is new, one with none now is gone, one with none either time is unranked', () => {
    // Then: town 1 empty, ranks 0:2, 2:1, 3:3; now: town 2 empty, ranks 1:1, 0:2, 3:3.
    const then = towns([20, NaN, 60, 10], [4, 0, 7, 2]);
    const now = towns([30, 70, NaN, 5], [4, 6, 0, 1]);
    const r = rankChanges(now, then, 'riskIndex');
    expect(Array.from(r.then)).toEqual([2, 0, 1, 3]);
    expect(Array.from(r.now)).toEqual([2, 1, 0, 3]);
    expect(rankMove(r, 0)).toEqual({ kind: 'same' });
    expect(rankMove(r, 1)).toEqual({ kind: 'new' });
    expect(rankMove(r, 2)).toEqual({ kind: 'gone' });
    expect(rankMove(r, 3)).toEqual({ kind: 'same' });
    expect(rankShift(r, 1)).toBeNaN();
    expect(rankShift(r, 2)).toBeNaN();
    const none = rankChanges(towns([1, NaN], [1, 0]), towns([1, NaN], [1, 0]), 'riskIndex');
    expect(rankMove(none, 1)).toEqual({ kind: 'none' });
  });

  it('ranks by count with ties on the enterprise count', () => {
    // Counts then 3, 3, 5; now 4, 3, 3: then 2:1, 0:2, 1:3; now 0:1, 1:2, 2:3.
    const r = rankChanges(towns([0, 0, 0], [4, 3, 3]), towns([0, 0, 0], [3, 3, 5]), 'enterprises');
    expect([rankMove(r, 0), rankMove(r, 1), rankMove(r, 2)]).toEqual([
      { kind: 'up', places: 1 },
      { kind: 'up', places: 1 },
      { kind: 'down', places: 2 },
    ]);
  });

  it('sorts by the move, the new ones after the others, ties by the rank now', () => {
    // Then: 0:1, 1:2, 2:3, 3:4 (4 empty). Now: 3:1, 2:2, 4:3, 0:4, 1:5.
    const then = towns([90, 80, 70, 60, NaN], [1, 1, 1, 1, 0]);
    const now = towns([40, 30, 70, 95, 50], [1, 1, 1, 1, 1]);
    const r = rankChanges(now, then, 'riskIndex');
    // Shifts: 0 -3, 1 -3, 2 +1, 3 +3, 4 new.
    const shown = [3, 2, 4, 0, 1];
    expect(sortByRankChange(shown, r, 'rise')).toEqual([3, 2, 0, 1, 4]);
    expect(sortByRankChange(shown, r, 'fall')).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('the change in area risk', () => {
  it('is declared after the area metrics, for the choropleths only', () => {
    expect(MAP_METRICS.map((m) => m.key)).toEqual([...AREA_METRICS.map((m) => m.key), 'riskIndexChange']);
    expect(isChangeMetric('riskIndexChange')).toBe(true);
    expect(isChangeMetric('riskIndex')).toBe(false);
  });

  it('is the index now minus then, no data where either side has no enterprise', () => {
    const then = towns([31.5, 20, NaN, 50], [120, 3, 0, 2]);
    const now = towns([25.9, 26.25, 10, NaN], [120, 4, 1, 0]);
    const d = mapMetricValues(now, then, 'riskIndexChange')!;
    expect(d[0]).toBeCloseTo(-5.6, 5);
    expect(d[1]).toBeCloseTo(6.25, 5);
    expect(d[2]).toBeNaN();
    expect(d[3]).toBeNaN();
    expect(mapMetricValues(now, null, 'riskIndexChange')).toBeNull();
  });

  it('shows an area metric as it is, no data for an empty area', () => {
    const v = mapMetricValues(towns([0, 12], [0, 4]), null, 'enterprises')!;
    expect(Array.from(v)).toEqual([NaN, 4]);
  });

  it('has breaks symmetric about zero and mirrored classes', () => {
    // Sizes 9, 1, 0, 2, 4.5, 9 in 5 // 2 + 1 = 3 equal classes over 0..9: 3 and 6.
    const b = symmetricBreaks([-9, -1, 0, 2, 4.5, 9, NaN], 5, 'equal');
    expect(b).toEqual([-6, -3, 3, 6]);
    expect([-9, -6, -5, -3, -2.9, 0, 2.9, 3, 5, 6, 9, NaN].map((v) => divergingClassOf(v, b))).toEqual([
      0, 0, 1, 1, 2, 2, 2, 3, 3, 4, 4, -1,
    ]);
    // Manual thresholds are sizes: -5 and 5 mean the same.
    expect(symmetricBreaks([1], 5, 'manual', [-5, 2])).toEqual([-5, -2, 2, 5]);
    // Nothing changed: one neutral class.
    expect(symmetricBreaks([0, 0, 0], 5, 'quantile')).toEqual([]);
    expect(divergingClassOf(0, [])).toBe(0);
  });
});

describe('selectionAreaMetrics', () => {
  const c = randomColumns({ n: 3000, seed: 11, towns: 5, grids: 20, parks: 4 });
  const km2 = (n: number) => Array.from({ length: n }, () => ({ areaKm2: 2 }));
  const areas = { towns: km2(5), grids: km2(20), parks: km2(4) };

  it('takes the district’s own metrics when every row is selected', () => {
    const all = selectionAreaMetrics(c, { mask: new Uint8Array(c.length).fill(1), selected: c.length }, areas);
    expect(all).toBe(unfilteredAreaMetrics(c, areas));
    expect(selectionAreaMetrics(c, null, areas)).toBeNull();
  });

  it('counts the selected rows of each town otherwise', () => {
    const rnd = mulberry32(5);
    const mask = Uint8Array.from({ length: c.length }, () => (rnd() < 0.3 ? 1 : 0));
    const selected = mask.reduce((s, v) => s + v, 0);
    const want = new Array(5).fill(0);
    for (let i = 0; i < c.length; i++) if (mask[i] && c.town[i] >= 0) want[c.town[i]]++;
    const m = selectionAreaMetrics(c, { mask, selected }, areas)!;
    expect(Array.from(m.town.enterprises)).toEqual(want);
  });
});
