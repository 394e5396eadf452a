/**
 * Legend of the shown choropleths: metric, unit and the class breaks the map uses, one block per area
 * kind. A change between two data dates says since when, and its classes read as signed changes.
 */
import { isChangeMetric, mapMetricDef } from '../../data/area/area-change.ts';
import { nameIn } from '../../i18n/strings.ts';
import { formatNum, tr } from '../../domain/text.ts';
import { PUNCT } from '../../domain/punct-strings.ts';
import { classRamp, divergingRamp, rgbCss } from '../../ui/map-look.ts';
import { settingsOf } from '../../state/layer-settings.ts';
import { useStore } from '../../state/store.ts';
import { choroplethSettings } from './choropleth-settings-spec.ts';
import type { Lang } from '../../domain/lang.ts';
import type { LegendProps } from '../layer-kind.ts';
import { LAYER_TEXT } from '../common/layer-strings.ts';
import { CHORO_TEXT } from './strings.ts';

export function formatMetric(lang: Lang, format: 'int' | 'pct' | 'dec1', v: number): string {
  if (!Number.isFinite(v)) return '–';
  if (format === 'pct') return `${formatNum(lang, v * 100, 1)}%`;
  if (format === 'int') return formatNum(lang, Math.round(v));
  return formatNum(lang, v, 1);
}

/** A change with its sign: "+3.2", "−1.5", "0". */
function signed(lang: Lang, format: 'int' | 'pct' | 'dec1', v: number): string {
  const text = formatMetric(lang, format, Math.abs(v));
  return v > 0 ? `+${text}` : v < 0 ? `−${text}` : text;
}

export function ChoroplethLegend({ compact, kinds }: LegendProps) {
  const lang = useStore((s) => s.lang);
  const choro = useStore((s) => settingsOf(s, choroplethSettings));
  const earlierDate = useStore((s) => s.comparison?.earlier.manifest.asOf ?? null);
  const change = isChangeMetric(choro.metric);
  const withBreaks = kinds.filter((k) => k.areaKind && choro.breaks[k.areaKind]);
  if (change && !earlierDate && kinds.some((k) => k.areaKind))
    return (
      <div className={`choro-legend${compact ? ' compact' : ''}`} data-testid="choro-legend" data-state="no-comparison">
        <div className="choro-note">{tr(lang, CHORO_TEXT.changeNoComparison)}</div>
      </div>
    );
  if (withBreaks.length === 0) return null;
  const metric = mapMetricDef(choro.metric);
  // Units are stored with or without brackets; show them in one pair. A change says since when.
  const unit = change
    ? tr(lang, CHORO_TEXT.sinceEarlier, earlierDate ?? '')
    : nameIn(lang, { zh: metric.unitZh, en: metric.unitEn }).replace(/^[(（](.*)[)）]$/, '$1');
  const edge = (b: number) => (change ? signed(lang, metric.format, b) : formatMetric(lang, metric.format, b));
  return (
    <div
      className={`choro-legend${compact ? ' compact' : ''}`}
      data-testid="choro-legend"
      data-state={change ? 'change' : 'metric'}
    >
      {withBreaks.map(({ id, name, areaKind }) => {
        const breaks = choro.breaks[areaKind!]!;
        const ramp = (change ? divergingRamp : classRamp)(breaks.length + 1);
        const edges = ['', ...breaks.map(edge)];
        const neutral = change ? breaks.length / 2 : -1;
        return (
          <div key={id} className="choro-legend-block">
            <div className="choro-title" data-testid={`choro-title-${id}`}>
              {/* Folded, a change leaves out the kind so that its date fits on the one line. */}
              {compact && change ? '' : `${tr(lang, name)} · `}
              {nameIn(lang, metric)}
              {unit ? tr(lang, PUNCT.parens, unit) : ''}
            </div>
            <ul className="legend-classes">
              {ramp.map((c, k) => (
                <li key={k} data-testid={`choro-class-${id}-${k}`}>
                  <span className="choro-swatch" style={{ background: rgbCss(c) }} />
                  <span>
                    {k === neutral
                      ? `${tr(lang, CHORO_TEXT.changeSame)}${breaks.length ? ` ${edges[k]} – ${edges[k + 1]}` : ''}`
                      : k === 0
                        ? `${change ? '≤' : '<'} ${edges[1]}`
                        : k === ramp.length - 1
                          ? `≥ ${edges[k]}`
                          : `${edges[k]} – ${edges[k + 1]}`}
                  </span>
                </li>
              ))}
              <li>
                <span className="choro-swatch empty" />
                <span>{tr(lang, change ? CHORO_TEXT.changeNoData : LAYER_TEXT.noEnterprises)}</span>
              </li>
            </ul>
            {change ? (
              <div className="choro-note" data-testid={`choro-change-note-${id}`}>
                {tr(lang, CHORO_TEXT.changeWorse)}
                {tr(lang, PUNCT.listSep)}
                {tr(lang, CHORO_TEXT.changeBetter)}
              </div>
            ) : (
              <div className="choro-note" data-testid={`choro-ranks-note-${id}`}>
                {tr(lang, LAYER_TEXT.ranksOnMap)}
              </div>
            )}
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
