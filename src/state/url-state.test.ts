import { describe, expect, it } from 'vitest';
import { NO_FILTERS, readUrlView, writeUrlView, type UrlView } from './url-state.ts';
import type { DatasetManifest } from '../data/dataset.ts';
import { defineLayerSettings } from './layer-settings.ts';
import { LINK_SETTINGS } from '../map/layer-registry.ts';
import { MAP_METRICS } from '../data/area/area-change.ts';

// The link's settings parts come from the map's layer kinds, defined as the app does at start-up.
defineLayerSettings(LINK_SETTINGS);

const manifest = {
  towns: [
    { code: 'T1', name: '甲' },
    { code: 'T2', name: '乙' },
  ],
  grids: [
    { code: 'G1', name: 'g1' },
    { code: 'G 2,x', name: 'g2' },
  ],
  parks: [{ code: 'P1', name: 'p1' }],
} as unknown as DatasetManifest;

describe('URL view', () => {
  it('round-trips camera, language and every filter', () => {
    const view: UrlView = {
      camera: { lon: 121.51234, lat: 29.87654, zoom: 12.5, bearing: 10, pitch: 30 },
      lang: 'en',
      filters: {
        sectors: [0, 6],
        levels: [0],
        towns: [1],
        grids: [0],
        parks: [-1, 0],
        parkTypes: [2, -1],
        scoreRange: [40, 80],
        flags: 0b1001,
        hazard: 3,
        inspection: 6,
        change: 1 | 16,
        query: '化工 有限',
      },
      layers: null,
    };
    const hash = writeUrlView(view, manifest);
    const back = readUrlView(hash, manifest);
    expect(back.problems).toEqual([]);
    expect(back.view).toEqual(view);
  });

  it("writes the change filter's values by their keys as chg=", () => {
    const filters = { ...NO_FILTERS, change: 1 | 16 | 32 };
    const hash = writeUrlView({ camera: null, lang: null, filters, layers: null }, manifest);
    expect(hash).toBe('#chg=new,majorFound,closed');
    expect(readUrlView('#chg=down,gone', manifest)).toEqual({
      view: expect.objectContaining({ filters: { ...NO_FILTERS, change: 4 } }),
      problems: [expect.stringContaining('gone')],
    });
  });

  it('writes nothing for the default view', () => {
    expect(writeUrlView({ camera: null, lang: null, filters: NO_FILTERS, layers: null }, manifest)).toBe('');
  });

  it('drops what it cannot read and says so, keeping the rest', () => {
    const { view, problems } = readUrlView('#town=T2,T9&level=major,purple&c=abc&score=9-1&zzz=1', manifest);
    expect(view.filters.towns).toEqual([1]);
    expect(view.filters.levels).toEqual([0]);
    expect(view.camera).toBeNull();
    expect(view.filters.scoreRange).toBeNull();
    expect(problems).toHaveLength(5);
  });

  it('survives garbage', () => {
    for (const junk of ['#%%%', '#&&&=', '#c=1e999,5,5', '#' + 'x'.repeat(5000), '#lang=<script>']) {
      const { view } = readUrlView(junk, manifest);
      expect(view.filters.sectors).toEqual([]);
      expect(view.camera).toBeNull();
    }
  });
});

