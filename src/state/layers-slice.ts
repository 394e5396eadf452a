/**
 * Which map layers show, how opaque, and every layer kind's settings, kept by the settings' id and
 * declared by the kinds themselves (layer-settings.ts). The choropleths' class breaks are frozen
 * settings: they come from the whole district (no filter) and stay while filtering, so filters change
 * the colours of areas, never the meaning of a colour, until the user asks to re-class from the current
 * selection (analysts compare maps; moving breaks lie). docs/area-risk.md explains.
 */
import type { StateCreator } from 'zustand';
import type { AreaKind } from '../data/area/area-metrics.ts';
import { defineLayerSettings, settingsOf, settingsSpecsOf, type LayerSettingsSpec } from './layer-settings.ts';
import type { AppState } from './store.ts';

/**
 * What the store knows of a map layer kind: its id, its default visibility and opacity, its settings
 * (defaults, link codec) and for a choropleth the area kind it shades. The kinds themselves (names,
 * settings panel, legend, builder) live in src/map, one folder each, and are defined into the store
 * once at start-up (`defineLayers`).
 */
export interface LayerDef {
  readonly id: string;
  readonly defaults: LayerSetting;
  readonly areaKind?: AreaKind;
  readonly settings?: LayerSettingsSpec;
}
export type LayerId = string;
export interface LayerSetting {
  visible: boolean;
  opacity: number;
}

/** The hazard-ring layer's id: the ledger tab turns it on while it is open (ledgerShown). */
export const HAZARD_RINGS = 'hazards';

/** The changes layer's id: a comparison turns it on once when it is ready (compare-slice.ts). */
export const CHANGES_LAYER = 'changes';

/** Whether a layer is on (false for an id no kind defines). */
export function layerShown(layers: Readonly<Record<string, LayerSetting>>, id: string): boolean {
  return layers[id]?.visible ?? false;
}

/** The ids of the defined layers that are on by default. */
export function defaultVisibleIds(defs: readonly LayerDef[]): string[] {
  return defs.filter((d) => d.defaults.visible).map((d) => d.id);
}

export interface LayersSlice {
  /** The layer kinds, in the layers panel's order (src/map/layer-registry.ts defines them). */
  layerDefs: readonly LayerDef[];
  /** `settings`: the kinds' distinct settings in the order the link writes them. */
  defineLayers(defs: readonly LayerDef[], settings?: readonly LayerSettingsSpec[]): void;
  layers: Record<LayerId, LayerSetting>;
  /** Every kind's settings, by the id of their spec (kinds that share settings share one entry). */
  layerSettings: Readonly<Record<string, object>>;
  /** Changes a kind's settings; settings with a frozen part compute it again from the whole district. */
  setLayerSettings(id: string, patch: object): void;
  setLayer(id: LayerId, patch: Partial<LayerSetting>): void;
  /** True while the open-hazard rings are on because the ledger tab is open, not because the user turned them on. */
  ringsForLedger: boolean;
  /** The ledger tab opened or closed: rings on while it is open, unless the user already had them on (or turns them on or off meanwhile). */
  ledgerShown(shown: boolean): void;
  setVisibleLayers(ids: readonly string[]): void;
  /** The range of cell values the hexagon layer spreads its colours over (it reports it after each aggregation). */
  hexDomain: [number, number] | null;
  setHexDomain(domain: [number, number]): void;
  /** Computes a setting's frozen part again from the current selection (the analyst re-classes a choropleth). */
  refreeze(id: string): void;
  /**
   * Computes the frozen part of the shown kinds' settings that have none yet, from the whole district:
   * the data it needs has arrived (a change between two data dates, once the comparison is open).
   */
  freezeMissing(): void;
}

export const createLayersSlice: StateCreator<AppState, [], [], LayersSlice> = (set, get) => {
  const specOf = (id: string) => settingsSpecsOf(get().layerDefs).find((sp) => sp.id === id);
  /** Computes the frozen part of the settings that have one, from the whole district or the selection. */
  const freeze = (specs: readonly LayerSettingsSpec[], from: 'district' | 'selection') => {
    if (specs.length === 0) return;
    const next = { ...get().layerSettings };
    for (const spec of specs)
      if (spec.frozen) next[spec.id] = spec.frozen.compute(settingsOf(get(), spec), get(), from);
    set({ layerSettings: next });
  };
  return {
    layerDefs: [],
    defineLayers: (defs, specs = settingsSpecsOf(defs)) => {
      defineLayerSettings(specs);
      set({
        layerDefs: defs,
        layers: Object.fromEntries(defs.map((d) => [d.id, { ...d.defaults }])),
        layerSettings: Object.fromEntries(specs.map((sp) => [sp.id, sp.defaults])),
      });
    },
    layers: {},
    layerSettings: {},
    ringsForLedger: false,
    ledgerShown: (shown) => {
      const rings = get().layers[HAZARD_RINGS];
      if (!rings) return;
      if (shown && !rings.visible)
        set({ layers: { ...get().layers, [HAZARD_RINGS]: { ...rings, visible: true } }, ringsForLedger: true });
      else if (!shown && get().ringsForLedger)
        set({ layers: { ...get().layers, [HAZARD_RINGS]: { ...rings, visible: false } }, ringsForLedger: false });
    },
    setLayer: (id, patch) => {
      const current = get().layers[id];
      if (!current) return;
      const layers = { ...get().layers, [id]: { ...current, ...patch } };
      // The user's own choice about the rings outlasts the ledger tab.
      set(id === HAZARD_RINGS && patch.visible !== undefined ? { layers, ringsForLedger: false } : { layers });
      // The first time a kind with frozen settings shows (a choropleth), they are computed from what is on screen then.
      const def = get().layerDefs.find((d) => d.id === id);
      const spec = def?.settings;
      if (patch.visible && def && spec?.frozen?.missing(settingsOf(get(), spec), def)) freeze([spec], 'district');
    },
    setVisibleLayers: (ids) => {
      const defs = get().layerDefs;
      const layers = Object.fromEntries(
        defs.map((d) => [d.id, { ...get().layers[d.id], visible: ids.includes(d.id) }]),
      );
      set({ layers });
      freeze(settingsSpecsOf(defs.filter((d) => d.settings?.frozen && layers[d.id].visible)), 'district');
    },
    setLayerSettings: (id, patch) => {
      const spec = specOf(id);
      if (!spec) return;
      const next = { ...settingsOf(get(), spec), ...patch };
      set({
        layerSettings: {
          ...get().layerSettings,
          [id]: spec.frozen ? spec.frozen.compute(next, get(), 'district') : next,
        },
      });
    },
    refreeze: (id) => {
      const spec = specOf(id);
      if (spec) freeze([spec], 'selection');
    },
    freezeMissing: () => {
      const s = get();
      const defs = s.layerDefs.filter(
        (d) => s.layers[d.id]?.visible && d.settings?.frozen?.missing(settingsOf(s, d.settings), d),
      );
      freeze(settingsSpecsOf(defs), 'district');
    },
    hexDomain: null,
    setHexDomain: (domain) => {
      const d = get().hexDomain;
      if (!d || d[0] !== domain[0] || d[1] !== domain[1]) set({ hexDomain: [domain[0], domain[1]] });
    },
  };
};
