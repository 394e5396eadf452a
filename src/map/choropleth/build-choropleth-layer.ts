/**
 * Area choropleth (grid cells, towns or parks) coloured by a chosen area metric in frozen classes, or
 * by a change between two data dates on a diverging ramp (classes symmetric about zero). Areas without
 * a value (no selected enterprise; for a change, none at one of the dates) are drawn light grey so "no
 * data" never looks like "low".
 */
import { GeoJsonLayer } from '@deck.gl/layers';
import type { PolygonFeatureCollection } from '../../data/dataset.ts';
import { divergingClassOf } from '../../data/area/area-change.ts';
import { classOf } from '../../domain/classify.ts';
import { classRamp, divergingRamp, type Rgb } from '../../ui/map-look.ts';

export interface ChoroplethOptions {
  id: string;
  geo: PolygonFeatureCollection;
  /** One value per area, NaN where there is none (area-change.ts's `mapMetricValues`). */
  values: Float32Array;
  /** A change: symmetric breaks, diverging colours. */
  diverging: boolean;
  breaks: readonly number[];
  opacity: number;
  /** Changes whenever the values do (the filter run, the metric). */
  version: unknown[];
  beforeId?: string;
}

const EMPTY: [number, number, number, number] = [203, 213, 225, 90];

/** Fill colour of one area: its class colour, or the "no data" grey. */
export function areaFill(
  values: Float32Array,
  breaks: readonly number[],
  ramp: Rgb[],
  area: number,
  diverging = false,
): [number, number, number, number] {
  const v = values[area];
  const k = diverging ? divergingClassOf(v, breaks) : classOf(v, breaks);
  if (k < 0) return EMPTY;
  const c = ramp[Math.min(k, ramp.length - 1)];
  return [c[0], c[1], c[2], 230];
}

export function buildChoroplethLayer(o: ChoroplethOptions): GeoJsonLayer {
  const ramp = (o.diverging ? divergingRamp : classRamp)(o.breaks.length + 1);
  return new GeoJsonLayer({
    id: o.id,
    data: o.geo as never,
    filled: true,
    stroked: true,
    getFillColor: (f: { properties: { i: number } }) => areaFill(o.values, o.breaks, ramp, f.properties.i, o.diverging),
    getLineColor: [88, 28, 135, 160],
    lineWidthUnits: 'pixels',
    getLineWidth: 1,
    opacity: o.opacity,
    pickable: true,
    updateTriggers: { getFillColor: [...o.version, ...o.breaks] },
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
