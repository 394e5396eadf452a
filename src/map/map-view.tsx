/**
 * The map shell: one MapLibre map with the offline base style and one deck.gl overlay. It only wires
 * events and pushes layers; what is drawn comes from the pure builders next to it.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Map as MlMap, NavigationControl, ScaleControl, setWorkerUrl, type GeoJSONSource, type MapMouseEvent } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { PickingInfo } from '@deck.gl/core';
import { useLedgerStore, useStore } from '../state/store.ts';
import { buildBaseStyle } from './base/build-base-style.ts';
import { useShallow } from 'zustand/react/shallow';
import { buildEnterpriseAttributes, visibilityInDrawOrder } from './enterprises/build-enterprise-layer.ts';
import { BASEMAP_LABEL_SOURCE, BASEMAP_SOURCE, basemapAttribution, basemapLayers, basemapSources, isRefusal } from './base/online-basemap.ts';
import { basemapRefusal, MAP_DRAW_TIMEOUT_MS, MAP_STALLED, mapProblemOf, type MapProblem } from './map-problems.ts';
import type { StringKey } from '../i18n/strings.ts';
import { useT } from '../i18n/use-t.ts';
import { tr } from '../domain/text.ts';
import { fitDistrict, keepDistrictFitted, resizeKeepingDistrict } from './district-view.ts';
import { applyBaseLayerSettings, buildOverlayLayers, rankedChoroplethAreas, rowsNeeded, selectedRowsOf } from './build-overlay-layers.ts';
import { LAYER_KINDS } from './layer-registry.ts';
import { rebuildKeys } from './layer-kind.ts';
import { settingsOf } from '../state/layer-settings.ts';
import { choroplethSettings } from './choropleth/choropleth-settings-spec.ts';
import { buildersLoading, buildersSettled, onBuilderLoaded } from './lazy-builder.ts';
import { prefetchWhenIdle } from '../ui/lazy-load.ts';
import { NO_RANKS, RANK_BADGE, RANK_BADGE_OPTIONS, RANK_SOURCE, rankBadgeImage, rankedTownLabels, rankLabelFeatures } from './choropleth/rank-labels.ts';
import { LIGHT_THEME, wallRootPx, wallTheme } from './theme.ts';
import { MAJOR_NAMES, majorNameFeatures } from './enterprises/major-names.ts';
import { MajorList } from './enterprises/major-list.tsx';
import { setOverlayOf } from './overlay-of.ts';
import { useAreaPick } from './area-pick.ts';
import { dataAsOf } from '../data/ledger/hazard-ledger.ts';
import { CameraButtons } from './camera-buttons.tsx';

setWorkerUrl(workerUrl);

export interface HoverState { row: number; x: number; y: number }


/**
 * How much of the map's width, from the right, the enterprise drawer covers: its CSS (theme.css
 * `.drawer`) is `right: 52px; width: min(28rem, 100% - 60px)`.
 */
