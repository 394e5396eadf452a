/**
 * Industrial parks of the three types (三类园区): town industrial parks near each 镇 seat and the roads,
 * small & micro enterprise parks near the towns, village clusters in the countryside. Each is an
 * irregular quadrilateral-ish polygon fully inside one town, not overlapping any other park.
 */
import type { Road } from './district';
import { type Pt, type Ring, closeRing, dist, ringArea, ringSelfCrosses } from './geometry';
import { DISTRICT_SHORT, roadNames, townStem, tradeName, villageName } from './names';
import type { Rng } from './random';
import { Sampler } from './sampling';
import type { Town } from './towns';

export type ParkType = 'town_industrial' | 'small_micro' | 'village_cluster';

export interface Park {
  code: string;
  name: string;
  type: ParkType;
  managingBody: string;
  town: number;
  ring: Ring;
  area: number;
  centre: Pt;
  radius: number;
  sampler: Sampler;
  /** Streets inside the park, for addresses. */
  streets: string[];
}

const AREA: Record<ParkType, [number, number]> = {
  town_industrial: [0.8, 2.95],
  small_micro: [0.1, 0.6],
  village_cluster: [0.055, 0.4],
};
const CODE_PREFIX: Record<ParkType, string> = { town_industrial: 'GY', small_micro: 'XW', village_cluster: 'JJ' };
const SMALL_MICRO_THEMES = [
  '智造',
  '创业',
  '科创',
  '精工',
  '汽配',
  '模具',
  '五金',
  '众创',
  '智能装备',
  '电器',
  '新材料',
];
const ZONES = ['东区', '西区', '南区', '北区', '临港', '滨江', '高新'];

/** An irregular, roughly rectangular polygon of the given area (km2). */
function parkRing(rng: Rng, centre: Pt, area: number, angle: number): Ring {
  for (;;) {
    const aspect = rng.range(1, 2.2);
    const w = Math.sqrt(area * aspect);
    const h = area / w;
    const j = 0.12 * Math.min(w, h);
    let local: Pt[] = [
      [-w / 2, -h / 2],
      [w / 2, -h / 2],
      [w / 2, h / 2],
      [-w / 2, h / 2],
    ].map(([x, y]) => [x + rng.range(-j, j), y + rng.range(-j, j)] as Pt);
    if (rng.chance(0.5)) {
      // A bulge or notch on one side.
      const k = rng.int(0, 3);
      const a = local[k];
      const b = local[(k + 1) % 4];
      const t = rng.range(0.3, 0.7);
      const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
      const off = rng.range(-0.12, 0.18);
      const mid: Pt = [
        a[0] + (b[0] - a[0]) * t + ((b[1] - a[1]) / len) * off * len,
        a[1] + (b[1] - a[1]) * t - ((b[0] - a[0]) / len) * off * len,
      ];
      local.splice(k + 1, 0, mid);
    }
    if (rng.chance(0.35)) {
      // A cut corner.
      const k = rng.int(0, local.length - 1);
      const p = local[k];
      const prev = local[(k + local.length - 1) % local.length];
      const next = local[(k + 1) % local.length];
      const t = rng.range(0.15, 0.3);
      local.splice(
        k,
        1,
        [p[0] + (prev[0] - p[0]) * t, p[1] + (prev[1] - p[1]) * t],
        [p[0] + (next[0] - p[0]) * t, p[1] + (next[1] - p[1]) * t],
      );
    }
    const s = Math.sqrt(area / Math.abs(ringArea(closeRing(local))));
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    local = local.map(([x, y]) => [centre[0] + s * (x * cos - y * sin), centre[1] + s * (x * sin + y * cos)]);
    const ring = closeRing(local);
    if (!ringSelfCrosses(ring)) return ring;
  }
}

/** True when every point along the ring (every ~40 m) lies inside the town. */
function insideTown(ring: Ring, town: Town): boolean {
  for (let i = 0; i + 1 < ring.length; i++) {
    const [a, b] = [ring[i], ring[i + 1]];
    const steps = Math.max(1, Math.ceil(dist(a, b) / 0.04));
    for (let k = 0; k < steps; k++) {
      const t = k / steps;
      if (!town.sampler.contains([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t])) return false;
    }
  }
  return true;
}

function nearestRoadPoint(roads: readonly Road[], p: Pt): { d: number; angle: number } {
  let best = { d: Infinity, angle: 0 };
  for (const r of roads) {
    for (let i = 0; i + 1 < r.pts.length; i += 2) {
      const d = dist(r.pts[i], p);
      if (d < best.d) best = { d, angle: Math.atan2(r.pts[i + 1][1] - r.pts[i][1], r.pts[i + 1][0] - r.pts[i][0]) };
    }
  }
  return best;
}

