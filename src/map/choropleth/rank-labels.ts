/**
 * The top-ten ranks of the shown choropleth, drawn by MapLibre among the base map's labels so that
 * no rank covers an area's name (a deck.gl text layer drew them over the names):
 * - ranked towns carry the rank in their own name label ("1 丽泽街道", the rank in the choropleth's
 *   purple), so rank and name can never collide;
 * - ranked grid cells and parks, whose names show only at street zoom, get a badge: a symbol layer
 *   above the town names, placed first, each badge trying above, below, left and right of its
 *   area's point in turn; a town name it would cover gives way instead.
 * Pure: rank order in, GeoJSON, expressions and the badge image out; the map shell sets the data.
 */
import { labelPx, type MapTheme } from '../theme.ts';
import type { ExpressionSpecification } from 'maplibre-gl';
import type { SymbolLayerSpecification } from 'maplibre-gl';

export const RANK_SOURCE = 'rank-labels';
export const RANK_BADGE = 'rank-badge';

/** Badge colour: the darkest class of the choropleth ramp, white text. */
const BADGE: [number, number, number, number] = [76, 29, 149, 240];

/** The town label: the rank (when the town choropleth ranks the town) then the name. */
export const TOWN_LABEL_TEXT = [
  'case',
  ['has', 'rank'],
  [
    'format',
    ['concat', ['to-string', ['get', 'rank']], ' '],
    { 'text-color': 'rgb(76,29,149)', 'font-scale': 1.15 },
    ['get', 'name'],
    {},
  ],
  ['get', 'name'],
] as unknown as ExpressionSpecification;

/** Town label points with the rank of each ranked town (rank 1 first), for the town-labels source. */
export function rankedTownLabels(
  towns: readonly { name: string; label: [number, number] }[],
  ranked: readonly number[],
): GeoJSON.FeatureCollection<GeoJSON.Point> {
  const rank = new Map(ranked.map((area, k) => [area, k + 1]));
  return {
    type: 'FeatureCollection',
    features: towns.map((t, i) => ({
      type: 'Feature',
      properties: { name: t.name, i, ...(rank.has(i) ? { rank: rank.get(i) } : {}) },
      geometry: { type: 'Point', coordinates: t.label },
    })),
  };
}

/** Areas in rank order (best first) to point features at their label points, rank 1 first. */
export function rankLabelFeatures(
  ranked: readonly number[],
  labels: readonly { label: [number, number]; name: string }[],
): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: ranked.map((area, k) => ({
      type: 'Feature',
      properties: { rank: k + 1, name: labels[area].name },
      geometry: { type: 'Point', coordinates: labels[area].label },
    })),
  };
}

export const NO_RANKS: GeoJSON.FeatureCollection<GeoJSON.Point> = { type: 'FeatureCollection', features: [] };

/**
 * A rounded square, stretched around the rank's text by `icon-text-fit`; its corners stay round
 * because only the middle rows and columns stretch (see RANK_BADGE_OPTIONS).
 */
export function rankBadgeImage(size = 24, radius = 7): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Distance outside the rounded square (0 inside), for a one-pixel soft edge.
      const dx = Math.max(radius - x - 0.5, x + 0.5 - (size - radius), 0);
      const dy = Math.max(radius - y - 0.5, y + 0.5 - (size - radius), 0);
      const alpha = Math.max(0, Math.min(1, radius + 0.5 - Math.hypot(dx, dy)));
      const o = 4 * (y * size + x);
      data[o] = BADGE[0];
      data[o + 1] = BADGE[1];
      data[o + 2] = BADGE[2];
      data[o + 3] = Math.round(BADGE[3] * alpha);
    }
  }
  return { width: size, height: size, data };
}

export const RANK_BADGE_OPTIONS = {
  stretchX: [[7, 17]] as [number, number][],
  stretchY: [[7, 17]] as [number, number][],
  content: [5, 5, 19, 19] as [number, number, number, number],
};

/** The badge layer, above the town names in the style (so placed before them). */
export function rankLayer(theme: MapTheme): SymbolLayerSpecification {
  return {
    id: RANK_SOURCE,
    type: 'symbol',
    source: RANK_SOURCE,
    layout: {
      // On the wall the badge names its area too: nothing there needs hovering.
      'text-field':
        theme.minLabelPx > 0
          ? ['concat', ['to-string', ['get', 'rank']], ' ', ['get', 'name']]
          : ['to-string', ['get', 'rank']],
      'text-size': labelPx(theme, 13),
      'text-padding': 1,
      'icon-image': RANK_BADGE,
      'icon-text-fit': 'both',
      'icon-text-fit-padding': [1, 4, 1, 4],
      'text-variable-anchor': [
        'bottom',
        'top',
        'left',
        'right',
        'bottom-left',
        'bottom-right',
        'top-left',
        'top-right',
      ],
      'text-radial-offset': 0.8,
      'text-allow-overlap': false,
      'icon-allow-overlap': false,
      'symbol-sort-key': ['get', 'rank'],
    },
    paint: { 'text-color': '#ffffff' },
  };
}
