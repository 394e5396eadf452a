/**
 * The inspection marks' outlines, drawn by a ScatterplotLayer: its disc's fragments outside the mark's
 * stroke are discarded, so each point becomes a hollow frame of its mark's shape (0 a square, 1 a
 * diamond, 2 a dashed circle; inspection-marks.ts INSPECTION_MARKS), the stroke in the line colour
 * with a thin casing in the fill colour on both sides. The stroke and casing widths follow the radius,
 * so the marks grow on the wall and shrink at district zoom as a whole. One float per mark (the binary
 * attribute `getMark`). The layer draws filled and not stroked, so the shader keeps every fragment
 * for this step.
 */
import { LayerExtension, type Layer } from '@deck.gl/core';

const FS_MAIN_END = /* glsl */ `
  float r = outerRadiusPixels;
  vec2 q = abs(unitPosition * r);
  // d: signed distance in pixels to the stroke's outer edge (negative inside); w: the stroke's width.
  float d;
  float w;
  if (vMark < 0.5) {
    d = max(q.x, q.y) - 0.63 * r;
    w = 0.2 * r;
  } else if (vMark < 1.5) {
    d = (q.x + q.y - 0.9 * r) * 0.7071068;
    w = 0.17 * r;
  } else {
    d = length(q) - 0.88 * r;
    w = 0.14 * r;
    // Sixteen dashes round the circle.
    vec2 p = unitPosition;
    if (fract(atan(p.y, p.x) * 2.5464791) > 0.56) discard;
  }
  float casing = max(1.0, 0.07 * r);
  float outside = max(d - casing, -(d + w + casing));
  if (outside > 0.5) discard;
  float inStroke = clamp(0.5 - max(d, -(d + w)), 0.0, 1.0);
  fragColor = mix(vFillColor, vLineColor, inStroke);
  fragColor.a *= clamp(0.5 - outside, 0.0, 1.0);
`;

export class MarkShapeExtension extends LayerExtension {
  static extensionName = 'MarkShapeExtension';

  getShaders() {
    return {
      inject: {
        'vs:#decl': 'in float instanceMarks;\nout float vMark;',
        'vs:#main-end': 'vMark = instanceMarks;',
        'fs:#decl': 'in float vMark;',
        'fs:#main-end': FS_MAIN_END,
      },
    };
  }

  initializeState(this: Layer) {
    this.getAttributeManager()?.addInstanced({
      instanceMarks: { size: 1, accessor: 'getMark', defaultValue: 0 },
    });
  }
}
