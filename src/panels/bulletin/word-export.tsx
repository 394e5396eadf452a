/**
 * The bulletin in Word, made in the browser (a chunk of its own, loaded by word-command.ts): gathers
 * the figures of the current view the way the printed bulletin does (bulletin.tsx), takes the map as
 * an image cut to the document's map box with a scale bar drawn on it, draws the trend chart
 * (bulletin-trend.tsx) into a PNG, builds the document model (src/data/bulletin-docx/bulletin-doc-model.ts),
 * adds the changes since the earlier data date when a comparison is open (changes-section.ts), writes
 * it (write-docx.ts) and downloads `<dataset>_<月通报|周调度>_<data date>.docx`.
 */
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { LEVELS } from '../../domain/levels.ts';
import type { Lang } from '../../domain/lang.ts';
import { SECTORS } from '../../domain/sectors.ts';
import { PUNCT } from '../../domain/punct-strings.ts';
import { administrativeTable } from '../../domain/supervision/index.ts';
import { dataName, tr } from '../../domain/text.ts';
import {
  BULLETIN_TOP,
  BULLETIN_TREND_PERIODS,
  builtDay,
  bulletinPeriod,
  listedMajorHazards,
  overdueHazards,
  printStamp,
  scaleBar,
  topEnterprises,
  trendWindow,
  type HazardList,
} from '../../data/bulletin-data.ts';
import { inspectionPeriod } from '../../data/bulletin-inspections.ts';
import {
  bulletinDocFileName,
  bulletinDocModel,
  DOC_HAZARD_LINES,
  DOC_MAP_BOX_MM,
  DOC_TOP_ENTERPRISES,
  DOC_TREND_MM,
  mapSizeMm,
  type BulletinDocInput,
  type DocHazardLine,
} from '../../data/bulletin-docx/bulletin-doc-model.ts';
import { sectorRows, townRows } from '../../data/bulletin-docx/bulletin-figures.ts';
import { CHANGES_AFTER, changesDocSection } from '../../data/bulletin-docx/changes-section.ts';
import { insertSection } from '../../data/bulletin-docx/doc-model.ts';
import { DOCX_MIME, writeDocx } from '../../data/bulletin-docx/write-docx.ts';
import type { Dataset } from '../../data/dataset.ts';
import { formatDay } from '../../data/dates.ts';
import { dataAsOf } from '../../data/ledger/hazard-ledger.ts';
import type { TrendPeriod, TrendStep } from '../../data/ledger/hazard-ledger.ts';
import { useStore } from '../../state/store.ts';
import { selectedPerLevel } from '../../state/selectors.ts';
import { downloadText } from '../../ui/download.ts';
import { filterPhrases } from '../../ui/filter-words.ts';
import { sharpenMap } from '../../ui/map-capture.ts';
import { bulletinChanges } from './bulletin-changes-data.ts';
import { BulletinTrend } from './bulletin-trend.tsx';
import { captureBulletinMap, type BulletinMapImage } from './print-session.ts';
import { BULLETIN_TEXT } from './strings.ts';

/** Pixels per mm of the images: about 200 dpi. */
const PX_PER_MM = 8;

