/**
 * Conversion of geographic coordinates used in China to WGS84, the datum every layer of the map is
 * drawn in (see docs/domain.md, "Coordinates in China").
 *
 * - CGCS2000 (EPSG:4490) differs from WGS84 by centimetres, so it is taken as WGS84 unchanged.
 * - GCJ-02 (AMap/Gaode, Tencent) adds a deliberate, smoothly varying offset of 100-700 m. The
 *   forward formula (WGS84 -> GCJ-02) is public; there is no closed-form inverse, so GCJ-02 ->
 *   WGS84 solves `forward(w) = g` by fixed-point iteration. The popular one-step inverse
 *   `w = g - offset(g)` is off by up to a metre or two, enough to move an enterprise across a
 *   street or a grid-cell boundary.
 * - BD-09 (Baidu) is a further rotation/scaling on top of GCJ-02: BD-09 -> GCJ-02 -> WGS84.
 *
 * The formulas are written out here (instead of calling the `gcoord` library per point) so the
 * bulk path allocates nothing per point and shares the sines between the two offset components;
 * the unit tests check the results against gcoord's published test coordinates.
 *
 * Pure TypeScript: no DOM or map imports, so it runs in workers, Node build scripts and tests.
 */

/** A geographic coordinate system that enterprise coordinates may arrive in. */
export type CoordSystem = 'wgs84' | 'cgcs2000' | 'gcj02' | 'bd09';

/** Every accepted spelling, after lower-casing and removing spaces, `-`, `_`, `.`, `:` and `/`. */
const ALIASES: Readonly<Record<string, CoordSystem>> = {
  wgs84: 'wgs84',
  wgs1984: 'wgs84',
  epsg4326: 'wgs84',
  crs84: 'wgs84',
  ogccrs84: 'wgs84',
  gps: 'wgs84',
  cgcs2000: 'cgcs2000',
  cgcs: 'cgcs2000',
  epsg4490: 'cgcs2000',
  gcj02: 'gcj02',
  gcj: 'gcj02',
  amap: 'gcj02',
  gaode: 'gcj02',
  tencent: 'gcj02',
  qq: 'gcj02',
  火星坐标: 'gcj02',
  国测局: 'gcj02',
  高德: 'gcj02',
  bd09: 'bd09',
  bd09ll: 'bd09',
  baidu: 'bd09',
  bmap: 'bd09',
  百度: 'bd09',
};

/**
 * Parse a coordinate-system name as it appears in import files and configuration.
 *
 * Case-insensitive and tolerant of separators: `WGS84`, `WGS-84`, `wgs_84`, `EPSG:4326`,
 * `CGCS2000`, `EPSG:4490`, `GCJ-02`, `gcj02`, `AMap`, `BD-09`, `bd09ll`, `Baidu` all parse.
 * Projected systems (Gauss-Kruger EPSG:45xx) and Baidu Mercator (BD09MC) are not geographic and
 * are deliberately not accepted here.
 *
 * @returns the system, or `undefined` when the name is not recognised.
 */
export function parseCoordSystem(s: string): CoordSystem | undefined {
  const key = s
    .trim()
    .toLowerCase()
    .replace(/[\s\-_.:/]/g, '');
  return Object.prototype.hasOwnProperty.call(ALIASES, key) ? ALIASES[key] : undefined;
}

// ---------------------------------------------------------------------------------------------
// GCJ-02 forward offset (the widely published "eviltransform" formula; Krasovsky 1940 ellipsoid).

const KRASOVSKY_A = 6378245.0;
const KRASOVSKY_EE = 0.006693421622965823;
const PI = Math.PI;
const DEG = PI / 180;

/**
 * The rough "is in China" rectangle inside which GCJ-02 applies an offset. The true boundary used
 * by the official implementation is not public; this is the rectangle gcoord uses, kept identical
 * so results agree with that library. Outside it, GCJ-02 and BD-09's GCJ-02 stage are identity.
 */
const CHINA_MIN_LON = 72.004;
const CHINA_MAX_LON = 137.8347;
const CHINA_MIN_LAT = 0.8293;
const CHINA_MAX_LAT = 55.8271;

function inChinaBox(lon: number, lat: number): boolean {
  return lon >= CHINA_MIN_LON && lon <= CHINA_MAX_LON && lat >= CHINA_MIN_LAT && lat <= CHINA_MAX_LAT;
}

/** Scratch output of {@link gcjOffset}: [dLon, dLat] in degrees (module-level to avoid allocation). */
const offsetOut = new Float64Array(2);

/**
 * GCJ-02 offset at WGS84 (lon, lat), written into `offsetOut`. Caller has checked the China box.
 * The two polynomial+sine terms share sin(6πx) and sin(2πx), so they are computed once.
 */
