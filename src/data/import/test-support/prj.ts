/** .prj texts as ArcGIS and Chinese GIS software write them (ESRI WKT1), for the tests. */
const CGCS_GEOGCS =
  'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
const BJ54_GEOGCS = (towgs = '') =>
  `GEOGCS["GCS_Beijing_1954",DATUM["D_Beijing_1954",SPHEROID["Krasovsky_1940",6378245.0,298.3]${towgs}],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]`;
const XIAN_GEOGCS =
  'GEOGCS["GCS_Xian_1980",DATUM["D_Xian_1980",SPHEROID["Xian_1980",6378140.0,298.257]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

/** An ESRI Gauss-Kruger PROJCS. */
export function gkPrj(
  name: string,
  geogcs: string,
  cm: number,
  falseEasting: number,
  unit = 'UNIT["Meter",1.0]',
): string {
  return `PROJCS["${name}",${geogcs},PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",${falseEasting.toFixed(1)}],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${cm.toFixed(1)}],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],${unit}]`;
}

/** Beijing 1954 / 3-degree GK CM 114E with a TOWGS84 (Position Vector: metres, arc-seconds, ppm). */
export function bj54cm114WithTowgs(towgs84: readonly number[]): string {
  return gkPrj('Beijing_1954_3_Degree_GK_CM_114E', BJ54_GEOGCS(`,TOWGS84[${towgs84.join(',')}]`), 114, 500000);
}

export const PRJ = {
  cgcs2000: CGCS_GEOGCS,
  zone40: gkPrj('CGCS2000_3_Degree_GK_Zone_40', CGCS_GEOGCS, 120, 40500000),
  cm120: gkPrj('CGCS2000_3_Degree_GK_CM_120E', CGCS_GEOGCS, 120, 500000),
  /** Some tools keep the zone name but write the false easting without the zone number. */
  zone40NoPrefix: gkPrj('CGCS2000_3_Degree_GK_Zone_40', CGCS_GEOGCS, 120, 500000),
  zone6_20: gkPrj('CGCS2000_6_Degree_GK_Zone_20', CGCS_GEOGCS, 117, 20500000),
  cm6_117: gkPrj('CGCS2000_6_Degree_GK_CM_117E', CGCS_GEOGCS, 117, 500000),
  bj54cm114: gkPrj('Beijing_1954_3_Degree_GK_CM_114E', BJ54_GEOGCS(), 114, 500000),
  bj54cm114Towgs: bj54cm114WithTowgs([15.8, -154.4, -82.3, 0, 0, 0, 0]),
  xian80cm120: gkPrj('Xian_1980_3_Degree_GK_CM_120E', XIAN_GEOGCS, 120, 500000),
  xian80zone40: gkPrj('Xian_1980_3_Degree_GK_Zone_40', XIAN_GEOGCS, 120, 40500000),
  wgs84:
    'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
  webMercator:
    'PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Mercator_Auxiliary_Sphere"],PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",0.0],PARAMETER["Standard_Parallel_1",0.0],PARAMETER["Auxiliary_Sphere_Type",0.0],UNIT["Meter",1.0]]',
  robinson:
    'PROJCS["World_Robinson",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Robinson"],PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",0.0],UNIT["Meter",1.0]]',
  cm120Feet: gkPrj('CGCS2000_3_Degree_GK_CM_120E_ft', CGCS_GEOGCS, 120, 500000, 'UNIT["Foot_US",0.3048006096012192]'),
} as const;
