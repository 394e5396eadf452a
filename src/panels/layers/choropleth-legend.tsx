/** Legend of the visible choropleths: metric, unit and the class breaks the map uses. */
import { AREA_METRICS } from '../../data/area-metrics.ts';
import { nameIn } from '../../i18n/strings.ts';
import { classRamp, rgbCss } from '../../ui/map-look.ts';
import { CHORO_KIND, LAYER_IDS } from '../../state/layers-slice.ts';
import { useStore } from '../../state/store.ts';
import { L, LAYER_NAMES } from './layer-strings.ts';

export function formatMetric(format: 'int' | 'pct' | 'dec1', v: number): string {
  if (!Number.isFinite(v)) return '–';
  if (format === 'pct') return `${(v * 100).toFixed(1)}%`;
  if (format === 'int') return Math.round(v).toLocaleString();
  return v.toFixed(1);
}

export function ChoroplethLegend({ compact = false }: { compact?: boolean }) {
  const lang = useStore((s) => s.lang);
  const layers = useStore((s) => s.layers);
  const choro = useStore((s) => s.choro);
  const shown = LAYER_IDS.filter((id) => CHORO_KIND[id] && layers[id].visible && choro.breaks[CHORO_KIND[id]!]);
  if (shown.length === 0) return null;
  const metric = AREA_METRICS.find((m) => m.key === choro.metric)!;
  // Units are stored with or without brackets; show them in one pair.
  const unit = (lang === 'zh' ? metric.unitZh : metric.unitEn).replace(/^[(（](.*)[)）]$/, '$1');
  return (
    <div className={`choro-legend${compact ? ' compact' : ''}`} data-testid="choro-legend">
      {shown.map((id) => {
        const breaks = choro.breaks[CHORO_KIND[id]!]!;
        const ramp = classRamp(breaks.length + 1);
        const edges = ['', ...breaks.map((b) => formatMetric(metric.format, b))];
        return (
          <div key={id} className="choro-legend-block">
            <div className="choro-title">{nameIn(lang, LAYER_NAMES[id])} · {nameIn(lang, metric)}{unit ? (lang === 'zh' ? `（${unit}）` : ` (${unit})`) : ''}</div>
            <ul className="legend-classes">
              {ramp.map((c, k) => (
                <li key={k} data-testid={`choro-class-${id}-${k}`}>
                  <span className="choro-swatch" style={{ background: rgbCss(c) }} />
                  <span>{k === 0 ? `< ${edges[1]}` : k === ramp.length - 1 ? `≥ ${edges[k]}` : `${edges[k]} – ${edges[k + 1]}`}</span>
                </li>
              ))}
              <li><span className="choro-swatch empty" /><span>{nameIn(lang, L.noEnterprises)}</span></li>
            </ul>
            <div className="choro-note" data-testid={`choro-ranks-note-${id}`}>{nameIn(lang, L.ranksOnMap)}</div>
            <div className="choro-note choro-detail" data-testid={`choro-breaks-${id}`} data-breaks={JSON.stringify(breaks)}>{nameIn(lang, L.breaksFixed)}</div>
          </div>
        );
      })}
    </div>
  );
}
