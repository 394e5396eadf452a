/**
 * A parsed WKT tree (wkt.ts) -> one plain description of the coordinate system, whatever the WKT
 * flavour: WKT1 as ESRI and OGC write it (GEOGCS, PROJCS, COMPD_CS) and WKT2 as newer GDAL and QGIS
 * write it (GEOGCRS, PROJCRS, COMPOUNDCRS, BOUNDCRS). Values come out in degrees and metres, so the
 * projection module (projection-prj.ts) decides what a system is without knowing which flavour
 * named it. Nothing is judged here: what is missing stays NaN or undefined. Pure TypeScript.
 */
import { child, children, nameOf, numArg, squash, type WktNode } from './wkt.ts';

/** The geographic (datum) part of a system. */
export interface GeogDesc {
  name: string;
  datumName: string;
  ellipsoidName: string;
  /** Semi-major axis in metres and inverse flattening; NaN when the WKT gives none. */
  a: number;
  rf: number;
  /** Shift to WGS84 as proj4 wants it (metres, arc-seconds, ppm), from TOWGS84 or a BOUNDCRS. */
  towgs84?: number[];
  /** Prime meridian, degrees east of Greenwich. */
  primem: number;
  /** The angular unit in radians (a degree is pi/180). */
  unit: number;
}

/** The Transverse Mercator parameters, in degrees and metres (undefined when not given). */
export interface TmParams {
  lat0?: number;
  lon0?: number;
  k?: number;
  fe?: number;
  fn?: number;
}

/** What a WKT describes, in the terms the projection module decides on. */
export type CrsDesc =
  | { kind: 'geographic'; name: string; geog: GeogDesc; epsg?: number }
  | {
      kind: 'projected';
      name: string;
      geog: GeogDesc;
      /** The projection method's name (WKT1 PROJECTION, WKT2 METHOD). */
      method: string;
      params: TmParams;
      /** The linear unit's name and its size in metres, when the WKT gives one. */
      unit?: { name: string; metres: number };
      epsg?: number;
      /** WKT2: proj4 cannot be handed the text for methods not read here. */
      wkt2: boolean;
    }
  /** Anything else (geocentric, vertical, engineering ...): named for the message. */
  | { kind: 'other'; keyword: string; name: string }
  /** A projected system without its geographic part. */
  | { kind: 'incomplete'; name: string };

const DEGREE = Math.PI / 180;
const ARC_SECOND = DEGREE / 3600;

/** The size of a unit node (UNIT, ANGLEUNIT, LENGTHUNIT, SCALEUNIT: ["name", size]) or `fallback`. */
const unitSize = (u: WktNode | undefined, fallback: number) =>
  Number.isFinite(numArg(u, 1)) && numArg(u, 1) > 0 ? numArg(u, 1) : fallback;

/**
 * Degrees per unit of an angular unit node. The degree is written to 15 digits (0.0174532925199433),
 * which is not exactly pi/180: taken as it is, 120 would become 119.99999999999999 and no longer
 * name a grid.
 */
function degreesPer(u: WktNode | undefined): number {
  const f = unitSize(u, DEGREE) / DEGREE;
  return Math.abs(f - 1) < 1e-12 ? 1 : f;
}

/** The EPSG code in AUTHORITY["EPSG","4549"] (WKT1) or ID["EPSG",4549] (WKT2) directly under `n`. */
function epsgOf(n: WktNode): number | undefined {
  for (const key of ['ID', 'AUTHORITY']) {
    for (const id of children(n, key)) {
      const code = Number(id.args[1]);
      if (squash(nameOf(id)) === 'epsg' && Number.isInteger(code) && code > 0) return code;
    }
  }
  return undefined;
}

const GEOG_KEYS = ['GEOGCS', 'GEOGCRS', 'GEOGRAPHICCRS', 'BASEGEOGCRS', 'BASEGEODCRS', 'GEODCRS', 'GEODETICCRS'];
const DATUM_KEYS = ['DATUM', 'GEODETICDATUM', 'TRF', 'ENSEMBLE'];

const first = (n: WktNode | undefined, keys: string[]) => keys.map((k) => child(n, k)).find(Boolean);

/** The angular unit of a geographic system: its own UNIT / ANGLEUNIT, else its axes', else the degree. */
function angularUnit(g: WktNode): number {
  const own = child(g, 'UNIT') ?? child(g, 'ANGLEUNIT');
  if (own) return unitSize(own, DEGREE);
  for (const axis of children(g, 'AXIS')) {
    const u = child(axis, 'ANGLEUNIT') ?? child(axis, 'UNIT');
    if (u) return unitSize(u, DEGREE);
  }
  return DEGREE;
}

