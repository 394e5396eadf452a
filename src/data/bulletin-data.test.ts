/**
 * The bulletin's lists on a small generated district loaded as the app loads a bundle (as
 * src/state/store-flows.test.ts does), each checked against a plain reference: the top enterprises
 * and towns, the overdue and listed major hazards (whose count must agree with the KPI tiles' sums),
 * the trend window and the period.
 */
import { describe, expect, it } from 'vitest';
import { builtDemo } from './test-support/built-demo.ts';
import { encodeBundle } from './bundle.ts';
import { bundleFilesOf, decodeBundleFiles } from './load-bundle.ts';
import { computeAllAreaMetrics, rankAreas } from './area/area-metrics.ts';
import { parseDay } from './dates.ts';
import { dataAsOf, hazardTrend, isOverdueOn, OPEN, periodStartOf, statusOn } from './ledger/hazard-ledger.ts';
import {
  BULLETIN_TREND_PERIODS,
  builtDay,
  bulletinPeriod,
  bulletinPeriods,
  cropRect,
  listedMajorHazards,
  metresPerCssPixel,
  overdueHazards,
  printStamp,
  scaleBar,
  topAreas,
  topEnterprises,
  trendWindow,
} from './bulletin-data.ts';

const built = builtDemo('bulletin', 5, 800, '2026-11-01T08:00:00Z');
const b = encodeBundle(built);
const d = decodeBundleFiles(bundleFilesOf(b));
const e = d.enterprises,
  h = d.hazards;
const asOf = dataAsOf(d);
const n = e.length;
/** The view after a click on 重大 and 较大: the mask the filter engine gives for levels 0 and 1. */
const redOrange = Uint8Array.from({ length: n }, (_, i) => (e.level[i] <= 1 ? 1 : 0));
const rows = (mask: Uint8Array | null) =>
  Array.from({ length: n }, (_, i) => i).filter((i) => mask === null || mask[i] === 1);

describe('topEnterprises', () => {
  it('gives the ten highest scores of the rows passing the filters, highest first, as a full sort does', () => {
    for (const mask of [null, redOrange]) {
      const want = rows(mask)
        .sort((a, z) => e.score[z] - e.score[a] || e.level[a] - e.level[z] || a - z)
        .slice(0, 10);
      const got = topEnterprises(e, mask);
      expect(got.map((r) => r.row)).toEqual(want);
      expect(got.every((r) => r.score === e.score[r.row] && r.level === e.level[r.row])).toBe(true);
    }
    expect(topEnterprises(e, redOrange).every((r) => r.level <= 1)).toBe(true);
  });

  it('puts unscored rows last, breaks ties by level then row, and gives fewer rows when fewer pass', () => {
    const cols = {
      length: 6,
      score: Float32Array.from([50, NaN, 80, 80, 50, 90]),
      level: Uint8Array.from([2, 0, 1, 0, 1, 0]),
    };
    expect(topEnterprises(cols, null, 6).map((r) => r.row)).toEqual([5, 3, 2, 4, 0, 1]);
    expect(topEnterprises(cols, null, 2).map((r) => r.row)).toEqual([5, 3]);
    expect(topEnterprises(cols, Uint8Array.from([1, 1, 0, 0, 0, 0])).map((r) => r.row)).toEqual([0, 1]);
    expect(topEnterprises(cols, null, 0)).toEqual([]);
  });
});

