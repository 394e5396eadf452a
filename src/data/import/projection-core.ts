/**
 * Coordinate reference systems of imported boundary layers, and their conversion to WGS84 lon/lat.
 *
 * Chinese bureaus' layers are mostly CGCS2000 Gauss-Kruger (3- or 6-degree zones, with or without
 * the zone number prefixed to the easting), sometimes the legacy Beijing 1954, New Beijing or
 * Xi'an 1980 grids, Web Mercator, or plain lon/lat. proj4 2.22 knows none of the Chinese EPSG codes,
 * so they are built here from their defining formula (tmerc, k=1, lat_0=0, GRS80 / Krassowsky /
 * IAG-75).
 *
 * Axis order: EPSG defines these grids northing-first, but Shapefiles and GeoJSON store easting as
 * x; every `toWgs84(x, y)` here takes easting first. `guessProjectedCrs` reports files that do not.
 *
 * This is the core (datums, Gauss-Kruger grids, EPSG codes); projection.ts adds the readers of
 * `.prj` files and stored ids on top, and is what the rest of the import imports.
 *
 * Pure TypeScript (proj4 only): runs in the import worker, in Node and in tests.
 */
import { trBoth, type Text } from '../../domain/text.ts';
import { PROJECTION_TEXT } from './projection-strings.ts';
import proj4 from 'proj4';
import type { CrsId } from '../common/import-types.ts';

/** A coordinate reference system that can convert its coordinates to WGS84. */
export interface Projection {
  id: CrsId;
  /** e.g. "CGCS2000 / 3-degree Gauss-Kruger CM 120E (EPSG:4549)". */
  label: string;
  /** True when x/y are lon/lat degrees. */
  geographic: boolean;
  /** (easting or lon, northing or lat) -> [lon, lat] in WGS84 degrees. */
  toWgs84(x: number, y: number): [number, number];
  /** Set when the conversion is known to be approximate (e.g. no datum shift for Beijing 1954). */
  warning?: Text;
}

export type Datum = 'cgcs2000' | 'beijing1954' | 'xian1980' | 'newbeijing';

/** Per datum: its label, its ellipsoid as proj4 parameters, its geographic EPSG code. */
export const DATUMS: Readonly<Record<Datum, { label: string; ellps: string; geog: number }>> = {
  cgcs2000: { label: 'CGCS2000', ellps: '+ellps=GRS80', geog: 4490 },
  beijing1954: { label: 'Beijing 1954', ellps: '+ellps=krass', geog: 4214 },
  xian1980: { label: 'Xian 1980', ellps: '+a=6378140 +rf=298.257', geog: 4610 },
  // Beijing 1954 re-adjusted within the Xi'an 1980 frame, still on the Krassowsky ellipsoid.
  newbeijing: { label: 'New Beijing', ellps: '+ellps=krass', geog: 4555 },
};

/**
 * The EPSG Gauss-Kruger code blocks of the Chinese datums: 6-degree zones 13-23 and 3-degree zones
 * 25-45, each with the zone number prefixed to the false easting or by central meridian (75E-135E)
 * without it. A run gives `count` consecutive codes from `first` for grid index `from` on (index 0
 * is zone 13 / 25, CM 75E). New Beijing's 3-degree grids are split over several code blocks, hence
 * several runs; Beijing 1954's "Gauss-Kruger 13N".."23N" (21473-21483) are deprecated duplicates of
 * its CM grids, read but never chosen as a name.
 */
