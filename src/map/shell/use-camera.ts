/**
 * Where the map looks: it tells the store its camera after every move (the link keeps it), follows its
 * box as the dock and the window change (a district view stays fitted: district-view.ts), fits the
 * district once per dataset, and moves to the cameras asked for (a link, a table row, a tour's step).
 */
import { useEffect, useRef } from 'react';
import type { Map as MlMap } from 'maplibre-gl';
import { useStore } from '../../state/store.ts';
import { fitDistrict, keepDistrictFitted, resizeKeepingDistrict } from '../district-view.ts';
import { afterFirstLoad } from './create-map.ts';

/**
 * How much of the map's width, from the right, the enterprise drawer covers: its CSS (theme.css
 * `.drawer`) is `right: 52px; width: min(28rem, 100% - 60px)`.
 */
function drawerCoverPixels(mapWidth: number): number {
  const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return Math.min(28 * rem, mapWidth - 60) + 52;
}

export function useCamera(map: MlMap | null): void {
  const manifest = useStore((s) => s.dataset?.manifest);
  const flyTo = useStore((s) => s.flyTo);
  // The camera fits the district once per dataset, not again on a language switch.
  const fittedFor = useRef<unknown>(null);

  useEffect(() => {
    if (!map) return;
    const report = () => {
      const c = map.getCenter();
      useStore
        .getState()
        .setCamera({ lon: c.lng, lat: c.lat, zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() });
    };
    map.on('moveend', report);
    // The map's box changes with the dock and the window: keep the canvas the size of its box.
    const resize = new ResizeObserver(() => resizeKeepingDistrict(map));
    resize.observe(map.getContainer());
    const stopKeeping = keepDistrictFitted(map);
    return () => {
      map.off('moveend', report);
      resize.disconnect();
      stopKeeping();
    };
  }, [map]);

  // A camera asked for (a link's) wins over the district.
  useEffect(() => {
    if (!map || !manifest || useStore.getState().flyTo || fittedFor.current === manifest) return;
    fittedFor.current = manifest;
    fitDistrict(map, manifest.bbox);
  }, [map, manifest]);

  useEffect(() => {
    if (!map || !flyTo) return;
    const go = () => {
      const camera = {
        center: [flyTo.lon, flyTo.lat] as [number, number],
        zoom: flyTo.zoom,
        bearing: flyTo.bearing,
        pitch: flyTo.pitch,
      };
      // A tour's step flies (unless the viewer asked the system for less motion); everything else jumps.
      if (flyTo.fly && !matchMedia('(prefers-reduced-motion: reduce)').matches)
        map.flyTo({ ...camera, duration: 2500, essential: false });
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
    return afterFirstLoad(map, go);
  }, [map, flyTo]);
}
