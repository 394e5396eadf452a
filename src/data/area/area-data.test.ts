import { describe, expect, it } from 'vitest';
import { computeAllAreaMetrics, type AreaKind } from './area-metrics.ts';
import { mulberry32, randomColumns } from '../random-columns.ts';
import {
  areaColumn,
  areasByName,
  FIGURES,
  figureValue,
  formatNumber,
  higherSide,
  rankedAreas,
  scanArea,
  topSectors,
  withUnit,
} from './area-data.ts';

const DIMS = { towns: 8, grids: 60, parks: 12 };
const c = randomColumns({ n: 20000, seed: 7, ...DIMS });
const rnd = mulberry32(3);
const mask = Uint8Array.from({ length: c.length }, () => (rnd() < 0.6 ? 1 : 0));
const km2 = (n: number) => Array.from({ length: n }, (_, i) => ({ areaKm2: 0.5 + i }));
const areas = { towns: km2(DIMS.towns), grids: km2(DIMS.grids), parks: km2(DIMS.parks) };
const all = computeAllAreaMetrics(c, mask, areas);

describe('formatNumber / withUnit', () => {
  it('formats ints, fractions as percent, decimals, and NaN as a dash', () => {
    expect(formatNumber(12345, 'int')).toBe('12,345');
    expect(formatNumber(0.3456, 'pct')).toBe('34.6%');
    expect(formatNumber(7.25, 'dec1')).toBe('7.3');
    expect(formatNumber(1.005, 'dec2')).toMatch(/^1\.0[01]$/);
    expect(formatNumber(NaN, 'dec1')).toBe('—');
  });
  it('appends units, except % (already there), scale notes and dashes', () => {
    expect(withUnit(12, 'int', '家')).toBe('12 家');
    expect(withUnit(0.5, 'pct', '%')).toBe('50.0%');
    expect(withUnit(45.21, 'dec1', '(0-100)')).toBe('45.2');
    expect(withUnit(NaN, 'dec1', '分')).toBe('—');
  });
});

describe('scanArea', () => {
  for (const kind of ['town', 'grid', 'park'] as AreaKind[]) {
    it(`matches a brute-force count and sort for ${kind}`, () => {
      const col = areaColumn(c, kind);
      const m = all[kind];
      for (const index of [0, 3, m.count - 1]) {
        const rows: number[] = [];
        for (let i = 0; i < c.length; i++) if (mask[i] === 1 && col[i] === index) rows.push(i);
        const scan = scanArea(c, mask, kind, index, 50);
        expect(scan.selected).toBe(rows.length);
        expect(scan.selected).toBe(m.enterprises[index]);
        expect(scan.sectorCounts.reduce((s, x) => s + x, 0)).toBe(rows.length);
        const expected = rows.sort((a, b) => c.score[b] - c.score[a] || a - b).slice(0, 50);
        expect(Array.from(scan.top, (i) => c.score[i])).toEqual(expected.map((i) => c.score[i]));
      }
    });
  }
  it('keeps NaN scores last', () => {
    const score = c.score.slice();
    const col = areaColumn(c, 'town');
    const first = col.findIndex((t, i) => t === 0 && mask[i] === 1);
    score[first] = NaN;
    const scan = scanArea({ ...c, score }, mask, 'town', 0, 100000);
    expect(scan.top[scan.top.length - 1]).toBe(first);
  });
});

describe('figures', () => {
  it('reads levels from byLevel, metrics from AreaMetrics and km² from the manifest', () => {
    const m = all.grid;
    const a = 5;
    expect(figureValue(m, 2.5, 'areaKm2', a)).toBe(2.5);
    expect(figureValue(m, 2.5, 'major', a)).toBe(m.byLevel[a * 4]);
    expect(figureValue(m, 2.5, 'low', a)).toBe(m.byLevel[a * 4 + 3]);
    expect(figureValue(m, 2.5, 'riskIndex', a)).toBe(m.riskIndex[a]);
    expect(figureValue(m, 2.5, 'openMajorHazards', a)).toBe(m.openMajorHazards[a]);
    for (const f of FIGURES) expect(typeof figureValue(m, 1, f.key, a)).toBe('number');
  });
  it('marks the higher-risk side only for risk figures with two numbers', () => {
    const risk = FIGURES.find((f) => f.key === 'riskIndex')!;
    const area = FIGURES.find((f) => f.key === 'areaKm2')!;
    expect(higherSide(risk, 3, 5)).toBe('b');
    expect(higherSide(risk, 5, 3)).toBe('a');
    expect(higherSide(risk, 5, 5)).toBeNull();
    expect(higherSide(risk, NaN, 5)).toBeNull();
    expect(higherSide(area, 1, 9)).toBeNull();
  });
});

describe('topSectors / areasByName / rankedAreas', () => {
  it('keeps the largest sectors and sums the rest as other', () => {
    const rows = topSectors([5, 0, 9, 1, 1, 7, 3], 4);
    expect(rows).toEqual([
      { code: 2, count: 9 },
      { code: 5, count: 7 },
      { code: 0, count: 5 },
      { code: -1, count: 5 },
    ]);
    expect(topSectors([0, 2, 1], 6)).toEqual([
      { code: 1, count: 2 },
      { code: 2, count: 1 },
    ]);
  });
  it('sorts names with numbers by value and leaves out the current area', () => {
    const list = [{ name: '网格10' }, { name: '网格2' }, { name: '网格1' }];
    expect(areasByName(list, 0)).toEqual([2, 1]);
  });
  it('ranks non-empty areas only, highest first', () => {
    const m = all.grid;
    const r = rankedAreas(m, 'riskIndex', 10);
    expect(r.length).toBeLessThanOrEqual(10);
    for (let k = 1; k < r.length; k++) expect(m.riskIndex[r[k - 1]]).toBeGreaterThanOrEqual(m.riskIndex[r[k]]);
    for (const a of r) expect(m.enterprises[a]).toBeGreaterThan(0);
  });
});