function readGeog(g: WktNode): GeogDesc {
  const datum = first(g, DATUM_KEYS);
  const ell = child(datum, 'SPHEROID') ?? child(datum, 'ELLIPSOID');
  const tw = child(datum, 'TOWGS84');
  const towgs84 = tw?.args.filter((v): v is number => typeof v === 'number');
  const pm = child(g, 'PRIMEM') ?? child(g, 'PRIMEMERIDIAN');
  const unit = angularUnit(g);
  // WKT2 gives the meridian in its own ANGLEUNIT; WKT1 in the system's unit.
  const pmDegrees = child(pm, 'ANGLEUNIT') ? degreesPer(child(pm, 'ANGLEUNIT')) : unit / DEGREE;
  const primem = pm ? numArg(pm, 1) * pmDegrees : 0;
  return {
    name: nameOf(g),
    datumName: nameOf(datum),
    ellipsoidName: nameOf(ell),
    a: numArg(ell, 1) * unitSize(child(ell, 'LENGTHUNIT'), 1),
    rf: numArg(ell, 2),
    towgs84: towgs84 && towgs84.length >= 3 ? towgs84 : undefined,
    primem: Number.isFinite(primem) ? primem : NaN,
    unit,
  };
}

/** Parameter names (squashed) of the Transverse Mercator, WKT1 (ESRI, OGC) and WKT2 (EPSG) spellings. */
const TM_NAMES: Readonly<Record<string, keyof TmParams>> = {
  centralmeridian: 'lon0',
  longitudeofcenter: 'lon0',
  longitudeoforigin: 'lon0',
  longitudeofnaturalorigin: 'lon0',
  latitudeoforigin: 'lat0',
  latitudeofcenter: 'lat0',
  latitudeofnaturalorigin: 'lat0',
  scalefactor: 'k',
  scalefactoratnaturalorigin: 'k',
  falseeasting: 'fe',
  falsenorthing: 'fn',
};
/** WKT2 parameters by EPSG parameter code, whatever their name's spelling. */
const TM_CODES: Readonly<Record<number, keyof TmParams>> = {
  8801: 'lat0',
  8802: 'lon0',
  8805: 'k',
  8806: 'fe',
  8807: 'fn',
};

/** The parameters, each in degrees or metres by its own unit (WKT2) or as written (WKT1). */
function tmParams(holder: WktNode | undefined): TmParams {
  const out: TmParams = {};
  for (const p of children(holder, 'PARAMETER')) {
    const key = TM_CODES[epsgOf(p) ?? 0] ?? TM_NAMES[squash(nameOf(p))];
    if (!key || !Number.isFinite(numArg(p, 1))) continue;
    const angle = child(p, 'ANGLEUNIT');
    const length = child(p, 'LENGTHUNIT');
    const scale = child(p, 'SCALEUNIT');
    const factor = angle ? degreesPer(angle) : length ? unitSize(length, 1) : scale ? unitSize(scale, 1) : 1;
    out[key] = numArg(p, 1) * factor;
  }
  return out;
}

/** The linear unit of a projected system: its own UNIT / LENGTHUNIT (the last), else its axes'. */
function linearUnit(root: WktNode): { name: string; metres: number } | undefined {
  const own = [...children(root, 'UNIT'), ...children(root, 'LENGTHUNIT')];
  const u =
    own[own.length - 1] ??
    children(root, 'AXIS')
      .map((a) => child(a, 'LENGTHUNIT') ?? child(a, 'UNIT'))
      .find(Boolean);
  return u ? { name: nameOf(u), metres: unitSize(u, NaN) } : undefined;
}

function projected(root: WktNode, wkt2: boolean): CrsDesc {
  const g = first(root, GEOG_KEYS);
  if (!g) return { kind: 'incomplete', name: nameOf(root) };
  const conversion = child(root, 'CONVERSION');
  const method = wkt2
    ? nameOf(child(conversion, 'METHOD') ?? child(conversion, 'PROJECTION'))
    : nameOf(child(root, 'PROJECTION'));
  return {
    kind: 'projected',
    name: nameOf(root),
    geog: readGeog(g),
    method,
    params: tmParams(wkt2 ? conversion : root),
    unit: linearUnit(root),
    epsg: epsgOf(root),
    wkt2,
  };
}

