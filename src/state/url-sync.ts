/**
 * Keeps the URL hash and the store in step. Filter and language changes push a history entry (so back
 * and forward walk through them); camera moves replace the current one. A link that cannot be read in
 * full falls back to defaults for the unreadable parts and leaves a visible notice.
 */
import { useStore } from './store.ts';
import { readUrlView, writeUrlView, type UrlView } from './url-state.ts';
import { DEFAULT_CHORO, DEFAULT_HEAT, DEFAULT_HEX, defaultVisibleIds, layerShown } from './layers-slice.ts';
import { AREA_METRICS, type AreaMetricKey } from '../data/area-metrics.ts';
import { DEFAULT_RISK_MODEL } from '../domain/risk-model.ts';
import { modelDiff } from '../domain/model-diff.ts';
import { dataAsOf, periodEnd, periodLabel, periodStartOf, type TrendStep } from '../data/hazard-ledger.ts';

let applying = false;

/** Which layers are on, as a string: opacity changes are not part of the link. */
const visibleKey = (s: ReturnType<typeof useStore.getState>) => s.layerDefs.map((d) => (layerShown(s.layers, d.id) ? 1 : 0)).join('');

function currentView(): UrlView {
  const s = useStore.getState();
  const visible = s.layerDefs.filter((d) => layerShown(s.layers, d.id)).map((d) => d.id);
  const isDefault = s.layerDefs.every((d) => layerShown(s.layers, d.id) === d.defaults.visible);
  const model = s.model === s.baseModel ? undefined : modelDiff(DEFAULT_RISK_MODEL, s.model);
  const view: UrlView = { camera: s.camera, lang: s.lang, filters: s.filters, layers: isDefault ? null : visible, model };
  // Settings and panels go in only when they differ from what a fresh page shows, to keep links short.
  const { metric, method, classes, manual } = s.choro;
  if (JSON.stringify({ metric, method, classes, manual }) !== JSON.stringify(DEFAULT_CHORO)) view.choro = { metric, method, classes, manual };
  if (JSON.stringify(s.heat) !== JSON.stringify(DEFAULT_HEAT)) view.heat = s.heat;
  if (JSON.stringify(s.hex) !== JSON.stringify(DEFAULT_HEX)) view.hex = s.hex;
  if (s.dockTab !== 'charts') view.tab = s.dockTab;
  if (s.presenting) view.present = true;
  const { step, period } = s.ledger;
  if (period || step !== 'week') view.ledger = { step, start: period?.start ?? null };
  const d = s.dataset;
  if (d && s.selected !== null && s.selected < d.enterprises.length && s.text) view.open = { kind: 'enterprise', code: s.text.creditCode.get(s.selected) ?? '' };
  else if (pendingOpen !== null && s.selected === null) view.open = { kind: 'enterprise', code: pendingOpen };
  else if (d && s.area) {
    const areas = { town: d.manifest.towns, grid: d.manifest.grids, park: d.manifest.parks }[s.area.kind];
    const a = areas[s.area.index];
    if (a) view.open = { kind: s.area.kind, code: a.code };
  }
  return view;
}

/**
 * A link's enterprise, by credit code, while the names (which hold the codes) are still streaming in:
 * kept in the link, and opened when they arrive.
 */
let pendingOpen: string | null = null;

/** Opens the enterprise a link asked for before the names arrived; a code not in the data is a link problem. */
function openPending(): void {
  if (pendingOpen === null) return;
  const code = pendingOpen;
  pendingOpen = null;
  const s = useStore.getState();
  if (s.selected !== null || s.area !== null) return;
  const row = rowOfCode(code);
  if (row >= 0) s.select(row);
  else s.setNotice({ kind: 'link', problems: [`open: no enterprise "${code}"`] });
}

/** The row of the enterprise with a credit code, or -1. */
function rowOfCode(code: string): number {
  const text = useStore.getState().text?.creditCode;
  if (!text) return -1;
  for (let i = 0; i < text.length; i++) if (text.get(i) === code) return i;
  return -1;
}

/** The settings and the open panel of a view, applied to the store. */
function applySettings(view: UrlView, problems: string[]): void {
  const s = useStore.getState();
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  // Only what differs is set: re-setting the choropleth would re-class it (and lose a re-class by the user).
  const choro = view.choro ? { metric: view.choro.metric as AreaMetricKey, method: view.choro.method, classes: view.choro.classes, manual: view.choro.manual.length ? view.choro.manual : DEFAULT_CHORO.manual } : DEFAULT_CHORO;
  const { metric, method, classes, manual } = s.choro;
  if (!same(choro, { metric, method, classes, manual })) s.setChoro(choro);
  if (!same(view.heat ?? DEFAULT_HEAT, s.heat)) s.setHeat(view.heat ?? DEFAULT_HEAT);
  if (!same(view.hex ?? DEFAULT_HEX, s.hex)) s.setHex(view.hex ?? DEFAULT_HEX);
  const tab = view.tab ?? 'charts';
  if (tab !== s.dockTab) {
    s.setDockTab(tab);
    s.ledgerShown(tab === 'ledger');
  }
  applyLedgerPeriod(view.ledger ?? { step: 'week', start: null });
  const open = view.open;
  pendingOpen = null;
  if (open?.kind === 'enterprise' && !s.text) {
    if (s.selected !== null) s.select(null);
    if (s.area !== null) s.openArea(null);
    pendingOpen = open.code;
  } else if (open?.kind === 'enterprise') {
    const row = rowOfCode(open.code);
    if (row >= 0) s.select(row);
    else problems.push(`open: no enterprise "${open.code}"`);
  } else if (open) {
    const d = s.dataset!;
    const index = { town: d.manifest.towns, grid: d.manifest.grids, park: d.manifest.parks }[open.kind].findIndex((a) => a.code === open.code);
    s.select(null);
    s.openArea({ kind: open.kind, index });
  } else {
    if (s.selected !== null) s.select(null);
    if (s.area !== null) s.openArea(null);
  }
}

