/**
 * The map as an image for the bulletin (PNG, 1920x1080 or 3840x2160): the map itself rendered at the
 * image's resolution (MapLibre's pixel ratio raised for one frame; deck.gl's layers draw into the same
 * canvas), composed on a 2D canvas with the title, the dataset's name and data date, the legend with
 * this view's counts, a scale bar and a north arrow, the filters in words, the data source line and,
 * for the demo, the "示例数据 / demo data" note.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { LEVELS } from '../../domain/levels.ts';
import { PARK_TYPES } from '../../domain/parks.ts';
import { APP_TEXT } from '../../i18n/strings.ts';
import { PUNCT } from '../../domain/punct-strings.ts';
import { dataName, formatNum, otherLang, tr } from '../../domain/text.ts';
import { selectedPerLevel } from '../../state/selectors.ts';
import type { AppState } from '../../state/store.ts';
import { filterPhrases } from '../../ui/filter-words.ts';
import { IMAGE_TEXT as T } from './strings.ts';
import { deckCanvasOf } from '../overlay-of.ts';

export interface ImageSize {
  width: number;
  height: number;
}
export const IMAGE_HD: ImageSize = { width: 1920, height: 1080 };
export const IMAGE_UHD: ImageSize = { width: 3840, height: 2160 };

const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif';
const INK = '#0f172a';
const MUTED = '#475569';

/** Where each part goes, in image pixels. */
export function imageLayout({ width: W, height: H }: ImageSize) {
  const pad = Math.round(H * 0.022);
  const header = Math.round(H * 0.095);
  const footer = Math.round(H * 0.075);
  const legendW = Math.round(W * 0.2);
  const map = { x: pad, y: header, w: W - legendW - pad * 3, h: H - header - footer };
  return { pad, header, footer, map, legend: { x: map.x + map.w + pad, y: header, w: legendW, h: map.h } };
}

/** A scale bar's length in metres: 1, 2 or 5 times a power of ten, near `about` metres. */
export function niceMetres(about: number): number {
  const p = 10 ** Math.floor(Math.log10(about));
  const m = about / p;
  return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * p;
}

