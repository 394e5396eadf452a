/**
 * The layer kinds on the map, and the one place the map reads them: each shown kind of the registry
 * builds its deck.gl layer from the store (build-overlay-layers.ts), pushed into the interleaved
 * MapLibreOverlay; the `base` kinds show, hide and fade the base style's own layers. Rebuilt when
 * the filters, a shown kind's settings or what it watches change, when a lazy builder arrives, and
 * when a style has loaded (deck.gl places layers by the style's ids). While the swipe of two data
 * dates shows (src/map/swipe/), its two layers are the overlay instead. The ranks of the shown
 * choropleth, which the labels show, are read here too.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { dataAsOf } from '../../data/ledger/hazard-ledger.ts';
import { useLedgerStore, useStore } from '../../state/store.ts';
import {
  applyBaseLayerSettings,
  buildOverlayLayers,
  rankedChoroplethAreas,
  rowsNeeded,
  selectedRowsOf,
} from '../build-overlay-layers.ts';
import { buildEnterpriseAttributes, visibilityInDrawOrder } from '../enterprises/index.ts';
import { LAYER_KINDS } from '../layer-registry.ts';
import { printLayers, setPrintLookOf } from '../print-look.ts';
import { rebuildKeys } from '../layer-kind.ts';
import { settingsOf } from '../../state/layer-settings.ts';
import { choroplethSettings } from '../choropleth/index.ts';
import { buildersSettled, onBuilderLoaded } from '../lazy-builder.ts';
import type { MapTheme } from '../theme.ts';
import type { MapShell } from './create-map.ts';
import { readyWhenDrawn } from './map-ready.ts';
import { pointPicking, type HoverState } from './point-picking.ts';
import { useFilterResult } from './use-filter-result.ts';
import { swipeLayers, useSwipe } from '../swipe/index.ts';

export function useOverlay(
  shell: MapShell | null,
  theme: MapTheme,
  styleReady: number,
  onHover: (hover: HoverState | null) => void,
): void {
  const map = shell?.map ?? null;
  const overlay = shell?.overlay ?? null;
  const dataset = useStore((s) => s.dataset);
  const filtered = useFilterResult();
  const layers = useStore((s) => s.layers);
  // What the shown kinds read from the store beyond their visibility (each kind declares it).
  const watched = useStore(
    useShallow((s) => LAYER_KINDS.flatMap((k) => (s.layers[k.id]?.visible ? rebuildKeys(k, s) : []))),
  );
  const zoom = useStore((s) => Math.round(s.camera?.zoom ?? 10));
  const area = useStore((s) => s.area);
  const selected = useStore((s) => s.selected);
  const ledgerDay = useLedgerStore((s) => s.ledgerDay);
  // While the swipe of two data dates shows, it is the overlay (src/map/swipe/); a divider step changes only its clip.
  const swipe = useSwipe();
  // The kinds' builders load on first use (lazy-builder.ts): build again when one arrives (see below).
  const [builders, setBuilders] = useState(0);
  // The kinds a print asks for, while it draws (print-look.ts); null otherwise.
  const printOnly = useRef<readonly string[] | null>(null);

  const attributes = useMemo(() => (dataset ? buildEnterpriseAttributes(dataset.enterprises) : null), [dataset]);
  // Only this one attribute changes when filters change; positions, colours and radii stay on the GPU.
  const visible = useMemo(
    () => (attributes && filtered.result ? visibilityInDrawOrder(attributes.order, filtered.result.mask) : null),
    [attributes, filtered],
  );
  const needRows = rowsNeeded(layers);
  const selectedRows = useMemo(
    () => (needRows && filtered.result ? selectedRowsOf(filtered.result.mask, filtered.result.selected) : null),
    [needRows, filtered],
  );

  // A builder that arrives builds the layers again, once the style reports loaded: deck.gl places a new
  // group of layers (a new beforeId) only then, and a source may be reloading (the rank labels' data,
  // set just after the first build); placed while it is, the layer would draw over the park outlines
  // and the labels.
  useEffect(
    () =>
      onBuilderLoaded(() => {
        const build = () => setBuilders(buildersSettled());
        if (map && !map.isStyleLoaded()) map.once('idle', build);
        else build();
      }),
    [map],
  );

  // The kinds build from the whole store state; the subscriptions above (`watched` among them) are
  // what they read from it, so they are in the list below although this body does not name them.
  useEffect(() => {
    // Until the dataset's style has loaded, `beforeId` points at a layer that does not exist yet.
    if (!map || !overlay || !attributes || !dataset || styleReady === 0) return;
    /** Draws the store's view, or while a print asks for it only the print's kinds (no selection, no area outline). */
    const draw = () => {
      const s = useStore.getState();
      const only = printOnly.current;
      const state = only ? { ...s, layers: printLayers(s.layers, only), selected: null, area: null } : s;
      const layers =
        swipe && !only
          ? swipeLayers(swipe, { attributes, visible }, theme)
          : buildOverlayLayers({
              state,
              dataset,
              attributes,
              visible,
              selectedRows,
              zoom,
              theme,
              hazardDay: ledgerDay ?? dataAsOf(dataset),
            });
      overlay.setProps({ layers, ...pointPicking(attributes.order, onHover) });
      if (only) applyBaseLayerSettings(map, state.layers);
      readyWhenDrawn(map);
      map.triggerRepaint();
      return { state, layers };
    };
    draw();
    setPrintLookOf(map, (only) => {
      printOnly.current = only;
      const { state, layers } = draw();
      if (!only) applyBaseLayerSettings(map, state.layers);
      const base = (map.getStyle()?.layers ?? [])
        .filter((l) => map.getLayoutProperty(l.id, 'visibility') !== 'none')
        .map((l) => l.id);
      return {
        kinds: LAYER_KINDS.filter((k) => state.layers[k.id]?.visible).map((k) => k.id),
        drawn: [...layers.map((l) => l.id), ...base],
      };
    });
  }, [
    map,
    overlay,
    dataset,
    attributes,
    visible,
    filtered,
    selectedRows,
    layers,
    watched,
    zoom,
    area,
    ledgerDay,
    styleReady,
    selected,
    theme,
    builders,
    onHover,
    swipe,
  ]);

  useEffect(() => {
    if (map && styleReady > 0)
      applyBaseLayerSettings(map, printOnly.current ? printLayers(layers, printOnly.current) : layers);
  }, [map, layers, styleReady]);
}

/** The top-ten areas of the shown choropleth for the rank labels (use-labels.ts), or null. */
export function useRankedChoroplethAreas() {
  const ranking = useStore(
    useShallow((s) => ({
      layers: s.layers,
      choro: settingsOf(s, choroplethSettings),
      areaMetrics: s.areaMetrics,
      area: s.area,
    })),
  );
  return useMemo(() => rankedChoroplethAreas(ranking), [ranking]);
}
