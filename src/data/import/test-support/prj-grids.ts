/**
 * .prj texts for the grid-naming and WKT2 tests, written by hand after the forms ArcGIS (ESRI WKT1)
 * and newer GDAL / QGIS (WKT2:2019) write. Names as those programs spell them: ESRI calls a
 * 6-degree grid "..._GK_CM_75E" or "..._GK_Zone_13" and a 3-degree one "..._3_Degree_GK_...".
 */
import { gkPrj } from './prj.ts';

export type TestDatum = 'cgcs2000' | 'xian1980' | 'beijing1954' | 'newbeijing';

/** ESRI GEOGCS per datum. */
export const ESRI_GEOGCS: Readonly<Record<TestDatum, string>> = {
  cgcs2000:
    'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
  xian1980:
    'GEOGCS["GCS_Xian_1980",DATUM["D_Xian_1980",SPHEROID["Xian_1980",6378140.0,298.257]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
  beijing1954:
    'GEOGCS["GCS_Beijing_1954",DATUM["D_Beijing_1954",SPHEROID["Krasovsky_1940",6378245.0,298.3]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
  newbeijing:
    'GEOGCS["GCS_New_Beijing",DATUM["D_New_Beijing",SPHEROID["Krasovsky_1940",6378245.0,298.3]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
};

/** An ESRI Gauss-Kruger .prj on `datum`. */
export const esriGk = (name: string, datum: TestDatum, cm: number, falseEasting: number): string =>
  gkPrj(name, ESRI_GEOGCS[datum], cm, falseEasting);

/** WKT2 BASEGEOGCRS per datum (GDAL's names for them), without an ID. */
const WKT2_BASE: Readonly<Record<TestDatum, string>> = {
  cgcs2000:
    'BASEGEOGCRS["China Geodetic Coordinate System 2000",DATUM["China 2000",ELLIPSOID["CGCS2000",6378137,298.257222101,LENGTHUNIT["metre",1]]],PRIMEM["Greenwich",0,ANGLEUNIT["degree",0.0174532925199433]]]',
  xian1980:
    'BASEGEOGCRS["Xian 1980",DATUM["Xian 1980",ELLIPSOID["IAG 1975",6378140,298.257,LENGTHUNIT["metre",1]]],PRIMEM["Greenwich",0,ANGLEUNIT["degree",0.0174532925199433]]]',
  beijing1954:
    'BASEGEOGCRS["Beijing 1954",DATUM["Beijing 1954",ELLIPSOID["Krassowsky 1940",6378245,298.3,LENGTHUNIT["metre",1]]],PRIMEM["Greenwich",0,ANGLEUNIT["degree",0.0174532925199433]]]',
  newbeijing:
    'BASEGEOGCRS["New Beijing",DATUM["New Beijing",ELLIPSOID["Krassowsky 1940",6378245,298.3,LENGTHUNIT["metre",1]]],PRIMEM["Greenwich",0,ANGLEUNIT["degree",0.0174532925199433]]]',
};

export interface Wkt2Options {
  /** Top-level EPSG id; left out when undefined. */
  id?: number;
  /** The length unit of the axes (default metre). */
  unit?: string;
  /** METHOD name (default Transverse Mercator). */
  method?: string;
}

/** A WKT2:2019 PROJCRS for a Transverse Mercator grid, laid out as GDAL 3 writes it. */
export function wkt2Tm(
  name: string,
  datum: TestDatum,
  cm: number,
  falseEasting: number,
  opts: Wkt2Options = {},
): string {
  const unit = opts.unit ?? 'LENGTHUNIT["metre",1]';
  const deg = 'ANGLEUNIT["degree",0.0174532925199433]';
  return `PROJCRS["${name}",
    ${WKT2_BASE[datum]},
    CONVERSION["${name.replace(/^.* \/ /, '')}",
        METHOD["${opts.method ?? 'Transverse Mercator'}",ID["EPSG",9807]],
        PARAMETER["Latitude of natural origin",0,${deg},ID["EPSG",8801]],
        PARAMETER["Longitude of natural origin",${cm},${deg},ID["EPSG",8802]],
        PARAMETER["Scale factor at natural origin",1,SCALEUNIT["unity",1],ID["EPSG",8805]],
        PARAMETER["False easting",${falseEasting},LENGTHUNIT["metre",1],ID["EPSG",8806]],
        PARAMETER["False northing",0,LENGTHUNIT["metre",1],ID["EPSG",8807]]],
    CS[Cartesian,2],
        AXIS["northing (X)",north,ORDER[1],${unit}],
        AXIS["easting (Y)",east,ORDER[2],${unit}],
    USAGE[SCOPE["Cadastre, engineering survey, topographic mapping."],AREA["China - between 118°30'E and 121°30'E."],BBOX[24.36,118.5,41.07,121.5]]${
      opts.id
        ? `,
    ID["EPSG",${opts.id}]`
        : ''
    }]`;
}

