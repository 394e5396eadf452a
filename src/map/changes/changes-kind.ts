/**
 * Marks over the enterprises by what changed since the earlier data date of an open comparison
 * (`?compare=`): level up and new, and on request level down and the enterprises gone since (where
 * they were). Nothing without a comparison; the comparison turns the layer on once when it is ready
 * (compare-slice.ts).
 */
import { CHANGES_LAYER } from '../../state/layers-slice.ts';
import { settingsOf } from '../../state/layer-settings.ts';
import { FIRST_ABOVE_POINTS } from '../base/index.ts';
import type { LayerKind } from '../layer-kind.ts';
import { builderOf } from '../lazy-builder.ts';
import { changesBuilder } from './changes-builder.ts';
import { ChangesLegend, ChangesSettings } from './changes-parts.tsx';
import { changeMarkSettings } from './changes-settings-spec.ts';
import { changeSources } from './changes-sources.ts';

export { changesBuilder };

export const changesKind: LayerKind = {
  id: CHANGES_LAYER,
  name: { zh: '较上期变化（标注）', en: 'Changes since the earlier data date' },
  defaults: { visible: false, opacity: 1 },
  group: 'marks',
  settings: changeMarkSettings,
  // The change codes arrive with the comparison, and a what-if rescore replaces them (with the dataset's enterprises).
  watch: (s) => [s.dataset?.enterprises.changeState, s.comparison],
  build: (x, setting) => {
    const cmp = x.state.comparison;
    if (!cmp || !x.dataset.enterprises.changeState) return null;
    return (
      builderOf(changesBuilder, changesKind)?.buildChangeLayer(changeSources(x.dataset, cmp), {
        ...settingsOf(x.state, changeMarkSettings),
        enterpriseMask: x.state.result?.mask ?? null,
        version: x.state.resultVersion,
        opacity: setting.opacity,
        wall: x.state.presenting,
        radiusScale: x.theme.pointScale,
        zoom: x.zoom,
        beforeId: FIRST_ABOVE_POINTS,
      }) ?? null
    );
  },
  Settings: ChangesSettings,
  Legend: ChangesLegend,
};
