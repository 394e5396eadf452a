import { describe, expect, it } from 'vitest';
import type { EnterpriseColumns } from '../columns.ts';
import {
  AREA_METRICS,
  type AreaMetrics,
  computeAllAreaMetrics,
  computeAreaMetrics,
  metricValue,
  rankAreas,
  unfilteredAreaMetrics,
} from './area-metrics.ts';
import { randomColumns } from '../random-columns.ts';
import { AREA_RISK_DEFAULTS, areaRiskIndex, areaRiskParts } from '../../domain/area-risk-index.ts';

/**
 * Hand-computed fixture: 3 towns, 4 grid cells, 2 parks, 10 enterprises.
 * - Park 0 straddles grid cells 0 and 1: rows 0, 1 in cell 0 and row 2 in cell 1.
 * - Grid cell 3 (town 2) has no enterprise: the empty area.
 * - Row 7 is outside every town, cell and park (-1): it counts nowhere.
 * - Row 8 (town 2, no cell) has a NaN score: an enterprise, but no mean or max.
 * - Town 2 has an unknown area (0 km²).
 */
const ROWS: [
  level: number,
  score: number,
  town: number,
  grid: number,
  park: number,
  open: number,
  overdue: number,
  major: number,
][] = [
  [0, 90, 0, 0, 0, 3, 1, 1], // 0
  [1, 75, 0, 0, 0, 1, 0, 0], // 1 (masked out below)
  [3, 20, 0, 1, 0, 0, 0, 0], // 2 park 0, on the cell-1 side
  [2, 55, 0, 1, -1, 2, 2, 0], // 3
  [1, 80, 1, 2, 1, 1, 1, 0], // 4
  [3, 10, 1, 2, 1, 0, 0, 0], // 5
  [2, 60, 1, 2, -1, 0, 0, 0], // 6 (masked out below)
  [0, 95, -1, -1, -1, 5, 5, 2], // 7 nowhere
  [3, NaN, 2, -1, -1, 0, 0, 0], // 8
  [2, 40, 1, 2, 1, 1, 0, 0], // 9
];
const AREAS = {
  towns: [{ areaKm2: 10 }, { areaKm2: 5 }, { areaKm2: 0 }],
  grids: [{ areaKm2: 2 }, { areaKm2: 3 }, { areaKm2: 4 }, { areaKm2: 1 }],
  parks: [{ areaKm2: 0.5 }, { areaKm2: 1 }],
};

function fixture(): EnterpriseColumns {
  const c = randomColumns({ n: ROWS.length, seed: 5, towns: 3, grids: 4, parks: 2 });
  ROWS.forEach(([level, score, town, grid, park, open, overdue, major], i) => {
    c.level[i] = level;
    c.score[i] = score;
    c.town[i] = town;
    c.grid[i] = grid;
    c.park[i] = park;
    c.hazardsOpen[i] = open;
    c.hazardsOverdue[i] = overdue;
    c.hazardsOpenMajor[i] = major;
  });
  return c;
}

/** One area's metrics as a plain object, for readable expectations. */
function row(m: AreaMetrics, a: number) {
  return {
    n: m.enterprises[a],
    byLevel: Array.from(m.byLevel.subarray(a * 4, a * 4 + 4)),
    share: m.redOrangeShare[a],
    density: m.density[a],
    mean: m.meanScore[a],
    max: m.maxScore[a],
    open: m.openHazards[a],
    overdue: m.overdueHazards[a],
    major: m.openMajorHazards[a],
  };
}

/** Expectation with float32 tolerance for the ratios. */
function expectRow(m: AreaMetrics, a: number, e: ReturnType<typeof row>) {
  const r = row(m, a);
  expect({ n: r.n, byLevel: r.byLevel, open: r.open, overdue: r.overdue, major: r.major }).toEqual({
    n: e.n,
    byLevel: e.byLevel,
    open: e.open,
    overdue: e.overdue,
    major: e.major,
  });
  for (const k of ['share', 'density', 'mean', 'max'] as const) {
    if (Number.isNaN(e[k])) expect(r[k], `${m.kind} ${a} ${k}`).toBeNaN();
    else expect(r[k], `${m.kind} ${a} ${k}`).toBeCloseTo(e[k], 4);
  }
}

