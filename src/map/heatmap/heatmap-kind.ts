/** Density of the filtered enterprises, weighted by level or by score. */
import { FIRST_LABEL } from '../base/index.ts';
import type { LayerKind } from '../layer-kind.ts';
import { builderOf, lazyBuilder } from '../lazy-builder.ts';
import { DensityLegend } from './density-legend.tsx';
import { HeatmapSettings } from './heatmap-settings.tsx';
import { heatmapSettings } from './heatmap-settings-spec.ts';
import { settingsOf } from '../../state/layer-settings.ts';

/** deck.gl's aggregation layers and luma.gl's GPU aggregation: loaded when the heatmap is first shown. */
export const heatmapBuilder = lazyBuilder(() => import('./build-heatmap-layer.ts'));

export const heatmapKind: LayerKind = {
  id: 'heatmap',
  name: { zh: '风险热力图', en: 'Risk heatmap' },
  defaults: { visible: false, opacity: 0.8 },
  group: 'density',
  takesTheEye: true,
  needsRows: true,
  settings: heatmapSettings,
  // Its own group below the labels: sharing the points' group in MapLibre's interleaved mode, its
  // weights pass is lost whenever the points draw and the heat vanishes (measured: 7,387 heat pixels
  // alone, 679 with the points on).
  build: (x, setting) => {
    const m = builderOf(heatmapBuilder, heatmapKind);
    const heat = settingsOf(x.state, heatmapSettings);
    return m && x.selectedRows
      ? m.buildHeatmapLayer(x.dataset.enterprises, {
          rows: x.selectedRows,
          weight: heat.weight,
          levelWeights: heat.levelWeights,
          zoom: x.zoom,
          opacity: setting.opacity,
          version: x.state.resultVersion,
          beforeId: FIRST_LABEL,
        })
      : null;
  },
  Settings: HeatmapSettings,
  Legend: DensityLegend,
};
