/**
 * Every deck.gl layer the map shows, in drawing order, from the store's state: each shown kind of the
 * registry builds its own (kinds by draw group, then in registry order), then the marks of what is
 * open: the area's outline and the enterprise's ring. All draw beneath the base map's labels; the
 * rank badges are a base-map label layer (choropleth/rank-labels.ts) fed by rankedChoroplethAreas.
 */
import type { Layer } from '@deck.gl/core';
import { rankAreas, type AllAreaMetrics, type AreaKind } from '../data/area/area-metrics.ts';
import { isChangeMetric } from '../data/area/area-change.ts';
import { layerShown, type LayerSetting } from '../state/layers-slice.ts';
import type { ChoroSettings } from './choropleth/choropleth-settings-spec.ts';
import { choroplethBuilder } from './choropleth/choropleth-kinds.ts';
import { LAZY_TEXT } from '../ui/lazy-strings.ts';
import { buildSelectedLayer } from './enterprises/build-selected-layer.ts';
import { inDrawOrder, type LayerKind, type OverlayInputs } from './layer-kind.ts';
import { LAYER_KINDS } from './layer-registry.ts';
import { builderOf } from './lazy-builder.ts';

/** Opacity factor of the points while a heatmap, hexagons or a choropleth is on. */
export const POINTS_DIMMED = 0.35;

type Layers = Readonly<Record<string, LayerSetting>>;

/** Whether a kind that takes the eye (density, areas) is on: the points then step back. */
export function eyeTakenBy(layers: Layers, kinds: readonly LayerKind[] = LAYER_KINDS): boolean {
  return kinds.some((k) => k.takesTheEye && layerShown(layers, k.id));
}

/** Whether a shown kind draws from the filtered rows (the map shell then lists them). */
export function rowsNeeded(layers: Layers, kinds: readonly LayerKind[] = LAYER_KINDS): boolean {
  return kinds.some((k) => k.needsRows && layerShown(layers, k.id));
}

export function buildOverlayLayers(
  x: Omit<OverlayInputs, 'pointsDim'>,
  kinds: readonly LayerKind[] = LAYER_KINDS,
): Layer[] {
  const s = x.state;
  const inputs: OverlayInputs = { ...x, pointsDim: eyeTakenBy(s.layers, kinds) ? POINTS_DIMMED : 1 };
  const out: Layer[] = [];
  for (const kind of inDrawOrder(kinds)) {
    const setting = s.layers[kind.id];
    if (!kind.build || !setting?.visible) continue;
    const layer = kind.build(inputs, setting);
    if (layer) out.push(layer);
  }
  if (s.area) {
    const fc = { town: x.dataset.geo.towns, grid: x.dataset.geo.grid, park: x.dataset.geo.parks }[s.area.kind];
    const feature = fc.features[s.area.index];
    // The outline is a GeoJsonLayer, in the choropleths' chunk.
    const outline = feature
      ? builderOf(choroplethBuilder, { name: LAZY_TEXT.areaOutline })?.buildAreaOutline(feature)
      : null;
    if (outline) out.push(outline);
  }
  if (s.selected !== null && s.selected < x.dataset.enterprises.length) {
    const c = x.dataset.enterprises;
    out.push(buildSelectedLayer(c.lon[s.selected], c.lat[s.selected]));
  }
  return out;
}

/**
 * The top-ten areas of the first visible choropleth (in the registry's order) in rank order, for the
 * map's rank badges; none while an area's panel is open or no choropleth shows.
 */
export function rankedChoroplethAreas(
  x: { layers: Layers; choro: ChoroSettings; areaMetrics: AllAreaMetrics | null; area: unknown },
  kinds: readonly LayerKind[] = LAYER_KINDS,
): { kind: AreaKind; top: number[] } | null {
  // A change between two data dates has no ranking of its own on the map (the rankings tab shows the moves).
  if (x.area || !x.areaMetrics || isChangeMetric(x.choro.metric)) return null;
  for (const k of kinds) {
    const kind = k.areaKind;
    if (!kind || !layerShown(x.layers, k.id) || !x.choro.breaks[kind]) continue;
    const m = x.areaMetrics[kind];
    // Empty areas are not ranked (the ranking list leaves them out too).
    return {
      kind,
      top: rankAreas(m, x.choro.metric)
        .filter((a) => m.enterprises[a] > 0)
        .slice(0, 10),
    };
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

/** Applies the layers' visibility and opacity to the base map's own layers (the `base` kinds). */
export function applyBaseLayerSettings(map: MapLike, layers: Layers, kinds: readonly LayerKind[] = LAYER_KINDS): void {
  for (const kind of kinds) {
    const s = layers[kind.id];
    if (!kind.baseLayers || !s) continue;
    for (const [id, prop, full] of kind.baseLayers) {
      if (!map.getLayer(id)) continue;
      map.setLayoutProperty(id, 'visibility', s.visible ? 'visible' : 'none');
      map.setPaintProperty(id, prop, full * s.opacity);
    }
  }
}

interface MapLike {
  getLayer(id: string): unknown;
  setLayoutProperty(id: string, name: string, value: unknown): unknown;
  setPaintProperty(id: string, name: string, value: unknown): unknown;
}