/** Makes the document of the current view and downloads it; the time it took to make, ms. */
export async function exportBulletinWord(): Promise<number> {
  const s = useStore.getState();
  const { dataset: core, text, hazards, result } = s;
  if (!core || !text || !hazards || !result) throw new Error('no dataset');
  const t0 = performance.now();
  const dataset: Dataset = { ...core, text, hazards };
  const lang = s.lang;
  const m = dataset.manifest;
  const mask = result.mask;
  const asOf = dataAsOf(dataset);
  const period = bulletinPeriod(s.bulletinPick, asOf);
  const step = period.step;

  // The map at about 200 dpi, cut to the document's box, read, then put back.
  const restore = await sharpenMap(3);
  let image: BulletinMapImage | null | undefined;
  try {
    image = captureBulletinMap(DOC_MAP_BOX_MM.width / DOC_MAP_BOX_MM.height);
  } finally {
    restore();
  }

  const townName = (t: number) => (t >= 0 && t < m.towns.length ? m.towns[t].name : '');
  const lines = (list: HazardList): { count: number; lines: DocHazardLine[] } => ({
    count: list.count,
    lines: list.lines.map((l) => ({
      enterprise: dataset.text.name.get(l.enterprise) ?? '',
      town: townName(dataset.enterprises.town[l.enterprise]),
      found: formatDay(l.found),
      deadline: formatDay(l.deadline),
      daysOverdue: l.daysOverdue,
      level: dataset.enterprises.level[l.enterprise],
    })),
  });
  const trend = hazards.length > 0 ? trendWindow(hazards, step, asOf, mask, period.start, BULLETIN_TREND_PERIODS) : [];
  const inPeriod = trend.find((p) => p.start === period.start);
  const ins = s.inspections;
  const status = result.totals.inspection;
  const phrases = filterPhrases(s.filters, m, lang).map((p) => p.text);
  const e = dataset.enterprises;

  const input: BulletinDocInput = {
    lang,
    datasetName: dataName(lang, m),
    demo: Boolean(m.demo),
    asOf: m.asOf,
    builtDay: builtDay(m.builtAt) || m.builtAt,
    madeAt: printStamp(new Date()),
    period,
    scope: phrases.length > 0 ? phrases.join(tr(lang, PUNCT.listSep)) : null,
    selected: result.selected,
    total: m.enterprises,
    byLevel: selectedPerLevel(result, s.filters),
    hazards: {
      open: result.totals.hazardsOpen,
      openMajor: result.totals.hazardsOpenMajor,
      overdue: result.totals.hazardsOverdue,
      listed: result.totals.hazardsListed,
    },
    periodHazards: inPeriod ? { opened: inPeriod.opened, closed: inPeriod.closed } : null,
    townNames: m.towns.map((t) => t.name || t.code),
    towns: s.areaMetrics ? townRows(s.areaMetrics.town) : [],
    sectors: sectorRows(e, mask),
    top: topEnterprises(e, mask, Math.max(BULLETIN_TOP, DOC_TOP_ENTERPRISES)).map((r) => ({
      name: dataset.text.name.get(r.row) ?? '',
      town: townName(e.town[r.row]),
      sector: SECTORS[e.sector[r.row]] ? tr(lang, SECTORS[e.sector[r.row]]) : '',
      level: r.level,
      score: r.score,
    })),
    overdue: lines(overdueHazards(hazards, period.end, mask, DOC_HAZARD_LINES)),
    listed: lines(listedMajorHazards(hazards, period.end, mask, DOC_HAZARD_LINES)),
    inspections:
      (m.inspections ?? 0) > 0 && ins && status
        ? {
            done: inspectionPeriod(ins, administrativeTable(s.supervision), mask, period.start, period.end),
            status: { never: status[0], overdue: status[1], dueSoon: status[2], atCap: status[3], overCap: status[4] },
          }
        : null,
    map: image ? await mapPng(image, lang) : null,
    trend:
      trend.length > 0
        ? {
            png: await trendPng(trend, step, lang),
            step,
            periods: trend.length,
            first: trend[0].label,
            last: trend[trend.length - 1].label,
          }
        : null,
  };
  // Timed for the tests and a curious reader (the browser's performance panel): the whole, and the document alone.
  const t1 = performance.now();
  // With a comparison open: the changes since the earlier data date, after the overview.
  const changes = bulletinChanges(s, lang);
  const model = changes
    ? insertSection(bulletinDocModel(input), changesDocSection(lang, changes.pc, changes.lines), CHANGES_AFTER)
    : bulletinDocModel(input);
  const bytes = await writeDocx(model);
  performance.measure('bulletin-word-document', { start: t1 });
  performance.measure('bulletin-word', { start: t0 });
  const ms = performance.now() - t0;
  downloadText(
    bulletinDocFileName(lang, input.datasetName, step, m.asOf),
    new Blob([bytes as Uint8Array<ArrayBuffer>], { type: DOCX_MIME }),
    DOCX_MIME,
  );
  return ms;
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('image did not load'));
    img.src = src;
  });
}

async function canvasPng(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the canvas gave no PNG');
  return new Uint8Array(await blob.arrayBuffer());
}