describe('computeAllAreaMetrics on the hand-computed fixture, no filter', () => {
  const all = computeAllAreaMetrics(fixture(), null, AREAS);

  it('towns', () => {
    expect(all.town.kind).toBe('town');
    expect(all.town.count).toBe(3);
    expectRow(all.town, 0, {
      n: 4,
      byLevel: [1, 1, 1, 1],
      share: 0.5,
      density: 0.4,
      mean: 60,
      max: 90,
      open: 6,
      overdue: 3,
      major: 1,
    });
    expectRow(all.town, 1, {
      n: 4,
      byLevel: [0, 1, 2, 1],
      share: 0.25,
      density: 0.8,
      mean: 47.5,
      max: 80,
      open: 2,
      overdue: 1,
      major: 0,
    });
    // Town 2: one enterprise with no score, unknown area: density 0, mean and max NaN.
    expectRow(all.town, 2, {
      n: 1,
      byLevel: [0, 0, 0, 1],
      share: 0,
      density: 0,
      mean: NaN,
      max: NaN,
      open: 0,
      overdue: 0,
      major: 0,
    });
  });

  it('grid cells, each counting only its own side of the straddling park, and the empty cell', () => {
    expect(all.grid.count).toBe(4);
    expectRow(all.grid, 0, {
      n: 2,
      byLevel: [1, 1, 0, 0],
      share: 1,
      density: 1,
      mean: 82.5,
      max: 90,
      open: 4,
      overdue: 1,
      major: 1,
    });
    expectRow(all.grid, 1, {
      n: 2,
      byLevel: [0, 0, 1, 1],
      share: 0,
      density: 2 / 3,
      mean: 37.5,
      max: 55,
      open: 2,
      overdue: 2,
      major: 0,
    });
    expectRow(all.grid, 2, {
      n: 4,
      byLevel: [0, 1, 2, 1],
      share: 0.25,
      density: 1,
      mean: 47.5,
      max: 80,
      open: 2,
      overdue: 1,
      major: 0,
    });
    expectRow(all.grid, 3, {
      n: 0,
      byLevel: [0, 0, 0, 0],
      share: NaN,
      density: 0,
      mean: NaN,
      max: NaN,
      open: 0,
      overdue: 0,
      major: 0,
    });
    expect(all.grid.riskIndex[3]).toBeNaN();
  });

  it('parks: the straddling park counts its enterprises on both sides', () => {
    expectRow(all.park, 0, {
      n: 3,
      byLevel: [1, 1, 0, 1],
      share: 2 / 3,
      density: 6,
      mean: 185 / 3,
      max: 90,
      open: 4,
      overdue: 1,
      major: 1,
    });
    expectRow(all.park, 1, {
      n: 3,
      byLevel: [0, 1, 1, 1],
      share: 1 / 3,
      density: 3,
      mean: 130 / 3,
      max: 80,
      open: 2,
      overdue: 1,
      major: 0,
    });
  });

  it('ignores rows outside every area (-1): totals are the rows with an index', () => {
    const sum = (a: Uint32Array) => a.reduce((s, v) => s + v, 0);
    expect(sum(all.town.enterprises)).toBe(9); // all but row 7
    expect(sum(all.grid.enterprises)).toBe(8); // all but rows 7, 8
    expect(sum(all.park.enterprises)).toBe(6);
    expect(sum(all.town.openMajorHazards)).toBe(1); // row 7's two major hazards count nowhere
  });

  it('risk index by hand (grid cell 0) and for an area of unknown size (town 2)', () => {
    // Grid 0: one red + one orange → weight 12 over 2 enterprises, mean 6 → severity (6-1)/7 = 71.43;
    // density 12/2 km² = 6 → log10(7)/log10(1001) = 28.17; hazards (5·1 + 1)/2 = 3 per enterprise,
    // over the 0.5 cap → 100. Index = 0.5·71.43 + 0.3·28.17 + 0.2·100 = 64.16.
    const severity = (100 * 5) / 7,
      density = (100 * Math.log10(7)) / Math.log10(1001);
    expect(all.grid.riskIndex[0]).toBeCloseTo(0.5 * severity + 0.3 * density + 0.2 * 100, 3);
    expect(all.grid.riskIndex[0]).toBeCloseTo(64.164, 2);
    // Town 2: one blue enterprise, no hazards, unknown km²: density left out → (0.5·0 + 0.2·0)/0.7 = 0.
    expect(all.town.riskIndex[2]).toBe(0);
  });

  it('agrees with computeAreaMetrics for each kind', () => {
    const c = fixture();
    for (const [kind, list] of [
      ['town', AREAS.towns],
      ['grid', AREAS.grids],
      ['park', AREAS.parks],
    ] as const) {
      const one = computeAreaMetrics(
        c,
        null,
        kind,
        list.map((x) => x.areaKm2),
      );
      expect(one).toEqual(all[kind]);
    }
  });
});

