import { expect, it } from 'vitest';
import { STRINGS } from './strings.ts';

it('has every UI string in both languages', () => {
  expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.zh).sort());
  for (const [k, v] of Object.entries(STRINGS.zh)) if (k !== 'person') expect(v, k).not.toBe('');
});
