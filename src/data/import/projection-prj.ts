/**
 * `.prj` WKT -> Projection. The tree is read here (not handed to proj4 as a whole) so that every
 * parameter that matters is checked: proj4 ignores what it does not understand, and a wrong false
 * easting or datum would put a layer in the wrong place without a word. WKT1 (ESRI, OGC) and WKT2
 * come to this module as one description (wkt-crs.ts). Used by projection.ts.
 */
import { trBoth, type Text } from '../../domain/text.ts';
import { PROJECTION_TEXT } from './projection-strings.ts';
import {
  DATUMS,
  datumShiftWarning,
  gkCode,
  gkFromCode,
  gkProjection,
  proj4ToWgs84,
  projectionFromEpsg,
  type Datum,
  type Projection,
} from './projection-core.ts';
import { describeWkt, type CrsDesc, type GeogDesc, type TmParams } from './wkt-crs.ts';
import { parseWkt, squash } from './wkt.ts';

type DatumKind = Datum | 'wgs84' | 'other';

interface Geog extends GeogDesc {
  kind: DatumKind;
  /** proj4 ellipsoid parameters from the ellipsoid. */
  ellps: string;
}

const err = (error: Text): { error: Text } => ({ error });

function near(a: number, b: number, tol = 1e-9): boolean {
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));
}

/** Which datum the names (or, unnamed, the ellipsoid) say. */
function datumKind(g: GeogDesc): DatumKind {
  const names = squash(`${g.datumName} ${g.name} ${g.ellipsoidName}`);
  if (/cgcs2000|china2000|chinageodeticcoordinatesystem2000/.test(names)) return 'cgcs2000';
  // Before Beijing 1954: "New Beijing" is another datum on the same ellipsoid.
  if (/newbeijing/.test(names)) return 'newbeijing';
  if (/beijing1954|beijing54/.test(names)) return 'beijing1954';
  if (/xian1980|xian80/.test(names)) return 'xian1980';
  if (/wgs1984|wgs84|worldgeodeticsystem1984/.test(names)) return 'wgs84';
  if (near(g.a, 6378137) && near(g.rf, 298.257223563)) return 'wgs84';
  // GRS80 with an unnamed datum: CGCS2000 shares the ellipsoid and differs from WGS84 by centimetres.
  if (near(g.a, 6378137) && near(g.rf, 298.257222101)) return 'cgcs2000';
  return 'other';
}

function readGeog(d: GeogDesc): Geog {
  const kind = datumKind(d);
  const ellps = Number.isFinite(d.a) && d.a > 0 ? (d.rf > 0 ? `+a=${d.a} +rf=${d.rf}` : `+a=${d.a} +b=${d.a}`) : '';
  // A zero shift on a datum that is WGS84 to the centimetre says nothing: keep the EPSG naming.
  const zero = d.towgs84?.every((v) => v === 0) && (kind === 'wgs84' || kind === 'cgcs2000');
  return { ...d, kind, ellps, towgs84: zero ? undefined : d.towgs84 };
}

/** A readable name for a datum, for labels and warnings. */
function datumLabel(g: Geog): string {
  return g.kind === 'wgs84' ? 'WGS 84' : g.kind === 'other' ? g.datumName || g.name : DATUMS[g.kind].label;
}

function checkGeog(g: Geog): { error: Text } | undefined {
  if (g.primem !== 0) {
    return err(trBoth(PROJECTION_TEXT.prjPrimeMeridian, String(g.primem)));
  }
  if (!near(g.unit, Math.PI / 180, 1e-6)) {
    return err(trBoth(PROJECTION_TEXT.prjAngularUnit, String(g.unit)));
  }
  if (g.kind === 'other' && !g.ellps) {
    return err(trBoth(PROJECTION_TEXT.prjNoEllipsoid, g.datumName));
  }
  return undefined;
}

function geographic(g: Geog, wkt: string): Projection | { error: Text } {
  const bad = checkGeog(g);
  if (bad) return bad;
  if (g.kind === 'wgs84') return projectionFromEpsg(4326) as Projection;
  if (g.kind === 'cgcs2000') return projectionFromEpsg(4490) as Projection;
  if (g.towgs84) {
    const def = `+proj=longlat ${g.ellps} +towgs84=${g.towgs84.join(',')} +no_defs`;
    return {
      id: `WKT:${wkt}`,
      label: `${datumLabel(g)} (${g.name}, TOWGS84)`,
      geographic: true,
      toWgs84: proj4ToWgs84(def),
    };
  }
  if (g.kind !== 'other') return projectionFromEpsg(DATUMS[g.kind].geog) as Projection;
  return {
    id: `WKT:${wkt}`,
    label: g.name,
    geographic: true,
    toWgs84: (x, y) => [x, y],
    warning: datumShiftWarning(datumLabel(g)),
  };
}

/**
 * The zone width a grid's name states, if it states one. ESRI and EPSG name 3-degree grids
 * "..._3_Degree_GK_CM_75E" / "3-degree Gauss-Kruger CM 75E" and 6-degree ones without the width:
 * "..._GK_CM_75E", "..._GK_Zone_13", "New_Beijing_Gauss_Kruger_CM_75E", "Gauss-Kruger CM 75E".
 * A 6-degree central meridian (75, 81 ... 135E) is also a 3-degree one, so only the name tells.
 */
