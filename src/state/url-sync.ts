/**
 * Keeps the URL hash and the store in step. Filter and language changes push a history entry (so back
 * and forward walk through them); camera moves replace the current one. A link that cannot be read in
 * full falls back to defaults for the unreadable parts and leaves a visible notice.
 */
import { useStore } from './store.ts';
import { readUrlView, writeUrlView, type UrlView } from './url-state.ts';
import { DEFAULT_LAYERS, LAYER_IDS } from './layers-slice.ts';
import { DEFAULT_RISK_MODEL } from '../domain/risk-model.ts';
import { modelDiff } from '../domain/model-diff.ts';

let applying = false;

/** Which layers are on, as a string: opacity changes are not part of the link. */
const visibleKey = (s: { layers: Record<string, { visible: boolean }> }) => LAYER_IDS.map((id) => (s.layers[id].visible ? 1 : 0)).join('');

function currentView(): UrlView {
  const s = useStore.getState();
  const visible = LAYER_IDS.filter((id) => s.layers[id].visible);
  const isDefault = LAYER_IDS.every((id) => s.layers[id].visible === DEFAULT_LAYERS[id].visible);
  const model = s.model === s.baseModel ? undefined : modelDiff(DEFAULT_RISK_MODEL, s.model);
  return { camera: s.camera, lang: s.lang, filters: s.filters, layers: isDefault ? null : visible, model };
}

/** Applies the URL's view to the store (after a dataset load, or on back/forward). */
export function applyUrl(): void {
  const s = useStore.getState();
  if (!s.dataset) return;
  const { view, problems } = readUrlView(location.hash, s.dataset.manifest, LAYER_IDS);
  applying = true;
  try {
    if (view.lang && view.lang !== s.lang) s.setLang(view.lang);
    if (view.model !== undefined) {
      if (!s.applyModel(view.model)) problems.push(`m: ${useStore.getState().modelError}`);
    } else if (s.model !== s.baseModel) s.resetModel();
    s.setFilters(view.filters);
    s.setVisibleLayers(view.layers ?? LAYER_IDS.filter((id) => DEFAULT_LAYERS[id].visible));
    if (view.camera) s.requestCamera(view.camera);
    s.setNotice(problems.length ? { kind: 'link', problems } : null);
  } finally {
    applying = false;
  }
}

/** Starts syncing; returns a function that stops it. */
export function startUrlSync(): () => void {
  let lastHash = location.hash;
  const unsubscribe = useStore.subscribe((s, prev) => {
    if (applying || !s.dataset) return;
    const filtersChanged = s.filters !== prev.filters || s.lang !== prev.lang || s.model !== prev.model || visibleKey(s) !== visibleKey(prev);
    if (!filtersChanged && s.camera === prev.camera) return;
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
