/**
 * Legends of the density layers: what the heatmap's colour and the hexagons' colour (and height)
 * mean, with their units and values, so that neither is a pretty picture nobody can read.
 */
import { LEVELS } from '../../domain/levels.ts';
import type { Lang } from '../../domain/lang.ts';
import { formatNum, tr } from '../../domain/text.ts';
import { PUNCT } from '../../domain/punct-strings.ts';
import { classRamp, HEAT_RAMP, heatRadiusPixels, HEX_CLASSES, rgbCss } from '../../ui/map-look.ts';
import { layerShown } from '../../state/layers-slice.ts';
import { settingsOf } from '../../state/layer-settings.ts';
import { useStore } from '../../state/store.ts';
import { heatmapSettings } from './heatmap-settings-spec.ts';
import { hexagonSettings } from '../hexagon/index.ts';
import { formatMetric } from '../choropleth/index.ts';
import type { LegendProps } from '../layer-kind.ts';
import { LAYER_TEXT as L } from '../common/layer-strings.ts';

/** Ground distance of `pixels` screen pixels at a zoom and latitude (MapLibre's 512-pixel tiles). */
export function pixelsToMetres(pixels: number, zoom: number, lat: number): number {
  return (pixels * 40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

function distanceText(lang: Lang, m: number): string {
  return m >= 1000 ? tr(lang, L.km, formatNum(lang, m / 1000, 1)) : tr(lang, L.metres, Math.round(m / 10) * 10);
}

/** Equal steps over the domain, as deck.gl's quantize scale colours the cells. */
export function hexClassEdges([lo, hi]: [number, number], classes: number): number[] {
  return Array.from({ length: classes + 1 }, (_, k) => lo + ((hi - lo) * k) / classes);
}

/** The heatmap's and the hexagons' legends (one box, shared by both kinds). */
export function DensityLegend({ compact, kinds }: LegendProps) {
  const lang = useStore((s) => s.lang);
  const pointsShown = useStore((s) => layerShown(s.layers, 'points'));
  const heat = useStore((s) => settingsOf(s, heatmapSettings));
  const hex = useStore((s) => settingsOf(s, hexagonSettings));
  const hexDomain = useStore((s) => s.hexDomain);
  const camera = useStore((s) => s.camera);
  const heatKind = kinds.find((k) => k.id === 'heatmap');
  const hexKind = kinds.find((k) => k.id === 'hexagon');
  const weights = heat.levelWeights;
  const zoom = camera?.zoom ?? 10;
  const radius = distanceText(lang, pixelsToMetres(heatRadiusPixels(Math.round(zoom)), zoom, camera?.lat ?? 30));
  return (
    <div className={`density-legend${compact ? ' compact' : ''}`} data-testid="density-legend">
      {heatKind && (
        <div className="density-block" data-testid="heat-legend">
          <div className="choro-title">{tr(lang, heatKind.name)}</div>
          <div
            className="heat-bar"
            style={{ background: `linear-gradient(to right, ${HEAT_RAMP.map((c) => rgbCss(c)).join(', ')})` }}
            aria-hidden="true"
          />
          <div className="heat-ends">
            <span>{tr(lang, L.heatLow)}</span>
            <span>{tr(lang, L.heatHigh)}</span>
          </div>
          {compact ? (
            // Short form for a short map: what weights it and how far it reaches, on one line.
            <div className="choro-note">
              {heat.weight === 'level' ? tr(lang, L.heatShortLevel, ...weights) : tr(lang, L.heatShortScore)} ·{' '}
              {tr(lang, L.heatReachShort, radius)}
            </div>
          ) : (
            <div className="choro-note">
              {heat.weight === 'level' ? tr(lang, L.heatWhatLevel, ...weights) : tr(lang, L.heatWhatScore)}
              {tr(lang, PUNCT.clauseSep)}
              {tr(lang, L.heatRadius, radius)}
            </div>
          )}
        </div>
      )}
      {hexKind && (
        <div className="density-block" data-testid="hex-legend">
          <div className="choro-title">{tr(lang, hexKind.name)}</div>
          <div className="choro-note">
            {tr(
              lang,
              L.hexWhat,
              hex.radius,
              hex.colorBy === 'count' ? tr(lang, L.hexCount) : tr(lang, L.hexRisk, ...weights),
            )}
          </div>
          {hexDomain && (
            <ul className="legend-classes">
              {classRamp(HEX_CLASSES).map((c, k) => {
                const edges = hexClassEdges(hexDomain, HEX_CLASSES);
                const format = hexDomain[1] - hexDomain[0] >= 60 ? 'int' : 'dec1';
                return (
                  <li key={k} data-testid={`hex-class-${k}`}>
                    <span className="choro-swatch" style={{ background: rgbCss(c) }} />
                    <span>
                      {formatMetric(lang, format, edges[k])} – {formatMetric(lang, format, edges[k + 1])}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
          {hex.extruded && <div className="choro-note choro-detail">{tr(lang, L.hexHeight)}</div>}
        </div>
      )}
      {pointsShown && (
        <div className="choro-note choro-detail">
          {LEVELS.map((l) => l.symbol).join('')} {tr(lang, L.pointsDimmed)}
        </div>
      )}
    </div>
  );
}
