/**
 * Which map layers show, how opaque, and the settings of the aggregate layers. Choropleth class
 * breaks come from the whole district (no filter) and stay frozen: filters change the colours of
 * areas, never the meaning of a colour, until the user asks to re-class from the current selection
 * (analysts compare maps; moving breaks lie). docs/area-risk.md explains.
 */
import type { StateCreator } from 'zustand';
import { classBreaks, type ClassMethod } from '../domain/classify.ts';
import { metricValue, unfilteredAreaMetrics, type AllAreaMetrics, type AreaKind, type AreaMetricKey } from '../data/area-metrics.ts';
import type { AppState } from './store.ts';

/**
 * What the store knows of a map layer kind: its id, its default visibility and opacity, and for a
 * choropleth the area kind it shades. The kinds themselves (names, settings, legend, builder) live in
 * src/map, one folder each, and are defined into the store once at start-up (`defineLayers`).
 */
export interface LayerDef { readonly id: string; readonly defaults: LayerSetting; readonly areaKind?: AreaKind }
export type LayerId = string;
export interface LayerSetting { visible: boolean; opacity: number }

/** The hazard-ring layer's id: the ledger tab turns it on while it is open (ledgerShown). */
export const HAZARD_RINGS = 'hazards';

/** Whether a layer is on (false for an id no kind defines). */
export function layerShown(layers: Readonly<Record<string, LayerSetting>>, id: string): boolean {
  return layers[id]?.visible ?? false;
}

/** The ids of the defined layers that are on by default. */
export function defaultVisibleIds(defs: readonly LayerDef[]): string[] {
  return defs.filter((d) => d.defaults.visible).map((d) => d.id);
}

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
  /** The layer kinds, in the layers panel's order (src/map/layer-registry.ts defines them). */
  layerDefs: readonly LayerDef[];
  defineLayers(defs: readonly LayerDef[]): void;
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

/** The area kind a choropleth layer shades, or undefined for any other layer. */
export function areaKindOf(defs: readonly LayerDef[], id: string): AreaKind | undefined {
  return defs.find((d) => d.id === id)?.areaKind;
}

const NO_BREAKS: Record<AreaKind, number[] | null> = { town: null, grid: null, park: null };

export const DEFAULT_HEAT: HeatSettings = { weight: 'level', levelWeights: [8, 4, 2, 1] };
export const DEFAULT_HEX: HexSettings = { extruded: false, colorBy: 'risk', radius: 400 };
export const DEFAULT_CHORO: Omit<ChoroSettings, 'breaks'> = { metric: 'riskIndex', method: 'quantile', classes: 5, manual: [20, 40, 60, 80] };

export const createLayersSlice: StateCreator<AppState, [], [], LayersSlice> = (set, get) => {
  const districtMetrics = (): AllAreaMetrics | null => {
    const d = get().dataset;
    return d ? unfilteredAreaMetrics(d.enterprises, d.manifest) : null;
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
    layerDefs: [],
    defineLayers: (defs) => set({ layerDefs: defs, layers: Object.fromEntries(defs.map((d) => [d.id, { ...d.defaults }])) }),
    layers: {},
    heat: DEFAULT_HEAT,
    hex: DEFAULT_HEX,
    choro: { ...DEFAULT_CHORO, breaks: NO_BREAKS },
    ringsForLedger: false,
    ledgerShown: (shown) => {
      const rings = get().layers[HAZARD_RINGS];
      if (!rings) return;
      if (shown && !rings.visible) set({ layers: { ...get().layers, [HAZARD_RINGS]: { ...rings, visible: true } }, ringsForLedger: true });
      else if (!shown && get().ringsForLedger) set({ layers: { ...get().layers, [HAZARD_RINGS]: { ...rings, visible: false } }, ringsForLedger: false });
    },
    setLayer: (id, patch) => {
      const current = get().layers[id];
      if (!current) return;
      const layers = { ...get().layers, [id]: { ...current, ...patch } };
      // The user's own choice about the rings outlasts the ledger tab.
      set(id === HAZARD_RINGS && patch.visible !== undefined ? { layers, ringsForLedger: false } : { layers });
      // The first time a choropleth shows, its breaks are computed from what is on screen then.
      const kind = areaKindOf(get().layerDefs, id);
      if (patch.visible && kind && !get().choro.breaks[kind]) get().classify();
    },
    setVisibleLayers: (ids) => {
      const defs = get().layerDefs;
      const layers = Object.fromEntries(defs.map((d) => [d.id, { ...get().layers[d.id], visible: ids.includes(d.id) }]));
      set({ layers });
      if (defs.some((d) => d.areaKind && layers[d.id].visible)) get().classify();
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
