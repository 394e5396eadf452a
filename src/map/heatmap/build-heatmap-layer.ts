/**
 * Risk heatmap: kernel density of the selected enterprises weighted by level (red 8, orange 4,
 * yellow 2, blue 1 by default) or by score. The kernel radius grows with zoom so the map reads as
 * hot districts at district zoom and as hot blocks at street zoom.
 */
import { HeatmapLayer } from '@deck.gl/aggregation-layers';
import type { EnterpriseColumns } from '../../data/columns.ts';
import { HEAT_RAMP, heatRadiusPixels } from '../../ui/map-look.ts';

export interface HeatmapOptions {
  /** Rows to draw (the filtered selection). */
  rows: Uint32Array;
  weight: 'level' | 'score';
  /** Weight per level code, used when weight = 'level'. */
  levelWeights: readonly number[];
  zoom: number;
  opacity: number;
  beforeId?: string;
  version: number;
}

export function buildHeatmapLayer(c: EnterpriseColumns, o: HeatmapOptions): HeatmapLayer<number> {
  const { lon, lat, level, score } = c;
  return new HeatmapLayer<number>({
    id: 'heatmap',
    data: o.rows as unknown as number[],
    getPosition: (i) => [lon[i], lat[i]],
    getWeight: o.weight === 'level' ? (i) => o.levelWeights[level[i]] : (i) => score[i],
    radiusPixels: heatRadiusPixels(o.zoom),
    intensity: 1,
    threshold: 0.05,
    colorRange: HEAT_RAMP,
    opacity: o.opacity,
    updateTriggers: { getWeight: [o.weight, ...o.levelWeights], getPosition: o.version },
    // @ts-expect-error read by MapLibreOverlay in interleaved mode (not in the layer props type)
    beforeId: o.beforeId,
  });
}
