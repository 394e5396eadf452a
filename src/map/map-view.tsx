/**
 * The map shell: makes the one MapLibre map with its deck.gl overlay (shell/create-map.ts) and hands
 * it to one hook per concern under shell/: the base style, the camera, the overlay of layer kinds,
 * the area picking, the labels, the online basemap and the controls' titles. Each hook subscribes to
 * the store fields it needs; what is drawn comes from the pure builders beside them.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Map as MlMap } from 'maplibre-gl';
import { createMap, type MapShell } from './shell/create-map.ts';
import { useStore } from '../state/store.ts';
import { swipeShown } from '../state/swipe-slice.ts';
import { tr } from '../domain/text.ts';
import type { MapProblem } from './map-problems.ts';
import { LIGHT_THEME, wallRootPx, wallTheme } from './theme.ts';
import type { HoverState } from './shell/point-picking.ts';
import { useBaseStyle } from './shell/use-base-style.ts';
import { useCamera } from './shell/use-camera.ts';
import { useOverlay } from './shell/use-overlay.ts';
import { useAreaPick } from './area-pick.ts';
import { useLabels } from './shell/use-labels.ts';
import { useBasemap } from './shell/use-basemap.ts';
import { useControlTitles } from './shell/use-control-titles.ts';
import { MajorList } from './enterprises/major-list.tsx';
import { CameraButtons } from './camera-buttons.tsx';
import { SwipeButton, SwipeOverlay } from './swipe/index.ts';

export function MapView({ hoverCard }: { hoverCard: (row: number, x: number, y: number) => ReactNode }) {
  const container = useRef<HTMLDivElement>(null);
  const [shell, setShell] = useState<MapShell | null>(null);
  const [mapProblem, setMapProblem] = useState<MapProblem | null>(null);
  const [hover, setHover] = useState<HoverState | null>(null);
  const lang = useStore((s) => s.lang);
  const selected = useStore((s) => s.selected);
  const presenting = useStore((s) => s.presenting);
  // The swipe of two data dates leaves the wall's list of the current 重大 enterprises out.
  const swiping = useStore(swipeShown);
  // On the wall the labels follow the page's root size (presentation.css scales it with the window).
  const theme = useMemo(() => (presenting ? wallTheme(wallRootPx(window.innerWidth)) : LIGHT_THEME), [presenting]);

  // One map for the page's life; a new dataset replaces its style.
  useEffect(() => {
    const made = createMap(container.current!, setMapProblem);
    setShell(made);
    // Tests project coordinates to pixels through this handle; it exposes nothing a console user lacks.
    (window as unknown as { __riskMap?: MlMap }).__riskMap = made.map;
    return () => {
      made.map.remove();
    };
  }, []);

  const map = shell?.map ?? null;
  const styleReady = useBaseStyle(map, theme, setMapProblem);
  useCamera(map);
  useOverlay(shell, theme, styleReady, setHover);
  useAreaPick(map);
  useLabels(map, styleReady);
  const attribution = useBasemap(map, styleReady);
  useControlTitles(map);

  return (
    <div className="map-wrap">
      <div ref={container} className="map" data-testid="map" />
      <CameraButtons map={map} />
      <SwipeOverlay map={map} />
      <SwipeButton />
      {presenting && !swiping && <MajorList map={map} />}
      {attribution !== null && (
        <div className="basemap-attribution" data-testid="basemap-attribution">
          {attribution}
        </div>
      )}
      {mapProblem && (
        <div className="status-banner error" role="alert" data-testid="map-problem">
          {tr(lang, mapProblem)}
        </div>
      )}
      {/* The hover card gives way to the drawer it would otherwise sit beside. */}
      {hover && selected === null && hoverCard(hover.row, hover.x, hover.y)}
    </div>
  );
}
