import { describe, expect, it } from 'vitest';
import { countLabel } from './strings.ts';

describe('countLabel', () => {
  it('counts enterprises, one and many, with the language’s digit grouping', () => {
    expect(countLabel('zh', 12345)).toBe('共 12,345 家');
    expect(countLabel('zh', 1)).toBe('共 1 家');
    expect(countLabel('en', 1)).toBe('1 enterprise');
    expect(countLabel('en', 0)).toBe('0 enterprises');
    expect(countLabel('en', 12345)).toBe('12,345 enterprises');
  });
});
