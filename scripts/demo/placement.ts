/**
 * Where enterprises are: ~45% in parks (dense small & micro parks, big town industrial parks), ~30%
 * strung along the road corridors, the rest following population (the urban centre, the 街道, the
 * 镇 seats, a thin rural background). Points are rounded to 6 decimals first and then tested against
 * the precomputed indexes, so every written point is inside the district.
 */
import { AreaIndex } from './area-index';
import { type District, type Road, nearRoad } from './district';
import { type Pt, fromLonLat, toLat, toLon } from './geometry';
import type { Park } from './parks';
import type { Context } from './profile';
import { type Rng, WeightedTable } from './random';
import type { Town } from './towns';

export interface World {
  district: District;
  towns: Town[];
  parks: Park[];
  roads: Road[];
}

export interface Placement {
  lon: number;
  lat: number;
  town: number;
  /** Park index, -1 outside parks. */
  park: number;
  ctx: Context;
  /** Road name for corridor enterprises. */
  road?: string;
}

const PARK_DENSITY: Record<string, number> = { town_industrial: 1, small_micro: 4, village_cluster: 2.5 };

interface Blob {
  c: Pt;
  sigma: number;
}

export class Placer {
  private readonly districtIndex: AreaIndex;
  private readonly townIndex: AreaIndex;
  private readonly parkIndex: AreaIndex;
  private readonly parkTable: WeightedTable<number>;
  private readonly blobs: WeightedTable<Blob | null>;
  private readonly contexts = new WeightedTable<'park' | 'corridor' | 'population'>(
    ['park', 'corridor', 'population'],
    [0.45, 0.3, 0.25],
  );

  constructor(private readonly world: World) {
    this.districtIndex = new AreaIndex([world.district.shape], 512);
    this.townIndex = new AreaIndex(
      world.towns.map((t) => t.shape),
      512,
    );
    this.parkIndex = new AreaIndex(
      world.parks.map((p) => [[p.ring]]),
      1024,
    );
    this.parkTable = new WeightedTable(
      world.parks.map((_, i) => i),
      world.parks.map((p) => p.area * PARK_DENSITY[p.type]),
    );
    const blobs: (Blob | null)[] = [{ c: world.district.centre, sigma: 2.2 }];
    const weights = [0.35];
    const jd = world.towns.filter((t) => t.kind === 'jd');
    const zhen = world.towns.filter((t) => t.kind === 'zhen');
    const zhenArea = zhen.reduce((s, t) => s + t.area, 0);
    for (const t of jd) {
      blobs.push({ c: t.seat, sigma: 1.1 });
      weights.push(0.25 / jd.length);
    }
    for (const t of zhen) {
      blobs.push({ c: t.seat, sigma: 1.5 });
      weights.push((0.3 * t.area) / zhenArea);
    }
    blobs.push(null); // rural background
    weights.push(0.1);
    this.blobs = new WeightedTable(blobs, weights);
  }

  /** Town index of a km point (-1 outside). */
  townAt(p: Pt): number {
    return this.townIndex.find(p[0], p[1]);
  }

  /** Rounds to the written precision and locates the point; undefined when outside the district. */
  private locate(p: Pt): { lon: number; lat: number; town: number; park: number } | undefined {
    const lon = toLon(p[0]);
    const lat = toLat(p[1]);
    const [x, y] = fromLonLat(lon, lat);
    if (!this.districtIndex.contains(x, y)) return undefined;
    const town = this.townIndex.find(x, y);
    if (town < 0) return undefined;
    return { lon, lat, town, park: this.parkIndex.find(x, y) };
  }

  place(rng: Rng): Placement {
    const kind = this.contexts.draw(rng);
    if (kind === 'park' && this.world.parks.length) {
      const pi = this.parkTable.draw(rng);
      const park = this.world.parks[pi];
      for (;;) {
        const loc = this.locate(park.sampler.uniform(rng));
        if (loc && loc.park === pi) return { ...loc, ctx: park.type };
      }
    }
    if (kind === 'corridor' && this.world.roads.length) {
      const road = rng.pick(this.world.roads);
      for (;;) {
        const loc = this.locate(nearRoad(rng, road));
        if (loc) return { ...loc, ctx: 'corridor', road: road.name };
      }
    }
    return { ...this.populationPoint(rng), ctx: 'population' };
  }

  private populationPoint(rng: Rng) {
    const d = this.world.district;
    for (;;) {
      const blob = this.blobs.draw(rng);
      const p: Pt = blob
        ? [blob.c[0] + rng.normal() * blob.sigma, blob.c[1] + rng.normal() * blob.sigma]
        : d.sampler.uniform(rng);
      const loc = this.locate(p);
      if (loc) return loc;
    }
  }

  /** A remote point in a 镇 (fireworks stores, quarries), far from the centre. */
  remote(rng: Rng): Placement {
    const c = this.world.district.centre;
    const zhen = this.world.towns.filter((t) => t.kind === 'zhen');
    for (;;) {
      const t = rng.pick(zhen);
      const p = t.sampler.uniform(rng);
      if (Math.hypot(p[0] - c[0], p[1] - c[1]) < 8 || Math.hypot(p[0] - t.seat[0], p[1] - t.seat[1]) < 2) continue;
      const loc = this.locate(p);
      if (loc && loc.park < 0) return { ...loc, ctx: 'population' };
    }
  }
}
