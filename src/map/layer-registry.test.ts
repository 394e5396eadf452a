import { describe, expect, it } from 'vitest';
import { buildBaseStyle } from './base/build-base-style.ts';
import { LAYER_KINDS } from './layer-registry.ts';
import { DRAW_ORDER, shownLegends } from './layer-kind.ts';
import { eyeTakenBy, rowsNeeded } from './build-overlay-layers.ts';
import { LIGHT_THEME } from './theme.ts';

const EMPTY = { type: 'FeatureCollection', features: [] } as never;
const baseStyle = buildBaseStyle(
  { towns: EMPTY, grid: EMPTY, parks: EMPTY, district: EMPTY } as never,
  { towns: [], grids: [], parks: [], bbox: [121, 29, 122, 30] } as never,
  LIGHT_THEME,
  'zh',
);

describe('the layer registry', () => {
  it('has one kind per id, named in both languages, with a draw group and defaults', () => {
    const ids = LAYER_KINDS.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const k of LAYER_KINDS) {
      expect(k.name.zh, k.id).toMatch(/\p{Script=Han}/u);
      expect(k.name.en, k.id).toMatch(/^[\x20-\x7e]+$/);
      expect(DRAW_ORDER, k.id).toContain(k.group);
      expect(k.defaults.opacity, k.id).toBeGreaterThan(0);
      expect(k.defaults.opacity, k.id).toBeLessThanOrEqual(1);
      // A kind draws either through deck.gl or through base-map layers, never neither.
      expect(Boolean(k.build) !== Boolean(k.baseLayers), k.id).toBe(true);
    }
  });

  it('names base-map layers that the base style has', () => {
    const styleIds = new Set(baseStyle.layers.map((l) => l.id));
    const named = LAYER_KINDS.flatMap((k) => k.baseLayers ?? []).map(([id]) => id);
    expect(named.length).toBeGreaterThan(0);
    for (const id of named) expect(styleIds, id).toContain(id);
  });

  it('gives each choropleth its own area kind', () => {
    const areaKinds = LAYER_KINDS.filter((k) => k.areaKind).map((k) => k.areaKind);
    expect(areaKinds.sort()).toEqual(['grid', 'park', 'town']);
  });

  it('shows a shared legend once, with the shown kinds that use it', () => {
    const layers = Object.fromEntries(
      LAYER_KINDS.map((k) => [k.id, { visible: Boolean(k.areaKind) || k.id === 'heatmap', opacity: 1 }]),
    );
    const legends = shownLegends(LAYER_KINDS, layers);
    const choro = legends.find((l) => l.kinds.some((k) => k.areaKind));
    expect(choro?.kinds.map((k) => k.areaKind).sort()).toEqual(['grid', 'park', 'town']);
    expect(legends.length).toBe(2);
    expect(eyeTakenBy(layers)).toBe(true);
    expect(rowsNeeded(layers)).toBe(true);
    const pointsOnly = Object.fromEntries(LAYER_KINDS.map((k) => [k.id, { visible: k.id === 'points', opacity: 1 }]));
    expect(shownLegends(LAYER_KINDS, pointsOnly)).toEqual([]);
    expect(eyeTakenBy(pointsOnly)).toBe(false);
    expect(rowsNeeded(pointsOnly)).toBe(false);
  });
});
