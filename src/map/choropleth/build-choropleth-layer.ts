/**
 * Area choropleth (grid cells, towns or parks) coloured by a chosen area metric in frozen classes.
 * Areas without selected enterprises are drawn hatched-grey-light so "no data" never looks like "low".
 */
import { GeoJsonLayer } from '@deck.gl/layers';
import type { PolygonFeatureCollection } from '../../data/dataset.ts';
import { metricValue, type AreaMetricKey, type AreaMetrics } from '../../data/area/area-metrics.ts';
import { classOf } from '../../domain/classify.ts';
import { classRamp, type Rgb } from '../../ui/map-look.ts';

export interface ChoroplethOptions {
  id: string;
  geo: PolygonFeatureCollection;
  metrics: AreaMetrics;
  metric: AreaMetricKey;
  breaks: readonly number[];
  opacity: number;
  version: number;
  beforeId?: string;
}

const EMPTY: [number, number, number, number] = [203, 213, 225, 90];

/** Fill colour of one area: its class colour, or the "no enterprises" grey. */
export function areaFill(
  m: AreaMetrics,
  metric: AreaMetricKey,
  breaks: readonly number[],
  ramp: Rgb[],
  area: number,
): [number, number, number, number] {
  if (m.enterprises[area] === 0) return EMPTY;
  const k = classOf(metricValue(m, metric, area), breaks);
  if (k < 0) return EMPTY;
  const c = ramp[Math.min(k, ramp.length - 1)];
  return [c[0], c[1], c[2], 230];
}

export function buildChoroplethLayer(o: ChoroplethOptions): GeoJsonLayer {
  const ramp = classRamp(o.breaks.length + 1);
  return new GeoJsonLayer({
    id: o.id,
    data: o.geo as never,
    filled: true,
    stroked: true,
    getFillColor: (f: { properties: { i: number } }) => areaFill(o.metrics, o.metric, o.breaks, ramp, f.properties.i),
    getLineColor: [88, 28, 135, 160],
    lineWidthUnits: 'pixels',
    getLineWidth: 1,
    opacity: o.opacity,
    pickable: true,
    updateTriggers: { getFillColor: [o.version, o.metric, ...o.breaks] },
    beforeId: o.beforeId,
  });
}

/** A bold outline around the area whose panel is open. */
export function buildAreaOutline(feature: PolygonFeatureCollection['features'][number]): GeoJsonLayer {
  return new GeoJsonLayer({
    id: 'area-outline',
    data: { type: 'FeatureCollection', features: [feature] } as never,
    filled: false,
    stroked: true,
    getLineColor: [15, 23, 42, 230],
    lineWidthUnits: 'pixels',
    getLineWidth: 3.5,
  });
}