function drawerCoverPixels(mapWidth: number): number {
  const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return Math.min(28 * rem, mapWidth - 60) + 52;
}
export function MapView({ hoverCard }: { hoverCard: (row: number, x: number, y: number) => ReactNode }) {
  const dataset = useStore((s) => s.dataset);
  // Names stream in after the first picture; the wall's labels of 重大 enterprises wait for them.
  const text = useStore((s) => s.text);
  const lang = useStore((s) => s.lang);
  const t = useT();
  const select = useStore((s) => s.select);
  const result = useStore((s) => s.result);
  const resultVersion = useStore((s) => s.resultVersion);
  const flyTo = useStore((s) => s.flyTo);
  const layers = useStore((s) => s.layers);
  // What the shown kinds read from the store beyond their visibility (each kind declares it).
  const watched = useStore(useShallow((s) => LAYER_KINDS.flatMap((k) => (s.layers[k.id]?.visible ? rebuildKeys(k, s) : []))));
  const choro = useStore((s) => settingsOf(s, choroplethSettings));
  const areaMetrics = useStore((s) => s.areaMetrics);
  const zoom = useStore((s) => Math.round(s.camera?.zoom ?? 10));
  const area = useStore((s) => s.area);
  const ledgerDay = useLedgerStore((s) => s.ledgerDay);
  // The kinds' builders load on first use (lazy-builder.ts): build again when one arrives (see below).
  const [builders, setBuilders] = useState(0);
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MlMap | null>(null);
  const overlayRef = useRef<MapLibreOverlay | null>(null);
  // Whether the map has drawn since its style was last set (the watchdog's question), apart from
  // `data-map-ready`, which goes false on every change of the layers; and the one listener that
  // sets that flag back, so a listener of an earlier change cannot set it while a builder loads.
  const drawnSinceStyle = useRef(false);
  const onDrawn = useRef<(() => void) | null>(null);
  const [hover, setHover] = useState<HoverState | null>(null);
  const [styleReady, setStyleReady] = useState(0);
  const [mapReady, setMapReady] = useState<MlMap | null>(null);
  const [mapProblem, setMapProblem] = useState<MapProblem | null>(null);
  const selected = useStore((s) => s.selected);
  const basemap = useStore((s) => s.basemap);
  const presenting = useStore((s) => s.presenting);
  // On the wall the labels follow the page's root size (presentation.css scales it with the window).
  const theme = useMemo(() => (presenting ? wallTheme(wallRootPx(window.innerWidth)) : LIGHT_THEME), [presenting]);
  // The hover card gives way to the drawer it would otherwise sit beside (see the render below).
  // The camera fits the district once per dataset, not again on a language switch.
  const fittedFor = useRef<unknown>(null);
  const firstStyleLoaded = useRef(false);
  const areaPick = useAreaPick();

  const attributes = useMemo(() => (dataset ? buildEnterpriseAttributes(dataset.enterprises) : null), [dataset]);
  // Only this one attribute changes when filters change; positions, colours and radii stay on the GPU.
  const visible = useMemo(
    () => (attributes && result ? visibilityInDrawOrder(attributes.order, result.mask) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [attributes, resultVersion],
  );
  const needRows = rowsNeeded(layers);
  const selectedRows = useMemo(
    () => (needRows && result ? selectedRowsOf(result.mask, result.selected) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [needRows, resultVersion],
  );

  // One map for the page's life; a new dataset replaces its style.
  useEffect(() => {
    const map = new MlMap({
      container: container.current!,
      style: { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': LIGHT_THEME.land } }] },
      center: [121.5, 29.87],
      zoom: 9,
      attributionControl: false,
      // Our own observer resizes the map (resizeKeepingDistrict), so that a district view stays fitted.
      trackResize: false,
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
      localIdeographFontFamily: '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif',
    });
    map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
    const overlay = new MapLibreOverlay({ interleaved: true, layers: [] });
    map.addControl(overlay);
    setOverlayOf(map, overlay);
    map.once('load', () => { firstStyleLoaded.current = true; });
    map.on('moveend', () => {
      const c = map.getCenter();
      useStore.getState().setCamera({ lon: c.lng, lat: c.lat, zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() });
    });
    // The rank badge is an image the style names: added as soon as each style loads, before its
    // tiles are laid out (a tile laid out without it never shows its badges), and on request.
    const addBadge = () => { if (!map.hasImage(RANK_BADGE)) map.addImage(RANK_BADGE, rankBadgeImage(), RANK_BADGE_OPTIONS); };
    map.on('style.load', addBadge);
    map.on('styleimagemissing', (e: { id: string }) => { if (e.id === RANK_BADGE) addBadge(); });
    // MapLibre reports a worker that failed to load, or a style it cannot draw, only as an event.
    map.on('error', (e) => {
      // The online basemap refusing its key (HTTP 418 from Tianditu: a wrong key or a spent quota):
      // say so and go back to the offline base, which was there all along.
      const { sourceId } = e as unknown as { sourceId?: string };
      if (sourceId === BASEMAP_SOURCE || sourceId === BASEMAP_LABEL_SOURCE) {
        const status = (e.error as { status?: number } | undefined)?.status;
        const s = useStore.getState();
        if (s.basemap.enabled && (isRefusal(status) || status === undefined || status >= 400)) {
          s.setBasemap({ ...s.basemap, enabled: false }, false);
          s.setNotice({ kind: 'message', ...basemapRefusal(status) });
        }
        return;
      }
      const problem = mapProblemOf(e.error);
      if (problem) setMapProblem(problem);
    });
    mapRef.current = map;
    overlayRef.current = overlay;
    setMapReady(map);
    // The map's box changes with the dock and the window: keep the canvas the size of its box.
    const resize = new ResizeObserver(() => resizeKeepingDistrict(map));
    resize.observe(container.current!);
    const stopKeeping = keepDistrictFitted(map);
    // Tests project coordinates to pixels through this handle; it exposes nothing a console user lacks.
    (window as unknown as { __riskMap?: MlMap }).__riskMap = map;
    return () => {
      resize.disconnect();
      stopKeeping();
      map.remove();
      mapRef.current = null;
      overlayRef.current = null;
    };
  }, []);

  // The base map depends on geometry and names only: a rescore (new dataset object, same geometry) keeps it.
  const geo = dataset?.geo;
  const manifest = dataset?.manifest;
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !geo || !manifest) return;
    container.current!.dataset.mapReady = 'false';
    drawnSinceStyle.current = false;
    // A map that has not drawn in this long will not: say so rather than stay grey.
    const watchdog = setTimeout(() => { if (!drawnSinceStyle.current) setMapProblem(MAP_STALLED); }, MAP_DRAW_TIMEOUT_MS);
    // beforeId is ignored until the style reports loaded (a MapLibre 6 behaviour with inline sources): push layers again then.
    const onIdle = () => setStyleReady((n) => n + 1);
    const apply = () => {
      map.setStyle(buildBaseStyle(geo, manifest, theme, lang));
      map.once('idle', onIdle);
    };
    // A map made just now (its chunk arrived after the dataset) has not loaded its first style yet; a
    // style set before then is not diffed but built from scratch. So the dataset's style waits for it.
    if (firstStyleLoaded.current) apply();
    else map.once('load', apply);
    if (!useStore.getState().flyTo && fittedFor.current !== manifest) {
      fittedFor.current = manifest;
      fitDistrict(map, manifest.bbox);
    }
    return () => { map.off('load', apply); map.off('idle', onIdle); clearTimeout(watchdog); };
  }, [geo, manifest, lang, theme]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !flyTo) return;
    const go = () => {
      const camera = { center: [flyTo.lon, flyTo.lat] as [number, number], zoom: flyTo.zoom, bearing: flyTo.bearing, pitch: flyTo.pitch };
      // A tour's step flies (unless the viewer asked the system for less motion); everything else jumps.
      if (flyTo.fly && !matchMedia('(prefers-reduced-motion: reduce)').matches) map.flyTo({ ...camera, duration: 2500, essential: false });
      else map.jumpTo(camera);
      // Flying to an enterprise opens its drawer on the right, and the legends stand on the left: put
      // the enterprise in the middle of the map between them.
      if (useStore.getState().selected !== null) {
        const box = map.getContainer().getBoundingClientRect();
        const side = document.querySelector('.map-side')?.getBoundingClientRect();
        const left = side ? Math.max(0, side.right - box.left) : 0;
        const right = box.width - drawerCoverPixels(box.width);
        if (right - left > 120) map.panBy([box.width / 2 - (left + right) / 2, 0], { duration: 0 });
      }
    };
    // A link's camera can arrive before the map has loaded (the dataset came before the map's code):
    // moved before its first load the map would keep a camera of a box not yet laid out.
    if (firstStyleLoaded.current) go();
    else map.once('load', go);
    return () => { map.off('load', go); };
  }, [flyTo]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const onClick = (e: MapMouseEvent) => areaPick(map, e);
    map.on('click', onClick);
    return () => { map.off('click', onClick); };
  }, [areaPick]);

  useEffect(() => {
    const overlay = overlayRef.current;
    // Until the dataset's style has loaded, `beforeId` points at a layer that does not exist yet.
    if (!overlay || !attributes || !dataset || styleReady === 0) return;
    overlay.setProps({
      layers: buildOverlayLayers({
        state: useStore.getState(), dataset, attributes, visible, selectedRows, zoom, theme, hazardDay: ledgerDay ?? dataAsOf(dataset),
      }),
      onHover: (info: PickingInfo) => setHover(info.index >= 0 ? { row: attributes.order[info.index], x: info.x, y: info.y } : null),
      onClick: (info: PickingInfo, event: { srcEvent?: MouseEvent }) => {
        // With an area mode on, clicks go to the areas beneath (handled by the map's click listener).
        if (info.index >= 0 && !useStore.getState().areaMode && !event.srcEvent?.altKey) select(attributes.order[info.index]);
      },
      getCursor: ({ isHovering }: { isHovering: boolean }) => (isHovering ? 'pointer' : 'grab'),
    });
    const map = mapRef.current;
    if (map) {
      // `data-map-ready` says the map shows what the store holds now: false from each change until the
      // builders of what is shown have arrived (this effect runs again when they do) and the map has
      // gone idle. The e2e tests and the tour bench wait on it instead of guessing a time.
      // Once the first map is drawn, the parts of the page not yet used load while the browser is idle.
      if (container.current) container.current.dataset.mapReady = 'false';
      if (onDrawn.current) map.off('idle', onDrawn.current);
      onDrawn.current = null;
      if (!buildersLoading()) {
        const drawn = () => {
          onDrawn.current = null;
          drawnSinceStyle.current = true;
          if (container.current) container.current.dataset.mapReady = 'true';
          prefetchWhenIdle();
        };
        onDrawn.current = drawn;
        map.once('idle', drawn);
      }
      map.triggerRepaint();
    }
  }, [dataset, attributes, visible, result, selectedRows, resultVersion, layers, watched, zoom, area, ledgerDay, select, styleReady, selected, theme, builders]);

  // A builder that arrives builds the layers again, once the style reports loaded: deck.gl places a new
  // group of layers (a new beforeId) only then, and a source may be reloading (the rank labels' data,
  // set just after the first build); placed while it is, the layer would draw over the park outlines
  // and the labels.
  useEffect(() => onBuilderLoaded(() => {
    const map = mapRef.current;
    const build = () => setBuilders(buildersSettled());
    if (map && !map.isStyleLoaded()) map.once('idle', build);
    else build();
  }), []);

  // MapLibre's own control buttons speak the UI's language (it would otherwise title them in English).
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const titles: [string, StringKey][] = [['.maplibregl-ctrl-zoom-in', 'mapZoomIn'], ['.maplibregl-ctrl-zoom-out', 'mapZoomOut'], ['.maplibregl-ctrl-compass', 'mapResetBearing']];
    for (const [selector, key] of titles) {
      const button = root.querySelector<HTMLButtonElement>(selector);
      if (!button) continue;
      button.title = t(key);
      button.setAttribute('aria-label', t(key));
    }
  }, [t, mapReady]);

  // The rank badges of the shown choropleth, placed by MapLibre among the base map's labels.
  useEffect(() => {
    const source = styleReady > 0 && dataset ? mapRef.current?.getSource<GeoJSONSource>(RANK_SOURCE) : undefined;
    if (!source || !dataset) return;
    const ranked = rankedChoroplethAreas({ layers, choro, areaMetrics, area });
    const { towns, grids, parks } = dataset.manifest;
    mapRef.current!.getSource<GeoJSONSource>('town-labels')?.setData(rankedTownLabels(towns, ranked?.kind === 'town' ? ranked.top : []));
    source.setData(ranked && ranked.kind !== 'town' ? rankLabelFeatures(ranked.top, ranked.kind === 'grid' ? grids : parks) : NO_RANKS);
  }, [styleReady, dataset, layers, choro, areaMetrics, area]);

  // On the wall, the names of the 重大 enterprises that pass the filters.
  useEffect(() => {
    const source = styleReady > 0 && dataset ? mapRef.current?.getSource<GeoJSONSource>(MAJOR_NAMES) : undefined;
    if (!source || !dataset) return;
    source.setData(presenting && text ? majorNameFeatures({ enterprises: dataset.enterprises, text }, result?.mask ?? null) : { type: 'FeatureCollection', features: [] });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [styleReady, dataset, text, presenting, resultVersion]);

  // The online basemap, when on: raster layers just above the background, the district's fills made see-through.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || styleReady === 0) return;
    for (const id of [BASEMAP_LABEL_SOURCE, BASEMAP_SOURCE]) {
      if (map.getLayer(id)) map.removeLayer(id);
      if (map.getSource(id)) map.removeSource(id);
    }
    map.setPaintProperty('town-fill', 'fill-opacity', basemap.enabled ? 0.35 : 1);
    if (!basemap.enabled) return;
    for (const [id, source] of Object.entries(basemapSources(basemap, lang))) map.addSource(id, source);
    for (const layer of basemapLayers()) map.addLayer(layer, 'town-fill');
  }, [basemap, styleReady, lang]);

  useEffect(() => {
    const map = mapRef.current;
    if (map && styleReady > 0) applyBaseLayerSettings(map, layers);
  }, [layers, styleReady]);

  return (
    <div className="map-wrap">
      <div ref={container} className="map" data-testid="map" />
      <CameraButtons map={mapReady} />
      {presenting && <MajorList map={mapReady} />}
      {basemap.enabled && <div className="basemap-attribution" data-testid="basemap-attribution">{basemapAttribution(basemap, lang)}</div>}
      {mapProblem && (
        <div className="status-banner error" role="alert" data-testid="map-problem">{tr(lang, mapProblem)}</div>
      )}
      {hover && selected === null && hoverCard(hover.row, hover.x, hover.y)}
    </div>
  );
}

