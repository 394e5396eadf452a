/**
 * The enterprise whose drawer is open, marked on the map by a ring (dark, with a white halo) above
 * every other layer, so that after the map flies to it the eye finds it at once.
 */
import { ScatterplotLayer } from '@deck.gl/layers';

export function buildSelectedLayer(lon: number, lat: number, radiusPixels = 13): ScatterplotLayer<number> {
  return new ScatterplotLayer<number>({
    id: 'selected-enterprise',
    data: [0, 1],
    getPosition: () => [lon, lat],
    // Two rings: a wide white one under a narrower dark one, readable on any fill.
    getRadius: (k) => (k === 0 ? radiusPixels + 1.5 : radiusPixels),
    getLineWidth: (k) => (k === 0 ? 6 : 3),
    getLineColor: (k) => (k === 0 ? [255, 255, 255, 230] : [15, 23, 42, 255]),
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    stroked: true,
    filled: false,
    pickable: false,
    updateTriggers: { getPosition: [lon, lat] },
  });
}
