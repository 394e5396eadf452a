/** What the other features of src/map may use of this one (src/map/base). */
export { buildBaseStyle, FIRST_ABOVE_POINTS, FIRST_LABEL } from './build-base-style.ts';
export { MAJOR_NAMES, majorNameFeatures } from './major-names.ts';
export {
  BASEMAP_LABEL_SOURCE,
  BASEMAP_SOURCE,
  basemapAttribution,
  basemapLayers,
  basemapSources,
  isBasemapSource,
  isRefusal,
} from './online-basemap.ts';
