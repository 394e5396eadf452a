/**
 * The messages about coordinate systems: a .prj that cannot be used (projection-prj.ts), a datum
 * without a shift (projection-core.ts), the guess of a Gauss-Kruger zone (projection-guess.ts) and
 * coordinates that cannot be converted (reproject.ts).
 */
import { defineStrings } from '../../domain/text.ts';

export const PROJECTION_TEXT = defineStrings({
  /** The prime meridian. */
  prjPrimeMeridian: {
    zh: '.prj 的本初子午线不是格林尼治（{0}），无法转换',
    en: 'The .prj uses a prime meridian other than Greenwich ({0}); it cannot be converted',
  },
  /** The angular unit. */
  prjAngularUnit: {
    zh: '.prj 的角度单位不是度（{0}），无法转换',
    en: "The .prj's angular unit is not the degree ({0}); it cannot be converted",
  },
  /** The datum's name. */
  prjNoEllipsoid: {
    zh: '.prj 的基准面 “{0}” 没有椭球参数，无法转换',
    en: 'The .prj\'s datum "{0}" has no ellipsoid; it cannot be converted',
  },
  prjNoCentralMeridian: {
    zh: '.prj 的高斯-克吕格/横轴墨卡托投影缺少中央经线',
    en: 'The .prj has a Gauss-Kruger / Transverse Mercator projection without a central meridian',
  },
  /** The linear unit's name. */
  prjLinearUnit: {
    zh: '.prj 的长度单位是 “{0}”（不是米），无法转换',
    en: 'The .prj\'s linear unit is "{0}", not the metre; it cannot be converted',
  },
  /** The projection method, the system's name. */
  prjUnknownProjection: {
    zh: '.prj 的投影 “{0}”（{1}）无法识别，不能转换为经纬度',
    en: 'The .prj uses the projection "{0}" ({1}), which this import cannot convert to lon/lat',
  },
  prjNotWkt: {
    zh: '.prj 文件不是有效的 WKT 坐标系定义',
    en: 'The .prj is not a valid WKT coordinate system definition',
  },
  prjNoGeogcs: {
    zh: '.prj 的投影坐标系缺少地理坐标系（GEOGCS）',
    en: 'The .prj has a projected system without its GEOGCS',
  },
  /** The WKT keyword, the system's name. */
  prjNotUsable: {
    zh: '.prj 描述的是 “{0} {1}”，不是可用的平面或地理坐标系',
    en: 'The .prj describes "{0} {1}", which is not a usable projected or geographic system',
  },
  /** The datum's name. */
  noDatumShift: {
    zh: '{0} 没有给出到 WGS84 的基准转换参数（TOWGS84），未做基准转换，位置可能偏差约 100 米。',
    en: '{0} comes without a datum shift to WGS84 (no TOWGS84), so none was applied: positions may be off by up to about 100 m.',
  },
  /** Added to a guess whose x and y were stored the other way round. */
  swapped: {
    zh: '；x 与 y 顺序相反（先存北坐标），已按对调处理',
    en: '; x and y are swapped (northing stored first) and are read the other way round',
  },
  /** Lowest and highest easting, zone, zone width in degrees, `swapped` or nothing. */
  zoneFromPrefix: {
    zh: '东坐标（{0}…{1}）带有带号 {2}，按 CGCS2000 {3} 度带第 {2} 带处理{4}',
    en: 'Eastings ({0}..{1}) carry the zone number {2}: read as CGCS2000 {3}-degree zone {2}{4}',
  },
  /** Lowest and highest easting, the other data's longitude, the central meridian, `swapped` or nothing. */
  meridianFromHint: {
    zh: '东坐标（{0}…{1}）没有带号；按其他数据的经度 {2}° 选用中央经线 {3}°E（CGCS2000 3 度带）{4}，请确认',
    en: 'Eastings ({0}..{1}) carry no zone number; central meridian {3}E (CGCS2000 3-degree) chosen from the longitude {2} of other data{4}. Please confirm',
  },
  /** Lowest and highest easting, `swapped` or nothing. */
  meridianUnknown: {
    zh: '东坐标（{0}…{1}）像高斯-克吕格坐标但没有带号，无法判断中央经线，请选择{2}',
    en: 'Eastings ({0}..{1}) look like Gauss-Kruger without a zone number; the central meridian cannot be told from them: please pick it{2}',
  },
  /** Feature number. */
  collectionTooDeep: {
    zh: '第 {0} 个要素的几何集合嵌套过深，深层部分已忽略',
    en: 'Feature {0}: geometry collections nested too deep; the deeper parts were left out',
  },
  /** Feature number. */
  outsideProjection: {
    zh: '第 {0} 个要素的部分坐标无法换算为经纬度（超出投影范围）',
    en: "Feature {0}: some coordinates could not be converted to lon/lat (outside the projection's range)",
  },
});
