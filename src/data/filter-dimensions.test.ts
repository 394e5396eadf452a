import { describe, expect, it } from 'vitest';
import type { DatasetManifest } from './dataset.ts';
import { FILTER_DIMENSIONS, LIST_DIMENSIONS, dimensionOf } from './filter-dimensions.ts';
import {
  CAT_END,
  COL_OF_DIM,
  D_FLAGS,
  D_SCORE,
  D_TEXT,
  DIM_OF_COL,
  ENGINE_DIMENSIONS,
} from './filter-engine/layout.ts';
import { EMPTY_FILTERS } from './filter-engine.ts';

const manifest = {
  towns: [
    { code: 'T1', name: '甲镇' },
    { code: 'T2', name: '乙镇' },
  ],
  grids: [
    { code: 'G1', name: 'g1', gridWorker: '张三' },
    { code: 'G 2,x', name: 'g2', gridWorker: '李四' },
  ],
  parks: [{ code: 'P1', name: 'p1', type: 0 }],
} as unknown as DatasetManifest;

describe('the filter dimension table', () => {
  it('declares each dimension once: unique ids, fields and link keys, both names', () => {
    for (const key of ['id', 'field', 'url'] as const) {
      const values = FILTER_DIMENSIONS.map((d) => d[key]);
      expect(new Set(values).size, key).toBe(values.length);
    }
    for (const d of FILTER_DIMENSIONS) {
      expect(d.name.zh, d.id).toMatch(/\p{Script=Han}/u);
      expect(d.name.en, d.id).toMatch(/^[\x20-\x7e]+$/);
    }
    // Every field of the engine's filter state (but the text mask, which the search fills) has its dimension.
    const fields = Object.keys(EMPTY_FILTERS).filter((k) => k !== 'text');
    expect(fields.sort()).toEqual(
      FILTER_DIMENSIONS.map((d) => d.field)
        .filter((f) => f !== 'query')
        .sort(),
    );
  });

  it('writes every value of a list dimension to a link token that reads back to it', () => {
    for (const d of LIST_DIMENSIONS) {
      const n = d.valueCount(manifest);
      expect(n, d.id).toBeGreaterThan(0);
      for (let v = 0; v < n; v++) expect(d.parse(d.token(v, manifest), manifest), `${d.id} ${v}`).toBe(v);
      expect(d.parse('no-such-value', manifest), d.id).toBeUndefined();
      if (d.none) expect(d.parse('none', manifest), d.id).toBe(-1);
      // Codes the engine counts: the values, and "none" where there is one.
      expect(
        d.codes({ towns: manifest.towns.length, grids: manifest.grids.length, parks: manifest.parks.length }),
        d.id,
      ).toBe(n + (d.none ? 1 : 0));
    }
  });

  it('finds a dimension by its field', () => {
    expect(dimensionOf('towns').none?.zh).toBe('镇街外');
    expect(dimensionOf('hazard').bits.map((b) => b.bit)).toEqual([1, 2, 4, 8]);
  });

  it('numbers the engine dimensions from it: codes first, then flags, score and text, one per visit column', () => {
    expect(ENGINE_DIMENSIONS.length).toBe(FILTER_DIMENSIONS.length);
    expect(ENGINE_DIMENSIONS.slice(0, CAT_END).every((d) => d.engine === 'codes')).toBe(true);
    expect([ENGINE_DIMENSIONS[D_FLAGS].id, ENGINE_DIMENSIONS[D_SCORE].id, ENGINE_DIMENSIONS[D_TEXT].id]).toEqual([
      'flags',
      'score',
      'text',
    ]);
    for (let c = 1; c <= 5; c++) expect(COL_OF_DIM[DIM_OF_COL[c]]).toBe(c);
    expect(COL_OF_DIM.filter((c) => c === 0).length).toBe(5);
  });
});
