/**
 * The whole view in the URL hash, so a copied link reproduces what the sender saw. Areas are written
 * by their codes, sectors, levels and flags by their keys, never by array positions, so a link stays
 * valid when a dataset is rebuilt. Reading is forgiving: anything unknown or malformed is dropped and
 * reported in `problems`, never thrown; the caller shows a notice and carries on with what is valid.
 *
 *   #c=<lon>,<lat>,<zoom>,<bearing>,<pitch>&lang=zh|en&sector=<key,...>&level=<key,...>&town=<code,...>
 *    &grid=<code,...>&park=<code|none,...>&ptype=<key|none,...>&score=<min>-<max>&flag=<key,...>
 *    &hz=<openMajor|overdue|listed|open,...>&q=<text>&layers=<id,...>&m=<JSON of the what-if model's changes>
 *    &cm=<area metric>&cl=<method>-<classes>&ct=<manual thresholds>&heat=score|level:<w,w,w,w>
 *    &hex=<count|risk>,<radius m>,<2d|3d>&tab=<dock tab>&open=e:<credit code>|<town|grid|park>:<code>
 *    &ledger=week|month|<ISO week, 2026-W43>|<month, 2026-10>&present=1
 */
import type { DatasetManifest } from '../data/dataset.ts';
import { FILTER_DIMENSIONS } from '../data/filter-dimensions.ts';
import { NO_FILTERS, type UiFilters } from '../data/filter-state.ts';
import { periodLabel, periodOfLabel, type TrendStep } from '../data/hazard-ledger.ts';

export interface Camera { lon: number; lat: number; zoom: number; bearing: number; pitch: number }

export { NO_FILTERS, type UiFilters } from '../data/filter-state.ts';

export interface UrlView {
  camera: Camera | null;
  lang: 'zh' | 'en' | null;
  filters: UiFilters;
  /** Visible optional layers, null = defaults. */
  layers: string[] | null;
  /** What-if risk model as a partial model over the default (src/domain/model-diff.ts), null = the dataset's own. */
  model?: unknown;
  /** Choropleth settings, when not the defaults. */
  choro?: { metric: string; method: 'quantile' | 'equal' | 'jenks' | 'manual'; classes: number; manual: number[] };
  /** Heatmap weights, when not the defaults. */
  heat?: { weight: 'level' | 'score'; levelWeights: [number, number, number, number] };
  /** Hexagon settings, when not the defaults. */
  hex?: { extruded: boolean; colorBy: 'count' | 'risk'; radius: number };
  /** The dock's tab, when not the first. */
  tab?: DockTab;
  /** The enterprise (by credit code) or area (by kind and code) whose panel is open. */
  open?: { kind: 'enterprise' | 'town' | 'grid' | 'park'; code: string };
  /** The hazard ledger's trend step and the period picked on its time slider (null: the latest), when not the defaults. */
  ledger?: { step: TrendStep; start: number | null };
  /** Presentation mode (a wall PC boots into it with `present=1`); never part of a saved view. */
  present?: true;
}

export const DOCK_TABS = ['charts', 'table', 'ledger', 'ranking', 'model'] as const;
export type DockTab = (typeof DOCK_TABS)[number];
const METHODS = ['quantile', 'equal', 'jenks', 'manual'] as const;

const round = (v: number, d: number) => Number(v.toFixed(d));