/** WKT2 GEOGCRS for CGCS2000 (optionally with its EPSG id). */
export const wkt2Cgcs2000 = (id = true): string => `GEOGCRS["China Geodetic Coordinate System 2000",
    DATUM["China 2000",ELLIPSOID["CGCS2000",6378137,298.257222101,LENGTHUNIT["metre",1]]],
    PRIMEM["Greenwich",0,ANGLEUNIT["degree",0.0174532925199433]],
    CS[ellipsoidal,2],
        AXIS["geodetic latitude (Lat)",north,ORDER[1],ANGLEUNIT["degree",0.0174532925199433]],
        AXIS["geodetic longitude (Lon)",east,ORDER[2],ANGLEUNIT["degree",0.0174532925199433]],
    USAGE[SCOPE["Horizontal component of 3D system."],AREA["China - onshore and offshore."],BBOX[16.7,73.62,53.56,134.77]]${id ? ',\n    ID["EPSG",4490]' : ''}]`;

/** WKT2 GEOGCRS for WGS 84 with its datum ensemble, as PROJ 8+ writes it. */
export const wkt2Wgs84 = (id = true): string => `GEOGCRS["WGS 84",
    ENSEMBLE["World Geodetic System 1984 ensemble",
        MEMBER["World Geodetic System 1984 (Transit)"],
        MEMBER["World Geodetic System 1984 (G730)"],
        MEMBER["World Geodetic System 1984 (G2139)"],
        ELLIPSOID["WGS 84",6378137,298.257223563,LENGTHUNIT["metre",1]],
        ENSEMBLEACCURACY[2.0]],
    PRIMEM["Greenwich",0,ANGLEUNIT["degree",0.0174532925199433]],
    CS[ellipsoidal,2],
        AXIS["geodetic latitude (Lat)",north,ORDER[1],ANGLEUNIT["degree",0.0174532925199433]],
        AXIS["geodetic longitude (Lon)",east,ORDER[2],ANGLEUNIT["degree",0.0174532925199433]],
    USAGE[SCOPE["Horizontal component of 3D system."],AREA["World."],BBOX[-90,-180,90,180]]${id ? ',\n    ID["EPSG",4326]' : ''}]`;

/**
 * A WKT2 BOUNDCRS: Beijing 1954 / 3-degree Gauss-Kruger CM 114E bound to WGS 84 by a seven-parameter
 * transformation, its parameters as GDAL writes an ABRIDGEDTRANSFORMATION's, in their implied
 * units: translations in metres, rotations in arc-seconds, the scale as a factor (1 + ppm / 1e6).
 */
export function wkt2BoundBj54With(
  method: string,
  methodCode: number,
  [tx, ty, tz, rx, ry, rz, scale]: readonly number[],
): string {
  return `BOUNDCRS[
    SOURCECRS[${wkt2Tm('Beijing 1954 / 3-degree Gauss-Kruger CM 114E', 'beijing1954', 114, 500000)}],
    TARGETCRS[${wkt2Wgs84()}],
    ABRIDGEDTRANSFORMATION["Transformation from Beijing 1954 to WGS84",
        METHOD["${method}",ID["EPSG",${methodCode}]],
        PARAMETER["X-axis translation",${tx},ID["EPSG",8605]],
        PARAMETER["Y-axis translation",${ty},ID["EPSG",8606]],
        PARAMETER["Z-axis translation",${tz},ID["EPSG",8607]],
        PARAMETER["X-axis rotation",${rx},ID["EPSG",8608]],
        PARAMETER["Y-axis rotation",${ry},ID["EPSG",8609]],
        PARAMETER["Z-axis rotation",${rz},ID["EPSG",8610]],
        PARAMETER["Scale difference",${scale},ID["EPSG",8611]]]]`;
}

/** {@link wkt2BoundBj54With} by Position Vector with translations only: the same shift as PRJ.bj54cm114Towgs's TOWGS84. */
export const wkt2BoundBj54: string = wkt2BoundBj54With(
  'Position Vector transformation (geog2D domain)',
  9606,
  [15.8, -154.4, -82.3, 0, 0, 0, 1],
);