describe('topAreas', () => {
  it('ranks the towns by the area risk index over the selection, leaving out towns with none selected', () => {
    for (const mask of [null, redOrange]) {
      const m = computeAllAreaMetrics(e, mask, d.manifest).town;
      const want = rankAreas(m, 'riskIndex')
        .filter((a) => m.enterprises[a] > 0)
        .slice(0, 10);
      const got = topAreas(m);
      expect(got.map((a) => a.area)).toEqual(want);
      expect(got.length).toBe(Math.min(10, want.length));
      for (let k = 1; k < got.length; k++) expect(got[k - 1].riskIndex).toBeGreaterThanOrEqual(got[k].riskIndex);
      for (const a of got) {
        const inTown = rows(mask).filter((i) => e.town[i] === a.area);
        expect(a.enterprises).toBe(inTown.length);
        expect(a.byLevel).toEqual([0, 1, 2, 3].map((l) => inTown.filter((i) => e.level[i] === l).length));
        expect(a.topLevel).toBe(Math.min(...inTown.map((i) => e.level[i])));
      }
    }
    const onlyLow = computeAllAreaMetrics(
      e,
      Uint8Array.from({ length: n }, (_, i) => (e.level[i] === 3 ? 1 : 0)),
      d.manifest,
    ).town;
    expect(topAreas(onlyLow).every((a) => a.topLevel === 3)).toBe(true);
  });
});

describe('the hazard lists', () => {
  it('lists the hazards overdue on the data date, as many as the KPI tiles count, most days overdue first', () => {
    for (const mask of [null, redOrange]) {
      const want = Array.from({ length: h.length }, (_, k) => k).filter(
        (k) => isOverdueOn(h, k, asOf) && (mask === null || mask[h.enterprise[k]] === 1),
      );
      const list = overdueHazards(h, asOf, mask, 6);
      expect(list.count).toBe(want.length);
      expect(list.count).toBeGreaterThan(0);
      // The build's per-enterprise summary, which the KPI tile adds up, says the same.
      expect(list.count).toBe(rows(mask).reduce((s, i) => s + e.hazardsOverdue[i], 0));
      expect(list.lines.length).toBe(Math.min(6, want.length));
      for (const l of list.lines) {
        expect(l.daysOverdue).toBe(asOf - h.deadline[l.hazard]);
        expect(l.enterprise).toBe(h.enterprise[l.hazard]);
        expect(l.found).toBe(h.found[l.hazard]);
      }
      const most = Math.max(...want.map((k) => asOf - h.deadline[k]));
      expect(list.lines[0].daysOverdue).toBe(most);
      for (let k = 1; k < list.lines.length; k++)
        expect(list.lines[k - 1].daysOverdue).toBeGreaterThanOrEqual(list.lines[k].daysOverdue);
    }
  });

  it('lists the open major hazards under listed supervision, overdue or not', () => {
    const want = Array.from({ length: h.length }, (_, k) => k).filter(
      (k) => h.listed[k] === 1 && h.level[k] === 1 && statusOn(h, k, asOf) === OPEN,
    );
    const list = listedMajorHazards(h, asOf, null, 100_000);
    expect(list.count).toBe(want.length);
    expect(list.count).toBeGreaterThan(0);
    expect(new Set(list.lines.map((l) => l.hazard))).toEqual(new Set(want));
    expect(list.lines.every((l) => l.level === 1)).toBe(true);
    expect(listedMajorHazards(h, asOf, redOrange, 3).lines.length).toBeLessThanOrEqual(3);
    expect(listedMajorHazards(h, asOf, new Uint8Array(n), 3)).toEqual({ count: 0, lines: [] });
  });

  it('judges an earlier report day as of that day', () => {
    const day = asOf - 60;
    const want = Array.from({ length: h.length }, (_, k) => k).filter((k) => isOverdueOn(h, k, day)).length;
    expect(overdueHazards(h, day, null, 0)).toEqual({ count: want, lines: [] });
  });
});

describe('trendWindow', () => {
  it('gives the last twelve periods up to the one reported on, of the enterprises passing the filters', () => {
    for (const step of ['week', 'month'] as const) {
      const all = hazardTrend(h, step, asOf, { enterpriseMask: redOrange });
      const last = trendWindow(h, step, asOf, redOrange, periodStartOf(asOf, step));
      expect(last).toEqual(all.slice(-BULLETIN_TREND_PERIODS));
      expect(trendWindow(h, step, asOf, redOrange, -1)).toEqual(last);
      const earlier = all[all.length - 3];
      const w = trendWindow(h, step, asOf, redOrange, earlier.start, 4);
      expect(w.map((p) => p.label)).toEqual(all.slice(-6, -2).map((p) => p.label));
    }
  });
});

