/**
 * GeoJSON as GIS software really writes it: RFC 7946 lon/lat, the legacy `crs` member (EPSG:4326,
 * EPSG:4490, urn:ogc:def:crs:EPSG::4549, CGCS2000 Gauss-Kruger zones...), a bare Feature or
 * geometry instead of a collection, and projected metres with no `crs` at all (recognised by their
 * size, and flagged for the user to confirm). Coordinates are returned as stored; crs says what they are.
 */
import type { Feature, Geometry } from 'geojson';
import { decodeText } from './decode-text.ts';
import { guessProjectedCrs, projectionFromEpsg } from './projection.ts';
import { trBoth } from '../../domain/text.ts';
import { GEOJSON_TEXT } from './geojson-strings.ts';
import { ImportError, type CrsGuess, type SourceLayer } from '../common/import-types.ts';

type AnyFeature = Feature<Geometry | null, Record<string, unknown>>;

/** Deepest nesting a GeoJSON position can sit at (a MultiPolygon's position is 4 arrays down). */
const MAX_DEPTH = 4;

/** The first positions of a geometry, at most `limit`, walking arrays without recursion. Undefined when nested too deep. */
function positions(coords: unknown, out: number[][], limit: number): boolean {
  const stack: { arr: unknown[]; depth: number }[] = [];
  if (!Array.isArray(coords)) return true;
  stack.push({ arr: coords, depth: 1 });
  while (stack.length && out.length < limit) {
    const { arr, depth } = stack.pop()!;
    if (arr.length > 0 && typeof arr[0] === 'number') {
      out.push(arr as number[]);
      continue;
    }
    if (depth >= MAX_DEPTH + 1) return false;
    for (let i = arr.length - 1; i >= 0; i--)
      if (Array.isArray(arr[i])) stack.push({ arr: arr[i] as unknown[], depth: depth + 1 });
  }
  return true;
}

function crsMember(json: Record<string, unknown>): string | undefined {
  const crs = json.crs as { type?: string; properties?: { name?: unknown; code?: unknown } } | undefined;
  if (!crs || typeof crs !== 'object') return undefined;
  const name =
    crs.properties?.name ?? (crs.properties?.code !== undefined ? `EPSG:${String(crs.properties.code)}` : undefined);
  return name === undefined ? undefined : String(name);
}

function asFeatures(file: string, json: unknown): AnyFeature[] {
  const j = json as { type?: string; features?: unknown; geometry?: unknown };
  if (j && typeof j === 'object') {
    if (j.type === 'FeatureCollection' && Array.isArray(j.features)) return j.features as AnyFeature[];
    if (j.type === 'Feature') return [j as AnyFeature];
    if (typeof j.type === 'string' && 'coordinates' in j)
      return [{ type: 'Feature', properties: {}, geometry: j as unknown as Geometry }];
    if (j.type === 'GeometryCollection')
      return [{ type: 'Feature', properties: {}, geometry: j as unknown as Geometry }];
  }
  throw new ImportError(file, GEOJSON_TEXT.notGeoJson);
}

/**
 * Reads a GeoJSON file. `hintLon` (the longitude of other data, if any) helps choose the central
 * meridian of Gauss-Kruger metres that carry no zone number.
 */
export function readGeoJson(file: string, bytes: Uint8Array, hintLon?: number): SourceLayer {
  const { text } = decodeText(file, bytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ImportError(file, trBoth(GEOJSON_TEXT.invalidJson, (e as Error).message));
  }
  const raw = asFeatures(file, json);
  const issues: SourceLayer['issues'] = [];
  const features: AnyFeature[] = [];
  const sample: number[][] = [];
  raw.forEach((f, k) => {
    if (!f || typeof f !== 'object' || f.type !== 'Feature') {
      issues.push({ row: k + 1, column: '', value: '', reason: GEOJSON_TEXT.notFeature, severity: 'error' });
      return;
    }
    const props = f.properties && typeof f.properties === 'object' ? f.properties : {};
    const g = f.geometry as (Geometry & { coordinates?: unknown }) | null;
    if (g && 'coordinates' in g && !positions(g.coordinates, sample.length < 2000 ? sample : [], 2000)) {
      issues.push({
        row: k + 1,
        column: 'geometry',
        value: g.type,
        reason: GEOJSON_TEXT.nestedTooDeep,
        severity: 'error',
      });
      return;
    }
    features.push({ type: 'Feature', properties: props, geometry: g });
  });
  if (features.length === 0) throw new ImportError(file, GEOJSON_TEXT.noFeatures);
  return { file, features, crs: guessCrs(file, json as Record<string, unknown>, sample, hintLon), issues };
}

function guessCrs(file: string, json: Record<string, unknown>, sample: number[][], hintLon?: number): CrsGuess {
  const named = crsMember(json);
  if (named !== undefined) {
    const p = projectionFromEpsg(named);
    if (!p) throw new ImportError(file, trBoth(GEOJSON_TEXT.unsupportedCrs, named));
    return { crs: p.id, label: p.label, source: 'crs-member' };
  }
  const xs = sample.map((p) => p[0]);
  const ys = sample.map((p) => p[1]);
  const projected = guessProjectedCrs(xs, ys, hintLon);
  if (projected) return { crs: projected.crs, label: projected.label, source: 'magnitude', confirm: projected.why };
  return { crs: 'wgs84', label: 'WGS84 / CGCS2000', source: 'default' };
}
