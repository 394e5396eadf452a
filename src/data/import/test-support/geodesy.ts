/**
 * Independent forward formulas for building test coordinates, so the readers + proj4 are checked
 * against something they do not share code with: the ellipsoidal Transverse Mercator (Gauss-Kruger)
 * series of Snyder, "Map Projections: A Working Manual" (USGS PP 1395, 1987), eqs. 8-9..8-13, and
 * spherical Web Mercator. The series is checked against Snyder's published worked example.
 */
export interface Ellipsoid {
  a: number;
  /** inverse flattening */
  rf: number;
}
export const GRS80: Ellipsoid = { a: 6378137, rf: 298.257222101 };
export const KRASOVSKY: Ellipsoid = { a: 6378245, rf: 298.3 };
export const IAG75: Ellipsoid = { a: 6378140, rf: 298.257 };

const RAD = Math.PI / 180;

/** lon/lat (degrees) -> [easting, northing] in metres (lat_0 = 0). */
export function tmForward(
  lon: number,
  lat: number,
  lon0: number,
  ell: Ellipsoid,
  k0 = 1,
  x0 = 500000,
  y0 = 0,
  e2Override?: number,
): [number, number] {
  const f = 1 / ell.rf;
  const e2 = e2Override ?? f * (2 - f);
  const ep2 = e2 / (1 - e2);
  const phi = lat * RAD;
  const s = Math.sin(phi);
  const c = Math.cos(phi);
  const N = ell.a / Math.sqrt(1 - e2 * s * s);
  const T = Math.tan(phi) ** 2;
  const C = ep2 * c * c;
  const A = (lon - lon0) * RAD * c;
  const e4 = e2 * e2;
  const e6 = e4 * e2;
  const M =
    ell.a *
    ((1 - e2 / 4 - (3 * e4) / 64 - (5 * e6) / 256) * phi -
      ((3 * e2) / 8 + (3 * e4) / 32 + (45 * e6) / 1024) * Math.sin(2 * phi) +
      ((15 * e4) / 256 + (45 * e6) / 1024) * Math.sin(4 * phi) -
      ((35 * e6) / 3072) * Math.sin(6 * phi));
  const x = k0 * N * (A + ((1 - T + C) * A ** 3) / 6 + ((5 - 18 * T + T * T + 72 * C - 58 * ep2) * A ** 5) / 120);
  const y =
    k0 *
    (M +
      N *
        Math.tan(phi) *
        ((A * A) / 2 +
          ((5 - T + 9 * C + 4 * C * C) * A ** 4) / 24 +
          ((61 - 58 * T + T * T + 600 * C - 330 * ep2) * A ** 6) / 720));
  return [x + x0, y + y0];
}

/** lon/lat -> spherical Web Mercator metres. */
export function webMercatorForward(lon: number, lat: number): [number, number] {
  const R = 6378137;
  return [R * lon * RAD, R * Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2))];
}

/** Great-circle distance in metres (haversine). */
export function metres(a: readonly number[], b: readonly number[]): number {
  const dLat = (b[1] - a[1]) * RAD;
  const dLon = (b[0] - a[0]) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
}
