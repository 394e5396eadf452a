/**
 * Shapefile layers (.shp + .dbf + .prj + .cpg; the .shx optional, but used when given, as it says
 * where each record is) -> SourceLayer, coordinates as stored plus the CRS they are in (from the
 * .prj, else guessed from their magnitude and flagged for the user to confirm). Reprojection is a
 * separate step (`reprojectLayer`) so the UI can let the user correct the CRS first. Pure
 * TypeScript: runs in the import worker and in Node.
 */
import { trBoth, type Text } from '../../domain/text.ts';
import { SHAPEFILE_TEXT } from './shapefile-strings.ts';
import type { Geometry, Position } from 'geojson';
import { readDbf, type DbfTable } from './dbf.ts';
import { guessProjectedCrs, projectionFromPrj, type Projection } from './projection.ts';
import { parseShp, ringCrossing } from './shp-geometry.ts';
import { ImportError, type CrsGuess, type ImportFile, type SourceLayer } from '../common/import-types.ts';

type Issue = SourceLayer['issues'][number];
type Props = Record<string, unknown>;

const PARTS = new Set(['shp', 'shx', 'dbf', 'prj', 'cpg']);
const split = (name: string) => {
  const m = /^(.*)\.([^./\\]+)$/.exec(name);
  return m ? { base: m[1].toLowerCase(), ext: m[2].toLowerCase() } : { base: name.toLowerCase(), ext: '' };
};

/**
 * Find the Shapefile layers in a list of files (e.g. a zip's content): files with the same base name
 * (path included, case-insensitive) and extension .shp/.shx/.dbf/.prj/.cpg form one layer. Groups
 * without a .shp are returned too, so that reading them gives a clear "missing .shp" error.
 */
export function groupShapefiles(files: ImportFile[]): ImportFile[][] {
  const groups = new Map<string, ImportFile[]>();
  for (const f of files) {
    const { base, ext } = split(f.name);
    if (!PARTS.has(ext)) continue;
    const g = groups.get(base) ?? [];
    g.push(f);
    groups.set(base, g);
  }
  return [...groups.values()].filter((g) => g.some((f) => ['shp', 'dbf', 'shx'].includes(split(f.name).ext)));
}

function text(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const NAME_KEYS = ['name', '名称', '名字', 'mc', 'xzqmc', 'dwmc'];
const CODE_KEYS = ['code', 'adcode', '编码', '代码', 'xzqdm', 'dm', 'bm'];

/** The feature's name and code (from the usual attribute names), for messages. */
function describe(props: Props): { column: string; value: string; label: string } {
  const find = (keys: string[]) => {
    for (const k of keys)
      for (const p of Object.keys(props)) if (p.toLowerCase() === k && props[p] != null && props[p] !== '') return p;
    return undefined;
  };
  const n = find(NAME_KEYS);
  const c = find(CODE_KEYS);
  const name = n ? String(props[n]) : '';
  const code = c ? String(props[c]) : '';
  const both = [name && `“${name}”`, code && `(${c} ${code})`].filter(Boolean).join(' ');
  return { column: n ?? c ?? 'geometry', value: [name, code].filter(Boolean).join(' '), label: both ? ` ${both}` : '' };
}

/** Bounds of every vertex: min/max x and y. Depth is fixed by the geometry type (no recursion). */
function bounds(geoms: (Geometry | null)[]): { x: [number, number]; y: [number, number] } | undefined {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const g of geoms) {
    if (!g) continue;
    forEachRing(g, (r) => {
      for (const [x, y] of r) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    });
  }
  return x0 <= x1 ? { x: [x0, x1], y: [y0, y1] } : undefined;
}

/** Call `f` on every list of positions of a geometry (a Point counts as a list of one). */
function forEachRing(g: Geometry, f: (r: Position[]) => void): void {
  if (g.type === 'Point') f([g.coordinates]);
  else if (g.type === 'MultiPoint' || g.type === 'LineString') f(g.coordinates);
  else if (g.type === 'MultiLineString' || g.type === 'Polygon') g.coordinates.forEach(f);
  else if (g.type === 'MultiPolygon') for (const p of g.coordinates) p.forEach(f);
}

