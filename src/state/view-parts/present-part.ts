/** Presentation mode, `present=1` (a wall PC boots into it): never part of a saved view. */
import type { ViewPart } from './view-part.ts';

export const presentPart: ViewPart<true> = {
  field: 'present',
  keys: ['present'],
  write: () => ['present=1'],
  read: (link) => {
    const present = link.get('present');
    if (present === '1') return true;
    if (present !== null && present !== '0') link.problems.push(`present: not 1 or 0 "${present}"`);
    return undefined;
  },
  capture: (s) => (s.presenting ? true : undefined),
  apply: (present, x) => {
    if (Boolean(present) !== x.get().presenting) x.get().setPresenting(Boolean(present));
  },
  watch: (s) => s.presenting,
  history: 'replace',
  applyOrder: 1,
  saved: false,
};