describe('computeAllAreaMetrics with a mask', () => {
  const mask = Uint8Array.from(ROWS, (_, i) => (i === 1 || i === 6 ? 0 : 1));
  const all = computeAllAreaMetrics(fixture(), mask, AREAS);

  it('counts only the selected rows', () => {
    expectRow(all.town, 0, {
      n: 3,
      byLevel: [1, 0, 1, 1],
      share: 1 / 3,
      density: 0.3,
      mean: 55,
      max: 90,
      open: 5,
      overdue: 3,
      major: 1,
    });
    expectRow(all.town, 1, {
      n: 3,
      byLevel: [0, 1, 1, 1],
      share: 1 / 3,
      density: 0.6,
      mean: 130 / 3,
      max: 80,
      open: 2,
      overdue: 1,
      major: 0,
    });
    expectRow(all.grid, 0, {
      n: 1,
      byLevel: [1, 0, 0, 0],
      share: 1,
      density: 0.5,
      mean: 90,
      max: 90,
      open: 3,
      overdue: 1,
      major: 1,
    });
    expectRow(all.grid, 2, {
      n: 3,
      byLevel: [0, 1, 1, 1],
      share: 1 / 3,
      density: 0.75,
      mean: 130 / 3,
      max: 80,
      open: 2,
      overdue: 1,
      major: 0,
    });
    expectRow(all.park, 0, {
      n: 2,
      byLevel: [1, 0, 0, 1],
      share: 0.5,
      density: 4,
      mean: 55,
      max: 90,
      open: 3,
      overdue: 1,
      major: 1,
    });
  });

  it('an area emptied by the filter becomes NaN, not 0, for ratios and the index', () => {
    const only7 = Uint8Array.from(ROWS, (_, i) => (i === 7 ? 1 : 0));
    const e = computeAllAreaMetrics(fixture(), only7, AREAS);
    for (const m of [e.town, e.grid, e.park]) {
      for (let a = 0; a < m.count; a++) {
        expect(m.enterprises[a]).toBe(0);
        expect(m.density[a]).toBe(0);
        expect(m.redOrangeShare[a]).toBeNaN();
        expect(m.riskIndex[a]).toBeNaN();
      }
    }
  });

  it('an all-ones mask equals no mask', () => {
    expect(computeAllAreaMetrics(fixture(), new Uint8Array(ROWS.length).fill(1), AREAS)).toEqual(
      computeAllAreaMetrics(fixture(), null, AREAS),
    );
  });

  it('ignores indices beyond the given areas', () => {
    const c = fixture();
    c.grid[0] = 9; // not one of the 4 cells
    const g = computeAllAreaMetrics(c, null, AREAS).grid;
    expect(g.enterprises[0]).toBe(1);
    expect(Array.from(g.enterprises)).toEqual([1, 2, 4, 0]);
  });
});

