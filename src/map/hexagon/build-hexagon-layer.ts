/**
 * Hexagon aggregation of the selected enterprises: colour (and in 3D, height) by the number of
 * enterprises or by risk (sum of level weights). Rotate and tilt with the map; 2D is the default.
 */
import { HexagonLayer } from '@deck.gl/aggregation-layers';
import type { EnterpriseColumns } from '../../data/columns.ts';
import { classRamp, HEX_CLASSES } from '../../ui/map-look.ts';

export interface HexagonOptions {
  rows: Uint32Array;
  colorBy: 'count' | 'risk';
  levelWeights: readonly number[];
  extruded: boolean;
  /** Hexagon radius in metres. */
  radius: number;
  opacity: number;
  beforeId?: string;
  version: number;
  /** Told the range of cell values the colours span, for the legend. */
  onColorDomain?: (domain: [number, number]) => void;
}

export function buildHexagonLayer(c: EnterpriseColumns, o: HexagonOptions): HexagonLayer<number> {
  const { lon, lat, level } = c;
  const weight = o.colorBy === 'count' ? () => 1 : (i: number) => o.levelWeights[level[i]];
  return new HexagonLayer<number>({
    id: 'hexagon',
    data: o.rows as unknown as number[],
    getPosition: (i) => [lon[i], lat[i]],
    getColorWeight: weight,
    colorAggregation: 'SUM',
    getElevationWeight: weight,
    elevationAggregation: 'SUM',
    radius: o.radius,
    coverage: 0.9,
    extruded: o.extruded,
    elevationScale: o.extruded ? 12 : 0,
    colorRange: classRamp(HEX_CLASSES),
    onSetColorDomain: o.onColorDomain,
    opacity: o.opacity,
    pickable: true,
    material: { ambient: 0.6, diffuse: 0.6, shininess: 20 },
    updateTriggers: {
      getColorWeight: [o.colorBy, ...o.levelWeights],
      getElevationWeight: [o.colorBy, ...o.levelWeights],
      getPosition: o.version,
    },
    // @ts-expect-error read by MapLibreOverlay in interleaved mode (not in the layer props type)
    beforeId: o.beforeId,
  });
}
