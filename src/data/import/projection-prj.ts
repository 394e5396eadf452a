/**
 * `.prj` WKT -> Projection. The tree is read here (not handed to proj4 as a whole) so that every
 * parameter that matters is checked: proj4 ignores what it does not understand, and a wrong false
 * easting or datum would put a layer in the wrong place without a word. Used by projection.ts.
 */
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
import type { Bilingual } from './types.ts';
import { child, children, nameOf, numArg, parameters, parseWkt, squash, type WktNode } from './wkt.ts';

type DatumKind = Datum | 'wgs84' | 'other';

interface Geog {
  name: string;
  datumName: string;
  kind: DatumKind;
  /** proj4 ellipsoid parameters from the SPHEROID. */
  ellps: string;
  towgs84?: number[];
  primem: number;
  unit: number;
}

const err = (zh: string, en: string): { error: Bilingual } => ({ error: { zh, en } });

function near(a: number, b: number, tol = 1e-9): boolean {
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));
}

function readGeog(g: WktNode): Geog {
  const datum = child(g, 'DATUM');
  const sph = child(datum, 'SPHEROID') ?? child(datum, 'ELLIPSOID');
  const a = numArg(sph, 1);
  const rf = numArg(sph, 2);
  const tw = child(datum, 'TOWGS84');
  const towgs84 = tw ? tw.args.filter((v): v is number => typeof v === 'number') : undefined;
  const names = squash(`${nameOf(datum)} ${nameOf(g)} ${nameOf(sph)}`);
  let kind: DatumKind = 'other';
  if (/cgcs2000|china2000|chinageodeticcoordinatesystem2000/.test(names)) kind = 'cgcs2000';
  else if (/beijing1954|beijing54/.test(names)) kind = 'beijing1954';
  else if (/xian1980|xian80/.test(names)) kind = 'xian1980';
  else if (/wgs1984|wgs84/.test(names)) kind = 'wgs84';
  else if (near(a, 6378137) && near(rf, 298.257223563)) kind = 'wgs84';
  // GRS80 with an unnamed datum: CGCS2000 shares the ellipsoid and differs from WGS84 by centimetres.
  else if (near(a, 6378137) && near(rf, 298.257222101)) kind = 'cgcs2000';
  const ellps = Number.isFinite(a) && a > 0 ? (rf > 0 ? `+a=${a} +rf=${rf}` : `+a=${a} +b=${a}`) : '';
  const primem = numArg(child(g, 'PRIMEM'), 1);
  const unit = numArg(child(g, 'UNIT'), 1);
  return {
    name: nameOf(g),
    datumName: nameOf(datum),
    kind,
    ellps,
    towgs84: towgs84 && towgs84.length >= 3 ? towgs84 : undefined,
    primem: Number.isFinite(primem) ? primem : 0,
    unit: Number.isFinite(unit) ? unit : Math.PI / 180,
  };
}

/** A readable name for a datum, for labels and warnings. */
function datumLabel(g: Geog): string {
  return g.kind === 'wgs84' ? 'WGS 84' : g.kind === 'other' ? g.datumName || g.name : DATUMS[g.kind].label;
}

function checkGeog(g: Geog): { error: Bilingual } | undefined {
  if (g.primem !== 0) {
    return err(`.prj 的本初子午线不是格林尼治（${g.primem}），无法转换`, `The .prj uses a prime meridian other than Greenwich (${g.primem}); it cannot be converted`);
  }
  if (!near(g.unit, Math.PI / 180, 1e-6)) {
    return err(`.prj 的角度单位不是度（${g.unit}），无法转换`, `The .prj's angular unit is not the degree (${g.unit}); it cannot be converted`);
  }
  if (g.kind === 'other' && !g.ellps) {
    return err(`.prj 的基准面 “${g.datumName}” 没有椭球参数，无法转换`, `The .prj's datum "${g.datumName}" has no ellipsoid; it cannot be converted`);
  }
  return undefined;
}

function geographic(g: Geog, wkt: string): Projection | { error: Bilingual } {
  const bad = checkGeog(g);
  if (bad) return bad;
  if (g.kind === 'wgs84') return projectionFromEpsg(4326) as Projection;
  if (g.kind === 'cgcs2000') return projectionFromEpsg(4490) as Projection;
  if (g.towgs84) {
    const def = `+proj=longlat ${g.ellps} +towgs84=${g.towgs84.join(',')} +no_defs`;
    return { id: `WKT:${wkt}`, label: `${datumLabel(g)} (${g.name}, TOWGS84)`, geographic: true, toWgs84: proj4ToWgs84(def) };
  }
  if (g.kind !== 'other') return projectionFromEpsg(DATUMS[g.kind].geog) as Projection;
  return { id: `WKT:${wkt}`, label: g.name, geographic: true, toWgs84: (x, y) => [x, y], warning: datumShiftWarning(datumLabel(g)) };
}

/** Try to name the grid by its EPSG code, so labels and ids match what a user finds in a GIS. */
function gkCodeFor(g: Geog, projName: string, cm: number, fe: number): number | undefined {
  if (g.kind !== 'cgcs2000' && g.kind !== 'beijing1954' && g.kind !== 'xian1980') return undefined;
  const n = squash(projName);
  const zone = fe === 500000 ? 0 : (fe - 500000) / 1e6;
  let threeDeg: boolean;
  if (n.includes('6degree')) threeDeg = false;
  else if (n.includes('3degree')) threeDeg = true;
  else if (zone) threeDeg = cm === 3 * zone;
  else threeDeg = cm % 3 === 0;
  const code = gkCode(g.kind, threeDeg, cm, fe);
  return code ?? gkCode(g.kind, !threeDeg, cm, fe);
}

