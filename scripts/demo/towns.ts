/**
 * Towns (镇/街道) partitioning the district, and supervision grid cells (网格) partitioning each town.
 * A few small 街道 cluster around the urban centre, larger 镇 cover the rest; both are noisy Voronoi
 * cells. Grid cells are denser where enterprises are denser (the 街道).
 */
import type { District } from './district';
import { type Multi, type Pt, multiArea } from './geometry';
import { fakePhone, personName, roadNames, townNames } from './names';
import { noisyVoronoi } from './noisy-voronoi';
import { type Rng, apportion } from './random';
import { Sampler, bestCandidates } from './sampling';

/** County-level code of the fictional district (GB/T 2260 style). */
export const DISTRICT_CODE = '330299';

export interface Town {
  code: string;
  name: string;
  kind: 'jd' | 'zhen';
  /** Town seat: the Voronoi site, centre of the town's population. */
  seat: Pt;
  shape: Multi;
  area: number;
  sampler: Sampler;
  /** Street names used in addresses. */
  roads: string[];
}

export interface GridCell {
  code: string;
  name: string;
  town: number;
  shape: Multi;
  worker: string;
  phone: string;
  responsible: string;
}

const angleFrom = (c: Pt) => (p: Pt) => {
  // Clockwise from north, so codes run around the centre like on a real map.
  const a = Math.atan2(p[0] - c[0], p[1] - c[1]);
  return a < 0 ? a + 2 * Math.PI : a;
};

/** Lloyd relaxation of the movable seats (index >= `fixed`) over sample points of the district. */
function relax(rng: Rng, district: District, seats: Pt[], fixed: number, keepOut: (p: Pt) => Pt): Pt[] {
  const samples = Array.from({ length: 12000 }, () => district.sampler.uniform(rng));
  let cur = seats;
  for (let it = 0; it < 3; it++) {
    const sx = new Float64Array(cur.length);
    const sy = new Float64Array(cur.length);
    const n = new Float64Array(cur.length);
    for (const p of samples) {
      let best = 0;
      let bestD = Infinity;
      cur.forEach((s, i) => {
        const d = (s[0] - p[0]) ** 2 + (s[1] - p[1]) ** 2;
        if (d < bestD) {
          bestD = d;
          best = i;
        }
      });
      sx[best] += p[0];
      sy[best] += p[1];
      n[best]++;
    }
    cur = cur.map((s, i) => (i < fixed || !n[i] ? s : keepOut([sx[i] / n[i], sy[i] / n[i]])));
  }
  return cur;
}

export function makeTowns(rng: Rng, district: District): Town[] {
  const c = district.centre;
  const nJd = rng.int(4, 5);
  const nZhen = rng.int(9, 12);
  // 街道: one at the centre, the others in a ring around it.
  const turn = rng.range(0, 2 * Math.PI);
  const jdSeats: Pt[] = [[c[0] + rng.normal() * 0.3, c[1] + rng.normal() * 0.3]];
  for (let i = 1; i < nJd; i++) {
    const a = turn + (2 * Math.PI * i) / (nJd - 1) + rng.range(-0.3, 0.3);
    const r = rng.range(2.2, 2.9);
    jdSeats.push([c[0] + r * Math.cos(a), c[1] + r * Math.sin(a)]);
  }
  jdSeats.sort((a, b) => angleFrom(c)(a) - angleFrom(c)(b));
  // 镇 stay out of the urban core; Lloyd relaxation puts their seats near the middle of their land.
  const minR = 6.5;
  const keepOut = (p: Pt): Pt => {
    const d = Math.hypot(p[0] - c[0], p[1] - c[1]);
    return d >= minR ? p : [c[0] + ((p[0] - c[0]) * minR) / d, c[1] + ((p[1] - c[1]) * minR) / d];
  };
  const far = (r: Rng): Pt => keepOut(district.sampler.uniform(r));
  const initial = bestCandidates(rng, district.sampler, nZhen, jdSeats, 6, far);
  const zhenSeats = relax(rng, district, [...jdSeats, ...initial], nJd, keepOut)
    .slice(nJd)
    .sort((a, b) => angleFrom(c)(a) - angleFrom(c)(b));
  const seats = [...jdSeats, ...zhenSeats];
  const names = townNames(rng, nJd, nZhen);
  const shapes = noisyVoronoi(seats, district.shape, { amp: 0.25, depth: 4, salt: rng.uint32(), cap: 3 });
  return seats.map((seat, i) => {
    const jd = i < nJd;
    const code = `${DISTRICT_CODE}${String(jd ? i + 1 : 100 + i - nJd + 1).padStart(3, '0')}`;
    const shape = shapes[i];
    return {
      code,
      name: jd ? names.jd[i] : names.zhen[i - nJd],
      kind: jd ? 'jd' : 'zhen',
      seat,
      shape,
      area: multiArea(shape),
      sampler: new Sampler(shape),
      roads: roadNames(rng, jd ? 14 : 9),
    };
  });
}

export function makeGrid(rng: Rng, towns: readonly Town[]): GridCell[] {
  const total = rng.int(200, 240);
  const weights = towns.map((t) => Math.pow(t.area, 0.75) * (t.kind === 'jd' ? 2.4 : 1));
  const counts = apportion(total, weights, 5);
  const cells: GridCell[] = [];
  towns.forEach((town, ti) => {
    const trng = rng.fork(`grid-${town.code}`);
    const seeds = bestCandidates(trng, town.sampler, counts[ti], [], 12)
      // Number cells in reading order: north to south, west to east.
      .sort((a, b) => Math.round(b[1] * 2) - Math.round(a[1] * 2) || a[0] - b[0]);
    const shapes = noisyVoronoi(seeds, town.shape, { amp: 0.18, depth: 3, salt: trng.uint32(), cap: 1.2 });
    const chiefs = Array.from({ length: trng.int(3, 5) }, () => personName(trng));
    let n = 0;
    shapes.forEach((shape) => {
      if (!shape.length) return;
      n++;
      const no = String(n).padStart(2, '0');
      cells.push({
        code: `${town.code}-${no}`,
        name: `${town.name}第${no}网格`,
        town: ti,
        shape,
        worker: personName(trng),
        phone: fakePhone(trng),
        responsible: chiefs[Math.floor(((n - 1) * chiefs.length) / counts[ti])],
      });
    });
  });
  return cells;
}