/** A geodetic WKT2 system is geographic when its coordinate system is ellipsoidal (else geocentric). */
function isEllipsoidal(n: WktNode): boolean {
  const cs = child(n, 'CS');
  return !cs || String(cs.args[0]).toLowerCase() === 'ellipsoidal';
}

/**
 * The shift to WGS84 of a BOUNDCRS's ABRIDGEDTRANSFORMATION, as TOWGS84 values. The abridged form
 * implies its units (metres, arc-seconds, scale as 1 + ppm * 1e-6) unless a parameter names one.
 */
function abridgedShift(t: WktNode | undefined): number[] | undefined {
  const method = squash(nameOf(child(t, 'METHOD')));
  const sign = method.includes('coordinateframe') ? -1 : 1; // Coordinate Frame rotations are Position Vector's negated
  if (
    !method.includes('positionvector') &&
    !method.includes('coordinateframe') &&
    !method.includes('geocentrictranslation')
  )
    return undefined;
  const NAMES = [
    'xaxistranslation',
    'yaxistranslation',
    'zaxistranslation',
    'xaxisrotation',
    'yaxisrotation',
    'zaxisrotation',
    'scaledifference',
  ];
  const values: number[] = [0, 0, 0, 0, 0, 0, 0];
  for (const p of children(t, 'PARAMETER')) {
    const code = epsgOf(p);
    const i = code && code >= 8605 && code <= 8611 ? code - 8605 : NAMES.indexOf(squash(nameOf(p)));
    const v = numArg(p, 1);
    if (i < 0 || !Number.isFinite(v)) continue;
    if (i < 3) values[i] = v * unitSize(child(p, 'LENGTHUNIT'), 1);
    else if (i < 6) values[i] = (sign * v * unitSize(child(p, 'ANGLEUNIT'), ARC_SECOND)) / ARC_SECOND;
    else values[i] = child(p, 'SCALEUNIT') ? v * unitSize(child(p, 'SCALEUNIT'), 1) * 1e6 : (v - 1) * 1e6;
  }
  return method.includes('geocentrictranslation') ? values.slice(0, 3) : values;
}

/** The CRS node inside a SOURCECRS / TARGETCRS wrapper. */
const inner = (n: WktNode | undefined): WktNode | undefined => n?.args.find((a): a is WktNode => typeof a === 'object');

/**
 * Describe a parsed WKT coordinate system.
 *
 * @param isWgs84 tells whether a BOUNDCRS's target is WGS 84 (only then is its shift used); the
 *   caller knows datum names, this module does not.
 */
export function describeWkt(root: WktNode, isWgs84: (g: GeogDesc) => boolean): CrsDesc {
  let node = root;
  let shift: number[] | undefined;
  if (node.key === 'BOUNDCRS') {
    const target = inner(child(node, 'TARGETCRS'));
    const targetGeog = target && GEOG_KEYS.includes(target.key) ? readGeog(target) : undefined;
    if (targetGeog && isWgs84(targetGeog)) shift = abridgedShift(child(node, 'ABRIDGEDTRANSFORMATION'));
    node = inner(child(node, 'SOURCECRS')) ?? node;
  }
  if (node.key === 'COMPD_CS' || node.key === 'COMPOUNDCRS') {
    node =
      node.args.find(
        (a): a is WktNode =>
          typeof a === 'object' &&
          /^(PROJCS|GEOGCS|PROJCRS|PROJECTEDCRS|GEOGCRS|GEOGRAPHICCRS|GEODCRS|GEODETICCRS)$/.test(a.key),
      ) ?? node;
  }
  const withShift = (d: CrsDesc): CrsDesc =>
    shift && (d.kind === 'geographic' || d.kind === 'projected') ? { ...d, geog: { ...d.geog, towgs84: shift } } : d;
  switch (node.key) {
    case 'GEOGCS':
    case 'GEOGCRS':
    case 'GEOGRAPHICCRS':
      return withShift({ kind: 'geographic', name: nameOf(node), geog: readGeog(node), epsg: epsgOf(node) });
    case 'GEODCRS':
    case 'GEODETICCRS':
      return isEllipsoidal(node)
        ? withShift({ kind: 'geographic', name: nameOf(node), geog: readGeog(node), epsg: epsgOf(node) })
        : { kind: 'other', keyword: node.key, name: nameOf(node) };
    case 'PROJCS':
      return withShift(projected(node, false));
    case 'PROJCRS':
    case 'PROJECTEDCRS':
      return withShift(projected(node, true));
    default:
      return { kind: 'other', keyword: node.key, name: nameOf(node) };
  }
}
