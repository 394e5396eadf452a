import { lazy, Suspense, useEffect } from 'react';
import { useStore } from './state/store.ts';
import { DropTarget } from './panels/import/drop-target.tsx';
import { ErrorBoundary } from './panels/error-boundary.tsx';
import { PanelBoundary } from './panels/panel-boundary.tsx';
import { WhatIfBanner } from './panels/what-if-banner.tsx';
import { useT } from './i18n/use-t.ts';
import { PUNCT } from './i18n/punct-strings.ts';
import { tr } from './i18n/text.ts';
import { handleShortcut } from './ui/commands.ts';
import { startDatasetLoad } from './ui/dataset-loading.ts';
import { setPresentation } from './ui/app-commands.ts';
import { TourPlayer } from './panels/briefing/tour-player.tsx';
import { ShortcutHelp } from './panels/briefing/shortcut-help.tsx';
import { BRIEFING_TEXT } from './panels/briefing/strings.ts';
import { Header } from './panels/header.tsx';
import { Legend } from './panels/legend.tsx';
import { EnterpriseDrawer } from './panels/enterprise-drawer.tsx';
import { FilterPanel } from './panels/filters/filter-panel.tsx';
import { FilterChips } from './panels/filter-chips.tsx';
import { KpiTiles } from './panels/kpi-tiles.tsx';
import { AreaModeBar } from './panels/area-mode.tsx';
import { Notice } from './panels/notice.tsx';
import { Dock } from './panels/dock.tsx';
import { MapView } from './map/map-view.tsx';
import { EnterpriseTooltip } from './panels/enterprise-tooltip.tsx';
import { LayersPanel } from './map/layer-control/layers-panel.tsx';
import { LayerLegends, useLayerLegendCount } from './map/layer-control/layer-legends.tsx';
import { AreaPanel } from './panels/area/area-panel.tsx';
import { useBox } from './panels/use-box.ts';
import { loadDeploymentConfig } from './state/deployment-config.ts';
import { savedBasemap } from './state/basemap-setting.ts';

/** `<html lang>`: the UI's language; English without a region (its spelling is British). */
const HTML_LANG = { zh: 'zh-CN', en: 'en' } as const;

/** Map height (rem) below which the area and density legends show their classes as one strip. */
const COMPACT_LEGENDS_BELOW_REM = 32;

// The import dialog and its libraries load only when someone opens it.
const ImportDialog = lazy(() => import('./panels/import/import-dialog.tsx').then((m) => ({ default: m.ImportDialog })));

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

  useEffect(() => {
    document.documentElement.lang = HTML_LANG[lang];
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
    const onKey = (e: KeyboardEvent) => { if (handleShortcut(e)) e.preventDefault(); };
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

  useEffect(() => startDatasetLoad(), []);

  return (
    <div className="app" data-load-state={loadState}>
      {/* The first stop for the Tab key: straight to the map, past the header and the filters. */}
      <a className="skip-link" href="#map" data-testid="skip-to-map" onClick={(e) => {
        e.preventDefault();
        document.querySelector<HTMLElement>('[data-testid="map"] canvas')?.focus();
      }}>{t('skipToMap')}</a>
      <Header />
      <div className="workspace">
        <PanelBoundary part="filters"><FilterPanel /></PanelBoundary>
        <main className="center">
          <WhatIfBanner />
          <KpiTiles />
          <FilterChips />
          <div className="map-area" ref={mapAreaRef}>
            <PanelBoundary part="mapPart" overMap><MapView hoverCard={hoverCard} /></PanelBoundary>
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
              <AreaPanel />
              <EnterpriseDrawer />
            </PanelBoundary>
            <Notice />
            {loadState === 'loading' && <div className="status-banner">{t('loading')}</div>}
            {loadState === 'error' && (
              <div className="status-banner error" role="alert" data-testid="load-error">
                {t('loadFailed')}{tr(lang, PUNCT.colon)}{loadError}
                {location.search !== '' && <> <a href={location.pathname} data-testid="back-to-demo">{t('backToDemo')}</a></>}
              </div>
            )}
          </div>
          <PanelBoundary part="dockPart"><Dock /></PanelBoundary>
        </main>
      </div>
      <TourPlayer />
      <ShortcutHelp />
      {blanked && <div className="blank-screen" data-testid="blank-screen" onClick={() => useStore.getState().toggleBlank()}><span>{tr(lang, BRIEFING_TEXT.blanked)}</span></div>}
      <DropTarget />
      {importOpen && (
        <ErrorBoundary fallback={(e, reset) => (
          <div className="status-banner error import-crashed" role="alert">
            {t('importCrashed')}{e.message}{' '}
            <button type="button" onClick={() => { reset(); useStore.getState().closeImport(); }}>{t('close')}</button>
          </div>
        )}>
          <Suspense fallback={null}><ImportDialog /></Suspense>
        </ErrorBoundary>
      )}
    </div>
  );
}
