/**
 * Every map layer kind, in the layers panel's order (and, within a draw group, the drawing order).
 * Adding a kind is a new folder under src/map with its LayerKind (see layer-kind.ts) and one line here;
 * the store, the layers panel, the legends, the link and the overlay follow from this list.
 */
import { gridLinesKind, labelsKind, parkBoundariesKind } from './base/base-kinds.ts';
import { gridChoroKind, parkChoroKind, townChoroKind } from './choropleth/choropleth-kinds.ts';
import { pointsKind } from './enterprises/points-kind.ts';
import { hazardsKind } from './hazards/hazards-kind.ts';
import { heatmapKind } from './heatmap/heatmap-kind.ts';
import { hexagonKind } from './hexagon/hexagon-kind.ts';
import type { LayerKind } from './layer-kind.ts';

export const LAYER_KINDS: readonly LayerKind[] = [
  pointsKind,
  hazardsKind,
  heatmapKind,
  hexagonKind,
  townChoroKind,
  gridChoroKind,
  parkChoroKind,
  parkBoundariesKind,
  gridLinesKind,
  labelsKind,
];
