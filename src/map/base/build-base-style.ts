/**
 * The offline base map: a MapLibre style drawn only from the dataset's own layers (no tiles, no
 * glyph server; MapLibre draws text with local fonts when the style has no `glyphs`). Pure: geometry
 * and theme in, style object out.
 */
import type { StyleSpecification, ExpressionSpecification } from 'maplibre-gl';
import type { DatasetGeo, DatasetManifest } from '../../data/dataset.ts';
import { PARK_TYPES } from '../../domain/parks.ts';
import type { Lang } from '../../i18n/strings.ts';
import { labelPx, type MapTheme } from '../theme.ts';
import { NO_RANKS, RANK_SOURCE, rankLayer, TOWN_LABEL_TEXT } from '../choropleth/index.ts';
import { MAJOR_NAMES, majorNamesLayer } from './major-names.ts';

type Ring = number[][];

/** The world with the district cut out, so everything outside the district can be dimmed. */
export function outsideMask(district: DatasetGeo['district']): GeoJSON.Feature<GeoJSON.Polygon> {
  const holes: Ring[] = [];
  for (const f of district.features) {
    const polys =
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates as Ring[]] : (f.geometry.coordinates as Ring[][]);
    for (const p of polys) holes.push(p[0]);
  }
  return {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [-180, -85],
          [180, -85],
          [180, 85],
          [-180, 85],
          [-180, -85],
        ],
        ...holes,
      ],
    },
  };
}

function labelPoints(
  items: { name: string; label: [number, number] }[],
  extra: (i: number) => Record<string, unknown> = () => ({}),
): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: items.map((t, i) => ({
      type: 'Feature',
      properties: { name: t.name, i, ...extra(i) },
      geometry: { type: 'Point', coordinates: t.label },
    })),
  };
}

const parkColour = [
  'match',
  ['get', 'type'],
  ...PARK_TYPES.flatMap((p, i) => [i, `rgb(${p.fill.join(',')})`]),
  '#888',
] as unknown as ExpressionSpecification;

export function buildBaseStyle(
  geo: DatasetGeo,
  manifest: DatasetManifest,
  theme: MapTheme,
  _lang: Lang,
): StyleSpecification {
  return {
    version: 8,
    sources: {
      outside: { type: 'geojson', data: outsideMask(geo.district) },
      district: { type: 'geojson', data: geo.district as GeoJSON.FeatureCollection },
      towns: { type: 'geojson', data: geo.towns as GeoJSON.FeatureCollection },
      grid: { type: 'geojson', data: geo.grid as GeoJSON.FeatureCollection },
      parks: { type: 'geojson', data: geo.parks as GeoJSON.FeatureCollection },
      'town-labels': { type: 'geojson', data: labelPoints(manifest.towns) },
      'grid-labels': { type: 'geojson', data: labelPoints(manifest.grids) },
      'park-labels': { type: 'geojson', data: labelPoints(manifest.parks) },
      [RANK_SOURCE]: { type: 'geojson', data: NO_RANKS },
      [MAJOR_NAMES]: { type: 'geojson', data: NO_RANKS },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': theme.land } },
      {
        id: 'town-fill',
        type: 'fill',
        source: 'towns',
        paint: { 'fill-color': ['case', ['==', ['%', ['get', 'i'], 2], 0], theme.townFillA, theme.townFillB] },
      },
      // Invisible, but queryable: clicking a grid cell in grid mode finds it here.
      { id: 'grid-fill', type: 'fill', source: 'grid', paint: { 'fill-color': '#000', 'fill-opacity': 0 } },
      { id: 'park-fill', type: 'fill', source: 'parks', paint: { 'fill-color': parkColour, 'fill-opacity': 0.22 } },
      {
        id: 'grid-line',
        type: 'line',
        source: 'grid',
        minzoom: 10,
        paint: {
          'line-color': theme.gridLine,
          'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.4, 14, 1.2],
          'line-dasharray': [3, 2],
        },
      },
      {
        id: 'town-line',
        type: 'line',
        source: 'towns',
        paint: { 'line-color': theme.townLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 9, 1.2, 14, 2.5] },
      },
      {
        id: 'outside-mask',
        type: 'fill',
        source: 'outside',
        paint: { 'fill-color': theme.outside, 'fill-opacity': 0.55 },
      },
      {
        id: 'district-line',
        type: 'line',
        source: 'district',
        paint: { 'line-color': theme.districtLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 9, 2.5, 14, 4] },
      },
      // Above the enterprise points (the deck layers go in just before it): at district zoom the parks
      // would otherwise vanish under their own enterprises. Each park type keeps its colour.
      {
        id: 'park-line',
        type: 'line',
        source: 'parks',
        paint: { 'line-color': parkColour, 'line-width': ['interpolate', ['linear'], ['zoom'], 9, 1.6, 14, 2.8] },
      },
      {
        id: 'grid-labels',
        type: 'symbol',
        source: 'grid-labels',
        minzoom: 12.5,
        layout: { 'text-field': ['get', 'name'], 'text-size': labelPx(theme, 11) },
        paint: { 'text-color': theme.gridLabel, 'text-halo-color': theme.halo, 'text-halo-width': 1.2 },
      },
      {
        id: 'park-labels',
        type: 'symbol',
        source: 'park-labels',
        minzoom: 11.5,
        layout: { 'text-field': ['get', 'name'], 'text-size': labelPx(theme, 12), 'text-offset': [0, 1.2] },
        paint: { 'text-color': theme.parkLabel, 'text-halo-color': theme.halo, 'text-halo-width': 1.5 },
      },
      // Below the town names in the style, so placed after them: a crowded wall drops an enterprise's name, not a town's.
      majorNamesLayer(theme),
      {
        id: 'town-labels',
        type: 'symbol',
        source: 'town-labels',
        // A town ranked by the town choropleth carries its rank in front of its name (rank-labels.ts).
        layout: {
          'text-field': TOWN_LABEL_TEXT,
          'text-size': ['interpolate', ['linear'], ['zoom'], 9, labelPx(theme, 13), 13, labelPx(theme, 18)],
          'text-allow-overlap': false,
          // A name may move off its point (above, below, beside) rather than vanish under a rank badge or a neighbour.
          'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
          'text-radial-offset': 0.7,
          // Ranked towns are placed first (rank 1 before rank 2 ...), so a crowded map drops an unranked name, not a ranked one.
          'symbol-sort-key': ['coalesce', ['get', 'rank'], 100],
        },
        paint: { 'text-color': theme.townLabel, 'text-halo-color': theme.halo, 'text-halo-width': 2 },
      },
      rankLayer(theme),
    ],
  };
}

/**
 * The first base layer drawn above deck.gl's layers: the park outlines, then the labels, stay
 * readable over the enterprise points.
 */
export const FIRST_ABOVE_POINTS = 'park-line';

/** The first label layer: what is drawn before it lies above the park outlines and below every name. */
export const FIRST_LABEL = 'grid-labels';

/** Base-map layers switched by each entry of the layers panel, with the paint property that carries its opacity and the full opacity. */
