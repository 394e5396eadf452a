import { expect, it } from 'vitest';
import { startTiming } from './timings.ts';

it('keeps at most the last hundred measures of a name, and no marks', () => {
  for (let k = 0; k < 350; k++) startTiming('t-test')();
  const measures = performance.getEntriesByName('t-test', 'measure');
  expect(measures.length).toBeGreaterThan(0);
  expect(measures.length).toBeLessThanOrEqual(100);
  expect(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('t-test'))).toEqual([]);
  // The newest is kept.
  const last = measures[measures.length - 1];
  startTiming('t-test')();
  const after = performance.getEntriesByName('t-test', 'measure');
  expect(after[after.length - 1].startTime).toBeGreaterThanOrEqual(last.startTime);
});
