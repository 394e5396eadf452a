/**
 * Which map layers show, how opaque, and the settings of the aggregate layers. Choropleth class
 * breaks come from the whole district (no filter) and stay frozen: filters change the colours of
 * areas, never the meaning of a colour, until the user asks to re-class from the current selection
 * (analysts compare maps; moving breaks lie). docs/area-risk.md explains.
 */
import type { StateCreator } from 'zustand';
import { classBreaks, type ClassMethod } from '../domain/classify.ts';
import { computeAllAreaMetrics, metricValue, type AllAreaMetrics, type AreaKind, type AreaMetricKey } from '../data/area-metrics.ts';
import type { AppState } from './store.ts';

export const LAYER_IDS = ['points', 'hazards', 'heatmap', 'hexagon', 'gridChoro', 'townChoro', 'parkChoro', 'parkBoundaries', 'gridLines', 'labels'] as const;
export type LayerId = (typeof LAYER_IDS)[number];
export interface LayerSetting { visible: boolean; opacity: number }

export const DEFAULT_LAYERS: Record<LayerId, LayerSetting> = {
  points: { visible: true, opacity: 1 },
  hazards: { visible: false, opacity: 1 },
  heatmap: { visible: false, opacity: 0.8 },
  hexagon: { visible: false, opacity: 0.85 },
  gridChoro: { visible: false, opacity: 0.7 },
  townChoro: { visible: false, opacity: 0.65 },
  parkChoro: { visible: false, opacity: 0.8 },
  parkBoundaries: { visible: true, opacity: 1 },
  gridLines: { visible: true, opacity: 1 },
  labels: { visible: true, opacity: 1 },
};

/** The area kind each choropleth layer shows. */
export const CHORO_KIND: Partial<Record<LayerId, AreaKind>> = { gridChoro: 'grid', townChoro: 'town', parkChoro: 'park' };

export interface HeatSettings { weight: 'level' | 'score'; levelWeights: [number, number, number, number] }
export interface HexSettings { extruded: boolean; colorBy: 'count' | 'risk'; radius: number }
export interface ChoroSettings {
  metric: AreaMetricKey;
  method: ClassMethod;
  classes: number;
  manual: number[];
  /** Frozen inner breaks per area kind; null until first shown. */
  breaks: Record<AreaKind, number[] | null>;
}

export interface LayersSlice {
  layers: Record<LayerId, LayerSetting>;
  heat: HeatSettings;
  hex: HexSettings;
  choro: ChoroSettings;
  setLayer(id: LayerId, patch: Partial<LayerSetting>): void;
  /** True while the open-hazard rings are on because the ledger tab is open, not because the user turned them on. */
  ringsForLedger: boolean;
  /** The ledger tab opened or closed: rings on while it is open, unless the user already had them on (or turns them on or off meanwhile). */
  ledgerShown(shown: boolean): void;
  setVisibleLayers(ids: readonly string[]): void;
  setHeat(patch: Partial<HeatSettings>): void;
  setHex(patch: Partial<HexSettings>): void;
  /** The range of cell values the hexagon layer spreads its colours over (it reports it after each aggregation). */
  hexDomain: [number, number] | null;
  setHexDomain(domain: [number, number]): void;
  /** Changing metric, method, classes or manual thresholds re-classes every kind. */
  setChoro(patch: Partial<Omit<ChoroSettings, 'breaks'>>): void;
  /** Computes breaks from the whole district (no filter): on first show and on a settings change. */
  classify(): void;
  /** Recomputes the breaks from the areas' values under the current filters (the analyst asks for it). */
  reclass(): void;
}

const NO_BREAKS: Record<AreaKind, number[] | null> = { town: null, grid: null, park: null };

export const DEFAULT_HEAT: HeatSettings = { weight: 'level', levelWeights: [8, 4, 2, 1] };
export const DEFAULT_HEX: HexSettings = { extruded: false, colorBy: 'risk', radius: 400 };
export const DEFAULT_CHORO: Omit<ChoroSettings, 'breaks'> = { metric: 'riskIndex', method: 'quantile', classes: 5, manual: [20, 40, 60, 80] };

export const createLayersSlice: StateCreator<AppState, [], [], LayersSlice> = (set, get) => {
  let unfiltered: { dataset: unknown; metrics: AllAreaMetrics } | null = null;
  const districtMetrics = (): AllAreaMetrics | null => {
    const d = get().dataset;
    if (!d) return null;
    if (unfiltered?.dataset !== d) unfiltered = { dataset: d, metrics: computeAllAreaMetrics(d.enterprises, null, d.manifest) };
    return unfiltered.metrics;
  };
  const computeBreaks = (c: ChoroSettings, m: AllAreaMetrics | null): Record<AreaKind, number[] | null> => {
    if (!m) return NO_BREAKS;
    const out = { ...NO_BREAKS };
    for (const kind of ['town', 'grid', 'park'] as const) {
      const am = m[kind];
      const values = Array.from({ length: am.count }, (_, i) => metricValue(am, c.metric, i)).filter(Number.isFinite);
      out[kind] = classBreaks(values, c.classes, c.method, c.manual);
    }
    return out;
  };
  return {
    layers: DEFAULT_LAYERS,
    heat: DEFAULT_HEAT,
    hex: DEFAULT_HEX,
    choro: { ...DEFAULT_CHORO, breaks: NO_BREAKS },
    ringsForLedger: false,
    ledgerShown: (shown) => {
      const rings = get().layers.hazards;
      if (shown && !rings.visible) set({ layers: { ...get().layers, hazards: { ...rings, visible: true } }, ringsForLedger: true });
      else if (!shown && get().ringsForLedger) set({ layers: { ...get().layers, hazards: { ...rings, visible: false } }, ringsForLedger: false });
    },
    setLayer: (id, patch) => {
      const layers = { ...get().layers, [id]: { ...get().layers[id], ...patch } };
      // The user's own choice about the rings outlasts the ledger tab.
      set(id === 'hazards' && patch.visible !== undefined ? { layers, ringsForLedger: false } : { layers });
      // The first time a choropleth shows, its breaks are computed from what is on screen then.
      if (patch.visible && CHORO_KIND[id] && !get().choro.breaks[CHORO_KIND[id]!]) get().classify();
    },
    setVisibleLayers: (ids) => {
      const layers = Object.fromEntries(LAYER_IDS.map((id) => [id, { ...get().layers[id], visible: ids.includes(id) }])) as Record<LayerId, LayerSetting>;
      set({ layers });
      if (LAYER_IDS.some((id) => CHORO_KIND[id] && layers[id].visible)) get().classify();
    },
    setHeat: (patch) => set({ heat: { ...get().heat, ...patch } }),
    setHex: (patch) => set({ hex: { ...get().hex, ...patch } }),
    hexDomain: null,
    setHexDomain: (domain) => {
      const d = get().hexDomain;
      if (!d || d[0] !== domain[0] || d[1] !== domain[1]) set({ hexDomain: [domain[0], domain[1]] });
    },
    setChoro: (patch) => {
      const choro = { ...get().choro, ...patch };
      set({ choro: { ...choro, breaks: computeBreaks(choro, districtMetrics()) } });
    },
    classify: () => set({ choro: { ...get().choro, breaks: computeBreaks(get().choro, districtMetrics()) } }),
    reclass: () => set({ choro: { ...get().choro, breaks: computeBreaks(get().choro, get().areaMetrics) } }),
  };
};
