/**
 * A part of the link is declared in one place: a throwaway part, added to the registry and nowhere
 * else, is written into the hash after the others and read back from it, its problems reported like
 * any other part's.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DatasetManifest } from '../../data/dataset.ts';
import { NO_FILTERS, readUrlView, writeUrlView } from '../url-state.ts';
import { addViewPart, viewParts } from './registry.ts';
import type { ViewPart } from './view-part.ts';

const manifest = { towns: [], grids: [], parks: [] } as unknown as DatasetManifest;

/** A note of up to 20 letters, `note=<text>`. */
const notePart: ViewPart<string> = {
  field: 'note',
  keys: ['note'],
  write: (note) => [`note=${encodeURIComponent(note)}`],
  read: (link) => {
    const note = link.get('note');
    if (note === null) return undefined;
    if (/^\p{L}{1,20}$/u.test(note)) return note;
    link.problems.push(`note: not a note "${note}"`);
    return undefined;
  },
  capture: () => undefined,
  apply: () => {},
  watch: () => null,
  history: 'replace',
};

describe('a part of the link declared in one place', () => {
  let remove = () => {};
  afterEach(() => remove());

  it('is written after the other parts and read back', () => {
    remove = addViewPart(notePart);
    const view = {
      camera: null,
      lang: 'en' as const,
      filters: { ...NO_FILTERS, levels: [0] },
      layers: null,
      tab: 'table' as const,
      note: '巡查',
    };
    const hash = writeUrlView(view, manifest);
    expect(hash).toBe(`#lang=en&level=major&tab=table&note=${encodeURIComponent('巡查')}`);
    const back = readUrlView(hash, manifest);
    expect(back.problems).toEqual([]);
    expect(back.view).toEqual(view);
  });

  it('reports a value it cannot read, keeping the rest, and is an unknown key once taken out', () => {
    remove = addViewPart(notePart);
    const { view, problems } = readUrlView('#level=major&note=1+2', manifest);
    expect(view.note).toBeUndefined();
    expect(view.filters.levels).toEqual([0]);
    expect(problems).toEqual(['note: not a note "1 2"']);
    remove();
    expect(viewParts()).not.toContain(notePart);
    expect(readUrlView('#note=abc', manifest).problems).toEqual(['unknown part "note"']);
  });

  it('leaves a view without it as it was', () => {
    const view = { camera: null, lang: null, filters: { ...NO_FILTERS, towns: [] }, layers: ['points'] };
    const before = writeUrlView(view, manifest);
    remove = addViewPart(notePart);
    expect(writeUrlView(view, manifest)).toBe(before);
  });

  it("declares each key and each field once across the registry, the layer kinds' settings included", async () => {
    const { defineLayerSettings } = await import('../layer-settings.ts');
    const { LINK_SETTINGS } = await import('../../map/layer-registry.ts');
    defineLayerSettings(LINK_SETTINGS);
    const keys = viewParts().flatMap((p) => p.keys);
    expect(new Set(keys).size).toBe(keys.length);
    const fields = viewParts().map((p) => p.field);
    expect(new Set(fields).size).toBe(fields.length);
    expect(fields).toEqual(expect.arrayContaining(['choro', 'heat', 'hex']));
  });
});