/** Ground metres per CSS pixel at a latitude and zoom (MapLibre's 512-pixel tiles). */
export function metresPerPixel(lat: number, zoom: number): number {
  return (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

function nextFrameIdle(map: MlMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}

/**
 * Draws the map at `ratio` device pixels per CSS pixel (at most 4,096 pixels a side, MapLibre's
 * limit) and resolves once it has; the returned function puts the map back at its own ratio.
 */
export async function raiseResolution(map: MlMap, ratio: number): Promise<() => void> {
  const own = map.getPixelRatio();
  const box = map.getContainer().getBoundingClientRect();
  const r = Math.min(ratio, 4096 / Math.max(1, box.width, box.height));
  const deckCanvas = deckCanvasOf(map);
  // deck.gl draws into MapLibre's canvas but keeps its own idea of the buffer's size: tell it.
  const follow = () => deckCanvas?.setDrawingBufferSize(map.getCanvas().width, map.getCanvas().height);
  map.setPixelRatio(r);
  follow();
  await nextFrameIdle(map);
  return () => {
    map.setPixelRatio(own);
    follow();
    map.triggerRepaint();
  };
}

/** The map's canvas at `ratio` device pixels per CSS pixel, copied; the map goes back to its own ratio after. */
async function renderMap(map: MlMap, ratio: number): Promise<HTMLCanvasElement> {
  const restore = await raiseResolution(map, ratio);
  try {
    const src = map.getCanvas();
    const copy = document.createElement('canvas');
    copy.width = src.width;
    copy.height = src.height;
    copy.getContext('2d')!.drawImage(src, 0, 0);
    return copy;
  } finally {
    restore();
  }
}

/** Draws `text` shrunk to fit `maxWidth` (never below 60% of `size`), then cut with an ellipsis. */
function fitText(
  g: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  maxWidth: number,
  size: number,
  weight = 400,
): void {
  let s = size;
  g.font = `${weight} ${s}px ${FONT}`;
  while (g.measureText(text).width > maxWidth && s > size * 0.6) {
    s -= 1;
    g.font = `${weight} ${s}px ${FONT}`;
  }
  let t = text;
  while (t.length > 1 && g.measureText(t).width > maxWidth) t = `${t.slice(0, -2)}…`;
  g.fillText(t, x, y);
}

export async function composeMapImage(map: MlMap, s: AppState, size: ImageSize): Promise<Blob> {
  const d = s.dataset;
  if (!d || !s.result) throw new Error('no dataset shown');
  const lang = s.lang;
  const { width: W, height: H } = size;
  const L = imageLayout(size);
  const u = H / 1080;
  // The map at the resolution its box in the image needs, covering the box (cropped, centred).
  const box = map.getContainer().getBoundingClientRect();
  const shot = await renderMap(map, Math.max(L.map.w / box.width, L.map.h / box.height));
  const ratio = shot.width / box.width;
  const scale = Math.max(L.map.w / shot.width, L.map.h / shot.height);
  const sw = L.map.w / scale,
    sh = L.map.h / scale;
  const sx = (shot.width - sw) / 2,
    sy = (shot.height - sh) / 2;

  const canvas = document.createElement('canvas');
  canvas.width = W;
  canvas.height = H;
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, W, H);
  g.drawImage(shot, sx, sy, sw, sh, L.map.x, L.map.y, L.map.w, L.map.h);
  g.strokeStyle = '#94a3b8';
  g.lineWidth = Math.max(1, u);
  g.strokeRect(L.map.x, L.map.y, L.map.w, L.map.h);
  g.textBaseline = 'alphabetic';

  // Title band: the title and the dataset, the data date; the demo note stands out.
  g.fillStyle = INK;
  fitText(
    g,
    `${tr(lang, APP_TEXT.appTitle)} · ${dataName(lang, d.manifest)}`,
    L.pad,
    L.header * 0.52,
    W * 0.62,
    44 * u,
    700,
  );
  g.fillStyle = MUTED;
  fitText(
    g,
    `${tr(lang, T.dataDate, d.manifest.asOf)}　${tr(lang, T.made, new Date().toISOString().slice(0, 10))}`,
    L.pad,
    L.header * 0.86,
    W * 0.6,
    24 * u,
  );
  if (d.manifest.demo) {
    g.font = `700 ${28 * u}px ${FONT}`;
    // Both languages, whichever the UI speaks, as the header's badge does.
    const text = `${tr(lang, APP_TEXT.demoBadge)} / ${tr(otherLang(lang), APP_TEXT.demoBadgeAlso)}`;
    const tw = g.measureText(text).width;
    g.fillStyle = '#b45309';
    g.fillRect(W - L.pad - tw - 24 * u, L.header * 0.22, tw + 24 * u, 44 * u);
    g.fillStyle = '#ffffff';
    g.fillText(text, W - L.pad - tw - 12 * u, L.header * 0.22 + 32 * u);
  }

  // Legend: the four levels with this view's counts (symbol, colour and name), then the park types.
  const lx = L.legend.x,
    lw = L.legend.w;
  let y = L.legend.y + 40 * u;
  g.fillStyle = INK;
  fitText(g, tr(lang, T.levels), lx, y, lw, 30 * u, 700);
  const counts = selectedPerLevel(s.result, s.filters);
  for (let k = 0; k < LEVELS.length; k++) {
    y += 46 * u;
    const l = LEVELS[k];
    g.fillStyle = `rgb(${l.color.join(',')})`;
    g.font = `700 ${32 * u}px ${FONT}`;
    g.fillText(l.symbol, lx, y);
    g.fillStyle = INK;
    fitText(g, tr(lang, l), lx + 44 * u, y, lw * 0.55, 28 * u);
    g.font = `700 ${28 * u}px ${FONT}`;
    const n = formatNum(lang, counts[k]);
    g.fillText(n, lx + lw - g.measureText(n).width, y);
  }
  y += 44 * u;
  g.fillStyle = MUTED;
  fitText(
    g,
    tr(
      lang,
      T.total,
      formatNum(
        lang,
        counts.reduce((a, b) => a + b, 0),
      ),
    ),
    lx,
    y,
    lw,
    26 * u,
  );
  y += 64 * u;
  g.fillStyle = INK;
  fitText(g, tr(lang, T.parkTypes), lx, y, lw, 28 * u, 700);
  for (const p of PARK_TYPES) {
    y += 40 * u;
    g.strokeStyle = `rgb(${p.fill.join(',')})`;
    g.lineWidth = 3 * u;
    g.fillStyle = `rgba(${p.fill.join(',')},0.22)`;
    g.fillRect(lx, y - 22 * u, 34 * u, 24 * u);
    g.strokeRect(lx, y - 22 * u, 34 * u, 24 * u);
    g.fillStyle = INK;
    fitText(g, tr(lang, p), lx + 46 * u, y, lw - 46 * u, 24 * u);
  }
  if (s.whatIf) {
    y += 60 * u;
    g.fillStyle = '#b45309';
    fitText(g, tr(lang, T.whatIf), lx, y, lw, 20 * u, 700);
  }

  // Scale bar (bottom left of the map) and north arrow (top right), for the camera at export.
  const c = s.camera;
  if (c) {
    const mPerImagePx = metresPerPixel(c.lat, c.zoom) / (ratio * scale);
    const metres = niceMetres(mPerImagePx * L.map.w * 0.18);
    const px = metres / mPerImagePx;
    const bx = L.map.x + 24 * u,
      by = L.map.y + L.map.h - 28 * u;
    g.fillStyle = 'rgba(255,255,255,0.85)';
    g.fillRect(bx - 10 * u, by - 44 * u, px + 20 * u, 58 * u);
    g.fillStyle = INK;
    g.fillRect(bx, by, px, 6 * u);
    g.fillRect(bx, by - 12 * u, 3 * u, 18 * u);
    g.fillRect(bx + px - 3 * u, by - 12 * u, 3 * u, 18 * u);
    g.font = `600 ${22 * u}px ${FONT}`;
    g.fillText(metres >= 1000 ? `${formatNum(lang, metres / 1000)} km` : `${metres} m`, bx, by - 16 * u);
    const nx = L.map.x + L.map.w - 50 * u,
      ny = L.map.y + 70 * u;
    g.save();
    g.translate(nx, ny);
    g.rotate((-c.bearing * Math.PI) / 180);
    g.fillStyle = 'rgba(255,255,255,0.85)';
    g.beginPath();
    g.arc(0, 0, 36 * u, 0, Math.PI * 2);
    g.fill();
    g.fillStyle = INK;
    g.beginPath();
    g.moveTo(0, -28 * u);
    g.lineTo(14 * u, 16 * u);
    g.lineTo(0, 6 * u);
    g.lineTo(-14 * u, 16 * u);
    g.closePath();
    g.fill();
    g.restore();
    g.font = `700 ${22 * u}px ${FONT}`;
    const north = tr(lang, T.north);
    g.fillText(north, nx - g.measureText(north).width / 2, ny + 62 * u);
  }

  // Footer: the filters in words; the data source line (and the demo's note).
  const phrases = filterPhrases(s.filters, d.manifest, lang).map((p) => p.text);
  g.fillStyle = INK;
  fitText(
    g,
    tr(lang, T.filters, phrases.length ? phrases.join(tr(lang, PUNCT.clauseSep)) : tr(lang, T.allEnterprises)),
    L.pad,
    H - L.footer * 0.52,
    W - 2 * L.pad,
    24 * u,
  );
  g.fillStyle = MUTED;
  const source = tr(lang, T.source, dataName(lang, d.manifest), d.manifest.builtAt.slice(0, 10));
  fitText(
    g,
    d.manifest.demo ? `${source}${tr(lang, PUNCT.clauseSep)}${tr(lang, T.demoNote)}` : source,
    L.pad,
    H - L.footer * 0.14,
    W - 2 * L.pad,
    20 * u,
  );

  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser made no PNG'))), 'image/png'),
  );
}
