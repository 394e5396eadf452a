/**
 * Which optional marks the changes layer adds to level up and new: level down, and the gone
 * enterprises where they were (both off by default); their link `chm=<down,gone>`.
 */
import type { LayerSettingsSpec } from '../../state/layer-settings.ts';
import type { ChangeMarkChoice } from './change-marks.ts';

type Optional = keyof ChangeMarkChoice;
const OPTIONAL: readonly Optional[] = ['down', 'gone'];
const isOptional = (v: string): v is Optional => (OPTIONAL as readonly string[]).includes(v);

const DEFAULTS: ChangeMarkChoice = { down: false, gone: false };

export const changeMarkSettings: LayerSettingsSpec<ChangeMarkChoice, Optional[]> = {
  id: 'changeMarks',
  defaults: DEFAULTS,
  keys: ['chm'],
  toLink: (s) => {
    const on = OPTIONAL.filter((k) => s[k]);
    return on.length ? on : undefined;
  },
  fromLink: (on) => ({ down: on?.includes('down') ?? false, gone: on?.includes('gone') ?? false }),
  write: (on) => [`chm=${OPTIONAL.filter((k) => on.includes(k)).join(',')}`],
  read: (link) => {
    if (link.get('chm') === null) return undefined;
    const on = link.list('chm', (v) => (isOptional(v) ? v : undefined));
    // Nothing readable: the defaults stay (each unknown value is already reported).
    return on.length ? OPTIONAL.filter((k) => on.includes(k)) : undefined;
  },
};
