/** Rings around the enterprises with hazards open on the ledger's day (the ledger tab turns them on). */
import { HAZARD_RINGS } from '../../state/layers-slice.ts';
import { FIRST_ABOVE_POINTS } from '../base/index.ts';
import type { LayerKind } from '../layer-kind.ts';
import { builderOf, lazyBuilder } from '../lazy-builder.ts';

/** The rings' builder: loaded when they are first shown (the ledger tab turns them on). */
export const hazardsBuilder = lazyBuilder(() => import('./build-hazard-layer.ts'));

export const hazardsKind: LayerKind = {
  id: HAZARD_RINGS,
  name: { zh: '未销号隐患（圈）', en: 'Open hazards (rings)' },
  defaults: { visible: false, opacity: 1 },
  group: 'marks',
  // The ledger streams in after the first picture: the rings appear when it arrives.
  watch: (s) => s.hazards,
  build: (x, setting) =>
    (x.state.hazards &&
      builderOf(hazardsBuilder, hazardsKind)?.buildHazardLayer(
        { enterprises: x.dataset.enterprises, hazards: x.state.hazards },
        {
          day: x.hazardDay,
          enterpriseMask: x.state.result?.mask ?? null,
          version: x.state.resultVersion,
          opacity: setting.opacity,
          zoom: x.zoom,
          beforeId: FIRST_ABOVE_POINTS,
        },
      )) ||
    null,
};
