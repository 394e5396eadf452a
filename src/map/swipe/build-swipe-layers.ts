/**
 * The swipe's two layers, pure: the earlier data date's enterprises by their earlier level left of the
 * divider, the current ones right of it, in the same shapes and colours as the map's points
 * (build-enterprise-layer.ts), each clipped to its half by the screen (swipe-clip-extension.ts).
 * Built again on every divider step, they keep their data objects, so deck.gl sees only the clip's
 * uniform change: nothing is re-uploaded, at a million points as at a thousand.
 */
import type { Layer } from '@deck.gl/core';
import { buildEnterpriseLayer, type EnterpriseAttributes } from '../enterprises/index.ts';
import { clipRanges } from './swipe-clip.ts';
import { SwipeClipExtension } from './swipe-clip-extension.ts';

export interface SwipePoints {
  attributes: EnterpriseAttributes;
  /** Per point in draw order, 1 shown; null: all shown. */
  visible: Uint8Array | null;
}

export interface SwipeLayerInputs {
  earlier: SwipePoints;
  current: SwipePoints;
  /** The divider's place, a share of the map's width. */
  at: number;
  outline: [number, number, number, number];
  radiusScale: number;
  beforeId: string;
}

export const SWIPE_LAYER_IDS = { earlier: 'swipe-earlier', current: 'swipe-current' } as const;

const clip = [new SwipeClipExtension()];

export function buildSwipeLayers(x: SwipeLayerInputs): Layer[] {
  const range = clipRanges(x.at);
  const common = { outline: x.outline, radiusScale: x.radiusScale, beforeId: x.beforeId, extensions: clip };
  return [
    // Its rows are the earlier snapshot's, not the dataset's: the hover card and the drawer cannot name them.
    buildEnterpriseLayer(x.earlier.attributes, {
      ...common,
      id: SWIPE_LAYER_IDS.earlier,
      visible: x.earlier.visible,
      pickable: false,
      extensionProps: { swipeRange: range.earlier },
    }),
    buildEnterpriseLayer(x.current.attributes, {
      ...common,
      id: SWIPE_LAYER_IDS.current,
      visible: x.current.visible,
      extensionProps: { swipeRange: range.current },
    }),
  ];
}