describe('bulletinPeriod', () => {
  const day = (s: string) => parseDay(s)!;

  it('is the week or month holding the data date unless one is picked', () => {
    const asOfDay = day('2026-10-31');
    expect(bulletinPeriod({ step: 'week', start: null }, asOfDay)).toEqual({
      step: 'week',
      start: day('2026-10-26'),
      end: asOfDay,
      label: '2026-W44',
      latest: true,
    });
    expect(bulletinPeriod({ step: 'month', start: null }, asOfDay)).toEqual({
      step: 'month',
      start: day('2026-10-01'),
      end: asOfDay,
      label: '2026-10',
      latest: true,
    });
    expect(bulletinPeriod({ step: 'week', start: day('2026-10-12') }, asOfDay)).toEqual({
      step: 'week',
      start: day('2026-10-12'),
      end: day('2026-10-18'),
      label: '2026-W42',
      latest: false,
    });
    expect(bulletinPeriod({ step: 'month', start: day('2026-09-01') }, asOfDay)).toMatchObject({
      end: day('2026-09-30'),
      label: '2026-09',
      latest: false,
    });
    // A period after the data date (another dataset's) reads as the latest.
    expect(bulletinPeriod({ step: 'week', start: day('2027-01-04') }, asOfDay)).toMatchObject({
      label: '2026-W44',
      latest: true,
    });
  });
});

describe('bulletinPeriods', () => {
  const day = (s: string) => parseDay(s)!;
  const brief = (p: { label: string; start: number; end: number; latest: boolean }) =>
    `${p.label} ${new Date(p.start * 86_400_000).toISOString().slice(0, 10)}..${new Date(p.end * 86_400_000).toISOString().slice(0, 10)}${p.latest ? ' latest' : ''}`;

  it('lists the months up to the data date, latest first, the latest cut at the data date', () => {
    expect(bulletinPeriods(day('2026-11-18'), 'month', 4).map(brief)).toEqual([
      '2026-11 2026-11-01..2026-11-18 latest',
      '2026-10 2026-10-01..2026-10-31',
      '2026-09 2026-09-01..2026-09-30',
      '2026-08 2026-08-01..2026-08-31',
    ]);
    // Across a year end, and February of a common year.
    expect(bulletinPeriods(day('2027-03-02'), 'month', 4).map(brief)).toEqual([
      '2027-03 2027-03-01..2027-03-02 latest',
      '2027-02 2027-02-01..2027-02-28',
      '2027-01 2027-01-01..2027-01-31',
      '2026-12 2026-12-01..2026-12-31',
    ]);
  });

  it('lists ISO weeks, Monday to Sunday, a week across a year end labelled by its Thursday', () => {
    // 2027-01-02 is a Saturday; its week starts on Monday 2026-12-28 and its Thursday (2026-12-31) is
    // in 2026, the 53rd ISO week of 2026 (2026 starts on a Thursday).
    expect(bulletinPeriods(day('2027-01-02'), 'week', 3).map(brief)).toEqual([
      '2026-W53 2026-12-28..2027-01-02 latest',
      '2026-W52 2026-12-21..2026-12-27',
      '2026-W51 2026-12-14..2026-12-20',
    ]);
    // 2026-01-01 is a Thursday: the week of Monday 2025-12-29 is week 1 of 2026.
    expect(bulletinPeriods(day('2026-01-04'), 'week', 2).map(brief)).toEqual([
      '2026-W01 2025-12-29..2026-01-04 latest',
      '2025-W52 2025-12-22..2025-12-28',
    ]);
    // 2025-01-01 is a Wednesday: the week of Monday 2024-12-30 is week 1 of 2025, cut at the data date.
    expect(bulletinPeriods(day('2024-12-31'), 'week', 1).map(brief)).toEqual([
      '2025-W01 2024-12-30..2024-12-31 latest',
    ]);
  });

  it('offers half a year of weeks and two years of months by default; each is a period the bulletin reports on', () => {
    const asOf = day('2026-10-31');
    expect(bulletinPeriods(asOf, 'week')).toHaveLength(26);
    expect(bulletinPeriods(asOf, 'month')).toHaveLength(24);
    for (const p of bulletinPeriods(asOf, 'month', 5))
      expect(bulletinPeriod({ step: 'month', start: p.start }, asOf)).toEqual(p);
  });
});