const RUNS: readonly {
  datum: Datum;
  threeDeg: boolean;
  prefixed: boolean;
  first: number;
  count: number;
  from: number;
  deprecated?: true;
}[] = [
  { datum: 'cgcs2000', threeDeg: false, prefixed: true, first: 4491, count: 11, from: 0 },
  { datum: 'cgcs2000', threeDeg: false, prefixed: false, first: 4502, count: 11, from: 0 },
  { datum: 'cgcs2000', threeDeg: true, prefixed: true, first: 4513, count: 21, from: 0 },
  { datum: 'cgcs2000', threeDeg: true, prefixed: false, first: 4534, count: 21, from: 0 },
  { datum: 'beijing1954', threeDeg: false, prefixed: true, first: 21413, count: 11, from: 0 },
  { datum: 'beijing1954', threeDeg: false, prefixed: false, first: 21453, count: 11, from: 0 },
  { datum: 'beijing1954', threeDeg: false, prefixed: false, first: 21473, count: 11, from: 0, deprecated: true },
  { datum: 'beijing1954', threeDeg: true, prefixed: true, first: 2401, count: 21, from: 0 },
  { datum: 'beijing1954', threeDeg: true, prefixed: false, first: 2422, count: 21, from: 0 },
  { datum: 'xian1980', threeDeg: false, prefixed: true, first: 2327, count: 11, from: 0 },
  { datum: 'xian1980', threeDeg: false, prefixed: false, first: 2338, count: 11, from: 0 },
  { datum: 'xian1980', threeDeg: true, prefixed: true, first: 2349, count: 21, from: 0 },
  { datum: 'xian1980', threeDeg: true, prefixed: false, first: 2370, count: 21, from: 0 },
  { datum: 'newbeijing', threeDeg: false, prefixed: true, first: 4568, count: 11, from: 0 },
  { datum: 'newbeijing', threeDeg: false, prefixed: false, first: 4579, count: 11, from: 0 },
  { datum: 'newbeijing', threeDeg: true, prefixed: true, first: 4652, count: 5, from: 0 },
  { datum: 'newbeijing', threeDeg: true, prefixed: true, first: 4766, count: 16, from: 5 },
  { datum: 'newbeijing', threeDeg: true, prefixed: false, first: 4782, count: 19, from: 0 },
  { datum: 'newbeijing', threeDeg: true, prefixed: false, first: 4812, count: 1, from: 19 },
  { datum: 'newbeijing', threeDeg: true, prefixed: false, first: 4822, count: 1, from: 20 },
];

/** The parameters of one Gauss-Kruger grid. */
export interface GkGrid {
  code: number;
  datum: Datum;
  threeDeg: boolean;
  prefixed: boolean;
  zone: number;
  /** Central meridian, degrees east. */
  cm: number;
  /** False easting in metres (zone * 1e6 + 500000 when prefixed). */
  x0: number;
}

/** The grid an EPSG code stands for, or undefined when it is not a Chinese Gauss-Kruger code. */
export function gkFromCode(code: number): GkGrid | undefined {
  if (!Number.isInteger(code)) return undefined;
  for (const r of RUNS) {
    if (code < r.first || code >= r.first + r.count) continue;
    const i = r.from + code - r.first;
    const zone = (r.threeDeg ? 25 : 13) + i;
    const cm = 75 + (r.threeDeg ? 3 : 6) * i;
    return {
      code,
      datum: r.datum,
      threeDeg: r.threeDeg,
      prefixed: r.prefixed,
      zone,
      cm,
      x0: r.prefixed ? zone * 1e6 + 500000 : 500000,
    };
  }
  return undefined;
}

/** The (current) EPSG code of a grid given by datum, zone width, central meridian and false easting. */
export function gkCode(datum: Datum, threeDeg: boolean, cm: number, x0: number): number | undefined {
  const prefixed = x0 !== 500000;
  const i = (cm - 75) / (threeDeg ? 3 : 6);
  if (!Number.isInteger(i) || i < 0 || i >= (threeDeg ? 21 : 11)) return undefined;
  if (prefixed && x0 !== ((threeDeg ? 25 : 13) + i) * 1e6 + 500000) return undefined;
  for (const r of RUNS) {
    if (r.deprecated || r.datum !== datum || r.threeDeg !== threeDeg || r.prefixed !== prefixed) continue;
    if (i >= r.from && i < r.from + r.count) return r.first + i - r.from;
  }
  return undefined;
}

function gkLabel(g: GkGrid): string {
  const where = g.prefixed ? `zone ${g.zone}` : `CM ${g.cm}E`;
  return `${DATUMS[g.datum].label} / ${g.threeDeg ? '3' : '6'}-degree Gauss-Kruger ${where} (EPSG:${g.code})`;
}

/** The warning for a legacy datum whose shift to WGS84 is not known. */
export function datumShiftWarning(name: string): Text {
  return trBoth(PROJECTION_TEXT.noDatumShift, name);
}

const converters = new Map<string, (x: number, y: number) => [number, number]>();

