/**
 * The recipe for a new list dimension, on the link's side: one entry added to the dimension table
 * (here by giving the table module one more entry, an enterprise's scale) is written to the link and
 * read back, is in the empty filters and counts as a filter, with nothing else changed.
 */
import { describe, expect, it, vi } from 'vitest';
import type { DatasetManifest } from '../data/dataset.ts';
import { NO_FILTERS } from '../data/filter-state.ts';
import { hasFilters } from './selectors.ts';
import { readUrlView, writeUrlView } from './url-state.ts';

vi.mock('../data/filter-dimensions.ts', async (original) => {
  const table = await original<typeof import('../data/filter-dimensions.ts')>();
  const keys = ['unknown', 'large', 'medium', 'small', 'micro'];
  const scale: import('../data/filter-dimensions.ts').ListSpec = {
    id: 'scale',
    kind: 'list',
    field: 'scales',
    counts: 'scale',
    column: 'scale',
    name: { zh: '企业规模', en: 'Scale' },
    url: 'scale',
    engine: 'codes',
    visit: 0,
    codes: () => keys.length,
    none: null,
    widget: 'checks',
    source: 'domain',
    valueCount: () => keys.length,
    valueName: (v) => keys[v],
    token: (v) => keys[v],
    parse: (t) => (keys.includes(t) ? keys.indexOf(t) : undefined),
  };
  return { ...table, FILTER_DIMENSIONS: [...table.FILTER_DIMENSIONS, scale] };
});

const manifest = { towns: [], grids: [], parks: [] } as unknown as DatasetManifest;
const scalesOf = (filters: object) => (filters as { scales?: number[] }).scales;

describe('a list dimension added to the table in one entry, in the link', () => {
  it('is in the empty filters, and a value of it is a filter', () => {
    expect(scalesOf(NO_FILTERS)).toEqual([]);
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, scales: [2] } as typeof NO_FILTERS)).toBe(true);
  });

  it("is written to the link by its values' tokens and read back", () => {
    const filters = { ...NO_FILTERS, levels: [0], scales: [1, 4] };
    const hash = writeUrlView({ camera: null, lang: null, filters, layers: null }, manifest);
    expect(hash).toBe('#level=major&scale=large,micro');
    const { view, problems } = readUrlView(hash, manifest);
    expect(problems).toEqual([]);
    expect(view.filters).toEqual(filters);
  });

  it('reports a token it does not know, and leaves it out of a link that does not name it', () => {
    const { view, problems } = readUrlView('#scale=giant,small', manifest);
    expect(problems).toEqual(['scale: unknown "giant"']);
    expect(scalesOf(view.filters)).toEqual([3]);
    expect(scalesOf(readUrlView('#level=major', manifest).view.filters)).toEqual([]);
  });
});
