/** The GeoJSON reader's messages. */
import { defineStrings } from '../../domain/text.ts';

export const GEOJSON_TEXT = defineStrings({
  notGeoJson: {
    zh: '不是 GeoJSON：缺少 FeatureCollection / Feature 结构',
    en: 'not GeoJSON: no FeatureCollection or Feature',
  },
  /** The parser's message. */
  invalidJson: { zh: '不是有效的 JSON（文件可能不完整）：{0}', en: 'not valid JSON (the file may be cut short): {0}' },
  notFeature: { zh: '不是 GeoJSON 要素（Feature）', en: 'not a GeoJSON Feature' },
  nestedTooDeep: {
    zh: '几何坐标嵌套过深，不是有效的 GeoJSON 几何',
    en: 'geometry is nested too deep to be valid GeoJSON',
  },
  noFeatures: { zh: '文件里没有可用的要素', en: 'the file holds no usable features' },
  /** The system's name. */
  unsupportedCrs: {
    zh: '不支持文件声明的坐标系 {0}',
    en: 'the coordinate system the file declares, {0}, is not supported',
  },
});
