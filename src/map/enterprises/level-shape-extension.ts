/**
 * Each risk level drawn in its own shape on the map (▲ 重大, ◆ 较大, ● 一般, ■ 低, the symbols of the
 * legend), so the level reads without colour: for a colour-blind leader, on a washed-out projector.
 * A ScatterplotLayer extension: the circle's fragments outside the level's shape are discarded and
 * a one-pixel outline is drawn along the shape's edge. One float per point (the level code, as a
 * binary attribute `getShape`), so a million points cost nothing more to draw or to pick.
 */
import { LayerExtension, type Layer } from '@deck.gl/core';

// At the end of main (the filter hooks are compiled before the layer's own inputs are declared).
const FS_MAIN_END = /* glsl */ `
  vec2 p = unitPosition;
  // Signed distance to the shape's edge in units of the point radius (negative inside).
  float d;
  if (vShape < 0.5) {
    // Upward triangle with its corners on the circle: edges at distance 0.5 from the centre.
    vec2 q = vec2(abs(p.x), p.y);
    d = max(dot(q, vec2(0.8660254, 0.5)), -q.y) - 0.5;
  } else if (vShape < 1.5) {
    d = (abs(p.x) + abs(p.y) - 1.0) * 0.7071068;
  } else if (vShape < 2.5) {
    d = length(p) - 1.0;
  } else {
    d = max(abs(p.x), abs(p.y)) - 0.82;
  }
  float px = d * outerRadiusPixels;
  if (px > 0.5) discard;
  // The shape's own outline (the circle's outline lies outside the shape and was discarded with it);
  // not in the picking pass, whose colour is the object's id.
  if (picking.isActive < 0.5) {
    if (px > -1.2) fragColor = vec4(vLineColor.rgb, max(fragColor.a, vLineColor.a));
    fragColor.a *= clamp(0.5 - px, 0.0, 1.0);
  }
`;

export class LevelShapeExtension extends LayerExtension {
  static extensionName = 'LevelShapeExtension';

  getShaders() {
    return {
      inject: {
        'vs:#decl': 'in float instanceShapes;\nout float vShape;',
        'vs:#main-end': 'vShape = instanceShapes;',
        'fs:#decl': 'in float vShape;',
        'fs:#main-end': FS_MAIN_END,
      },
    };
  }

  initializeState(this: Layer) {
    this.getAttributeManager()?.addInstanced({
      instanceShapes: { size: 1, accessor: 'getShape', defaultValue: 2 },
    });
  }
}

/** How much larger a shape's radius is drawn than a disc's, so that each covers about the same area. */
export const SHAPE_RADIUS_FACTOR: readonly number[] = [1.45, 1.25, 1, 1];