function transverseMercator(root: WktNode, g: Geog, wkt: string): Projection | { error: Bilingual } {
  const p = parameters(root);
  const cm = p.get('centralmeridian') ?? p.get('longitudeofcenter') ?? p.get('longitudeoforigin');
  if (cm === undefined || !Number.isFinite(cm)) {
    return err('.prj 的高斯-克吕格/横轴墨卡托投影缺少中央经线', 'The .prj has a Gauss-Kruger / Transverse Mercator projection without a central meridian');
  }
  const fe = p.get('falseeasting') ?? 0;
  const fn = p.get('falsenorthing') ?? 0;
  const k = p.get('scalefactor') ?? 1;
  const lat0 = p.get('latitudeoforigin') ?? p.get('latitudeofcenter') ?? 0;
  if (g.towgs84 === undefined && k === 1 && lat0 === 0 && fn === 0) {
    const code = gkCodeFor(g, nameOf(root), cm, fe);
    if (code) return gkProjection(gkFromCode(code)!);
  }
  const shift = g.towgs84 ? ` +towgs84=${g.towgs84.join(',')}` : '';
  const def = `+proj=tmerc +lat_0=${lat0} +lon_0=${cm} +k=${k} +x_0=${fe} +y_0=${fn} ${g.ellps}${shift} +units=m +no_defs`;
  const out: Projection = { id: `WKT:${wkt}`, label: `${nameOf(root)} (.prj)`, geographic: false, toWgs84: proj4ToWgs84(def) };
  if (g.kind !== 'wgs84' && g.kind !== 'cgcs2000' && !shift) out.warning = datumShiftWarning(datumLabel(g));
  return out;
}

/** Projections proj4 reads correctly from ESRI WKT (checked in the tests); others are refused. */
const PROJ4_WKT = new Set(['lambertconformalconic', 'lambertconformalconic2sp', 'lambertconformalconic1sp', 'albers', 'albersconicequalarea', 'mercator', 'mercator1sp', 'mercator2sp']);

function projected(root: WktNode, wkt: string): Projection | { error: Bilingual } {
  const geogNode = child(root, 'GEOGCS');
  if (!geogNode) return err('.prj 的投影坐标系缺少地理坐标系（GEOGCS）', 'The .prj has a projected system without its GEOGCS');
  const g = readGeog(geogNode);
  const bad = checkGeog(g);
  if (bad) return bad;
  const units = children(root, 'UNIT');
  const unit = numArg(units[units.length - 1], 1);
  if (units.length && !near(unit, 1, 1e-9)) {
    const u = nameOf(units[units.length - 1]);
    return err(`.prj 的长度单位是 “${u}”（不是米），无法转换`, `The .prj's linear unit is "${u}", not the metre; it cannot be converted`);
  }
  const projNode = child(root, 'PROJECTION');
  const proj = squash(nameOf(projNode));
  const name = squash(nameOf(root));
  if (/webmercator|pseudomercator|auxiliarysphere/.test(name) || proj === 'mercatorauxiliarysphere' || proj === 'popularvisualisationpseudomercator') {
    return projectionFromEpsg(3857) as Projection;
  }
  if (proj === 'gausskruger' || proj === 'transversemercator') return transverseMercator(root, g, wkt);
  if (PROJ4_WKT.has(proj)) {
    try {
      const out: Projection = { id: `WKT:${wkt}`, label: `${nameOf(root)} (.prj)`, geographic: false, toWgs84: proj4ToWgs84(wkt) };
      if (g.kind !== 'wgs84' && g.kind !== 'cgcs2000' && !g.towgs84) out.warning = datumShiftWarning(datumLabel(g));
      return out;
    } catch {
      // fall through to the error below
    }
  }
  const what = nameOf(projNode) || '(none)';
  return err(
    `.prj 的投影 “${what}”（${nameOf(root)}）无法识别，不能转换为经纬度`,
    `The .prj uses the projection "${what}" (${nameOf(root)}), which this import cannot convert to lon/lat`,
  );
}

/** WKT text -> Projection, or an error naming what the WKT describes. */
export function projectionFromWkt(wkt: string): Projection | { error: Bilingual } {
  let root = parseWkt(wkt);
  if (!root) return err('.prj 文件不是有效的 WKT 坐标系定义', 'The .prj is not a valid WKT coordinate system definition');
  if (root.key === 'COMPD_CS') root = child(root, 'PROJCS') ?? child(root, 'GEOGCS') ?? root;
  const auth = child(root, 'AUTHORITY');
  if (auth && squash(nameOf(auth)) === 'epsg') {
    const p = projectionFromEpsg(String(auth.args[1]));
    if (p) return p;
  }
  if (root.key === 'GEOGCS') return geographic(readGeog(root), wkt);
  if (root.key === 'PROJCS') return projected(root, wkt);
  return err(
    `.prj 描述的是 “${root.key} ${nameOf(root)}”，不是可用的平面或地理坐标系`,
    `The .prj describes "${root.key} ${nameOf(root)}", which is not a usable projected or geographic system`,
  );
}
