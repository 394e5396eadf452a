/**
 * What a map layer kind's settings declare for the store and the link, once, in the kind's folder
 * under src/map (the heatmap's weights, the hexagons' radius, the choropleths' classification):
 * their defaults, how the link carries them, and for the choropleths the class breaks they freeze.
 * The store keeps every kind's settings under the spec's id (`layerSettings`), changed by one action
 * (`setLayerSettings`); each spec is also a part of the link (`settingsPart`).
 */
import type { AppState } from './store.ts';
import type { LayerDef } from './layers-slice.ts';
import type { LinkReader, ViewPart } from './view-parts/view-part.ts';

/** `S`: the settings as the store keeps them; `L`: as a link carries them. Kinds that share settings share one spec. */
export interface LayerSettingsSpec<S extends object = object, L = unknown> {
  /** Their key in the store's `layerSettings` and their field in a link's view. */
  readonly id: string;
  readonly defaults: S;
  /** Their keys in the link, in the order `write` gives them. */
  readonly keys: readonly string[];
  /** What the link carries of the settings, or undefined when a fresh page shows the same (the link leaves them out). */
  toLink(settings: S): L | undefined;
  /** The settings a link's value stands for (undefined: the link has none), as a patch on the current ones. */
  fromLink(value: L | undefined): Partial<S>;
  write(value: L): string[];
  /** A link's value, or undefined; anything it cannot read goes to `link.problems`. */
  read(link: LinkReader): L | undefined;
  /**
   * A part computed from the data and then frozen until asked again (the choropleths' class breaks:
   * filters change the colours of areas, never the meaning of a colour). Computed from the whole
   * district on a change of the settings and when a kind that uses them shows with nothing frozen for
   * it; from the current selection when the analyst asks (`refreeze`).
   */
  readonly frozen?: {
    missing(settings: S, kind: LayerDef): boolean;
    compute(settings: S, s: AppState, from: 'district' | 'selection'): S;
  };
}

let defined: readonly LayerSettingsSpec[] = [];

/** The defined kinds' settings (the store's `defineLayers` sets them): the link has a part for each. */
export function defineLayerSettings(specs: readonly LayerSettingsSpec[]): void {
  defined = specs;
}

export function definedLayerSettings(): readonly LayerSettingsSpec[] {
  return defined;
}

/** A kind's settings as the store holds them (the defaults until the kinds are defined). */
export function settingsOf<S extends object, L>(s: Pick<AppState, 'layerSettings'>, spec: LayerSettingsSpec<S, L>): S {
  return (s.layerSettings[spec.id] as S | undefined) ?? spec.defaults;
}

/** The distinct settings of some kinds, in the kinds' order. */
export function settingsSpecsOf(defs: readonly LayerDef[]): LayerSettingsSpec[] {
  return [...new Set(defs.flatMap((d) => (d.settings ? [d.settings] : [])))];
}

/** A kind's settings as a part of the link: changing them replaces the history entry. */
export function settingsPart(spec: LayerSettingsSpec): ViewPart {
  return {
    field: spec.id,
    keys: spec.keys,
    write: (value) => spec.write(value),
    read: (link) => spec.read(link),
    capture: (s) => spec.toLink(settingsOf(s, spec)),
    // Only what differs is set: setting the choropleths' settings again would re-class them (and lose a re-class by the user).
    apply: (value, x) => {
      const patch = spec.fromLink(value) as Record<string, unknown>;
      const current = settingsOf(x.get(), spec) as Record<string, unknown>;
      if (Object.keys(patch).some((k) => JSON.stringify(patch[k]) !== JSON.stringify(current[k])))
        x.get().setLayerSettings(spec.id, patch);
    },
    watch: (s) => s.layerSettings[spec.id],
    history: 'replace',
  };
}
