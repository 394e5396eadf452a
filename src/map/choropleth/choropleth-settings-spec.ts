/**
 * The choropleths' settings (one metric and classification shared by the three area kinds), their
 * link `cm=<area metric>&cl=<method>-<classes>&ct=<manual thresholds>`, and their class breaks, frozen
 * per area kind: computed from the whole district (no filter) and kept while filtering until the
 * analyst re-classes from the current selection (docs/area-risk.md).
 */
import {
  metricValue,
  unfilteredAreaMetrics,
  type AllAreaMetrics,
  type AreaKind,
  type AreaMetricKey,
} from '../../data/area/area-metrics.ts';
import { classBreaks, type ClassMethod } from '../../domain/classify.ts';
import type { LayerSettingsSpec } from '../../state/layer-settings.ts';
import { round } from '../../state/view-parts/view-part.ts';

export interface ChoroSettings {
  metric: AreaMetricKey;
  method: ClassMethod;
  classes: number;
  manual: number[];
  /** Frozen inner breaks per area kind; null until first shown. */
  breaks: Record<AreaKind, number[] | null>;
}

/** What a link carries: the classification without the breaks; `manual` empty unless the method is manual. */
export interface ChoroLink {
  metric: string;
  method: ClassMethod;
  classes: number;
  manual: number[];
}

const METHODS = ['quantile', 'equal', 'jenks', 'manual'] as const;
const NO_BREAKS: Record<AreaKind, number[] | null> = { town: null, grid: null, park: null };
const DEFAULT_CLASSES: ChoroLink = { metric: 'riskIndex', method: 'quantile', classes: 5, manual: [20, 40, 60, 80] };

const classesOf = ({ metric, method, classes, manual }: ChoroLink): ChoroLink => ({ metric, method, classes, manual });

function computeBreaks(c: ChoroSettings, m: AllAreaMetrics | null): Record<AreaKind, number[] | null> {
  if (!m) return NO_BREAKS;
  const out = { ...NO_BREAKS };
  for (const kind of ['town', 'grid', 'park'] as const) {
    const am = m[kind];
    const values = Array.from({ length: am.count }, (_, i) => metricValue(am, c.metric, i)).filter(Number.isFinite);
    out[kind] = classBreaks(values, c.classes, c.method, c.manual);
  }
  return out;
}

export const choroplethSettings: LayerSettingsSpec<ChoroSettings, ChoroLink> = {
  id: 'choro',
  defaults: { ...(DEFAULT_CLASSES as ChoroLink & { metric: AreaMetricKey }), breaks: NO_BREAKS },
  keys: ['cm', 'cl', 'ct'],
  toLink: (c) => (JSON.stringify(classesOf(c)) === JSON.stringify(DEFAULT_CLASSES) ? undefined : classesOf(c)),
  fromLink: (l) => {
    const c = l ? { ...l, manual: l.manual.length ? l.manual : DEFAULT_CLASSES.manual } : DEFAULT_CLASSES;
    return classesOf(c) as Partial<ChoroSettings>;
  },
  write: (c) => [
    `cm=${encodeURIComponent(c.metric)}`,
    `cl=${c.method}-${c.classes}`,
    ...(c.method === 'manual' ? [`ct=${c.manual.map((v) => round(v, 4)).join(',')}`] : []),
  ],
  read: (link) => {
    const cm = link.get('cm');
    const cl = link.get('cl');
    if (cm === null && cl === null) return undefined;
    const [method, classesText] = (cl ?? 'quantile-5').split('-');
    const classes = Number(classesText);
    const manual = (link.get('ct') ?? '').split(',').filter(Boolean).map(Number);
    if (cm === null || !link.metrics.includes(cm)) link.problems.push(`cm: unknown "${cm ?? ''}"`);
    else if (
      !(METHODS as readonly string[]).includes(method) ||
      !Number.isInteger(classes) ||
      classes < 3 ||
      classes > 7
    )
      link.problems.push(`cl: not a classification "${cl}"`);
    else if (method === 'manual' && (manual.length === 0 || !manual.every(Number.isFinite)))
      link.problems.push('ct: not thresholds');
    else return { metric: cm, method: method as ClassMethod, classes, manual };
    return undefined;
  },
  frozen: {
    missing: (c, kind) => kind.areaKind !== undefined && !c.breaks[kind.areaKind],
    compute: (c, s, from) => {
      const d = s.dataset;
      const metrics =
        from === 'selection' ? s.areaMetrics : d ? unfilteredAreaMetrics(d.enterprises, d.manifest) : null;
      return { ...c, breaks: computeBreaks(c, metrics) };
    },
  },
};
