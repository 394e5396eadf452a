/**
 * Which coordinate system are the enterprise points in? Try each candidate on a sample of the
 * points and count how many then fall inside a town (and inside a park, which tells GCJ-02 from
 * WGS84 better: its 100-700 m offset moves points out of small parks while most stay in their town).
 * The dialog shows the figures and suggests the best; the user confirms.
 */
import { PolygonIndex, type PolygonFeatureLike } from '../spatial-index.ts';
import { GEOGRAPHIC_CHOICES, pointTransform } from './crs.ts';
import { guessProjectedCrs } from './projection.ts';
import type { SourceTable } from '../common/import-types.ts';
import { parseCoordinate } from '../common/cell-values.ts';

export interface CrsFigure {
  crs: string;
  label: string;
  /** Points in the sample with readable coordinates. */
  sampled: number;
  inTowns: number;
  inParks: number;
}

const SAMPLE = 4000;

/** A longitude inside the towns: where Gauss-Kruger metres without a zone number most likely belong. */
function firstLon(towns: PolygonFeatureLike[]): number | undefined {
  const g = towns[0]?.geometry;
  if (!g) return undefined;
  const ring = g.type === 'Polygon' ? g.coordinates[0] : g.coordinates[0]?.[0];
  return ring?.[0]?.[0];
}

/** Figures for every plausible system, best first. `towns` and `parks` are WGS84 layers. */
export function pointCrsFigures(
  table: SourceTable,
  lonCol: number,
  latCol: number,
  towns: PolygonFeatureLike[],
  parks: PolygonFeatureLike[],
): CrsFigure[] {
  const xs: number[] = [];
  const ys: number[] = [];
  const n = table.rows.length - table.firstDataRow;
  const step = Math.max(1, Math.floor(n / SAMPLE));
  for (let r = table.firstDataRow; r < table.rows.length && xs.length < SAMPLE; r += step) {
    const x = parseCoordinate(table.rows.cell(r, lonCol));
    const y = parseCoordinate(table.rows.cell(r, latCol));
    if (Number.isFinite(x) && Number.isFinite(y)) {
      xs.push(x);
      ys.push(y);
    }
  }
  const projected = guessProjectedCrs(xs, ys, firstLon(towns));
  const candidates: string[] = projected ? [projected.crs] : [...GEOGRAPHIC_CHOICES.filter((c) => c !== 'cgcs2000')];
  const townIndex = new PolygonIndex(towns);
  const parkIndex = new PolygonIndex(parks);
  const out: CrsFigure[] = [];
  for (const crs of candidates) {
    const t = pointTransform(crs);
    if (!t) continue;
    let inTowns = 0;
    let inParks = 0;
    for (let i = 0; i < xs.length; i++) {
      const [lon, lat] = t.toWgs84(xs[i], ys[i]);
      if (townIndex.locate(lon, lat) >= 0) inTowns++;
      if (parks.length && parkIndex.locate(lon, lat) >= 0) inParks++;
    }
    out.push({ crs: t.id, label: t.label, sampled: xs.length, inTowns, inParks });
  }
  // Towns first; when they differ by a percent or less and there are parks, the parks decide (see
  // above). Stable: WGS84, first among the candidates, wins an exact tie.
  return out.sort((a, b) => {
    const dt = (b.inTowns - a.inTowns) / Math.max(1, a.sampled);
    if (parks.length > 0 && Math.abs(dt) <= 0.01 && b.inParks !== a.inParks) return b.inParks - a.inParks;
    return dt;
  });
}