const lonLatSized = (b: { x: [number, number]; y: [number, number] }) =>
  b.x[0] >= -180 && b.x[1] <= 180 && b.y[0] >= -90 && b.y[1] <= 90;
const WGS84_LABEL = 'WGS 84 (EPSG:4326)';
const range = (b: { x: [number, number]; y: [number, number] }) =>
  `x ${+b.x[0].toFixed(3)}…${+b.x[1].toFixed(3)}, y ${+b.y[0].toFixed(3)}…${+b.y[1].toFixed(3)}`;

/** When coordinates cannot be in the .prj's system: a message saying so, else undefined. */
function misfit(p: Projection, b: { x: [number, number]; y: [number, number] }): Text | undefined {
  if (!p.geographic && lonLatSized(b)) {
    return trBoth(SHAPEFILE_TEXT.projectedLooksLonLat, p.label, range(b));
  }
  if (p.geographic && !lonLatSized(b)) {
    return trBoth(SHAPEFILE_TEXT.lonLatOutOfRange, p.label, range(b));
  }
  if (p.geographic) return undefined;
  // Projected values: where do they land? Far outside China means a wrong zone or wrong .prj.
  for (const x of b.x) {
    for (const y of b.y) {
      const [lon, lat] = p.toWgs84(x, y);
      if (!(lon >= 60 && lon <= 150 && lat >= -5 && lat <= 60)) {
        return trBoth(SHAPEFILE_TEXT.outsideChina, p.label, lon.toFixed(2), lat.toFixed(2));
      }
    }
  }
  return undefined;
}

function layerIssue(reason: Text, severity: Issue['severity'], column = ''): Issue {
  return { row: 0, column, value: '', reason, severity };
}

/** Work out the layer's CRS; `swapped` when the file stores northing first and must be re-read. */
function crsOf(
  prj: ImportFile | undefined,
  geoms: (Geometry | null)[],
  issues: Issue[],
  hintLon?: number,
): CrsGuess & { swapped?: boolean } {
  const b = bounds(geoms);
  if (prj) {
    const wkt = text(prj.bytes).trim();
    const p = projectionFromPrj(wkt);
    if ('error' in p) {
      issues.push(layerIssue(p.error, 'error', '.prj'));
      return { crs: `WKT:${wkt}`, label: prj.name, source: 'prj', confirm: p.error };
    }
    const bad = b && misfit(p, b);
    if (bad) {
      issues.push(layerIssue(bad, 'warning', '.prj'));
      if (!p.geographic && b && lonLatSized(b))
        return { crs: 'wgs84', label: WGS84_LABEL, source: 'magnitude', confirm: bad };
      return { crs: p.id, label: p.label, source: 'prj', confirm: bad };
    }
    if (p.warning) issues.push(layerIssue(p.warning, 'warning', '.prj'));
    return { crs: p.id, label: p.label, source: 'prj', ...(p.warning ? { confirm: p.warning } : {}) };
  }
  if (!b) return { crs: 'wgs84', label: WGS84_LABEL, source: 'default' };
  if (lonLatSized(b)) {
    return {
      crs: 'wgs84',
      label: WGS84_LABEL,
      source: 'magnitude',
      confirm: SHAPEFILE_TEXT.noPrjLonLat,
    };
  }
  const g = guessProjectedCrs(b.x, b.y, hintLon);
  if (g) {
    const confirm = trBoth(SHAPEFILE_TEXT.noPrjGuessed, g.why);
    return { crs: g.crs, label: g.label, source: 'magnitude', confirm, ...(g.swapped ? { swapped: true } : {}) };
  }
  const none = trBoth(SHAPEFILE_TEXT.noPrjUnknown, range(b));
  issues.push(layerIssue(none, 'error', '.prj'));
  return { crs: 'unknown', label: '?', source: 'magnitude', confirm: none };
}