export function makeParks(rng: Rng, towns: readonly Town[], roads: readonly Road[]): Park[] {
  const plan: { type: ParkType; town: number }[] = [];
  const zhen = towns.map((t, i) => (t.kind === 'zhen' ? i : -1)).filter((i) => i >= 0);
  const jd = towns.map((t, i) => (t.kind === 'jd' ? i : -1)).filter((i) => i >= 0);
  for (const t of zhen) plan.push({ type: 'town_industrial', town: t });
  for (const t of rng.shuffle([...zhen]).slice(0, rng.int(1, 3))) plan.push({ type: 'town_industrial', town: t });
  for (const t of rng.shuffle([...jd]).slice(0, rng.int(1, 2))) plan.push({ type: 'town_industrial', town: t });
  const nSmall = rng.int(9, 14);
  for (let i = 0; i < nSmall; i++)
    plan.push({ type: 'small_micro', town: rng.chance(0.25) ? rng.pick(jd) : rng.pick(zhen) });
  const nVillage = rng.int(14, 22);
  for (let i = 0; i < nVillage; i++) plan.push({ type: 'village_cluster', town: rng.pick(zhen) });

  const parks: Park[] = [];
  const names = new Set<string>();
  const perTownType = new Map<string, number>();
  for (const { type, town: ti } of plan) {
    const town = towns[ti];
    const [lo, hi] = AREA[type];
    let area = lo + (hi - lo) * Math.pow(rng.next(), type === 'town_industrial' ? 1.3 : 1.6);
    let placed: Ring | undefined;
    let centre: Pt = town.seat;
    for (let attempt = 0; attempt < 400 && !placed; attempt++) {
      if (attempt % 100 === 99) area = Math.max(lo, area * 0.8);
      centre =
        type === 'village_cluster'
          ? town.sampler.uniform(rng)
          : [town.seat[0] + rng.normal() * (type === 'town_industrial' ? 2.2 : 1.6), town.seat[1] + rng.normal() * 1.8];
      if (!town.sampler.contains(centre)) continue;
      const road = nearestRoadPoint(roads, centre);
      if (type === 'town_industrial' && road.d > 2.5 && attempt < 200) continue;
      if (type === 'village_cluster' && dist(centre, town.seat) < 1.5 && attempt < 200) continue;
      const ring = parkRing(rng, centre, area, road.d < 2 ? road.angle : rng.range(0, Math.PI));
      const radius = Math.max(...ring.map((p) => dist(p, centre)));
      if (parks.some((p) => dist(p.centre, centre) < p.radius + radius + 0.12)) continue;
      if (dist(centre, town.seat) < radius + 0.3 && type !== 'small_micro') continue;
      if (insideTown(ring, town)) placed = ring;
    }
    if (!placed) continue;
    const stem = townStem(town.name);
    const key = `${town.code}-${type}`;
    const nth = (perTownType.get(key) ?? 0) + 1;
    perTownType.set(key, nth);
    let name = '';
    let managingBody = '';
    for (let tries = 0; !name || names.has(name); tries++) {
      if (type === 'town_industrial') {
        name = nth === 1 && tries === 0 ? `${town.name}工业园区` : `${stem}${rng.pick(ZONES)}工业园区`;
        managingBody = rng.chance(0.55) ? `${town.name}经济发展办公室` : `${DISTRICT_SHORT}${stem}园区开发建设有限公司`;
      } else if (type === 'small_micro') {
        name = `${stem}${rng.pick(SMALL_MICRO_THEMES)}小微企业园`;
        managingBody = `${DISTRICT_SHORT}${tradeName(rng)}园区运营管理有限公司`;
      } else {
        const village = villageName(rng);
        name = `${village}工业集聚点`;
        managingBody = rng.chance(0.6) ? `${town.name}${village}股份经济合作社` : `${town.name}${village}村民委员会`;
      }
    }
    names.add(name);
    parks.push({
      code: `${town.code}-${CODE_PREFIX[type]}${String(nth).padStart(2, '0')}`,
      name,
      type,
      managingBody,
      town: ti,
      ring: placed,
      area: Math.abs(ringArea(placed)),
      centre,
      radius: Math.max(...placed.map((p) => dist(p, centre))),
      sampler: new Sampler([[placed]]),
      streets:
        type === 'village_cluster'
          ? [name.replace('工业集聚点', '')]
          : roadNames(rng, type === 'town_industrial' ? 4 : 2),
    });
  }
  return parks;
}
