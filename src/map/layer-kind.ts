/**
 * What a map layer kind declares, in one object in its own folder (as a deck.gl layer class keeps its
 * defaultProps): its id, its names, its default visibility and opacity, its settings (defaults and
 * link, `settings`, a LayerSettingsSpec of src/state/layer-settings.ts) with the panel that changes
 * them, its legend, and the pure builder of what it draws. src/map/layer-registry.ts lists the kinds;
 * the store, the layers panel, the legends, the link and the overlay are all derived from it.
 */
import type { ComponentType } from 'react';
import type { Layer } from '@deck.gl/core';
import type { CoreDataset } from '../data/dataset.ts';
import type { AreaKind } from '../data/area/area-metrics.ts';
import type { Text } from '../domain/text.ts';
import type { AppState } from '../state/store.ts';
import type { LayerDef, LayerSetting } from '../state/layers-slice.ts';
import type { EnterpriseAttributes } from './enterprises/build-enterprise-layer.ts';
import type { MapTheme } from './theme.ts';

/**
 * Where a kind draws, bottom to top. `base` kinds are the offline base map's own MapLibre layers
 * (shown, hidden and faded by id); the rest are deck.gl layers interleaved beneath the base map's
 * labels: areas, then density, then points, then marks drawn over the points.
 */
export type DrawGroup = 'base' | 'areas' | 'density' | 'points' | 'marks';
export const DRAW_ORDER: readonly DrawGroup[] = ['base', 'areas', 'density', 'points', 'marks'];

/** What the builders draw from: the store's state and what the map shell derives from it. */
export interface OverlayInputs {
  state: AppState;
  dataset: CoreDataset;
  attributes: EnterpriseAttributes;
  /** Per point, in draw order: 1 shown, 0 filtered out (null before the first filter run). */
  visible: Uint8Array | null;
  /** Rows that pass the filters (for the density layers), null unless a kind asked for them. */
  selectedRows: Uint32Array | null;
  zoom: number;
  theme: MapTheme;
  /** Day whose open hazards the hazard rings show (the ledger's time slider, or the data date). */
  hazardDay: number;
  /** Factor on the points' opacity: below 1 while a kind that `takesTheEye` shows. */
  pointsDim: number;
}

export interface LayerKind extends LayerDef {
  /** Shown in the layers panel and as the title of the kind's legend. */
  readonly name: Text;
  readonly group: DrawGroup;
  /** While it shows, the enterprise points step back (density and area layers). */
  readonly takesTheEye?: boolean;
  /** It draws from the rows that pass the filters (the map shell lists them only when a shown kind asks). */
  readonly needsRows?: boolean;
  /** The base map's layers it stands for, each with the paint property its opacity scales and that property's full value. */
  readonly baseLayers?: readonly (readonly [layerId: string, paintProperty: string, full: number])[];
  /** Part of the store it reads beyond its visibility, opacity and own settings: the map rebuilds when it changes. */
  readonly watch?: (s: AppState) => unknown;
  /** The deck.gl layer it draws, or null (nothing to draw yet). */
  readonly build?: (x: OverlayInputs, setting: LayerSetting) => Layer | null;
  /**
   * Its settings in the layers panel, shown while it is on. Kinds that share settings (the three
   * choropleths) share the component, which then shows once.
   */
  readonly Settings?: ComponentType;
  /**
   * Its legend in the map's left column while it is on; `compact` on a short map. Kinds that share a
   * legend share the component: it shows once and is given the shown kinds that use it.
   */
  readonly Legend?: ComponentType<LegendProps>;
}

/** What the map rebuilds a shown kind on: its own settings and what it `watch`es. */
export function rebuildKeys(kind: LayerKind, s: AppState): unknown[] {
  return [...(kind.settings ? [s.layerSettings[kind.settings.id]] : []), ...(kind.watch ? [kind.watch(s)].flat() : [])];
}

/** The kinds in drawing order: by draw group, and within one in the registry's order. */
export const inDrawOrder = (kinds: readonly LayerKind[]) =>
  [...kinds].sort((a, b) => DRAW_ORDER.indexOf(a.group) - DRAW_ORDER.indexOf(b.group));

export interface LegendProps {
  compact: boolean;
  kinds: readonly LayerKind[];
}

/** The legends of the shown kinds, in the kinds' order, each with the shown kinds that share it. */
export function shownLegends(
  kinds: readonly LayerKind[],
  layers: Readonly<Record<string, LayerSetting>>,
): { Legend: ComponentType<LegendProps>; kinds: LayerKind[] }[] {
  const out: { Legend: ComponentType<LegendProps>; kinds: LayerKind[] }[] = [];
  for (const k of kinds) {
    if (!k.Legend || !layers[k.id]?.visible) continue;
    const same = out.find((o) => o.Legend === k.Legend);
    if (same) same.kinds.push(k);
    else out.push({ Legend: k.Legend, kinds: [k] });
  }
  return out;
}

export type { AreaKind };
