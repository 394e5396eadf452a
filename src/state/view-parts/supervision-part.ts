/**
 * The supervision settings' changes against the defaults (src/domain/supervision supervisionDiff),
 * `sv=<JSON>`, like the what-if risk model: a shared link shows the classes, intervals and caps it was made with.
 */
import { supervisionDiff } from '../../domain/supervision/index.ts';
import type { ViewPart } from './view-part.ts';

export const supervisionPart: ViewPart<unknown> = {
  field: 'supervision',
  keys: ['sv'],
  write: (settings) => [`sv=${encodeURIComponent(JSON.stringify(settings))}`],
  read: (link) => {
    const v = link.get('sv');
    if (v === null) return undefined;
    try {
      return JSON.parse(v);
    } catch {
      link.problems.push('sv: not supervision settings');
      return undefined;
    }
  },
  capture: (s) => (s.supervisionEdited ? supervisionDiff(s.supervision) : undefined),
  apply: (settings, x) => {
    const s = x.get();
    if (settings !== undefined) {
      if (!s.applySupervision(settings)) x.problems.push(`sv: ${x.get().supervisionError}`);
    } else if (s.supervisionEdited) s.resetSupervision();
  },
  watch: (s) => s.supervision,
  history: 'push',
  // Before the filters: an inspection-status filter counts under the settings it was made with.
  applyOrder: -1,
};