/** A cached proj4 converter from a proj4 definition (string or WKT) to WGS84 lon/lat. */
export function proj4ToWgs84(def: string): (x: number, y: number) => [number, number] {
  let f = converters.get(def);
  if (!f) {
    const c = proj4(def, 'EPSG:4326');
    f = (x, y) => {
      const r = c.forward([x, y]);
      return [r[0], r[1]];
    };
    converters.set(def, f);
  }
  return f;
}

const identity = (x: number, y: number): [number, number] => [x, y];

/** Projection for a Gauss-Kruger grid (optionally with a datum shift). */
export function gkProjection(g: GkGrid, towgs84?: number[]): Projection {
  const shift = towgs84 && towgs84.length ? ` +towgs84=${towgs84.join(',')}` : '';
  const def = `+proj=tmerc +lat_0=0 +lon_0=${g.cm} +k=1 +x_0=${g.x0} +y_0=0 ${DATUMS[g.datum].ellps}${shift} +units=m +no_defs`;
  const p: Projection = { id: `EPSG:${g.code}`, label: gkLabel(g), geographic: false, toWgs84: proj4ToWgs84(def) };
  if (g.datum !== 'cgcs2000' && !shift) p.warning = datumShiftWarning(DATUMS[g.datum].label);
  return p;
}

const WEB_MERCATOR = new Set([3857, 900913, 102100, 102113, 3785]);

/** Pull the EPSG code out of 4326, 'EPSG:4326', 'urn:ogc:def:crs:EPSG::4549', an opengis.net URL ... */
function normaliseCode(code: string | number): number | undefined {
  if (typeof code === 'number') return Number.isInteger(code) ? code : undefined;
  const s = code.trim();
  if (/(^|[:/])CRS:?84$/i.test(s)) return 4326;
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^(?:urn:ogc:def:crs:|https?:\/\/www\.opengis\.net\/def\/crs\/)?(?:EPSG|ESRI)\b.*?(\d+)$/i.exec(s);
  return m ? Number(m[1]) : undefined;
}

/**
 * The projection for an EPSG code in any of its common spellings.
 *
 * @returns undefined for a code this import does not know (it never guesses a similar one).
 */
export function projectionFromEpsg(code: string | number): Projection | undefined {
  const n = normaliseCode(code);
  if (n === undefined) return undefined;
  if (n === 4326) return { id: 'wgs84', label: 'WGS 84 (EPSG:4326)', geographic: true, toWgs84: identity };
  if (n === 4490) return { id: 'cgcs2000', label: 'CGCS2000 (EPSG:4490)', geographic: true, toWgs84: identity };
  if (WEB_MERCATOR.has(n)) {
    return {
      id: 'EPSG:3857',
      label: 'WGS 84 / Pseudo-Mercator (EPSG:3857)',
      geographic: false,
      toWgs84: proj4ToWgs84('EPSG:3857'),
    };
  }
  for (const d of ['beijing1954', 'xian1980', 'newbeijing'] as const) {
    if (n === DATUMS[d].geog) {
      // Lon/lat on another datum: without a known shift the numbers are used as they are.
      const label = `${DATUMS[d].label} (EPSG:${n})`;
      return {
        id: `EPSG:${n}`,
        label,
        geographic: true,
        toWgs84: identity,
        warning: datumShiftWarning(DATUMS[d].label),
      };
    }
  }
  if ((n >= 32601 && n <= 32660) || (n >= 32701 && n <= 32760)) {
    const zone = n % 100;
    const south = n > 32700 ? ' +south' : '';
    const label = `WGS 84 / UTM zone ${zone}${south ? 'S' : 'N'} (EPSG:${n})`;
    return {
      id: `EPSG:${n}`,
      label,
      geographic: false,
      toWgs84: proj4ToWgs84(`+proj=utm +zone=${zone}${south} +datum=WGS84 +units=m +no_defs`),
    };
  }
  const g = gkFromCode(n);
  return g ? gkProjection(g) : undefined;
}

/** Every CGCS2000 Gauss-Kruger grid (EPSG:4491-4554), for a picker. */
export const CGCS2000_GK_OPTIONS: readonly { crs: CrsId; label: string }[] = Array.from({ length: 64 }, (_, i) => {
  const g = gkFromCode(4491 + i) as GkGrid;
  return { crs: `EPSG:${g.code}`, label: gkLabel(g) };
});
