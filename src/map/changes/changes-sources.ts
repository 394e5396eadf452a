/** What the change marks are taken from, out of the store's dataset and comparison (the layer and the legend ask alike). */
import type { CoreDataset } from '../../data/dataset.ts';
import type { Comparison } from '../../state/compare-slice.ts';
import type { ChangeSources } from './change-marks.ts';

export const changeSources = (dataset: CoreDataset, cmp: Comparison | null): ChangeSources => ({
  cur: dataset.enterprises,
  earlier: cmp ? { lon: cmp.earlier.enterprises.lon, lat: cmp.earlier.enterprises.lat, gone: cmp.diff.gone } : null,
});
