/**
 * An online basemap under the district's own layers, off by default (the app works with no
 * internet): Tianditu (天地图) vector or imagery tiles with the bureau's own key, in the
 * web-mercator tile set (TILEMATRIXSET=w). Tianditu is in CGCS2000, which needs no offset against
 * WGS84 at map scale, so the dataset's points sit right on it. An administrator can preset it in
 * the deployment's `config.json` (docs/deploy.md), a user can turn it on in the layers panel.
 * Pure: settings in, MapLibre source and layer out; the map shell adds and removes them.
 */
import type { Lang } from '../../domain/lang.ts';
import { tr } from '../../domain/text.ts';
import { BASEMAP_TEXT } from './strings.ts';
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';

import type { BasemapKind, BasemapSetting } from '../../state/basemap-setting.ts';

export const BASEMAP_SOURCE = 'online-basemap';
export const BASEMAP_LABEL_SOURCE = 'online-basemap-labels';

/** Whether a MapLibre source id is one of the online basemap's (whose failures are the basemap's, not the map's). */
export function isBasemapSource(id: string | undefined): boolean {
  return id === BASEMAP_SOURCE || id === BASEMAP_LABEL_SOURCE;
}

/** Tianditu's WMTS GetTile in the web-mercator set; {s} is one of its eight hosts. */
const TIANDITU =
  'https://t{s}.tianditu.gov.cn/{kind}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER={kind}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}';

/** The annotation (place-name) layer that goes with each base layer. */
const LABELS: Record<BasemapKind, string> = { vec: 'cva', img: 'cia' };

function fill(template: string, kind: string, key: string, host: number): string {
  return template
    .replace(/\{kind\}/g, kind)
    .replace(/\{key\}/g, encodeURIComponent(key))
    .replace(/\{s\}/g, String(host));
}

/** Tile URLs (MapLibre's {z}/{x}/{y} left in place) for the base layer and its place names. */
export function basemapTiles(s: BasemapSetting): { base: string[]; labels: string[] } {
  const template = s.tileUrl ?? TIANDITU;
  // Tianditu spreads load over t0..t7; a mirror given by the deployment is one host.
  const hosts = s.tileUrl ? [0] : [0, 1, 2, 3, 4, 5, 6, 7];
  return {
    base: hosts.map((h) => fill(template, s.kind, s.key, h)),
    labels: hosts.map((h) => fill(template, LABELS[s.kind], s.key, h)),
  };
}

export function basemapAttribution(s: BasemapSetting, lang: Lang): string {
  return s.reviewNumber
    ? tr(lang, BASEMAP_TEXT.attributionReviewed, s.reviewNumber)
    : tr(lang, BASEMAP_TEXT.attribution);
}

export function basemapSources(s: BasemapSetting, lang: Lang): Record<string, SourceSpecification> {
  const tiles = basemapTiles(s);
  const attribution = basemapAttribution(s, lang);
  return {
    [BASEMAP_SOURCE]: { type: 'raster', tiles: tiles.base, tileSize: 256, maxzoom: 18, attribution },
    [BASEMAP_LABEL_SOURCE]: { type: 'raster', tiles: tiles.labels, tileSize: 256, maxzoom: 18 },
  };
}

/** The two raster layers, to go just above the background (below the district's own fills). */
export function basemapLayers(): LayerSpecification[] {
  return [
    { id: BASEMAP_SOURCE, type: 'raster', source: BASEMAP_SOURCE },
    { id: BASEMAP_LABEL_SOURCE, type: 'raster', source: BASEMAP_LABEL_SOURCE },
  ];
}

/** HTTP statuses with which Tianditu refuses a key (418: a wrong key or a spent quota). */
export function isRefusal(status: number | undefined): boolean {
  return status === 401 || status === 403 || status === 418 || status === 429;
}