/** Options for readShapefile. */
export interface ReadShapefileOptions {
  /** Longitude of other data, to pick the central meridian of eastings without a zone number. */
  hintLon?: number;
}

/**
 * Read one Shapefile layer from its parts (as grouped by `groupShapefiles`).
 *
 * Issues: `row` is the 1-based record number (as in a GIS attribute table), 0 for the layer.
 *
 * @throws ImportError when there is no .shp, or the .shp is empty, not a Shapefile, or so truncated
 *   that no shape can be read.
 */
export function readShapefile(files: ImportFile[], opts: ReadShapefileOptions = {}): SourceLayer {
  const byExt = (e: string) => files.find((f) => split(f.name).ext === e);
  const shp = byExt('shp');
  if (!shp) {
    const what = files.map((f) => f.name).join(', ') || '(none)';
    throw new ImportError(files[0]?.name ?? '.shp', trBoth(SHAPEFILE_TEXT.noShp, what));
  }
  // The .shx, when given, says where each record is: files whose records are not back to back need it.
  const shx = byExt('shx')?.bytes;
  let data = parseShp(shp.bytes, { shx });
  if (!data) {
    throw new ImportError(shp.name, SHAPEFILE_TEXT.notShp);
  }
  const issues: Issue[] = data.issues.map((i) => ({
    row: i.record,
    column: 'geometry',
    value: '',
    reason: i.reason,
    severity: i.severity,
  }));
  if (!data.geometries.length && issues.length)
    throw new ImportError(shp.name, (issues.find((i) => i.severity === 'error') ?? issues[0]).reason);

  const dbfFile = byExt('dbf');
  const cpg = byExt('cpg');
  let table: DbfTable | undefined;
  if (dbfFile) {
    table = readDbf(dbfFile.name, dbfFile.bytes, cpg ? text(cpg.bytes) : undefined);
    for (const w of table.warnings) issues.push(layerIssue(w, 'warning', '.dbf'));
    if (table.recordCount !== data.geometries.length) {
      issues.push(
        layerIssue(
          trBoth(SHAPEFILE_TEXT.countsDiffer, String(table.recordCount), String(data.geometries.length)),
          'warning',
          '.dbf',
        ),
      );
    }
  } else {
    issues.push(layerIssue(SHAPEFILE_TEXT.noDbf, 'warning', '.dbf'));
  }
  const props: (Props | null | undefined)[] = [];
  if (table) {
    props.length = table.recordCount;
    props.fill(null); // deleted records stay null
    table.recordIndex.forEach((r, i) => (props[r] = table.records[i]));
  }

  const { swapped, ...crs } = crsOf(byExt('prj'), data.geometries, issues, opts.hintLon);
  if (swapped) data = parseShp(shp.bytes, { shx, swapXY: true })!; // easting first from here on, as crs.crs expects
  const features: SourceLayer['features'] = [];
  data.geometries.forEach((geometry, i) => {
    const p = props[i];
    if (p === null) return; // record deleted in the .dbf
    const properties = p ?? {};
    features.push({ type: 'Feature', geometry, properties });
    const d = describe(properties);
    const row = i + 1;
    if (!geometry) {
      issues.push({
        row,
        column: d.column,
        value: d.value,
        severity: 'warning',
        reason: trBoth(SHAPEFILE_TEXT.nullShape, String(row), d.label),
      });
    } else if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
      let crossing: Position | undefined;
      forEachRing(geometry, (r) => (crossing ??= ringCrossing(r)));
      if (crossing) {
        const at = `${+crossing[0].toFixed(6)}, ${+crossing[1].toFixed(6)}`;
        issues.push({
          row,
          column: d.column,
          value: d.value,
          severity: 'warning',
          reason: trBoth(SHAPEFILE_TEXT.selfIntersection, String(row), d.label, at),
        });
      }
    }
  });
  const encoding = table ? table.encoding : undefined;
  return { file: shp.name, features, crs, ...(encoding ? { encoding } : {}), issues };
}

export { reprojectLayer } from './reproject.ts';
