/**
 * Keeps the URL hash and the store in step, as loops over the link's parts (view-parts/registry.ts):
 * a change of a part that pushes (filters, language, layers, what-if model) adds a history entry, so
 * back and forward walk through them; the others (camera, settings, panels) replace the current one.
 * A link that cannot be read in full falls back to defaults for the unreadable parts and leaves a
 * visible notice.
 */
import { useStore } from './store.ts';
import { readUrlView, writeUrlView, type UrlView } from './url-state.ts';
import { MAP_METRICS } from '../data/area/area-change.ts';
import { viewParts } from './view-parts/registry.ts';
import { sameWatched, type ViewPart } from './view-parts/view-part.ts';
import { dropPendingOpen, openPending } from './view-parts/open-part.ts';

let applying = false;

/** The store's view; `saved`: only the parts a saved view keeps. */
function currentView(saved = false): UrlView {
  const s = useStore.getState();
  const view: UrlView = { camera: null, lang: null, filters: s.filters, layers: null };
  for (const part of viewParts()) {
    if (saved && part.saved === false) continue;
    const value = part.capture(s);
    if (value !== undefined) view[part.field] = value;
  }
  return view;
}

/** The parts in the order a link is applied: the link's, but those that must come first (or last) moved there. */
const inApplyOrder = (parts: readonly ViewPart[]) =>
  [...parts].sort((a, b) => (a.applyOrder ?? 0) - (b.applyOrder ?? 0));

/**
 * Applies the URL's view to the store (after a dataset load, or on back/forward). A saved view shown
 * in a tour keeps what a saved view does not hold (presentation mode) as it is and flies the camera
 * (`showSavedView`).
 */
export function applyUrl(opts: { keepPresentation?: boolean; fly?: boolean } = {}): void {
  const s = useStore.getState();
  if (!s.dataset) return;
  const { view, problems } = readUrlView(
    location.hash,
    s.dataset.manifest,
    s.layerDefs.map((d) => d.id),
    MAP_METRICS.map((m) => m.key),
  );
  applying = true;
  try {
    const x = { get: useStore.getState, problems, fly: Boolean(opts.fly) };
    for (const part of inApplyOrder(viewParts())) {
      if (opts.keepPresentation && part.saved === false) continue;
      part.apply(view[part.field] ?? undefined, x);
    }
    // A readable link clears an earlier link's notice, not another message (a corrupt saved-views entry, a worker problem).
    if (problems.length) s.setNotice({ kind: 'link', problems });
    else if (useStore.getState().notice?.kind === 'link') s.setNotice(null);
  } finally {
    applying = false;
  }
}

/** The current view as a link hash, without what a saved view does not keep (presentation mode). */
export function currentViewHash(): string {
  const s = useStore.getState();
  if (!s.dataset) return '';
  return writeUrlView(currentView(true), s.dataset.manifest);
}

/** Shows a saved view: its hash, with what a saved view does not keep as it is now, becomes the address (replacing the entry) and is applied, flying there. */
export function showSavedView(hash: string): void {
  const s = useStore.getState();
  if (!s.dataset) return;
  const unsaved: string[] = [];
  for (const part of viewParts()) {
    const value = part.saved === false ? part.capture(s) : undefined;
    if (value !== undefined && value !== null) unsaved.push(...part.write(value, s.dataset.manifest));
  }
  const full = unsaved.length ? `${hash || '#'}${hash.length > 1 ? '&' : ''}${unsaved.join('&')}` : hash;
  history.replaceState(null, '', `${location.pathname}${location.search}${full}`);
  applyUrl({ keepPresentation: true, fly: true });
}

/** Starts syncing; returns a function that stops it. */
export function startUrlSync(): () => void {
  let lastHash = location.hash;
  const unsubscribe = useStore.subscribe((s, prev) => {
    if (applying || !s.dataset) return;
    if (s.text && !prev.text) openPending(useStore.getState);
    if (s.selected !== null || s.area !== null) dropPendingOpen();
    const changed = viewParts().filter((p) => !sameWatched(p.watch(s), p.watch(prev)));
    if (changed.length === 0) return;
    const hash = writeUrlView(currentView(), s.dataset.manifest);
    if (hash === lastHash) return;
    lastHash = hash;
    const url = `${location.pathname}${location.search}${hash}`;
    if (changed.some((p) => p.history === 'push')) history.pushState(null, '', url);
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
