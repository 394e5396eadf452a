import { describe, expect, it } from 'vitest';
import { randomColumns } from '../../data/random-columns.ts';
import { LEVELS } from '../../domain/levels.ts';
import { buildEnterpriseAttributes, visibilityInDrawOrder } from './build-enterprise-layer.ts';
import { SHAPE_RADIUS_FACTOR } from './level-shape-extension.ts';

describe('buildEnterpriseAttributes', () => {
  const c = randomColumns({ n: 2000, seed: 3 });
  const radii = [4, 9, 7, 5, 4];
  const a = buildEnterpriseAttributes(c, { radiusByScale: radii });

  it('draws every row once, lowest risk first and 重大 last, rows in order within a level', () => {
    expect([...a.order].sort((x, y) => x - y)).toEqual(Array.from({ length: c.length }, (_, i) => i));
    for (let k = 1; k < a.length; k++) {
      const before = c.level[a.order[k - 1]],
        now = c.level[a.order[k]];
      expect(now <= before).toBe(true);
      if (now === before) expect(a.order[k]).toBeGreaterThan(a.order[k - 1]);
    }
  });

  it('gives each drawn point its row position, level colour, shape and radius by scale and level', () => {
    for (let k = 0; k < a.length; k += 7) {
      const i = a.order[k],
        l = c.level[i];
      expect([a.positions[2 * k], a.positions[2 * k + 1]]).toEqual([c.lon[i], c.lat[i]]);
      expect([...a.colors.subarray(4 * k, 4 * k + 4)]).toEqual([...LEVELS[l].color, 235]);
      expect(a.shapes[k]).toBe(l);
      expect(a.radii[k]).toBeCloseTo(radii[c.scale[i]] * SHAPE_RADIUS_FACTOR[l], 5);
    }
  });

  it('reads an unknown scale code as the default radius', () => {
    const odd = { ...c, scale: Uint8Array.from(c.scale, () => 200) };
    const b = buildEnterpriseAttributes(odd, { radiusByScale: radii });
    expect(b.radii[0]).toBeCloseTo(radii[0] * SHAPE_RADIUS_FACTOR[c.level[b.order[0]]], 5);
  });

  it('turns the engine mask into draw order', () => {
    const mask = Uint8Array.from({ length: c.length }, (_, i) => (c.level[i] === 0 ? 1 : 0));
    const visible = visibilityInDrawOrder(a.order, mask);
    for (let k = 0; k < a.length; k++) expect(visible[k]).toBe(mask[a.order[k]]);
  });
});
