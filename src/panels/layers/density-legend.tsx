/**
 * Legends of the density layers: what the heatmap's colour and the hexagons' colour (and height)
 * mean, with their units and values, so that neither is a pretty picture nobody can read.
 */
import { LEVELS } from '../../domain/levels.ts';
import { nameIn } from '../../i18n/strings.ts';
import { classRamp, HEAT_RAMP, heatRadiusPixels, HEX_CLASSES, rgbCss } from '../../ui/map-look.ts';
import { useStore } from '../../state/store.ts';
import { formatMetric } from './choropleth-legend.tsx';
import { L, LAYER_NAMES } from './layer-strings.ts';

/** Fills {0}, {1}… in a string. */
function fill(text: string, ...values: (string | number)[]): string {
  return text.replace(/\{(\d)\}/g, (_, k: string) => String(values[Number(k)]));
}

/** Ground distance of `pixels` screen pixels at a zoom and latitude (MapLibre's 512-pixel tiles). */
export function pixelsToMetres(pixels: number, zoom: number, lat: number): number {
  return (pixels * 40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

function distanceText(m: number, zh: boolean): string {
  if (m >= 1000) return zh ? `${(m / 1000).toFixed(1)} 公里` : `${(m / 1000).toFixed(1)} km`;
  return zh ? `${Math.round(m / 10) * 10} 米` : `${Math.round(m / 10) * 10} m`;
}

/** Equal steps over the domain, as deck.gl's quantize scale colours the cells. */
export function hexClassEdges([lo, hi]: [number, number], classes: number): number[] {
  return Array.from({ length: classes + 1 }, (_, k) => lo + ((hi - lo) * k) / classes);
}

export function DensityLegend({ compact = false }: { compact?: boolean }) {
  const lang = useStore((s) => s.lang);
  const layers = useStore((s) => s.layers);
  const heat = useStore((s) => s.heat);
  const hex = useStore((s) => s.hex);
  const hexDomain = useStore((s) => s.hexDomain);
  const camera = useStore((s) => s.camera);
  if (!layers.heatmap.visible && !layers.hexagon.visible) return null;
  const zh = lang === 'zh';
  const weights = heat.levelWeights;
  const zoom = camera?.zoom ?? 10;
  const radius = distanceText(pixelsToMetres(heatRadiusPixels(Math.round(zoom)), zoom, camera?.lat ?? 30), zh);
  return (
    <div className={`density-legend${compact ? ' compact' : ''}`} data-testid="density-legend">
      {layers.heatmap.visible && (
        <div className="density-block" data-testid="heat-legend">
          <div className="choro-title">{nameIn(lang, LAYER_NAMES.heatmap)}</div>
          <div className="heat-bar" style={{ background: `linear-gradient(to right, ${HEAT_RAMP.map((c) => rgbCss(c)).join(', ')})` }} aria-hidden="true" />
          <div className="heat-ends"><span>{nameIn(lang, L.heatLow)}</span><span>{nameIn(lang, L.heatHigh)}</span></div>
          {compact ? (
            // Short form for a short map: what weights it and how far it reaches, on one line.
            <div className="choro-note">
              {heat.weight === 'level' ? fill(nameIn(lang, L.heatShortLevel), ...weights) : nameIn(lang, L.heatShortScore)} · {zh ? '半径约 ' : 'reach about '}{radius}
            </div>
          ) : (
            <div className="choro-note">
              {heat.weight === 'level' ? fill(nameIn(lang, L.heatWhatLevel), ...weights) : nameIn(lang, L.heatWhatScore)}
              {zh ? '；' : '; '}
              {fill(nameIn(lang, L.heatRadius), radius)}
            </div>
          )}
        </div>
      )}
      {layers.hexagon.visible && (
        <div className="density-block" data-testid="hex-legend">
          <div className="choro-title">{nameIn(lang, LAYER_NAMES.hexagon)}</div>
          <div className="choro-note">{fill(nameIn(lang, L.hexWhat), hex.radius, hex.colorBy === 'count' ? nameIn(lang, L.hexCount) : fill(nameIn(lang, L.hexRisk), ...weights))}</div>
          {hexDomain && (
            <ul className="legend-classes">
              {classRamp(HEX_CLASSES).map((c, k) => {
                const edges = hexClassEdges(hexDomain, HEX_CLASSES);
                const format = hexDomain[1] - hexDomain[0] >= 60 ? 'int' : 'dec1';
                return (
                  <li key={k} data-testid={`hex-class-${k}`}>
                    <span className="choro-swatch" style={{ background: rgbCss(c) }} />
                    <span>{formatMetric(format, edges[k])} – {formatMetric(format, edges[k + 1])}</span>
                  </li>
                );
              })}
            </ul>
          )}
          {hex.extruded && <div className="choro-note choro-detail">{nameIn(lang, L.hexHeight)}</div>}
        </div>
      )}
      {layers.points.visible && <div className="choro-note choro-detail">{LEVELS.map((l) => l.symbol).join('')} {nameIn(lang, L.pointsDimmed)}</div>}
    </div>
  );
}