describe('unfilteredAreaMetrics', () => {
  it('is the no-filter metrics, kept per scoring and area lists', () => {
    const columns = fixture();
    const kept = unfilteredAreaMetrics(columns, AREAS);
    expect(kept).toEqual(computeAllAreaMetrics(columns, null, AREAS));
    expect(unfilteredAreaMetrics(columns, AREAS)).toBe(kept);
    // A rescore gives new columns (new levels): new metrics, not the kept ones.
    const rescored = { ...columns, level: new Uint8Array(columns.length) };
    const fresh = unfilteredAreaMetrics(rescored, AREAS);
    expect(fresh).not.toBe(kept);
    expect(Array.from(fresh.town.byLevel.filter((_, k) => k % 4 === 0))).toEqual(Array.from(fresh.town.enterprises));
  });
});

describe('metricValue and rankAreas', () => {
  const all = computeAllAreaMetrics(fixture(), null, AREAS);
  it('reads a metric', () => {
    expect(metricValue(all.grid, 'enterprises', 2)).toBe(4);
    expect(metricValue(all.town, 'openHazards', 0)).toBe(6);
    expect(metricValue(all.grid, 'meanScore', 3)).toBeNaN();
  });
  it('ranks highest first, ties by index, NaN after numbers, empty areas last', () => {
    expect(rankAreas(all.grid, 'enterprises')).toEqual([2, 0, 1, 3]);
    expect(rankAreas(all.grid, 'maxScore')).toEqual([0, 2, 1, 3]);
    // Town 2 is not empty but has no score: after towns with a mean.
    expect(rankAreas(all.town, 'meanScore')).toEqual([0, 1, 2]);
    expect(rankAreas(all.town, 'overdueHazards')).toEqual([0, 1, 2]);
    expect(rankAreas(all.grid, 'density', 2)).toEqual([0, 2]);
    expect(rankAreas(all.grid, 'riskIndex', 0)).toEqual([]);
    // Every area is empty under a mask that selects nothing: index order.
    const none = computeAllAreaMetrics(fixture(), new Uint8Array(ROWS.length), AREAS);
    expect(rankAreas(none.grid, 'riskIndex')).toEqual([0, 1, 2, 3]);
  });
  it('describes every metric key once', () => {
    const keys = AREA_METRICS.map((m) => m.key);
    expect(new Set(keys).size).toBe(8);
    for (const k of keys) expect(all.grid[k]).toBeDefined();
  });
});

