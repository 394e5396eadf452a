/**
 * Draws a layer only within a band of the screen's width: the swipe's halves (swipe-clip.ts). Each
 * fragment's x, as a share of the viewport's width, is compared with the layer's `swipeRange`, a
 * uniform, so moving the divider re-uploads nothing: the layer's attributes stay on the GPU. By the
 * screen rather than by coordinates (deck.gl's ClipExtension clips by longitude and latitude), so the
 * divider stays a straight vertical line under any bearing or pitch. The picking pass is clipped the
 * same way: a point hidden by the divider cannot be hovered or clicked.
 */
import { LayerExtension, type Layer } from '@deck.gl/core';
import type { ClipRange } from './swipe-clip.ts';

/** A luma.gl shader module: the range as a uniform block of the fragment shader. */
const swipeClipModule = {
  name: 'swipeClip',
  fs: /* glsl */ `
layout(std140) uniform swipeClipUniforms {
  vec2 range;
} swipeClip;
`,
  uniformTypes: { range: 'vec2<f32>' as const },
};

export interface SwipeClipExtensionProps {
  /** `[from, to)`: shares of the viewport's width the layer draws in. */
  swipeRange?: ClipRange;
}

export class SwipeClipExtension extends LayerExtension {
  static defaultProps = { swipeRange: { type: 'array', value: [0, 1], compare: true } };
  static extensionName = 'SwipeClipExtension';

  getShaders() {
    return {
      modules: [swipeClipModule],
      inject: {
        // The viewport's width in device pixels, the unit of gl_FragCoord.
        'vs:#decl': 'out float swipe_viewportWidth;',
        'vs:#main-end': 'swipe_viewportWidth = project.viewportSize.x;',
        'fs:#decl': 'in float swipe_viewportWidth;',
        'fs:#main-start': /* glsl */ `
  float swipe_x = gl_FragCoord.x / swipe_viewportWidth;
  if (swipe_x < swipeClip.range.x || swipe_x >= swipeClip.range.y) discard;
`,
      },
    };
  }

  draw(this: Layer<Required<SwipeClipExtensionProps>>): void {
    const [from, to] = this.props.swipeRange;
    this.setShaderModuleProps({ swipeClip: { range: [from, to] } });
  }
}
