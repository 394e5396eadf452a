import { describe, expect, it } from 'vitest';
import { NO_FILTERS, readUrlView, writeUrlView, type UrlView } from './url-state.ts';
import type { DatasetManifest } from '../data/dataset.ts';

const manifest = {
  towns: [{ code: 'T1', name: '甲' }, { code: 'T2', name: '乙' }],
  grids: [{ code: 'G1', name: 'g1' }, { code: 'G 2,x', name: 'g2' }],
  parks: [{ code: 'P1', name: 'p1' }],
} as unknown as DatasetManifest;

describe('URL view', () => {
  it('round-trips camera, language and every filter', () => {
    const view: UrlView = {
      camera: { lon: 121.51234, lat: 29.87654, zoom: 12.5, bearing: 10, pitch: 30 },
      lang: 'en',
      filters: { sectors: [0, 6], levels: [0], towns: [1], grids: [0], parks: [-1, 0], parkTypes: [2, -1], scoreRange: [40, 80], flags: 0b1001, hazard: 3, query: '化工 有限' },
      layers: null,
    };
    const hash = writeUrlView(view, manifest);
    const back = readUrlView(hash, manifest);
    expect(back.problems).toEqual([]);
    expect(back.view).toEqual(view);
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
