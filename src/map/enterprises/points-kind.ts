/** The enterprise points: one shape and colour per risk level, the map's first layer. */
import { FIRST_ABOVE_POINTS } from '../base/index.ts';
import type { LayerKind } from '../layer-kind.ts';
import { builderOf, lazyBuilder } from '../lazy-builder.ts';

/** deck.gl's ScatterplotLayer and the data filter; in the map shell's chunk, which imports it too. */
const pointsBuilder = lazyBuilder(() => import('./build-enterprise-layer.ts'));

export const POINTS = 'points';

export const pointsKind: LayerKind = {
  id: POINTS,
  name: { zh: '企业点位', en: 'Enterprise points' },
  defaults: { visible: true, opacity: 1 },
  group: 'points',
  build: (x, setting) =>
    builderOf(pointsBuilder, pointsKind)?.buildEnterpriseLayer(x.attributes, {
      outline: x.theme.pointOutline,
      radiusScale: x.theme.pointScale,
      beforeId: FIRST_ABOVE_POINTS,
      visible: x.visible,
      opacity: setting.opacity * x.pointsDim,
    }) ?? null,
};