export function writeUrlView(view: UrlView, m: DatasetManifest): string {
  const p: string[] = [];
  const f = view.filters;
  const add = (k: string, values: string[]) => { if (values.length) p.push(`${k}=${values.map(encodeURIComponent).join(',')}`); };
  if (view.camera) {
    const c = view.camera;
    p.push(`c=${[round(c.lon, 5), round(c.lat, 5), round(c.zoom, 2), round(c.bearing, 1), round(c.pitch, 1)].join(',')}`);
  }
  if (view.lang) p.push(`lang=${view.lang}`);
  // The filter parts, one per dimension of the dimension table, by key or code (never by position).
  for (const d of FILTER_DIMENSIONS) {
    if (d.kind === 'list') add(d.url, f[d.field].map((v) => (v < 0 ? 'none' : d.token(v, m))));
    else if (d.kind === 'bits') add(d.url, d.bits.filter((b) => f[d.field] & b.bit).map((b) => b.key));
    else if (d.kind === 'range' && f.scoreRange) p.push(`${d.url}=${round(f.scoreRange[0], 3)}-${round(f.scoreRange[1], 3)}`);
    else if (d.kind === 'text' && f.query) p.push(`${d.url}=${encodeURIComponent(f.query)}`);
  }
  // Written even when empty: every optional layer off is a view too, not the defaults.
  if (view.layers) p.push(`layers=${view.layers.map(encodeURIComponent).join(',')}`);
  if (view.model) p.push(`m=${encodeURIComponent(JSON.stringify(view.model))}`);
  if (view.choro) {
    const ch = view.choro;
    p.push(`cm=${encodeURIComponent(ch.metric)}`, `cl=${ch.method}-${ch.classes}`);
    if (ch.method === 'manual') p.push(`ct=${ch.manual.map((v) => round(v, 4)).join(',')}`);
  }
  if (view.heat) p.push(`heat=${view.heat.weight === 'score' ? 'score' : `level:${view.heat.levelWeights.join(',')}`}`);
  if (view.hex) p.push(`hex=${view.hex.colorBy},${Math.round(view.hex.radius)},${view.hex.extruded ? '3d' : '2d'}`);
  if (view.tab) p.push(`tab=${view.tab}`);
  if (view.ledger) p.push(`ledger=${view.ledger.start === null ? view.ledger.step : periodLabel(view.ledger.start, view.ledger.step)}`);
  if (view.present) p.push('present=1');
  if (view.open) p.push(`open=${view.open.kind === 'enterprise' ? 'e' : view.open.kind}:${encodeURIComponent(view.open.code)}`);
  return p.length ? `#${p.join('&')}` : '';
}

export interface ReadResult { view: UrlView; problems: string[] }

const KNOWN = new Set(['c', 'lang', ...FILTER_DIMENSIONS.map((d) => d.url), 'layers', 'm', 'cm', 'cl', 'ct', 'heat', 'hex', 'tab', 'open', 'ledger', 'present']);

/** The settings parts of a link (choropleth, heatmap, hexagons, dock tab, open panel): each read alone, a bad one reported and left out. */
function readSettings(params: URLSearchParams, m: DatasetManifest, metrics: readonly string[], view: UrlView, problems: string[]): void {
  const cm = params.get('cm');
  const cl = params.get('cl');
  if (cm !== null || cl !== null) {
    const [method, classesText] = (cl ?? 'quantile-5').split('-');
    const classes = Number(classesText);
    const manual = (params.get('ct') ?? '').split(',').filter(Boolean).map(Number);
    if (cm === null || !metrics.includes(cm)) problems.push(`cm: unknown "${cm ?? ''}"`);
    else if (!(METHODS as readonly string[]).includes(method) || !Number.isInteger(classes) || classes < 3 || classes > 7) problems.push(`cl: not a classification "${cl}"`);
    else if (method === 'manual' && (manual.length === 0 || !manual.every(Number.isFinite))) problems.push('ct: not thresholds');
    else view.choro = { metric: cm, method: method as (typeof METHODS)[number], classes, manual };
  }
  const heat = params.get('heat');
  if (heat !== null) {
    const w = heat.startsWith('level:') ? heat.slice(6).split(',').map(Number) : [];
    if (heat === 'score') view.heat = { weight: 'score', levelWeights: [8, 4, 2, 1] };
    else if (w.length === 4 && w.every((x) => Number.isFinite(x) && x >= 0)) view.heat = { weight: 'level', levelWeights: w as [number, number, number, number] };
    else problems.push(`heat: not a weighting "${heat}"`);
  }
  const hex = params.get('hex');
  if (hex !== null) {
    const [colorBy, radiusText, dim] = hex.split(',');
    const radius = Number(radiusText);
    if ((colorBy === 'count' || colorBy === 'risk') && Number.isFinite(radius) && radius >= 50 && radius <= 5000 && (dim === '2d' || dim === '3d')) view.hex = { colorBy, radius, extruded: dim === '3d' };
    else problems.push(`hex: not hexagon settings "${hex}"`);
  }
  const tab = params.get('tab');
  if (tab !== null) {
    if ((DOCK_TABS as readonly string[]).includes(tab)) view.tab = tab as DockTab;
    else problems.push(`tab: unknown "${tab}"`);
  }
  const present = params.get('present');
  if (present === '1') view.present = true;
  else if (present !== null && present !== '0') problems.push(`present: not 1 or 0 "${present}"`);
  const ledger = params.get('ledger');
  if (ledger !== null) {
    const period = periodOfLabel(ledger);
    if (ledger === 'week' || ledger === 'month') view.ledger = { step: ledger, start: null };
    else if (period) view.ledger = period;
    else problems.push(`ledger: not a week or month "${ledger}"`);
  }
  const open = params.get('open');
  if (open !== null) {
    const colon = open.indexOf(':');
    const kind = open.slice(0, colon);
    const code = open.slice(colon + 1);
    const areas = { town: m.towns, grid: m.grids, park: m.parks } as const;
    if (colon > 0 && kind === 'e' && code) view.open = { kind: 'enterprise', code };
    else if (colon > 0 && (kind === 'town' || kind === 'grid' || kind === 'park') && areas[kind].some((a) => a.code === code)) view.open = { kind, code };
    else problems.push(`open: unknown "${open}"`);
  }
}

