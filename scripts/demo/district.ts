/**
 * The district outline: a smoothed noisy radial polygon cut on the east by a ragged coastline, scaled
 * to a target area; plus the urban centre (where the 街道 are) and the main road corridors.
 */
import { featureCollection, intersect, polygon } from '@turf/turf';
import { type Multi, type Pt, chaikin, chaikinLine, closeRing, fromGeometry, polyArea } from './geometry';
import type { Rng } from './random';
import { Sampler } from './sampling';

export interface District {
  shape: Multi;
  /** km2, planar. */
  area: number;
  /** The dense urban centre. */
  centre: Pt;
  sampler: Sampler;
}

function radialOutline(rng: Rng, radius: number): Pt[] {
  const harmonics = Array.from({ length: 7 }, (_, i) => {
    const k = i + 2;
    return { k, a: (rng.range(0.4, 1) * 0.24) / Math.pow(k, 1.05), phase: rng.range(0, 2 * Math.PI) };
  });
  const n = 120;
  let pts: Pt[] = [];
  for (let i = 0; i < n; i++) {
    const t = (2 * Math.PI * i) / n;
    let r = 1;
    for (const h of harmonics) r += h.a * Math.cos(h.k * t + h.phase);
    r = radius * Math.max(0.5, r);
    pts.push([r * Math.cos(t), r * Math.sin(t)]);
  }
  // Midpoint displacement: boundaries follow rivers and ridges, rough at every scale.
  for (let level = 0; level < 2; level++) {
    const out: Pt[] = [];
    for (let i = 0; i < pts.length; i++) {
      const [ax, ay] = pts[i];
      const [bx, by] = pts[(i + 1) % pts.length];
      const off = rng.normal() * 0.12 * Math.pow(0.7, level);
      out.push([ax, ay], [(ax + bx) / 2 - (by - ay) * off, (ay + by) / 2 + (bx - ax) * off]);
    }
    pts = out;
  }
  return pts;
}

/** Land west of a ragged north-south coastline with a few bays. */
function landMask(rng: Rng, x0: number): Pt[] {
  const bays = Array.from({ length: 3 }, () => ({
    f: rng.range(0.25, 0.9),
    a: rng.range(0.4, 1.3),
    p: rng.range(0, 7),
  }));
  let coast: Pt[] = [];
  for (let y = 40; y >= -40; y -= 1) {
    let x = x0;
    for (const b of bays) x += b.a * Math.sin(b.f * y + b.p);
    coast.push([x, y]);
  }
  // Fractal detail: coastlines are rough at every scale.
  for (let level = 0; level < 4; level++) {
    const out: Pt[] = [coast[0]];
    for (let i = 0; i + 1 < coast.length; i++) {
      const [ax, ay] = coast[i];
      const [bx, by] = coast[i + 1];
      out.push([(ax + bx) / 2 + rng.normal() * 0.22 * Math.pow(0.6, level), (ay + by) / 2], [bx, by]);
    }
    coast = out;
  }
  return closeRing([[-80, 40], ...coast, [-80, -40]]);
}

export function makeDistrict(rng: Rng): District {
  const radial = chaikin(closeRing(radialOutline(rng, 14)), 1);
  const land = landMask(rng, rng.range(7.5, 9.5));
  const cut = intersect(featureCollection([polygon([radial]), polygon([land])]));
  if (!cut) throw new Error('district: coastline cut left nothing');
  const parts = fromGeometry(cut.geometry).sort((a, b) => polyArea(b) - polyArea(a));
  let poly = [parts[0][0]];
  const target = rng.range(560, 660);
  const s = Math.sqrt(target / polyArea(poly));
  poly = poly.map((ring) => ring.map(([x, y]) => [x * s, y * s] as Pt));
  const shape: Multi = [poly];
  const sampler = new Sampler(shape);
  let centre: Pt = [rng.range(-4, -1.5), rng.range(-0.5, 2)];
  while (!sampler.contains(centre)) centre = [centre[0] * 0.8, centre[1] * 0.8];
  return { shape, area: polyArea(poly), centre, sampler };
}

