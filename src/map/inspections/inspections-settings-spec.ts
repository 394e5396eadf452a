/**
 * Which inspection statuses the layer marks (overdue and never inspected by default, due within 30
 * days on request), and their link `im=<overdue,never,dueSoon>` (`im=none` for none).
 */
import type { LayerSettingsSpec } from '../../state/layer-settings.ts';
import { DEFAULT_MARKS, INSPECTION_MARKS, isMarkKey, type MarkKey } from './inspection-marks.ts';

export interface InspectionMarkSettings {
  /** In INSPECTION_MARKS order. */
  marks: MarkKey[];
}

/** The keys in INSPECTION_MARKS order, each once. */
export const inMarkOrder = (keys: readonly MarkKey[]): MarkKey[] =>
  INSPECTION_MARKS.filter((m) => keys.includes(m.key)).map((m) => m.key);

const DEFAULTS: InspectionMarkSettings = { marks: [...DEFAULT_MARKS] };
const same = (a: readonly MarkKey[], b: readonly MarkKey[]) => inMarkOrder(a).join() === inMarkOrder(b).join();

export const inspectionMarkSettings: LayerSettingsSpec<InspectionMarkSettings, MarkKey[]> = {
  id: 'inspectionMarks',
  defaults: DEFAULTS,
  keys: ['im'],
  toLink: (s) => (same(s.marks, DEFAULT_MARKS) ? undefined : inMarkOrder(s.marks)),
  fromLink: (marks) => ({ marks: marks ? inMarkOrder(marks) : [...DEFAULT_MARKS] }),
  write: (marks) => [`im=${marks.length ? inMarkOrder(marks).join(',') : 'none'}`],
  read: (link) => {
    const raw = link.get('im');
    if (raw === null) return undefined;
    if (raw === 'none') return [];
    const marks = link.list('im', (v) => (isMarkKey(v) ? v : undefined));
    // Nothing readable: the defaults stay (each unknown value is already reported).
    return marks.length ? inMarkOrder(marks) : undefined;
  },
};
