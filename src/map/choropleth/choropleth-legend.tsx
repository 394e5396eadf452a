/** Legend of the shown choropleths: metric, unit and the class breaks the map uses, one block per area kind. */
import { AREA_METRICS } from '../../data/area/area-metrics.ts';
import { nameIn } from '../../i18n/strings.ts';
import { formatNum, tr } from '../../domain/text.ts';
import { PUNCT } from '../../domain/punct-strings.ts';
import { classRamp, rgbCss } from '../../ui/map-look.ts';
import { settingsOf } from '../../state/layer-settings.ts';
import { useStore } from '../../state/store.ts';
import { choroplethSettings } from './choropleth-settings-spec.ts';
import type { Lang } from '../../domain/lang.ts';
import type { LegendProps } from '../layer-kind.ts';
import { LAYER_TEXT } from '../common/layer-strings.ts';

export function formatMetric(lang: Lang, format: 'int' | 'pct' | 'dec1', v: number): string {
  if (!Number.isFinite(v)) return '–';
  if (format === 'pct') return `${formatNum(lang, v * 100, 1)}%`;
  if (format === 'int') return formatNum(lang, Math.round(v));
  return formatNum(lang, v, 1);
}

export function ChoroplethLegend({ compact, kinds }: LegendProps) {
  const lang = useStore((s) => s.lang);
  const choro = useStore((s) => settingsOf(s, choroplethSettings));
  const shown = kinds.filter((k) => k.areaKind && choro.breaks[k.areaKind]);
  if (shown.length === 0) return null;
  const metric = AREA_METRICS.find((m) => m.key === choro.metric)!;
  // Units are stored with or without brackets; show them in one pair.
  const unit = nameIn(lang, { zh: metric.unitZh, en: metric.unitEn }).replace(/^[(（](.*)[)）]$/, '$1');
  return (
    <div className={`choro-legend${compact ? ' compact' : ''}`} data-testid="choro-legend">
      {shown.map(({ id, name, areaKind }) => {
        const breaks = choro.breaks[areaKind!]!;
        const ramp = classRamp(breaks.length + 1);
        const edges = ['', ...breaks.map((b) => formatMetric(lang, metric.format, b))];
        return (
          <div key={id} className="choro-legend-block">
            <div className="choro-title">
              {tr(lang, name)} · {nameIn(lang, metric)}
              {unit ? tr(lang, PUNCT.parens, unit) : ''}
            </div>
            <ul className="legend-classes">
              {ramp.map((c, k) => (
                <li key={k} data-testid={`choro-class-${id}-${k}`}>
                  <span className="choro-swatch" style={{ background: rgbCss(c) }} />
                  <span>
                    {k === 0
                      ? `< ${edges[1]}`
                      : k === ramp.length - 1
                        ? `≥ ${edges[k]}`
                        : `${edges[k]} – ${edges[k + 1]}`}
                  </span>
                </li>
              ))}
              <li>
                <span className="choro-swatch empty" />
                <span>{tr(lang, LAYER_TEXT.noEnterprises)}</span>
              </li>
            </ul>
            <div className="choro-note" data-testid={`choro-ranks-note-${id}`}>
              {tr(lang, LAYER_TEXT.ranksOnMap)}
            </div>
            <div
              className="choro-note choro-detail"
              data-testid={`choro-breaks-${id}`}
              data-breaks={JSON.stringify(breaks)}
            >
              {tr(lang, LAYER_TEXT.breaksFixed)}
            </div>
          </div>
        );
      })}
    </div>
  );
}
