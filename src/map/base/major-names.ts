/**
 * On the wall (presentation mode) the names of the 重大 enterprises that pass the filters are written
 * on the map, so that nobody needs to hover: a MapLibre label layer (MapLibre places labels without
 * collisions, the highest scores first) fed with one point per 重大 enterprise.
 */
import type { SymbolLayerSpecification } from 'maplibre-gl';
import type { Dataset } from '../../data/dataset.ts';
import { labelPx, type MapTheme } from '../theme.ts';

export const MAJOR_NAMES = 'major-names';

/** Level code of 重大 (src/domain/levels.ts). */
const MAJOR = 0;

/** The 重大 enterprises passing the mask (all when null), with their names and scores. */
export function majorNameFeatures(
  d: Pick<Dataset, 'enterprises' | 'text'>,
  mask: Uint8Array | null,
): GeoJSON.FeatureCollection<GeoJSON.Point> {
  const c = d.enterprises;
  const features: GeoJSON.Feature<GeoJSON.Point>[] = [];
  for (let i = 0; i < c.length; i++) {
    if (c.level[i] !== MAJOR || (mask && !mask[i])) continue;
    features.push({
      type: 'Feature',
      properties: { name: d.text.name.get(i) ?? '', score: c.score[i] },
      geometry: { type: 'Point', coordinates: [c.lon[i], c.lat[i]] },
    });
  }
  return { type: 'FeatureCollection', features };
}

export function majorNamesLayer(theme: MapTheme): SymbolLayerSpecification {
  return {
    id: MAJOR_NAMES,
    type: 'symbol',
    source: MAJOR_NAMES,
    layout: {
      // Only on the wall: elsewhere the names are a hover away and would crowd the map.
      visibility: theme.minLabelPx > 0 ? 'visible' : 'none',
      'text-field': ['concat', '▲ ', ['get', 'name']],
      'text-size': labelPx(theme, 12),
      'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
      'text-radial-offset': 0.8,
      'text-max-width': 12,
      'text-allow-overlap': false,
      // Higher scores are placed first, so a crowded map drops the lower ones.
      'symbol-sort-key': ['-', 0, ['get', 'score']],
    },
    paint: { 'text-color': '#fecaca', 'text-halo-color': theme.halo, 'text-halo-width': 2.5 },
  };
}
