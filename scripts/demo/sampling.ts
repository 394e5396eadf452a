/** Point sampling helpers shared by the geometry builders. */
import { type BBox, type Multi, type Pt, bboxOf, flatten, pointInFlat } from './geometry';
import type { Rng } from './random';

/** A shape prepared for repeated containment tests and uniform sampling. */
export class Sampler {
  readonly rings: Float64Array[];
  readonly box: BBox;
  constructor(readonly shape: Multi) {
    this.rings = flatten(shape);
    this.box = bboxOf(shape);
  }

  contains(p: Pt): boolean {
    return pointInFlat(this.rings, p[0], p[1]);
  }

  /** Uniform point inside the shape (rejection in the bounding box). */
  uniform(rng: Rng): Pt {
    const b = this.box;
    for (;;) {
      const p: Pt = [rng.range(b.minX, b.maxX), rng.range(b.minY, b.maxY)];
      if (this.contains(p)) return p;
    }
  }
}

/**
 * Mitchell's best-candidate sampling: `count` well-spread points inside `sampler`, each the candidate
 * farthest from the points already placed (`fixed` counts as placed). `propose` may bias candidates.
 */
export function bestCandidates(
  rng: Rng,
  sampler: Sampler,
  count: number,
  fixed: readonly Pt[] = [],
  candidates = 20,
  propose: (rng: Rng) => Pt = (r) => sampler.uniform(r),
): Pt[] {
  const placed: Pt[] = [...fixed];
  const out: Pt[] = [];
  for (let i = 0; i < count; i++) {
    let best: Pt | undefined;
    let bestD = -1;
    for (let c = 0; c < candidates; c++) {
      let p = propose(rng);
      if (!sampler.contains(p)) p = sampler.uniform(rng);
      let d = Infinity;
      for (const s of placed) d = Math.min(d, Math.hypot(s[0] - p[0], s[1] - p[1]));
      if (d > bestD) {
        bestD = d;
        best = p;
      }
    }
    placed.push(best as Pt);
    out.push(best as Pt);
  }
  return out;
}
