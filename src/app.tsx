import { Suspense, useEffect } from 'react';
import { useStore } from './state/store.ts';
import { DropTarget } from './panels/import/drop-target.tsx';
import { ErrorBoundary } from './panels/error-boundary.tsx';
import { PanelBoundary } from './panels/panel-boundary.tsx';
import { LazyPart, LoadingLine } from './panels/lazy-part.tsx';
import { WhatIfBanner } from './panels/what-if-banner.tsx';
import { useT } from './i18n/use-t.ts';
import { APP_TEXT } from './i18n/strings.ts';
import { PUNCT } from './domain/punct-strings.ts';
import { perLang, tr } from './domain/text.ts';
import { handleShortcut } from './ui/commands.ts';
import { setPresentation } from './ui/app-commands.ts';
import { preloadMapImage } from './map/export/export-commands.ts';
import { ChunkLoadError, lazyComponent, PREFETCH, prefetchWhenIdle, registerPrefetch } from './ui/lazy-load.ts';
import { BRIEFING_TEXT } from './panels/briefing/strings.ts';
import { Header } from './panels/header.tsx';
import { Legend } from './panels/legend.tsx';
import { FilterPanel } from './panels/filters/filter-panel.tsx';
import { FilterChips } from './panels/filter-chips.tsx';
import { KpiTiles } from './panels/kpi-tiles.tsx';
import { AreaModeBar } from './panels/area-mode.tsx';
import { Notice } from './panels/notice.tsx';
import { Dock } from './panels/dock.tsx';
// The stylesheets of the parts loaded on first use stay in the page's first stylesheet, in the order
// they always had: before theme.css, layout.css and presentation.css (main.tsx), whose rules win
// ties. A part's rules arriving with its chunk, after those, would change the cascade (MapLibre's
// `.maplibregl-map { position: relative }` would undo theme.css's `.map { position: absolute }`).
// CSS is not in the JS budget; the import dialog's stylesheet loads with it, as it always did.
import './panels/common/export-buttons.css';
import './panels/table/table.css';
import './panels/area/area.css';
import './panels/ledger/ledger.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import './panels/bulletin/bulletin.css';
import './map/swipe/swipe.css';
import { EnterpriseTooltip } from './panels/enterprise-tooltip.tsx';
import { LayersPanel } from './map/layer-control/layers-panel.tsx';
import { LayerLegends, useLayerLegendCount } from './map/layer-control/layer-legends.tsx';
import { useBox } from './panels/use-box.ts';
import { loadDeploymentConfig } from './state/deployment-config.ts';
import { savedBasemap } from './state/basemap-setting.ts';

/** `<html lang>`: the UI's language; English without a region (its spelling is British). */
const HTML_LANG = { zh: 'zh-CN', en: 'en' } as const;

/** Map height (rem) below which the area and density legends show their classes as one strip. */
const COMPACT_LEGENDS_BELOW_REM = 32;

/** How long after the dataset is shown the idle prefetch starts when the map has not drawn by then. */
const PREFETCH_WITHOUT_MAP_MS = 10_000;

// The map (MapLibre, deck.gl) is a chunk of its own, fetched from the start alongside the dataset, so
// the page around it draws first. The rest of what is here shows only once used: each loads then,
// or earlier while the browser is idle once the first map is drawn (prefetchWhenIdle).
const MapView = lazyComponent(
  () => import('./map/map-view.tsx'),
  (m) => m.MapView,
);
void MapView.preload().catch(() => undefined);
const EnterpriseDrawer = lazyComponent(
  () => import('./panels/enterprise-drawer.tsx'),
  (m) => m.EnterpriseDrawer,
);
const AreaPanel = lazyComponent(
  () => import('./panels/area/area-panel.tsx'),
  (m) => m.AreaPanel,
);
const CompareBanner = lazyComponent(
  () => import('./panels/compare/compare-banner.tsx'),
  (m) => m.CompareBanner,
);
const TourPlayer = lazyComponent(
  () => import('./panels/briefing/tour-player.tsx'),
  (m) => m.TourPlayer,
);
const ShortcutHelp = lazyComponent(
  () => import('./panels/briefing/shortcut-help.tsx'),
  (m) => m.ShortcutHelp,
);
// The import dialog and its libraries.
const ImportDialog = lazyComponent(
  () => import('./panels/import/import-dialog.tsx'),
  (m) => m.ImportDialog,
);
registerPrefetch(PREFETCH.panel, EnterpriseDrawer.preload, AreaPanel.preload);
registerPrefetch(PREFETCH.menu, ShortcutHelp.preload, TourPlayer.preload, preloadMapImage);
registerPrefetch(PREFETCH.dialog, ImportDialog.preload);

/** The card shown beside the enterprise under the pointer (the map shell shows what it is given). */
const hoverCard = (row: number, x: number, y: number) => <EnterpriseTooltip row={row} x={x} y={y} />;

