/** The swipe of two data dates in the link: `swipe=<% of the map's width>`, written after the other parts and read back. */
import { describe, expect, it } from 'vitest';
import type { DatasetManifest } from '../../data/dataset.ts';
import { NO_FILTERS, readUrlView, writeUrlView, type UrlView } from '../url-state.ts';

const manifest = { towns: [], grids: [], parks: [] } as unknown as DatasetManifest;
const view = (extra: Partial<UrlView>): UrlView => ({
  camera: null,
  lang: null,
  filters: { ...NO_FILTERS },
  layers: null,
  ...extra,
});

describe('the swipe in the link', () => {
  it('writes the divider in % of the map width, after the presentation, and reads it back', () => {
    const v = view({ present: true, swipe: 0.35 });
    const hash = writeUrlView(v, manifest);
    expect(hash).toBe('#present=1&swipe=35');
    const back = readUrlView(hash, manifest);
    expect(back.problems).toEqual([]);
    expect(back.view).toEqual(v);
  });

  it('keeps one decimal of a per cent: 0.6667 of the width is 66.7 %', () => {
    const hash = writeUrlView(view({ swipe: 2 / 3 }), manifest);
    expect(hash).toBe('#swipe=66.7');
    expect(readUrlView(hash, manifest).view.swipe).toBe(0.667);
  });

  it('reads both edges, and writes nothing while the swipe is off', () => {
    expect(readUrlView('#swipe=0', manifest).view.swipe).toBe(0);
    expect(readUrlView('#swipe=100', manifest).view.swipe).toBe(1);
    expect(writeUrlView(view({}), manifest)).toBe('');
  });

  it('reports a place it cannot read and leaves the swipe off', () => {
    for (const bad of ['150', '-5', 'on', '']) {
      const { view: v, problems } = readUrlView(`#level=major&swipe=${bad}`, manifest);
      expect(v.swipe).toBeUndefined();
      expect(v.filters.levels).toEqual([0]);
      expect(problems).toEqual([`swipe: not a place from 0 to 100 "${bad}"`]);
    }
  });
});
