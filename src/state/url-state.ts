/**
 * The whole view in the URL hash, so a copied link reproduces what the sender saw. Areas are written
 * by their codes, sectors, levels and flags by their keys, never by array positions, so a link stays
 * valid when a dataset is rebuilt. Reading is forgiving: anything unknown or malformed is dropped and
 * reported in `problems`, never thrown; the caller shows a notice and carries on with what is valid.
 * Each part is declared once in src/state/view-parts/ (registry.ts lists them in the hash's order);
 * writing and reading are loops over them.
 *
 *   #c=<lon>,<lat>,<zoom>,<bearing>,<pitch>&lang=zh|en&sector=<key,...>&level=<key,...>&town=<code,...>
 *    &grid=<code,...>&park=<code|none,...>&ptype=<key|none,...>&score=<min>-<max>&flag=<key,...>
 *    &hz=<openMajor|overdue|listed|open,...>&q=<text>&layers=<id,...>&m=<JSON of the what-if model's changes>
 *    &<each layer kind's settings: cm=…&cl=…&ct=…, heat=…, hex=…, im=…>&tab=<dock tab>
 *    &ledger=week|month|<ISO week, 2026-W43>|<month, 2026-10>&present=1&open=e:<credit code>|<town|grid|park>:<code>
 *    &swipe=<the divider's place, % of the map's width>
 */
import type { DatasetManifest } from '../data/dataset.ts';
import { NO_FILTERS, type UiFilters } from '../data/filter-state.ts';
import { viewParts } from './view-parts/registry.ts';
import type { LinkReader } from './view-parts/view-part.ts';
import type { DockTab } from './view-parts/dock-tab-part.ts';
import type { LedgerView } from './view-parts/ledger-part.ts';
import type { OpenPanel } from './view-parts/open-part.ts';

export { DOCK_TABS, type DockTab } from './view-parts/dock-tab-part.ts';

export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
  bearing: number;
  pitch: number;
}

export { NO_FILTERS, type UiFilters } from '../data/filter-state.ts';

export interface UrlView {
  camera: Camera | null;
  lang: 'zh' | 'en' | null;
  filters: UiFilters;
  /** Visible optional layers, null = defaults. */
  layers: string[] | null;
  /** What-if risk model as a partial model over the default (src/domain/model-diff.ts), null = the dataset's own. */
  model?: unknown;
  /** Supervision settings as their changes over the defaults (src/domain/supervision), null = the dataset's own. */
  supervision?: unknown;
  /** The dock's tab, when not the first. */
  tab?: DockTab;
  /** The enterprise (by credit code) or area (by kind and code) whose panel is open. */
  open?: OpenPanel;
  /** The hazard ledger's trend step and the period picked on its time slider (null: the latest), when not the defaults. */
  ledger?: LedgerView;
  /** Presentation mode (a wall PC boots into it with `present=1`); never part of a saved view. */
  present?: true;
  /** The swipe of two data dates: the divider's place, 0 to 1 of the map's width, while it is on. */
  swipe?: number;
  /** The other parts by their field: each layer kind's settings by their id (`choro`, `heat`, `hex`, `inspectionMarks`, `changeMarks`), when not the defaults. */
  [part: string]: unknown;
}

export function writeUrlView(view: UrlView, m: DatasetManifest): string {
  const p: string[] = [];
  for (const part of viewParts()) {
    const value = view[part.field];
    if (value !== undefined && value !== null) p.push(...part.write(value, m));
  }
  return p.length ? `#${p.join('&')}` : '';
}

export interface ReadResult {
  view: UrlView;
  problems: string[];
}

export function readUrlView(
  hash: string,
  m: DatasetManifest,
  layerIds: readonly string[] = [],
  metrics: readonly string[] = [],
): ReadResult {
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
  const parts = viewParts();
  const known = new Set(parts.flatMap((p) => p.keys));
  for (const k of params.keys()) if (!known.has(k)) problems.push(`unknown part "${k}"`);
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
  function list<T>(key: string, lookup: (v: string) => T | undefined): T[] {
    const out: T[] = [];
    for (const v of (rawLists.get(key) ?? '').split(',').filter(Boolean).map(decoded)) {
      const x = lookup(v);
      if (x === undefined) problems.push(`${key}: unknown "${v}"`);
      else if (!out.includes(x)) out.push(x);
    }
    return out;
  }
  const link: LinkReader = { manifest: m, layerIds, metrics, problems, get: (key) => params.get(key), list };
  for (const part of parts) {
    const value = part.read(link);
    if (value !== undefined) view[part.field] = value;
  }
  return { view, problems };
}
