/**
 * Two camera buttons under the zoom controls: fit the map to the enterprises now selected (two
 * enterprises left by a filter are otherwise two dots somewhere on the district), and back to the
 * whole district (which then stays fitted as the map's box changes: district-view.ts).
 */
import type { Map as MlMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { isSmallSelection, selectionBounds, SMALL_SELECTION } from '../data/selection-bounds.ts';
import { useT } from '../i18n/use-t.ts';
import { useStore } from '../state/store.ts';
import { fitDistrict } from './district-view.ts';

/** Fits the camera to a box, with a floor on its size so a single point is not zoomed to the street. */
function fitBox(map: MlMap, [w, s, e, n]: [number, number, number, number]): void {
  const pad = 0.004; // about 400 m
  map.fitBounds(
    [
      [w - pad, s - pad],
      [e + pad, n + pad],
    ],
    { padding: 60, maxZoom: 16, duration: 600 },
  );
}

export function CameraButtons({ map }: { map: MlMap | null }) {
  const t = useT();
  const dataset = useStore((s) => s.dataset);
  const result = useStore((s) => s.result);
  const version = useStore((s) => s.resultVersion);
  // When a filter first narrows the map to a few enterprises close together, fly to them, once:
  // not again while the selection stays small, so the user's own panning is left alone.
  const wasSmall = useRef(false);
  useEffect(() => {
    if (!map || !dataset || !result || result.selected === dataset.enterprises.length) {
      wasSmall.current = false;
      return;
    }
    const c = dataset.enterprises;
    const b = result.selected <= SMALL_SELECTION.maxEnterprises ? selectionBounds(c.lon, c.lat, result.mask) : null;
    const small = isSmallSelection(result.selected, b, dataset.manifest.bbox);
    if (small && !wasSmall.current && b) fitBox(map, b);
    wasSmall.current = small;
  }, [map, dataset, result, version]);
  if (!map || !dataset || !result) return null;
  const c = dataset.enterprises;
  const filtered = result.selected < c.length && result.selected > 0;
  return (
    <div className="camera-buttons">
      <button
        type="button"
        title={t('fitSelectionTitle')}
        aria-label={t('fitSelectionTitle')}
        data-testid="fit-selection"
        disabled={!filtered}
        onClick={() => {
          const b = selectionBounds(c.lon, c.lat, result.mask);
          if (b) fitBox(map, b);
        }}
      >
        ⤢
      </button>
      <button
        type="button"
        title={t('resetViewTitle')}
        aria-label={t('resetViewTitle')}
        data-testid="reset-view"
        onClick={() => fitDistrict(map, dataset.manifest.bbox, 600)}
      >
        ⌂
      </button>
    </div>
  );
}
