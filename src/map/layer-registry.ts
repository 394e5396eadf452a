/**
 * Every map layer kind, in the layers panel's order (and, within a draw group, the drawing order).
 * Adding a kind is a new folder under src/map with its LayerKind (see layer-kind.ts) and one line here;
 * the store (visibility and settings), the layers panel, the legends, the link and the overlay follow
 * from this list.
 * The kinds' builders (deck.gl) load on first use (lazy-builder.ts); those of the kinds that start
 * off load while the browser is idle once the first map is drawn, so turning one on does not wait.
 */
import { changesBuilder, changesKind } from './changes/changes-kind.ts';
import { gridLinesKind, labelsKind, parkBoundariesKind } from './base/base-kinds.ts';
import { choroplethBuilder, gridChoroKind, parkChoroKind, townChoroKind } from './choropleth/choropleth-kinds.ts';
import { pointsKind } from './enterprises/points-kind.ts';
import { hazardsBuilder, hazardsKind } from './hazards/hazards-kind.ts';
import { heatmapBuilder, heatmapKind } from './heatmap/heatmap-kind.ts';
import { hexagonBuilder, hexagonKind } from './hexagon/hexagon-kind.ts';
import { inspectionsBuilder, inspectionsKind } from './inspections/inspections-kind.ts';
import { inDrawOrder, type LayerKind } from './layer-kind.ts';
import { settingsSpecsOf } from '../state/layer-settings.ts';
import { PREFETCH, registerPrefetch } from '../ui/lazy-load.ts';

registerPrefetch(
  PREFETCH.layer,
  hazardsBuilder.load,
  inspectionsBuilder.load,
  changesBuilder.load,
  choroplethBuilder.load,
  heatmapBuilder.load,
  hexagonBuilder.load,
);

export const LAYER_KINDS: readonly LayerKind[] = [
  pointsKind,
  hazardsKind,
  inspectionsKind,
  changesKind,
  heatmapKind,
  hexagonKind,
  townChoroKind,
  gridChoroKind,
  parkChoroKind,
  parkBoundariesKind,
  gridLinesKind,
  labelsKind,
];

/**
 * The kinds' settings in the order the link writes them: by drawing order (the choropleths' before the
 * heatmap's and the hexagons'), so a given view always writes the same hash.
 */
export const LINK_SETTINGS = settingsSpecsOf(inDrawOrder(LAYER_KINDS));