function gcjOffset(lon: number, lat: number): void {
  const x = lon - 105.0;
  const y = lat - 35.0;
  const sqrtAbsX = Math.sqrt(Math.abs(x));
  const common = ((20.0 * Math.sin(6.0 * x * PI) + 20.0 * Math.sin(2.0 * x * PI)) * 2.0) / 3.0;

  let dLat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * sqrtAbsX + common;
  dLat += ((20.0 * Math.sin(y * PI) + 40.0 * Math.sin((y / 3.0) * PI)) * 2.0) / 3.0;
  dLat += ((160.0 * Math.sin((y / 12.0) * PI) + 320 * Math.sin((y * PI) / 30.0)) * 2.0) / 3.0;

  let dLon = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * sqrtAbsX + common;
  dLon += ((20.0 * Math.sin(x * PI) + 40.0 * Math.sin((x / 3.0) * PI)) * 2.0) / 3.0;
  dLon += ((150.0 * Math.sin((x / 12.0) * PI) + 300.0 * Math.sin((x / 30.0) * PI)) * 2.0) / 3.0;

  const radLat = lat * DEG;
  const sinLat = Math.sin(radLat);
  const magic = 1 - KRASOVSKY_EE * sinLat * sinLat;
  const sqrtMagic = Math.sqrt(magic);
  offsetOut[0] = (dLon * 180.0) / ((KRASOVSKY_A / sqrtMagic) * Math.cos(radLat) * PI);
  offsetOut[1] = (dLat * 180.0) / (((KRASOVSKY_A * (1 - KRASOVSKY_EE)) / (magic * sqrtMagic)) * PI);
}

/**
 * Forward WGS84 -> GCJ-02. Exported for tests, round trips and for shifting overlays onto a GCJ-02
 * basemap should one ever be shown. Points outside the China rectangle are returned unchanged.
 */
export function wgs84ToGcj02(lon: number, lat: number): [number, number] {
  if (!inChinaBox(lon, lat)) return [lon, lat];
  gcjOffset(lon, lat);
  return [lon + offsetOut[0], lat + offsetOut[1]];
}

/**
 * Stop iterating once the residual `forward(w) - g` of the current estimate is below this many
 * degrees (~1 cm). The step that follows shrinks the error by the offset's slope, at most ~0.007
 * anywhere in China, so the returned point is within ~7e-10 degrees (< 0.1 mm) of the exact
 * inverse. Measured error after the one-step estimate and then each step: 6e-5, 4e-7, 2e-9, 8e-11
 * degrees, then a rounding floor near 1e-11; a tighter tolerance would only spin on that floor.
 */
const GCJ_INVERSE_TOL_DEG = 1e-7;
/** Hard cap on fixed-point steps (three are needed in practice; guards against odd inputs). */
const GCJ_INVERSE_MAX_ITER = 8;

/** Scratch output of {@link gcjInverseInto}. */
const inverseOut = new Float64Array(2);

/**
 * Iterative inverse of the GCJ-02 offset: find w with forward(w) = g, written to `inverseOut`.
 * Starts from the one-step estimate w0 = g - offset(g), then repeats w -= forward(w) - g.
 * The China-rectangle rule is applied to the GCJ-02 input (as gcoord and other libraries do): a
 * point outside the rectangle was not offset, so it is returned unchanged.
 */
function gcjInverseInto(gLon: number, gLat: number): void {
  if (!inChinaBox(gLon, gLat)) {
    inverseOut[0] = gLon;
    inverseOut[1] = gLat;
    return;
  }
  gcjOffset(gLon, gLat);
  let wLon = gLon - offsetOut[0];
  let wLat = gLat - offsetOut[1];
  for (let i = 0; i < GCJ_INVERSE_MAX_ITER; i++) {
    gcjOffset(wLon, wLat);
    const rLon = wLon + offsetOut[0] - gLon;
    const rLat = wLat + offsetOut[1] - gLat;
    wLon -= rLon;
    wLat -= rLat;
    if (Math.abs(rLon) < GCJ_INVERSE_TOL_DEG && Math.abs(rLat) < GCJ_INVERSE_TOL_DEG) break;
  }
  inverseOut[0] = wLon;
  inverseOut[1] = wLat;
}

/** GCJ-02 -> WGS84 by iterative inversion (error far below a millimetre of the exact inverse). */
export function gcj02ToWgs84(lon: number, lat: number): [number, number] {
  gcjInverseInto(lon, lat);
  return [inverseOut[0], inverseOut[1]];
}

// ---------------------------------------------------------------------------------------------
// BD-09 <-> GCJ-02 (the published Baidu formula).

const BAIDU_FACTOR = (PI * 3000.0) / 180.0;

/** Scratch output of {@link bdForwardInto} and {@link bdToGcjInto}. */
const bdOut = new Float64Array(2);

