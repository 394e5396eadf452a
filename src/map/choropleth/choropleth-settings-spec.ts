/**
 * The choropleths' settings (one metric and classification shared by the three area kinds), their
 * link `cm=<area metric>&cl=<method>-<classes>&ct=<manual thresholds>`, and their class breaks, frozen
 * per area kind: computed from the whole district (no filter) and kept while filtering until the
 * analyst re-classes from the current selection (docs/area-risk.md).
 */
import { unfilteredAreaMetrics, type AllAreaMetrics, type AreaKind } from '../../data/area/area-metrics.ts';
import { isChangeMetric, mapMetricValues, symmetricBreaks, type MapMetricKey } from '../../data/area/area-change.ts';
import { classBreaks, type ClassMethod } from '../../domain/classify.ts';
import type { LayerSettingsSpec } from '../../state/layer-settings.ts';
import { round } from '../../state/view-parts/view-part.ts';

export interface ChoroSettings {
  metric: MapMetricKey;
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

/**
 * The breaks of every area kind from the metrics now (and, for a change, then); a change without the
 * earlier metrics has none (nothing is frozen until a comparison is open).
 */
function computeBreaks(
  c: ChoroSettings,
  m: AllAreaMetrics | null,
  then: AllAreaMetrics | null,
): Record<AreaKind, number[] | null> {
  if (!m) return NO_BREAKS;
  const out = { ...NO_BREAKS };
  for (const kind of ['town', 'grid', 'park'] as const) {
    if (isChangeMetric(c.metric)) {
      const values = mapMetricValues(m[kind], then?.[kind] ?? null, c.metric);
      if (values) out[kind] = symmetricBreaks(values, c.classes, c.method, c.manual);
    } else
      // Every area's value, the empty ones' too (their 0 enterprises count among the values, as always).
      out[kind] = classBreaks(m[kind][c.metric], c.classes, c.method, c.manual);
  }
  return out;
}

export const choroplethSettings: LayerSettingsSpec<ChoroSettings, ChoroLink> = {
  id: 'choro',
  defaults: { ...(DEFAULT_CLASSES as ChoroLink & { metric: MapMetricKey }), breaks: NO_BREAKS },
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
      const d = s.dataset,
        e = s.comparison?.earlier;
      if (from === 'selection') return { ...c, breaks: computeBreaks(c, s.areaMetrics, s.earlierAreaMetrics) };
      const metrics = d ? unfilteredAreaMetrics(d.enterprises, d.manifest) : null;
      const then = e && isChangeMetric(c.metric) ? unfilteredAreaMetrics(e.enterprises, e.manifest) : null;
      return { ...c, breaks: computeBreaks(c, metrics, then) };
    },
  },
};