export function readUrlView(hash: string, m: DatasetManifest, layerIds: readonly string[] = [], metrics: readonly string[] = []): ReadResult {
  const problems: string[] = [];
  const view: UrlView = { camera: null, lang: null, filters: { ...NO_FILTERS }, layers: null };
  const raw = hash.replace(/^#/, '');
  if (!raw) return { view, problems };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(raw);
  } catch {
    return { view, problems: ['unreadable link'] };
  }
  for (const k of params.keys()) if (!KNOWN.has(k)) problems.push(`unknown part "${k}"`);
  // Lists are split on their raw commas before decoding, so a code with a comma in it (written as
  // %2C) stays one code.
  const rawLists = new Map<string, string>();
  for (const part of raw.split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0 && !rawLists.has(part.slice(0, eq))) rawLists.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const decoded = (v: string) => {
    try {
      return decodeURIComponent(v.replace(/\+/g, ' '));
    } catch {
      return v;
    }
  };
  const codes = <T>(key: string, lookup: (v: string) => T | undefined): T[] => {
    const out: T[] = [];
    for (const v of (rawLists.get(key) ?? '').split(',').filter(Boolean).map(decoded)) {
      const x = lookup(v);
      if (x === undefined) problems.push(`${key}: unknown "${v}"`);
      else if (!out.includes(x)) out.push(x);
    }
    return out;
  };
  const c = params.get('c');
  if (c !== null) {
    const n = c.split(',').map(Number);
    const [lon, lat, zoom, bearing = 0, pitch = 0] = n;
    if (n.length >= 3 && n.every(Number.isFinite) && Math.abs(lon) <= 180 && Math.abs(lat) <= 85 && zoom >= 0 && zoom <= 22 && pitch >= 0 && pitch <= 85) {
      view.camera = { lon, lat, zoom, bearing, pitch };
    } else problems.push('c: not a camera position');
  }
  const lang = params.get('lang');
  if (lang === 'zh' || lang === 'en') view.lang = lang;
  else if (lang !== null) problems.push(`lang: unknown "${lang}"`);
  const f = view.filters;
  for (const d of FILTER_DIMENSIONS) {
    if (d.kind === 'list') f[d.field] = codes(d.url, (v) => (v === 'none' && d.none ? -1 : v === 'none' ? undefined : d.parse(v, m)));
    else if (d.kind === 'bits') f[d.field] = codes(d.url, (v) => d.bits.find((b) => b.key === v)?.bit).reduce((a, b) => a | b, 0);
    else if (d.kind === 'text') f.query = (params.get(d.url) ?? '').slice(0, 200);
    else if (d.kind === 'range') {
      const score = params.get(d.url);
      if (score === null) continue;
      const mm = /^(-?[\d.]+)-(-?[\d.]+)$/.exec(score);
      const lo = mm ? Number(mm[1]) : NaN;
      const hi = mm ? Number(mm[2]) : NaN;
      if (Number.isFinite(lo) && Number.isFinite(hi) && lo <= hi) f.scoreRange = [lo, hi];
      else problems.push(`${d.url}: not a range`);
    }
  }
  if (params.has('layers')) view.layers = codes('layers', (v) => (layerIds.includes(v) ? v : undefined));
  const modelParam = params.get('m');
  if (modelParam !== null) {
    try {
      view.model = JSON.parse(modelParam);
    } catch {
      problems.push('m: not a model');
    }
  }
  readSettings(params, m, metrics, view, problems);
  return { view, problems };
}
