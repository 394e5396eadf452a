/**
 * The three area choropleths (towns, grid cells, parks): one kind per area kind, sharing their
 * settings (one metric and classification for all) and their legend.
 */
import type { AreaKind } from '../../data/area/area-metrics.ts';
import { isChangeMetric, mapMetricValues } from '../../data/area/area-change.ts';
import type { Text } from '../../domain/text.ts';
import { FIRST_ABOVE_POINTS } from '../base/index.ts';
import type { LayerKind } from '../layer-kind.ts';
import { builderOf, lazyBuilder } from '../lazy-builder.ts';
import { ChoroplethLegend } from './choropleth-legend.tsx';
import { ChoroplethSettings } from './choropleth-settings.tsx';
import { choroplethSettings } from './choropleth-settings-spec.ts';
import { settingsOf } from '../../state/layer-settings.ts';

/** deck.gl's GeoJsonLayer (polygons, paths, and the rest it brings): loaded when a choropleth or an area's outline is first drawn. */
export const choroplethBuilder = lazyBuilder(() => import('./build-choropleth-layer.ts'));

function choroplethKind(id: string, areaKind: AreaKind, name: Text, opacity: number): LayerKind {
  const kind: LayerKind = {
    id,
    name,
    areaKind,
    defaults: { visible: false, opacity },
    group: 'areas',
    takesTheEye: true,
    settings: choroplethSettings,
    watch: (s) => [s.areaMetrics, s.earlierAreaMetrics],
    build: (x, setting) => {
      const { areaMetrics, earlierAreaMetrics, resultVersion } = x.state;
      const choro = settingsOf(x.state, choroplethSettings);
      const breaks = choro.breaks[areaKind];
      const m = builderOf(choroplethBuilder, kind);
      if (!m || !areaMetrics || !breaks) return null;
      // A change needs the earlier snapshot's metrics: nothing to draw without a comparison.
      const values = mapMetricValues(areaMetrics[areaKind], earlierAreaMetrics?.[areaKind] ?? null, choro.metric);
      if (!values) return null;
      const geo = { town: x.dataset.geo.towns, grid: x.dataset.geo.grid, park: x.dataset.geo.parks }[areaKind];
      return m.buildChoroplethLayer({
        id,
        geo,
        values,
        diverging: isChangeMetric(choro.metric),
        breaks,
        opacity: setting.opacity,
        version: [resultVersion, choro.metric, earlierAreaMetrics],
        beforeId: FIRST_ABOVE_POINTS,
      });
    },
    Settings: ChoroplethSettings,
    Legend: ChoroplethLegend,
  };
  return kind;
}

export const townChoroKind = choroplethKind('townChoro', 'town', { zh: '镇街风险分级', en: 'Town choropleth' }, 0.65);
export const gridChoroKind = choroplethKind(
  'gridChoro',
  'grid',
  { zh: '网格风险分级', en: 'Grid-cell choropleth' },
  0.7,
);
export const parkChoroKind = choroplethKind('parkChoro', 'park', { zh: '园区风险分级', en: 'Park choropleth' }, 0.8);
