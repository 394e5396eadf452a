/**
 * The kinds' settings as the registry defines them: each spec once, written in the order links have
 * always had (choropleths, heatmap, hexagons; the inspection and change marks, added later, after them), and a
 * fresh page's settings left out of the link.
 */
import { describe, expect, it } from 'vitest';
import { LAYER_KINDS, LINK_SETTINGS } from './layer-registry.ts';

describe("the layer kinds' settings", () => {
  it('are written in drawing order, one spec for the kinds that share it', () => {
    expect(LINK_SETTINGS.map((s) => s.id)).toEqual(['choro', 'heat', 'hex', 'inspectionMarks', 'changeMarks']);
    expect(new Set(LAYER_KINDS.filter((k) => k.areaKind).map((k) => k.settings)).size).toBe(1);
  });

  it('leave the defaults out of the link and give them back for a link without them', () => {
    for (const spec of LINK_SETTINGS) {
      expect(spec.toLink(spec.defaults), spec.id).toBeUndefined();
      const back = { ...spec.defaults, ...spec.fromLink(undefined) };
      expect(back, spec.id).toEqual(spec.defaults);
    }
  });
});