describe('URL view round trip', () => {
  /** A deterministic pseudo-random source. */
  function rng(seed: number) {
    let x = seed >>> 0;
    return () => (x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
  }
  // The choropleths' metrics as the app reads a link (url-sync.ts), the change since an earlier data date included.
  const METRICS = MAP_METRICS.map((m) => m.key);
  const LAYERS = ['points', 'heatmap', 'townChoro'];

  it('reads back every view it writes: 500 random views, every part and setting', async () => {
    const { SECTORS } = await import('../domain/sectors.ts');
    const { LEVELS } = await import('../domain/levels.ts');
    const { DOCK_TABS } = await import('./url-state.ts');
    for (let k = 0; k < 500; k++) {
      const r = rng(k + 1);
      const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
      const some = (n: number, withNone = false) => [
        ...new Set(
          Array.from(
            { length: Math.floor(r() * 3) },
            () => Math.floor(r() * (n + (withNone ? 1 : 0))) - (withNone ? 1 : 0),
          ),
        ),
      ];
      const lo = Math.round(r() * 500) / 10;
      const view: UrlView = {
        camera:
          r() < 0.5
            ? null
            : {
                lon: Math.round((120 + r()) * 1e5) / 1e5,
                lat: Math.round((29 + r()) * 1e5) / 1e5,
                zoom: Math.round(r() * 1800) / 100,
                bearing: Math.round(r() * 3600 - 1800) / 10,
                pitch: Math.round(r() * 600) / 10,
              },
        lang: pick(['zh', 'en', null] as const),
        filters: {
          sectors: some(SECTORS.length),
          levels: some(LEVELS.length),
          towns: some(2, true),
          grids: some(2, true),
          parks: some(1, true),
          parkTypes: some(3, true),
          scoreRange: r() < 0.5 ? null : [lo, Math.round(lo * 10 + r() * 500) / 10],
          flags: Math.floor(r() * 16),
          hazard: Math.floor(r() * 4),
          inspection: Math.floor(r() * 64),
          change: Math.floor(r() * 64),
          query: r() < 0.3 ? '化工 & 有限=公司' : '',
        },
        layers: r() < 0.5 ? null : some(LAYERS.length).map((i) => LAYERS[i]),
      };
      if (r() < 0.5) {
        const method = pick(['quantile', 'equal', 'jenks', 'manual'] as const);
        view.choro = {
          metric: pick(METRICS),
          method,
          classes: 3 + Math.floor(r() * 5),
          manual: method === 'manual' ? [10, 25.5, 60] : [],
        };
      }
      if (r() < 0.5)
        view.heat =
          r() < 0.5
            ? { weight: 'score', levelWeights: [8, 4, 2, 1] }
            : { weight: 'level', levelWeights: [Math.floor(r() * 9), 4, 2, 1] };
      if (r() < 0.5)
        view.hex = {
          colorBy: pick(['count', 'risk'] as const),
          radius: 100 + Math.floor(r() * 1000),
          extruded: r() < 0.5,
        };
      if (r() < 0.5) {
        // The statuses the inspection marks show, in their order (an empty choice is written as none).
        const marks = (['overdue', 'never', 'dueSoon'] as const).filter(() => r() < 0.5);
        view.inspectionMarks = [...marks];
      }
      if (r() < 0.5) {
        // The change marks beyond level up and new, in their order (none is the default, left out).
        const extra = (['down', 'gone'] as const).filter(() => r() < 0.5);
        if (extra.length) view.changeMarks = [...extra];
      }
      if (r() < 0.5) view.tab = pick(DOCK_TABS);
      if (r() < 0.5) {
        // A period's first day: a Monday (day 0, 1970-01-01, is a Thursday) or the 1st of a month.
        const step = pick(['week', 'month'] as const);
        const start =
          r() < 0.3
            ? null
            : step === 'week'
              ? 4 + 7 * (2858 + Math.floor(r() * 200))
              : Math.round(Date.UTC(2020 + Math.floor(r() * 8), Math.floor(r() * 12), 1) / 86_400_000);
        view.ledger = { step, start };
      }
      if (r() < 0.5)
        view.open =
          r() < 0.5
            ? { kind: 'enterprise', code: `91330299${Math.floor(r() * 1e9)}X` }
            : { kind: 'grid', code: 'G 2,x' };
      const back = readUrlView(writeUrlView(view, manifest), manifest, LAYERS, METRICS);
      expect(back.problems, `view ${k}`).toEqual([]);
      expect(back.view, `view ${k}`).toEqual(view);
    }
  });

  it("carries the change in area risk as the choropleths' metric", () => {
    expect(METRICS).toContain('riskIndexChange');
    const view: UrlView = {
      camera: null,
      lang: null,
      filters: NO_FILTERS,
      layers: ['townChoro'],
      choro: { metric: 'riskIndexChange', method: 'equal', classes: 5, manual: [] },
    };
    const hash = writeUrlView(view, manifest);
    expect(hash).toContain('cm=riskIndexChange');
    const back = readUrlView(hash, manifest, LAYERS, METRICS);
    expect(back.problems).toEqual([]);
    expect(back.view).toEqual(view);
  });

  it('reports a bad setting and keeps the rest', () => {
    const { view, problems } = readUrlView(
      '#cm=nonsense&cl=jenks-5&heat=level:1,2&hex=risk,10,2d&im=late&chm=sideways&tab=nope&open=town:T9&ledger=2026-W99&level=major',
      manifest,
      [],
      ['riskIndex'],
    );
    expect(view.filters.levels).toEqual([0]);
    expect([
      view.choro,
      view.heat,
      view.hex,
      view.inspectionMarks,
      view.changeMarks,
      view.tab,
      view.open,
      view.ledger,
    ]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(problems).toHaveLength(8);
  });
});
