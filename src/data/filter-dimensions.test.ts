import { changeCode, KIND_UP } from '../domain/compare/change-codes.ts';
import { describe, expect, it } from 'vitest';
import type { DatasetManifest } from './dataset.ts';
import {
  FILTER_DIMENSIONS,
  LIST_DIMENSIONS,
  dimensionOf,
  type BitsSpec,
  type DimensionSpec,
} from './filter-dimensions.ts';
import {
  CAT_END,
  COL_OF_DIM,
  D_FLAGS,
  D_SCORE,
  D_TEXT,
  DIM_OF_COL,
  ENGINE_DIMENSIONS,
  layoutOf,
} from './filter-engine/layout.ts';
import { EMPTY_FILTERS } from './filter-engine.ts';

const DIMS = { towns: 3, grids: 10, parks: 2 };

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
    for (let c = 1; c <= 6; c++) expect(COL_OF_DIM[DIM_OF_COL[c]]).toBe(c);
    expect(COL_OF_DIM.filter((c) => c === 0).length).toBe(5);
  });

  it('keeps the change state in visit column 6, read from its own column as codes with their bits', () => {
    const l = layoutOf(FILTER_DIMENSIONS, DIMS),
      d = l.dimOfCol[6];
    expect([l.ids[d], l.columns[d], l.col[d], l.card[d]]).toEqual(['change', 'changeState', 6, 16]);
    expect(l.digits.map((x) => l.ids[x])).toEqual(['level', 'sector', 'parkType', 'inspection', 'hazard']);
    // Level up, a major hazard found and one closed: its bits are those three values.
    expect(l.codeBits[d]?.[changeCode(KIND_UP, true, true)]).toBe(2 | 16 | 32);
    // Code 0, what every row reads as with no comparison open, is unchanged (未变) alone.
    expect(l.codeBits[d]?.[0]).toBe(8);
    expect(l.countLen[d]).toBe(6);
  });

  it('lays out any code dimension with a column in visit column 6, and refuses a table that does not fit', () => {
    const change = FILTER_DIMENSIONS.find((d) => d.id === 'change') as BitsSpec;
    const without: DimensionSpec[] = FILTER_DIMENSIONS.filter((d) => d !== change);
    const swap = (patch: Partial<BitsSpec>) => [...without, { ...change, ...patch }];
    // A list of its own in column 6 (the park type, out of the composite).
    const moved = without.map((d) => (d.id === 'parkType' ? { ...d, visit: 6 } : d));
    const l = layoutOf(moved, DIMS);
    expect(l.ids[l.dimOfCol[6]]).toBe('parkType');
    expect(l.digits.map((x) => l.ids[x])).toEqual(['level', 'sector', 'inspection', 'hazard']);
    expect(() => layoutOf(without, DIMS)).toThrow(/one dimension in visit column 6/);
    expect(() => layoutOf([...FILTER_DIMENSIONS, { ...change, id: 'again' }], DIMS)).toThrow(/visit column 6/);
    expect(() => layoutOf([...moved, { ...change, visit: 7 }], DIMS)).toThrow(
      /change: a code dimension in visit column 0, 1-3 or 6/,
    );
    // A state without a column would be a second hazard state (read from the hazard counts).
    expect(() => layoutOf(swap({ column: undefined }), DIMS)).toThrow(/one hazard state/);
    expect(() => layoutOf(swap({ codeBits: [1, 2] }), DIMS)).toThrow(/each code's bits/);
    // In the composite (the park type in column 6 instead) it would make 4 × 17 × 13 × 16 × 16 codes.
    expect(() => layoutOf([...moved, { ...change, visit: 0 }], DIMS)).toThrow(/226304 codes, more than 65,536/);
  });
});