describe('area risk index formula', () => {
  const base = { areaKm2: 1, openMajorHazards: 0, overdueHazards: 0 };
  it('severity: all blue 0, all red 100, linear in the mean level weight', () => {
    expect(areaRiskParts({ ...base, byLevel: [0, 0, 0, 10] }).severity).toBe(0);
    expect(areaRiskParts({ ...base, byLevel: [10, 0, 0, 0] }).severity).toBe(100);
    expect(areaRiskParts({ ...base, byLevel: [0, 0, 5, 0] }).severity).toBeCloseTo(100 / 7, 10);
  });
  it('density: log scale, 100 at the cap and above', () => {
    expect(areaRiskParts({ ...base, byLevel: [0, 0, 0, 1000] }).density).toBeCloseTo(100, 10);
    expect(areaRiskParts({ ...base, byLevel: [0, 0, 0, 5000] }).density).toBe(100);
    // 9 blue per km² → log10(10)/log10(1001).
    expect(areaRiskParts({ ...base, byLevel: [0, 0, 0, 9] }).density).toBeCloseTo(100 / Math.log10(1001), 10);
    expect(areaRiskParts({ ...base, areaKm2: NaN, byLevel: [0, 0, 0, 9] }).density).toBeNaN();
  });
  it('hazards: major ×5 plus overdue, per enterprise, 100 at 0.5', () => {
    expect(
      areaRiskParts({ ...base, byLevel: [0, 0, 0, 20], openMajorHazards: 1, overdueHazards: 0 }).hazards,
    ).toBeCloseTo(50, 10);
    expect(
      areaRiskParts({ ...base, byLevel: [0, 0, 0, 20], openMajorHazards: 0, overdueHazards: 5 }).hazards,
    ).toBeCloseTo(50, 10);
    expect(areaRiskParts({ ...base, byLevel: [0, 0, 0, 2], openMajorHazards: 3, overdueHazards: 9 }).hazards).toBe(100);
  });
  it('the worked example of docs/area-risk.md', () => {
    // 120 enterprises on 2.5 km²: 3 red, 12 orange, 40 yellow, 65 blue; 2 open major, 9 overdue hazards.
    const p = areaRiskParts({ byLevel: [3, 12, 40, 65], areaKm2: 2.5, openMajorHazards: 2, overdueHazards: 9 });
    expect(p.severity).toBeCloseTo(11.55, 2); // (217/120 − 1)/7
    expect(p.density).toBeCloseTo(64.77, 2); // log10(1 + 86.8)/log10(1001)
    expect(p.hazards).toBeCloseTo(31.67, 2); // (5·2 + 9)/120/0.5
    expect(p.index).toBeCloseTo(31.54, 2); // 0.5·11.55 + 0.3·64.77 + 0.2·31.67
  });
  it('empty is NaN; unknown size renormalises; weights are configurable', () => {
    expect(areaRiskIndex({ ...base, byLevel: [0, 0, 0, 0] })).toBeNaN();
    const noSize = areaRiskParts({ byLevel: [10, 0, 0, 0], areaKm2: 0, openMajorHazards: 0, overdueHazards: 0 });
    expect(noSize.index).toBeCloseTo((0.5 * 100) / 0.7, 10);
    const onlyHazards = { ...AREA_RISK_DEFAULTS, weights: { severity: 0, density: 0, hazards: 1 } };
    expect(areaRiskIndex({ ...base, byLevel: [0, 0, 0, 10], overdueHazards: 1 }, onlyHazards)).toBeCloseTo(20, 10);
    expect(Object.isFrozen(AREA_RISK_DEFAULTS)).toBe(true);
  });
});

describe('consistency with a row-by-row reference on synthetic data', () => {
  it('matches for every kind under a mask', () => {
    const c = randomColumns({ n: 20_000, seed: 9, towns: 8, grids: 40, parks: 12 });
    c.score[3] = NaN;
    const mask = Uint8Array.from({ length: c.length }, (_, i) => (i % 3 === 0 || c.level[i] === 0 ? 1 : 0));
    const areas = {
      towns: Array.from({ length: 8 }, (_, i) => ({ areaKm2: 5 + i })),
      grids: Array.from({ length: 40 }, (_, i) => ({ areaKm2: 0.5 + i / 10 })),
      parks: Array.from({ length: 12 }, () => ({ areaKm2: 0.7 })),
    };
    const all = computeAllAreaMetrics(c, mask, areas);
    for (const [kind, col, list] of [
      ['town', c.town, areas.towns],
      ['grid', c.grid, areas.grids],
      ['park', c.park, areas.parks],
    ] as const) {
      const m = all[kind];
      for (let a = 0; a < list.length; a++) {
        let n = 0,
          sum = 0,
          scored = 0,
          max = -Infinity,
          open = 0,
          red = 0;
        for (let i = 0; i < c.length; i++) {
          if (!mask[i] || col[i] !== a) continue;
          n++;
          open += c.hazardsOpen[i];
          if (c.level[i] <= 1) red++;
          if (!Number.isNaN(c.score[i])) {
            sum += c.score[i];
            scored++;
            max = Math.max(max, c.score[i]);
          }
        }
        expect(m.enterprises[a]).toBe(n);
        expect(m.openHazards[a]).toBe(open);
        expect(m.meanScore[a]).toBeCloseTo(sum / scored, 3);
        expect(m.maxScore[a]).toBeCloseTo(max, 4);
        expect(m.redOrangeShare[a]).toBeCloseTo(red / n, 5);
        expect(m.density[a]).toBeCloseTo(n / list[a].areaKm2, 2);
      }
    }
  });
});