function statedWidth(projName: string): 3 | 6 | undefined {
  const n = squash(projName);
  if (n.includes('3degree')) return 3;
  if (n.includes('6degree')) return 6;
  if (/gk(cm|zone)|gausskruger(cm|zone|\d)/.test(n)) return 6;
  return undefined;
}

/** Try to name the grid by its EPSG code, so labels and ids match what a user finds in a GIS. */
function gkCodeFor(g: Geog, projName: string, cm: number, fe: number): number | undefined {
  if (g.kind === 'wgs84' || g.kind === 'other') return undefined;
  const zone = fe === 500000 ? 0 : (fe - 500000) / 1e6;
  const width = statedWidth(projName);
  let threeDeg: boolean;
  if (width) threeDeg = width === 3;
  else if (zone) threeDeg = cm === 3 * zone;
  else threeDeg = cm % 3 === 0;
  const code = gkCode(g.kind, threeDeg, cm, fe);
  return code ?? gkCode(g.kind, !threeDeg, cm, fe);
}

function transverseMercator(name: string, p: TmParams, g: Geog, wkt: string): Projection | { error: Text } {
  const cm = p.lon0;
  if (cm === undefined || !Number.isFinite(cm)) {
    return err(PROJECTION_TEXT.prjNoCentralMeridian);
  }
  const { fe = 0, fn = 0, k = 1, lat0 = 0 } = p;
  if (g.towgs84 === undefined && k === 1 && lat0 === 0 && fn === 0) {
    const code = gkCodeFor(g, name, cm, fe);
    if (code) return gkProjection(gkFromCode(code)!);
  }
  const shift = g.towgs84 ? ` +towgs84=${g.towgs84.join(',')}` : '';
  const def = `+proj=tmerc +lat_0=${lat0} +lon_0=${cm} +k=${k} +x_0=${fe} +y_0=${fn} ${g.ellps}${shift} +units=m +no_defs`;
  const out: Projection = { id: `WKT:${wkt}`, label: `${name} (.prj)`, geographic: false, toWgs84: proj4ToWgs84(def) };
  if (g.kind !== 'wgs84' && g.kind !== 'cgcs2000' && !shift) out.warning = datumShiftWarning(datumLabel(g));
  return out;
}

/** Projections proj4 reads correctly from ESRI WKT1 (checked in the tests); others are refused. */
const PROJ4_WKT = new Set([
  'lambertconformalconic',
  'lambertconformalconic2sp',
  'lambertconformalconic1sp',
  'albers',
  'albersconicequalarea',
  'mercator',
  'mercator1sp',
  'mercator2sp',
]);

function projected(d: Extract<CrsDesc, { kind: 'projected' }>, wkt: string): Projection | { error: Text } {
  const g = readGeog(d.geog);
  const bad = checkGeog(g);
  if (bad) return bad;
  if (d.unit && !near(d.unit.metres, 1, 1e-9)) {
    return err(trBoth(PROJECTION_TEXT.prjLinearUnit, d.unit.name));
  }
  const method = squash(d.method);
  const name = squash(d.name);
  if (
    /webmercator|pseudomercator|auxiliarysphere/.test(name) ||
    method === 'mercatorauxiliarysphere' ||
    method === 'popularvisualisationpseudomercator'
  ) {
    return projectionFromEpsg(3857) as Projection;
  }
  if (method === 'gausskruger' || method === 'transversemercator') return transverseMercator(d.name, d.params, g, wkt);
  if (!d.wkt2 && PROJ4_WKT.has(method)) {
    try {
      const out: Projection = {
        id: `WKT:${wkt}`,
        label: `${d.name} (.prj)`,
        geographic: false,
        toWgs84: proj4ToWgs84(wkt),
      };
      if (g.kind !== 'wgs84' && g.kind !== 'cgcs2000' && !g.towgs84) out.warning = datumShiftWarning(datumLabel(g));
      return out;
    } catch {
      // fall through to the error below
    }
  }
  const what = d.method || '(none)';
  return err(trBoth(PROJECTION_TEXT.prjUnknownProjection, what, d.name));
}

/** WKT text (WKT1 or WKT2) -> Projection, or an error naming what the WKT describes. */
export function projectionFromWkt(wkt: string): Projection | { error: Text } {
  const root = parseWkt(wkt);
  if (!root) return err(PROJECTION_TEXT.prjNotWkt);
  const d = describeWkt(root, (g) => datumKind(g) === 'wgs84');
  if (d.kind === 'incomplete') return err(PROJECTION_TEXT.prjNoGeogcs);
  if (d.kind === 'other') {
    return err(trBoth(PROJECTION_TEXT.prjNotUsable, d.keyword, d.name));
  }
  // The EPSG id names the system exactly, unless the .prj adds a datum shift the code would drop.
  if (d.epsg !== undefined && !readGeog(d.geog).towgs84) {
    const p = projectionFromEpsg(d.epsg);
    if (p) return p;
  }
  return d.kind === 'geographic' ? geographic(readGeog(d.geog), wkt) : projected(d, wkt);
}
