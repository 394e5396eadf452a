/** Hexagon cells counting the filtered enterprises or their level-weighted risk, flat or in 3D. */
import { FIRST_ABOVE_POINTS } from '../base/index.ts';
import { DensityLegend } from '../heatmap/index.ts';
import type { LayerKind } from '../layer-kind.ts';
import { builderOf, lazyBuilder } from '../lazy-builder.ts';
import { HexagonSettings } from './hexagon-settings.tsx';
import { hexagonSettings } from './hexagon-settings-spec.ts';
import { heatmapSettings } from '../heatmap/index.ts';
import { settingsOf } from '../../state/layer-settings.ts';

/** deck.gl's aggregation layers: loaded when the hexagons are first shown. */
export const hexagonBuilder = lazyBuilder(() => import('./build-hexagon-layer.ts'));

export const hexagonKind: LayerKind = {
  id: 'hexagon',
  name: { zh: '蜂窝聚合', en: 'Hexagon aggregation' },
  defaults: { visible: false, opacity: 0.85 },
  group: 'density',
  takesTheEye: true,
  needsRows: true,
  settings: hexagonSettings,
  // Risk is weighted by the heatmap's level weights.
  watch: (s) => settingsOf(s, heatmapSettings),
  build: (x, setting) => {
    const m = builderOf(hexagonBuilder, hexagonKind);
    if (!m || !x.selectedRows) return null;
    const { resultVersion, setHexDomain } = x.state;
    const hex = settingsOf(x.state, hexagonSettings);
    const heat = settingsOf(x.state, heatmapSettings);
    return m.buildHexagonLayer(x.dataset.enterprises, {
      rows: x.selectedRows,
      colorBy: hex.colorBy,
      levelWeights: heat.levelWeights,
      extruded: hex.extruded,
      radius: hex.radius,
      opacity: setting.opacity,
      version: resultVersion,
      beforeId: FIRST_ABOVE_POINTS,
      onColorDomain: setHexDomain,
    });
  },
  Settings: HexagonSettings,
  Legend: DensityLegend,
};