/** The map image with a scale bar drawn at its bottom left, for its size in the document. */
async function mapPng(
  image: BulletinMapImage,
  lang: Lang,
): Promise<{ png: Uint8Array; width: number; height: number; metresPerPixel: number | null }> {
  const img = await loadImage(image.src);
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const g = canvas.getContext('2d');
  if (!g) throw new Error('no 2D canvas');
  g.drawImage(img, 0, 0);
  const size = mapSizeMm(image.width, image.height);
  const bar = scaleBar(image, { width: size.widthMm, height: size.heightMm }, 30);
  if (bar) {
    const pxPerMm = image.width / size.widthMm;
    const len = bar.mm * pxPerMm;
    const label =
      bar.metres >= 1000
        ? tr(lang, BULLETIN_TEXT.kilometres, bar.metres / 1000)
        : tr(lang, BULLETIN_TEXT.metres, bar.metres);
    const font = Math.round(3 * pxPerMm); // 3 mm on paper
    const x = Math.round(4 * pxPerMm),
      y = image.height - Math.round(5 * pxPerMm),
      tick = Math.round(1.5 * pxPerMm);
    g.font = `${font}px sans-serif`;
    const labelWidth = g.measureText(label).width;
    g.fillStyle = 'rgba(255,255,255,0.85)';
    g.fillRect(
      x - pxPerMm,
      y - tick - font - pxPerMm,
      Math.max(len, labelWidth) + 2 * pxPerMm,
      tick + font + 2.5 * pxPerMm,
    );
    g.strokeStyle = '#000';
    g.lineWidth = Math.max(1, 0.4 * pxPerMm);
    g.beginPath();
    g.moveTo(x, y - tick);
    g.lineTo(x, y);
    g.lineTo(x + len, y);
    g.lineTo(x + len, y - tick);
    g.stroke();
    g.fillStyle = '#000';
    g.textBaseline = 'bottom';
    g.fillText(label, x, y - tick);
  }
  return {
    png: await canvasPng(canvas),
    width: image.width,
    height: image.height,
    metresPerPixel: image.metresPerPixel,
  };
}

/** The print's trend chart styles (bulletin.css, `@media print`), for the chart as a file of its own. */
function trendCss(): string {
  const major =
    getComputedStyle(document.documentElement).getPropertyValue('--level-major').trim() ||
    `rgb(${LEVELS[0].color.join(',')})`;
  return `
    svg { font-family: 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif; }
    text { fill: #000; }
    .bl-trend-grid line { stroke: #ccc; stroke-width: 0.15; }
    .bl-trend-axis line { stroke: #000; stroke-width: 0.2; }
    .bl-bar-opened { fill: #555; }
    .bl-bar-closed { fill: url(#bl-hatch); stroke: #333; stroke-width: 0.15; }
    .bl-open-line { fill: none; stroke: ${major}; stroke-width: 0.45; }
    .bl-open-dot { fill: #fff; stroke: ${major}; stroke-width: 0.3; }
    .bl-tick-open { fill: ${major}; }`;
}

/** The bulletin's trend chart drawn at DOC_TREND_MM into a PNG. */
async function trendPng(periods: readonly TrendPeriod[], step: TrendStep, lang: Lang): Promise<Uint8Array> {
  const { width, height } = DOC_TREND_MM;
  const host = document.createElement('div');
  const root = createRoot(host);
  try {
    flushSync(() =>
      root.render(<BulletinTrend periods={periods} step={step} lang={lang} width={width} height={height} />),
    );
    const svg = host.querySelector('svg');
    if (!svg) throw new Error('the trend chart did not render');
    const w = width * PX_PER_MM,
      h = height * PX_PER_MM;
    svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    svg.setAttribute('width', String(w));
    svg.setAttribute('height', String(h));
    svg.removeAttribute('style');
    const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
    style.textContent = trendCss();
    svg.insertBefore(style, svg.firstChild);
    const markup = new XMLSerializer().serializeToString(svg);
    const img = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`);
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const g = canvas.getContext('2d');
    if (!g) throw new Error('no 2D canvas');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, w, h);
    g.drawImage(img, 0, 0, w, h);
    return await canvasPng(canvas);
  } finally {
    root.unmount();
  }
}
