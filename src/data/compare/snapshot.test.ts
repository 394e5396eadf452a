import { vectorFromArray } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { enterpriseKeys, utf8Of } from './snapshot.ts';

const strings = (b: { valueOffsets: Int32Array; data: Uint8Array }) =>
  Array.from({ length: b.valueOffsets.length - 1 }, (_, i) =>
    new TextDecoder().decode(b.data.subarray(b.valueOffsets[i], b.valueOffsets[i + 1])),
  );

const column = (values: string[]) => ({ length: values.length, get: (i: number) => values[i] });

describe('utf8Of', () => {
  it("takes an Arrow vector's own bytes", () => {
    const v = vectorFromArray(['9133', '临澄', '']);
    expect(strings(utf8Of(v))).toEqual(['9133', '临澄', '']);
  });

  it('joins the chunks of a vector of several', () => {
    const v = vectorFromArray(['a', 'bb']).concat(vectorFromArray(['ccc', '甲']));
    expect(v.data.length).toBe(2);
    expect(strings(utf8Of(v))).toEqual(['a', 'bb', 'ccc', '甲']);
  });

  it('packs a plain column', () => {
    expect(strings(utf8Of(column(['x', 'yz'])))).toEqual(['x', 'yz']);
  });
});

describe('enterpriseKeys', () => {
  it('is the credit code, or the name (marked) for a row without one', () => {
    const keys = enterpriseKeys({ creditCode: column(['C1', '', 'C3']), name: column(['甲厂', '乙厂', '丙厂']) });
    expect(strings(keys)).toEqual(['C1', '\u0001乙厂', 'C3']);
  });
});