/** GCJ-02 -> BD-09 into `bdOut`. */
function bdForwardInto(lon: number, lat: number): void {
  const z = Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * BAIDU_FACTOR);
  const theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * BAIDU_FACTOR);
  bdOut[0] = z * Math.cos(theta) + 0.0065;
  bdOut[1] = z * Math.sin(theta) + 0.006;
}

/** Forward GCJ-02 -> BD-09 (exported for tests and round trips). */
export function gcj02ToBd09(lon: number, lat: number): [number, number] {
  bdForwardInto(lon, lat);
  return [bdOut[0], bdOut[1]];
}

/** Residual tolerance of the BD-09 inverse, degrees (~1 mm; the step that follows gains ~1e-3). */
const BD_INVERSE_TOL_DEG = 1e-8;
const BD_INVERSE_MAX_ITER = 4;

/**
 * BD-09 -> GCJ-02 into `bdOut`. The widely copied closed-form inverse evaluates the perturbation
 * terms at the BD-09 point rather than the GCJ-02 one, so it misses the exact inverse of
 * {@link gcj02ToBd09} by up to ~0.2 m (measured over China); against gcoord's published
 * Baidu-derived city pairs it is off by up to 0.15 m where the exact inverse is within 8 mm. So
 * the closed form is only the starting point of a fixed-point iteration (one or two steps).
 */
function bdToGcjInto(lon: number, lat: number): void {
  const x = lon - 0.0065;
  const y = lat - 0.006;
  const z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * BAIDU_FACTOR);
  const theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * BAIDU_FACTOR);
  let gLon = z * Math.cos(theta);
  let gLat = z * Math.sin(theta);
  for (let i = 0; i < BD_INVERSE_MAX_ITER; i++) {
    bdForwardInto(gLon, gLat);
    const rLon = bdOut[0] - lon;
    const rLat = bdOut[1] - lat;
    gLon -= rLon;
    gLat -= rLat;
    if (Math.abs(rLon) < BD_INVERSE_TOL_DEG && Math.abs(rLat) < BD_INVERSE_TOL_DEG) break;
  }
  bdOut[0] = gLon;
  bdOut[1] = gLat;
}

/** BD-09 -> GCJ-02. */
export function bd09ToGcj02(lon: number, lat: number): [number, number] {
  bdToGcjInto(lon, lat);
  return [bdOut[0], bdOut[1]];
}

// ---------------------------------------------------------------------------------------------
// Public conversion API.

/**
 * Convert one coordinate from `system` to WGS84.
 *
 * - `wgs84`, `cgcs2000`: returned unchanged (CGCS2000 is within centimetres of WGS84).
 * - `gcj02`: iterative inverse of the GCJ-02 offset; unchanged outside China's rectangle.
 * - `bd09`: BD-09 -> GCJ-02 -> WGS84.
 *
 * Non-finite inputs (NaN for a missing coordinate) come back as NaN/non-finite, never throw.
 *
 * @returns `[lon, lat]` in WGS84 degrees.
 */
export function toWgs84(system: CoordSystem, lon: number, lat: number): [number, number] {
  switch (system) {
    case 'wgs84':
    case 'cgcs2000':
      return [lon, lat];
    case 'gcj02':
      gcjInverseInto(lon, lat);
      return [inverseOut[0], inverseOut[1]];
    case 'bd09':
      bdToGcjInto(lon, lat);
      gcjInverseInto(bdOut[0], bdOut[1]);
      return [inverseOut[0], inverseOut[1]];
  }
}

/**
 * Convert coordinate columns from `system` to WGS84 in place (the import path for millions of
 * enterprise points). Rows whose lon or lat is not finite (missing) are left as they are.
 *
 * Allocates nothing per point. Measured on the 2-core build machine: ~0.42 s per million GCJ-02
 * points, ~0.6 s per million BD-09 points (gcoord, point by point: ~1.5 s for GCJ-02).
 *
 * @throws RangeError when the two columns differ in length.
 */
export function convertColumnsToWgs84(system: CoordSystem, lon: Float64Array, lat: Float64Array): void {
  if (lon.length !== lat.length) {
    throw new RangeError(`lon and lat columns differ in length (${lon.length} vs ${lat.length})`);
  }
  if (system === 'wgs84' || system === 'cgcs2000') return;
  const n = lon.length;
  const isBd = system === 'bd09';
  for (let i = 0; i < n; i++) {
    let x = lon[i];
    let y = lat[i];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (isBd) {
      bdToGcjInto(x, y);
      x = bdOut[0];
      y = bdOut[1];
    }
    gcjInverseInto(x, y);
    lon[i] = inverseOut[0];
    lat[i] = inverseOut[1];
  }
}