export interface Road {
  name: string;
  pts: Pt[];
  /** Cumulative length at each vertex, km. */
  cum: Float64Array;
  length: number;
}

const ROAD_NAMES = ['临澄大道', '澄海公路', '滨江大道', '兴港大道', '江南公路', '环城北路'];

function roadThrough(rng: Rng, ctrl: Pt[]): Pt[] {
  let pts = ctrl;
  for (let level = 0; level < 4; level++) {
    const out: Pt[] = [pts[0]];
    for (let i = 0; i + 1 < pts.length; i++) {
      const [ax, ay] = pts[i];
      const [bx, by] = pts[i + 1];
      const off = rng.normal() * 0.06;
      out.push([(ax + bx) / 2 - (by - ay) * off, (ay + by) / 2 + (bx - ax) * off], [bx, by]);
    }
    pts = out;
  }
  return chaikinLine(pts, 2);
}

/** 2-4 road corridors crossing the district, through the centre and some town seats. */
export function makeRoads(rng: Rng, district: District, seats: readonly Pt[]): Road[] {
  const c = district.centre;
  const far = 40;
  const at = (angle: number): Pt => [c[0] + far * Math.cos(angle), c[1] + far * Math.sin(angle)];
  const byAngle = (angle: number) =>
    [...seats].sort((a, b) => {
      const da = Math.abs(Math.atan2(a[1] - c[1], a[0] - c[0]) - angle);
      const db = Math.abs(Math.atan2(b[1] - c[1], b[0] - c[0]) - angle);
      return da - db;
    })[0] ?? c;
  const count = rng.int(2, 4);
  const names = rng.shuffle([...ROAD_NAMES]);
  const plans: Pt[][] = [
    // West-east artery through the centre to the coast.
    [
      at(Math.PI + rng.range(-0.25, 0.25)),
      [c[0] - 3, c[1] + rng.range(-1, 1)],
      c,
      byAngle(rng.range(-0.4, 0.4)),
      at(rng.range(-0.3, 0.3)),
    ],
    // North-south road just east of the centre.
    [
      at(Math.PI / 2 + rng.range(-0.3, 0.3)),
      [c[0] + 2.5, c[1] + 1],
      [c[0] + 3, c[1] - 2],
      at(-Math.PI / 2 + rng.range(-0.3, 0.3)),
    ],
    // North-west to south-east through a town seat.
    [at((3 * Math.PI) / 4), byAngle((3 * Math.PI) / 4), [c[0] + 1, c[1] - 1], byAngle(-Math.PI / 4), at(-Math.PI / 4)],
    // South-west to north-east.
    [at((-3 * Math.PI) / 4), byAngle((-3 * Math.PI) / 4), byAngle(Math.PI / 4), at(Math.PI / 4)],
  ];
  return plans.slice(0, count).map((ctrl, i) => {
    const pts = roadThrough(rng, ctrl);
    const cum = new Float64Array(pts.length);
    for (let k = 1; k < pts.length; k++)
      cum[k] = cum[k - 1] + Math.hypot(pts[k][0] - pts[k - 1][0], pts[k][1] - pts[k - 1][1]);
    return { name: names[i], pts, cum, length: cum[pts.length - 1] };
  });
}

/** A point near a road: uniform along it, normally scattered across it (σ about 250 m). */
export function nearRoad(rng: Rng, road: Road): Pt {
  const t = rng.next() * road.length;
  let lo = 0;
  let hi = road.cum.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (road.cum[mid] <= t) lo = mid;
    else hi = mid;
  }
  const a = road.pts[lo];
  const b = road.pts[hi];
  const seg = road.cum[hi] - road.cum[lo] || 1;
  const f = (t - road.cum[lo]) / seg;
  const nx = -(b[1] - a[1]) / seg;
  const ny = (b[0] - a[0]) / seg;
  const off = rng.normal() * (rng.chance(0.8) ? 0.2 : 0.6);
  return [a[0] + (b[0] - a[0]) * f + nx * off, a[1] + (b[1] - a[1]) * f + ny * off];
}