export function App() {
  const t = useT();
  const loadState = useStore((s) => s.loadState);
  const loadError = useStore((s) => s.loadError);
  const lang = useStore((s) => s.lang);
  const importOpen = useStore((s) => s.importOpen);
  const [mapAreaRef, mapBox] = useBox();
  const mapHeightRem = mapBox ? mapBox.h / mapBox.rem : Infinity;
  const legendsBelow = useLayerLegendCount();
  const blanked = useStore((s) => s.blanked);
  const selected = useStore((s) => s.selected);
  const area = useStore((s) => s.area);
  const touring = useStore((s) => s.tour !== null);
  const comparing = useStore((s) => s.compareState !== 'off');
  const helpOpen = useStore((s) => s.helpOpen);

  useEffect(() => {
    document.documentElement.lang = perLang(lang, HTML_LANG);
    document.title = t('appTitle');
  }, [lang, t]);

  // Presentation mode scales the page from its tokens (theme.css) and tells the map to go dark.
  const presenting = useStore((s) => s.presenting);
  useEffect(() => {
    if (presenting) document.documentElement.dataset.presenting = 'true';
    else delete document.documentElement.dataset.presenting;
  }, [presenting]);

  // The one keyboard listener: every shortcut is a registered command (src/ui/commands.ts).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (handleShortcut(e)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    // Leaving full screen (the browser's own Esc) leaves presentation mode too.
    let wasFull = false;
    const onFullscreen = () => {
      if (document.fullscreenElement) wasFull = true;
      else if (wasFull && useStore.getState().presenting) setPresentation(false);
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    useStore.getState().loadViews();
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, []);

  // The deployment's preset for the online basemap applies unless the user already chose.
  useEffect(() => {
    void loadDeploymentConfig().then((c) => {
      if (c.basemap && savedBasemap() === null) useStore.getState().setBasemap(c.basemap, false);
      if (c.problems.length) console.warn(c.problems.join('; '));
    });
  }, []);

  // The parts not yet used load while the browser is idle once the first map is drawn (the map shell
  // starts it, src/map/shell/map-ready.ts); should the map never draw, a while after the dataset is shown.
  useEffect(() => {
    if (loadState !== 'ready') return;
    const id = setTimeout(prefetchWhenIdle, PREFETCH_WITHOUT_MAP_MS);
    return () => clearTimeout(id);
  }, [loadState]);

  return (
    <div className="app" data-load-state={loadState}>
      {/* The first stop for the Tab key: straight to the map, past the header and the filters. */}
      <a
        className="skip-link"
        href="#map"
        data-testid="skip-to-map"
        onClick={(e) => {
          e.preventDefault();
          document.querySelector<HTMLElement>('[data-testid="map"] canvas')?.focus();
        }}
      >
        {t('skipToMap')}
      </a>
      <Header />
      <div className="workspace">
        <PanelBoundary part="filters">
          <FilterPanel />
        </PanelBoundary>
        <main className="center">
          <WhatIfBanner />
          {comparing && (
            <LazyPart name={APP_TEXT.comparePart} quiet>
              <CompareBanner />
            </LazyPart>
          )}
          <KpiTiles />
          <FilterChips />
          <div className="map-area" ref={mapAreaRef}>
            <LazyPart name={APP_TEXT.mapPart} overMap>
              <MapView hoverCard={hoverCard} />
            </LazyPart>
            <PanelBoundary part="overlayPart" overMap>
              {/* The map's left column: what the map shows, top to bottom, never over each other. */}
              <div className="map-side" data-fit-avoid={presenting ? 'left' : undefined}>
                <AreaModeBar />
                <Legend mapHeightRem={mapHeightRem} legendsBelow={legendsBelow} />
                <div className="map-side-bottom">
                  <LayerLegends compact={mapHeightRem < COMPACT_LEGENDS_BELOW_REM} />
                </div>
              </div>
              <LayersPanel />
            </PanelBoundary>
            {area !== null && (
              <LazyPart name={APP_TEXT.overlayPart} overMap>
                <AreaPanel />
              </LazyPart>
            )}
            {selected !== null && (
              <LazyPart name={APP_TEXT.overlayPart} overMap>
                <EnterpriseDrawer />
              </LazyPart>
            )}
            <Notice />
            {loadState === 'loading' && <div className="status-banner">{t('loading')}</div>}
            {loadState === 'error' && (
              <div className="status-banner error" role="alert" data-testid="load-error">
                {t('loadFailed')}
                {tr(lang, PUNCT.colon)}
                {loadError}
                {location.search !== '' && (
                  <>
                    {' '}
                    <a href={location.pathname} data-testid="back-to-demo">
                      {t('backToDemo')}
                    </a>
                  </>
                )}
              </div>
            )}
          </div>
          <PanelBoundary part="dockPart">
            <Dock />
          </PanelBoundary>
        </main>
      </div>
      {touring && (
        <LazyPart name={BRIEFING_TEXT.startTour} quiet>
          <TourPlayer />
        </LazyPart>
      )}
      {helpOpen && (
        <LazyPart name={BRIEFING_TEXT.shortcuts} quiet>
          <ShortcutHelp />
        </LazyPart>
      )}
      {blanked && (
        <div className="blank-screen" data-testid="blank-screen" onClick={() => useStore.getState().toggleBlank()}>
          <span>{tr(lang, BRIEFING_TEXT.blanked)}</span>
        </div>
      )}
      <DropTarget />
      {importOpen && (
        <ErrorBoundary
          fallback={(e, reset) => (
            <div className="status-banner error import-crashed" role="alert">
              {t('importCrashed')}
              {e.message} {/* A dialog whose chunk did not load tries again when next opened. */}
              <button
                type="button"
                onClick={() => {
                  if (e instanceof ChunkLoadError) e.retry();
                  reset();
                  useStore.getState().closeImport();
                }}
              >
                {t('close')}
              </button>
            </div>
          )}
        >
          <Suspense fallback={<LoadingLine overMap />}>
            <ImportDialog />
          </Suspense>
        </ErrorBoundary>
      )}
    </div>
  );
}
