/**
 * The change marks' shapes, drawn by a ScatterplotLayer: its disc's fragments outside the mark are
 * discarded, so each disc becomes one filled shape beside or over its point (0 an arrow pointing up
 * above it, 1 a plus at its upper right, 2 an arrow pointing down beneath it, 3 a cross over where
 * a gone enterprise was; change-marks.ts CHANGE_MARKS), in the line colour with a casing in the fill
 * colour round it. Sizes follow the radius, so the marks grow on the wall and shrink at district zoom
 * as a whole. One float per mark (the binary attribute `getMark`). The layer draws filled and not
 * stroked, so the shader keeps every fragment of the disc for this step; it is a billboard, so up
 * stays up on screen when the map turns or tilts.
 */
import { LayerExtension, type Layer } from '@deck.gl/core';

const FS_DECL = /* glsl */ `
in float vChangeMark;
// Signed distance to a box of half-size b centred at the origin, for p already folded by abs().
float changeBox(vec2 p, vec2 b) {
  vec2 e = p - b;
  return length(max(e, 0.0)) + min(max(e.x, e.y), 0.0);
}
// Distance (exact inside) to an arrow pointing up above the centre, r the disc's radius: a head from
// 0.56 r to its tip at 0.9 r, 0.6 r wide, on a shaft 0.19 r wide from 0.34 r (clear of the point).
float changeArrow(vec2 q, float r) {
  vec2 h = vec2(abs(q.x), q.y);
  float head = max(0.56 * r - h.y, dot(h - vec2(0.0, 0.9 * r), vec2(0.6401844, 0.7682213)));
  float shaft = changeBox(abs(q - vec2(0.0, 0.47 * r)), vec2(0.095 * r, 0.13 * r));
  return min(head, shaft);
}
`;

const FS_MAIN_END = /* glsl */ `
  float r = outerRadiusPixels;
  // Pixels from the disc's centre, y up.
  vec2 q = unitPosition * r;
  float d;
  if (vChangeMark < 0.5) {
    d = changeArrow(q, r);
  } else if (vChangeMark < 1.5) {
    vec2 p = abs(q - vec2(0.42 * r, 0.42 * r));
    d = min(changeBox(p, vec2(0.28 * r, 0.085 * r)), changeBox(p, vec2(0.085 * r, 0.28 * r)));
  } else if (vChangeMark < 2.5) {
    d = changeArrow(vec2(q.x, -q.y), r);
  } else {
    vec2 p = abs(vec2(q.x + q.y, q.x - q.y) * 0.7071068);
    d = min(changeBox(p, vec2(0.34 * r, 0.07 * r)), changeBox(p, vec2(0.07 * r, 0.34 * r)));
  }
  float casing = max(1.5, 0.075 * r);
  if (d > casing + 0.5) discard;
  float inShape = clamp(0.5 - d, 0.0, 1.0);
  fragColor = mix(vFillColor, vLineColor, inShape);
  fragColor.a *= clamp(casing + 0.5 - d, 0.0, 1.0);
`;

export class ChangeShapeExtension extends LayerExtension {
  static extensionName = 'ChangeShapeExtension';

  getShaders() {
    return {
      inject: {
        'vs:#decl': 'in float instanceChangeMarks;\nout float vChangeMark;',
        'vs:#main-end': 'vChangeMark = instanceChangeMarks;',
        'fs:#decl': FS_DECL,
        'fs:#main-end': FS_MAIN_END,
      },
    };
  }

  initializeState(this: Layer) {
    this.getAttributeManager()?.addInstanced({
      instanceChangeMarks: { size: 1, accessor: 'getMark', defaultValue: 0 },
    });
  }
}
