import { describe, expect, it } from 'vitest';
import { rowsOfMask, sortByScore, sortRows, topByScore, type SortKey, type SortSource } from './sort-rows.ts';

/** A deterministic pseudo-random dataset of n rows (only the sorted fields). */
function make(n: number, seed = 7): SortSource {
  let x = seed;
  const rnd = () => (x = (x * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const score = new Float32Array(n),
    level = new Uint8Array(n),
    sector = new Uint8Array(n);
  const town = new Int16Array(n),
    grid = new Int16Array(n),
    park = new Int16Array(n);
  const open = new Uint16Array(n),
    overdue = new Uint16Array(n);
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    score[i] = rnd() < 0.02 ? NaN : Math.round(rnd() * 200) / 2; // many ties
    level[i] = Math.floor(rnd() * 4);
    sector[i] = Math.floor(rnd() * 17);
    town[i] = Math.floor(rnd() * 4) - 1;
    grid[i] = Math.floor(rnd() * 6) - 1;
    park[i] = Math.floor(rnd() * 3) - 1;
    open[i] = Math.floor(rnd() * 5);
    overdue[i] = Math.floor(rnd() * 3);
    names.push(
      rnd() < 0.05 ? '' : ['张', '王', '李', '赵', 'A', 'b'][Math.floor(rnd() * 6)] + Math.floor(rnd() * 1000),
    );
  }
  return {
    enterprises: { score, level, sector, town, grid, park, hazardsOpen: open, hazardsOverdue: overdue },
    text: { name: { get: (i) => names[i] } },
    manifest: {
      towns: [{ name: '乙镇' }, { name: '甲街道' }, { name: '丙镇' }],
      grids: [{ name: 'G10' }, { name: 'G2' }, { name: 'G1' }, { name: 'G3' }, { name: 'G20' }],
      parks: [{ name: '北园' }, { name: '东园' }],
    },
  };
}

/** Reference: an object sort with explicit comparators (what the typed sorts must match). */
function reference(d: SortSource, rows: number[], key: SortKey, dir: 'asc' | 'desc'): number[] {
  const c = d.enterprises;
  const coll = new Intl.Collator('zh-CN', { numeric: true });
  const nan = (v: number) => Number.isNaN(v);
  const byScoreDesc = (a: number, b: number) => {
    if (nan(c.score[a]) || nan(c.score[b]))
      return nan(c.score[a]) === nan(c.score[b]) ? a - b : nan(c.score[a]) ? 1 : -1;
    return c.score[b] - c.score[a] || a - b;
  };
  const sign = dir === 'asc' ? 1 : -1;
  const area = (col: Int16Array, names: readonly { name: string }[]) => (a: number, b: number) => {
    const x = col[a],
      y = col[b];
    if (x < 0 || y < 0) return x < 0 && y < 0 ? 0 : x < 0 ? 1 : -1;
    return sign * (coll.compare(names[x].name, names[y].name) || x - y);
  };
  const primary: Record<SortKey, (a: number, b: number) => number> = {
    score: (a, b) => {
      if (nan(c.score[a]) || nan(c.score[b])) return nan(c.score[a]) === nan(c.score[b]) ? 0 : nan(c.score[a]) ? 1 : -1;
      return sign * (c.score[a] - c.score[b]);
    },
    level: (a, b) => -sign * (c.level[a] - c.level[b]),
    sector: (a, b) => sign * (c.sector[a] - c.sector[b]),
    open: (a, b) => sign * (c.hazardsOpen[a] - c.hazardsOpen[b]),
    overdue: (a, b) => sign * (c.hazardsOverdue[a] - c.hazardsOverdue[b]),
    town: area(c.town, d.manifest.towns),
    grid: area(c.grid, d.manifest.grids),
    park: area(c.park, d.manifest.parks),
    name: (a, b) => {
      const x = d.text.name.get(a) ?? '',
        y = d.text.name.get(b) ?? '';
      if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
      return sign * x.localeCompare(y, 'zh-CN');
    },
  };
  return [...rows].sort((a, b) => primary[key](a, b) || (key === 'score' ? a - b : byScoreDesc(a, b)));
}

describe('table sorts', () => {
  const d = make(3000);
  const mask = new Uint8Array(3000).map((_, i) => (i % 3 === 0 || i % 7 === 0 ? 1 : 0));
  const rows = rowsOfMask(mask);
  const byScore = sortByScore(d.enterprises.score, rows, 'desc');

  it('lists the rows of the mask in row order', () => {
    expect(Array.from(rowsOfMask(Uint8Array.from([0, 1, 1, 0, 2, 1])))).toEqual([1, 2, 5]);
    expect(rows.length).toBe(Array.from(mask).filter((m) => m === 1).length);
  });

  it('sorts by score descending with ties in row order and NaN last', () => {
    expect(Array.from(byScore)).toEqual(reference(d, Array.from(rows), 'score', 'desc'));
    const s = d.enterprises.score;
    expect(Number.isNaN(s[byScore[byScore.length - 1]])).toBe(true);
  });

  for (const key of ['score', 'level', 'sector', 'town', 'grid', 'park', 'open', 'overdue', 'name'] as const) {
    for (const dir of ['asc', 'desc'] as const) {
      it(`sorts by ${key} ${dir} like an object sort, ties by score`, () => {
        expect(Array.from(sortRows(d, byScore, { key, dir }))).toEqual(reference(d, Array.from(rows), key, dir));
      });
    }
  }

  it('derives name descending from the cached ascending order, with the same result', () => {
    const desc1 = sortRows(d, byScore, { key: 'name', dir: 'desc' });
    const asc = sortRows(d, byScore, { key: 'name', dir: 'asc' });
    expect(sortRows(d, byScore, { key: 'name', dir: 'asc' })).toBe(asc);
    expect(sortRows(d, byScore, { key: 'name', dir: 'desc' })).toBe(desc1);
    expect(Array.from(desc1).sort()).toEqual(Array.from(asc).sort());
  });

  it('orders negative, zero and infinite scores too', () => {
    const score = Float32Array.from([0, -1.5, Infinity, 3, -Infinity, NaN, -0.25, 3]);
    const all = Uint32Array.from([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(Array.from(sortByScore(score, all, 'desc'))).toEqual([2, 3, 7, 0, 6, 1, 4, 5]);
    expect(Array.from(sortByScore(score, all, 'asc'))).toEqual([4, 1, 6, 0, 3, 7, 2, 5]);
  });
});

describe('topByScore', () => {
  it('returns the n best of the mask, highest first, ties by row', () => {
    const d = make(5000, 3);
    const mask = new Uint8Array(5000).map((_, i) => (i % 2 === 0 ? 1 : 0));
    for (const n of [0, 1, 10, 50]) {
      const want = reference(d, Array.from(rowsOfMask(mask)), 'score', 'desc')
        .filter((i) => !Number.isNaN(d.enterprises.score[i]))
        .slice(0, n);
      expect(Array.from(topByScore(d.enterprises.score, mask, n))).toEqual(want);
    }
  });

  it('returns fewer when fewer rows pass', () => {
    const score = Float32Array.from([5, NaN, 7, 7, 1]);
    expect(Array.from(topByScore(score, Uint8Array.from([1, 1, 1, 1, 0]), 10))).toEqual([2, 3, 0]);
  });
});