describe('stamps', () => {
  it('prints a local moment to the minute and a build time as its day', () => {
    expect(printStamp(new Date(2026, 10, 3, 9, 5, 59))).toBe('2026-11-03 09:05');
    expect(builtDay('2026-11-01T08:00:00Z')).toBe('2026-11-01');
    expect(builtDay('')).toBe('');
  });
});

describe('the map image', () => {
  const canvas = { width: 2000, height: 800 }; // a wide map window at device pixel ratio 2 (1000 x 400 CSS pixels)
  const box = (x0: number, y0: number, x1: number, y1: number) => [
    { x: x0, y: y0 },
    { x: x0, y: y1 },
    { x: x1, y: y0 },
    { x: x1, y: y1 },
  ];

  it("cuts the canvas to the district with a margin, grown to the printed box's shape", () => {
    // The district from 400 to 600 CSS px across and 100 to 300 down: 464 x 464 device pixels with the
    // margin, made 580 tall about its middle for a box of 0.8.
    const r = cropRect(canvas, 1000, box(400, 100, 600, 300), 0.8);
    expect(r).toEqual({ x: 768, y: 110, w: 464, h: 580 });
    expect(r.w / r.h).toBeCloseTo(0.8, 2);
    // Much wider than the box: as tall as the canvas, no more.
    const wide = cropRect(canvas, 1000, box(100, 150, 900, 250), 0.8);
    expect(wide).toEqual({ x: 168, y: 0, w: 1664, h: 800 });
  });

  it('keeps within the canvas when the district runs off it, and takes the whole canvas without a district', () => {
    const r = cropRect(canvas, 1000, box(-500, -200, 300, 1000), 0.8);
    expect(r.x).toBe(0);
    expect(r.y).toBe(0);
    expect(r.h).toBe(800);
    expect(r.x + r.w).toBeLessThanOrEqual(2000);
    const full = { x: 0, y: 0, w: 2000, h: 800 };
    expect(cropRect(canvas, 1000, null, 0.8)).toEqual(full);
    expect(cropRect(canvas, 1000, box(NaN, 0, 10, 10), 0.8)).toEqual(full);
    // Out of view: nothing of the district left to cut to.
    expect(cropRect(canvas, 1000, box(2000, 2000, 2100, 2100), 0.8)).toEqual(full);
  });

  it('gives a round scale bar at most 25 mm long', () => {
    // About 8.3 m per CSS pixel at zoom 13 at 30 degrees north, half that at zoom 14.
    expect(metresPerCssPixel(30, 13)).toBeCloseTo(8.27, 2);
    expect(metresPerCssPixel(30, 14)).toBeCloseTo(8.27 / 2, 2);
    // 500 px printed across 100 mm (0.2 mm a pixel) at 20 m a pixel: 100 m a mm, 2.5 km at most: 2 km, 20 mm.
    expect(scaleBar({ width: 500, height: 400, metresPerPixel: 20 }, { width: 100, height: 137 })).toEqual({
      metres: 2000,
      mm: 20,
    });
    // The box's height limits when the image is tall: 0.25 mm a pixel, 80 m a mm, 2 km at most: 2 km, 25 mm.
    expect(scaleBar({ width: 200, height: 548, metresPerPixel: 20 }, { width: 100, height: 137 })).toEqual({
      metres: 2000,
      mm: 25,
    });
    expect(scaleBar({ width: 500, height: 400, metresPerPixel: null }, { width: 100, height: 137 })).toBeNull();
  });
});