/** The ledger's step and period from a link; a period after the data date is the latest one. */
function applyLedgerPeriod(want: { step: TrendStep; start: number | null }): void {
  const s = useStore.getState();
  const l = s.ledger;
  if (want.step !== l.step) l.setStep(want.step);
  if (want.start === (s.ledger.period?.start ?? null)) return;
  const asOf = dataAsOf(s.dataset!);
  const latest = periodStartOf(asOf, want.step);
  if (want.start === null || want.start >= latest) s.ledger.setPeriod(null);
  else useStore.getState().ledger.setPeriod({ start: want.start, end: periodEnd(want.start, want.step, asOf), label: periodLabel(want.start, want.step) });
}

/**
 * Applies the URL's view to the store (after a dataset load, or on back/forward). A saved view shown
 * in a tour keeps presentation mode as it is and flies the camera (`showSavedView`).
 */
export function applyUrl(opts: { keepPresentation?: boolean; fly?: boolean } = {}): void {
  const s = useStore.getState();
  if (!s.dataset) return;
  const { view, problems } = readUrlView(location.hash, s.dataset.manifest, s.layerDefs.map((d) => d.id), AREA_METRICS.map((m) => m.key));
  applying = true;
  try {
    if (view.lang && view.lang !== s.lang) s.setLang(view.lang);
    if (view.model !== undefined) {
      if (!s.applyModel(view.model)) problems.push(`m: ${useStore.getState().modelError}`);
    } else if (s.model !== s.baseModel) s.resetModel();
    s.setFilters(view.filters);
    s.setVisibleLayers(view.layers ?? defaultVisibleIds(s.layerDefs));
    applySettings(view, problems);
    if (view.camera) s.requestCamera(view.camera, opts.fly);
    if (!opts.keepPresentation && Boolean(view.present) !== s.presenting) s.setPresenting(Boolean(view.present));
    // A readable link clears an earlier link's notice, not another message (a corrupt saved-views entry, a worker problem).
    if (problems.length) s.setNotice({ kind: 'link', problems });
    else if (useStore.getState().notice?.kind === 'link') s.setNotice(null);
  } finally {
    applying = false;
  }
}

/** The current view as a link hash, without presentation mode (what a saved view keeps). */
export function currentViewHash(): string {
  const s = useStore.getState();
  if (!s.dataset) return '';
  const view = currentView();
  delete view.present;
  return writeUrlView(view, s.dataset.manifest);
}

/** Shows a saved view: its hash becomes the address (replacing the entry) and is applied, flying there. */
export function showSavedView(hash: string): void {
  const s = useStore.getState();
  if (!s.dataset) return;
  const withPresent = s.presenting ? `${hash || '#'}${hash.length > 1 ? '&' : ''}present=1` : hash;
  history.replaceState(null, '', `${location.pathname}${location.search}${withPresent}`);
  applyUrl({ keepPresentation: true, fly: true });
}

/** Starts syncing; returns a function that stops it. */
export function startUrlSync(): () => void {
  let lastHash = location.hash;
  const unsubscribe = useStore.subscribe((s, prev) => {
    if (applying || !s.dataset) return;
    if (s.text && !prev.text) openPending();
    // Another enterprise or area opened meanwhile: the link's wait is over.
    if (s.selected !== null || s.area !== null) pendingOpen = null;
    const filtersChanged = s.filters !== prev.filters || s.lang !== prev.lang || s.model !== prev.model || visibleKey(s) !== visibleKey(prev);
    // Settings and panels replace the current entry rather than add one, like the camera.
    const settingsChanged = s.choro !== prev.choro || s.heat !== prev.heat || s.hex !== prev.hex || s.dockTab !== prev.dockTab || s.selected !== prev.selected || s.area !== prev.area
      || s.ledger.period !== prev.ledger.period || s.ledger.step !== prev.ledger.step || s.presenting !== prev.presenting;
    if (!filtersChanged && !settingsChanged && s.camera === prev.camera) return;
    const hash = writeUrlView(currentView(), s.dataset.manifest);
    if (hash === lastHash) return;
    lastHash = hash;
    const url = `${location.pathname}${location.search}${hash}`;
    if (filtersChanged) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  });
  const onPop = () => {
    lastHash = location.hash;
    applyUrl();
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
