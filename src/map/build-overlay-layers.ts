/**
 * Every deck.gl layer the map shows, in drawing order, from the store's state. Each kind comes from
 * its own pure builder; this only decides which ones show and in what order (areas, then density,
 * then points), all beneath the base map's labels; the rank badges are a base-map label layer
 * (choropleth/rank-labels.ts) fed by rankedChoroplethAreas.
 */
import type { Layer } from '@deck.gl/core';
import type { Dataset } from '../data/dataset.ts';
import type { AllAreaMetrics } from '../data/area-metrics.ts';
import { rankAreas } from '../data/area-metrics.ts';
import type { ChoroSettings, HeatSettings, HexSettings, LayerId, LayerSetting } from '../state/layers-slice.ts';
import { CHORO_KIND } from '../state/layers-slice.ts';
import { buildAreaOutline, buildChoroplethLayer } from './choropleth/build-choropleth-layer.ts';
import { buildEnterpriseLayer, type EnterpriseAttributes } from './enterprises/build-enterprise-layer.ts';
import { buildSelectedLayer } from './enterprises/build-selected-layer.ts';
import { buildHeatmapLayer } from './heatmap/build-heatmap-layer.ts';
import { buildHexagonLayer } from './hexagon/build-hexagon-layer.ts';
import { FIRST_ABOVE_POINTS, FIRST_LABEL } from './base/build-base-style.ts';
import { buildHazardLayer } from './hazards/build-hazard-layer.ts';
import type { MapTheme } from './theme.ts';

export interface OverlayInputs {
  dataset: Dataset;
  attributes: EnterpriseAttributes;
  visible: Float32Array | null;
  /** The filter engine's row mask (dataset order), null before the first run. */
  mask: Uint8Array | null;
  selectedRows: Uint32Array | null;
  areaMetrics: AllAreaMetrics | null;
  version: number;
  layers: Record<LayerId, LayerSetting>;
  heat: HeatSettings;
  hex: HexSettings;
  choro: ChoroSettings;
  zoom: number;
  theme: MapTheme;
  /** Day whose open hazards the hazard rings show (the ledger's time slider, or the data date). */
  hazardDay: number;
  /** The enterprise whose drawer is open: ringed on the map. */
  selected: number | null;
  /** Told the hexagons' colour domain, for their legend. */
  onHexDomain?: (domain: [number, number]) => void;
  /** The area whose panel is open: outlined on the map. */
  area: { kind: 'town' | 'grid' | 'park'; index: number } | null;
}

/**
 * The heatmap draws in its own group above the points (and below the labels): sharing the points'
 * group in MapLibre's interleaved mode, its weights pass is lost whenever the points draw, and the
 * heat vanishes (measured: 7,387 heat pixels alone, 679 with the points on).
 */
const HEATMAP_BEFORE = FIRST_LABEL;

/** Opacity factor of the points while a heatmap, hexagons or a choropleth is on. */
export const POINTS_DIMMED = 0.35;

export function densityOrAreaShown(layers: Record<LayerId, LayerSetting>): boolean {
  return layers.heatmap.visible || layers.hexagon.visible || layers.gridChoro.visible || layers.townChoro.visible || layers.parkChoro.visible;
}

export function buildOverlayLayers(x: OverlayInputs): Layer[] {
  const out: Layer[] = [];
  const beforeId = FIRST_ABOVE_POINTS;
  const geo = { gridChoro: x.dataset.geo.grid, townChoro: x.dataset.geo.towns, parkChoro: x.dataset.geo.parks } as const;
  for (const id of ['townChoro', 'gridChoro', 'parkChoro'] as const) {
    const kind = CHORO_KIND[id]!;
    const breaks = x.choro.breaks[kind];
    if (!x.layers[id].visible || !x.areaMetrics || !breaks) continue;
    out.push(buildChoroplethLayer({ id, geo: geo[id], metrics: x.areaMetrics[kind], metric: x.choro.metric, breaks, opacity: x.layers[id].opacity, version: x.version, beforeId }));
  }
  if (x.selectedRows && x.layers.heatmap.visible) {
    out.push(buildHeatmapLayer(x.dataset.enterprises, { rows: x.selectedRows, weight: x.heat.weight, levelWeights: x.heat.levelWeights, zoom: x.zoom, opacity: x.layers.heatmap.opacity, version: x.version, beforeId: HEATMAP_BEFORE }));
  }
  if (x.selectedRows && x.layers.hexagon.visible) {
    out.push(buildHexagonLayer(x.dataset.enterprises, { rows: x.selectedRows, colorBy: x.hex.colorBy, levelWeights: x.heat.levelWeights, extruded: x.hex.extruded, radius: x.hex.radius, opacity: x.layers.hexagon.opacity, version: x.version, beforeId, onColorDomain: x.onHexDomain }));
  }
  if (x.layers.points.visible) {
    // Under a density or area layer the points step back: that layer is what the user asked to see.
    const dim = densityOrAreaShown(x.layers) ? POINTS_DIMMED : 1;
    out.push(buildEnterpriseLayer(x.attributes, { outline: x.theme.pointOutline, beforeId, visible: x.visible, opacity: x.layers.points.opacity * dim }));
  }
  if (x.layers.hazards.visible) {
    out.push(buildHazardLayer(x.dataset, { day: x.hazardDay, enterpriseMask: x.mask, version: x.version, opacity: x.layers.hazards.opacity, zoom: x.zoom, beforeId }));
  }
  if (x.area) {
    const fc = { town: x.dataset.geo.towns, grid: x.dataset.geo.grid, park: x.dataset.geo.parks }[x.area.kind];
    const feature = fc.features[x.area.index];
    if (feature) out.push(buildAreaOutline(feature));
  }
  if (x.selected !== null && x.selected < x.dataset.enterprises.length) {
    const c = x.dataset.enterprises;
    out.push(buildSelectedLayer(c.lon[x.selected], c.lat[x.selected]));
  }
  return out;
}

/**
 * The top-ten areas of the first visible choropleth (towns, then grid cells, then parks) in rank
 * order, for the map's rank badges; none while an area's panel is open or no choropleth shows.
 */
export function rankedChoroplethAreas(x: Pick<OverlayInputs, 'layers' | 'choro' | 'areaMetrics' | 'area'>): { kind: 'town' | 'grid' | 'park'; top: number[] } | null {
  if (x.area || !x.areaMetrics) return null;
  for (const id of ['townChoro', 'gridChoro', 'parkChoro'] as const) {
    const kind = CHORO_KIND[id]!;
    if (!x.layers[id].visible || !x.choro.breaks[kind]) continue;
    const m = x.areaMetrics[kind];
    // Empty areas are not ranked (the ranking list leaves them out too).
    return { kind, top: rankAreas(m, x.choro.metric).filter((a) => m.enterprises[a] > 0).slice(0, 10) };
  }
  return null;
}

/** Row indices where the mask is set (the data of the density layers). */
export function selectedRowsOf(mask: Uint8Array, selected: number): Uint32Array {
  const rows = new Uint32Array(selected);
  let k = 0;
  for (let i = 0; i < mask.length; i++) if (mask[i]) rows[k++] = i;
  return rows;
}
