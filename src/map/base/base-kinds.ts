/**
 * Layers of the offline base map that the layers panel shows, hides and fades: park outlines, grid
 * lines and place names. Each names the base style's layers it stands for (build-base-style.ts).
 */
import type { LayerKind } from '../layer-kind.ts';

export const parkBoundariesKind: LayerKind = {
  id: 'parkBoundaries',
  name: { zh: '园区边界', en: 'Park boundaries' },
  defaults: { visible: true, opacity: 1 },
  group: 'base',
  baseLayers: [
    ['park-fill', 'fill-opacity', 0.22],
    ['park-line', 'line-opacity', 1],
  ],
};

export const gridLinesKind: LayerKind = {
  id: 'gridLines',
  name: { zh: '网格线', en: 'Grid lines' },
  defaults: { visible: true, opacity: 1 },
  group: 'base',
  baseLayers: [['grid-line', 'line-opacity', 1]],
};

export const labelsKind: LayerKind = {
  id: 'labels',
  name: { zh: '地名标注', en: 'Labels' },
  defaults: { visible: true, opacity: 1 },
  group: 'base',
  baseLayers: [
    ['town-labels', 'text-opacity', 1],
    ['park-labels', 'text-opacity', 1],
    ['grid-labels', 'text-opacity', 1],
  ],
};
