/** The deck.gl overlay of a map (shell/create-map.ts sets it), for the image export, which must resize deck's drawing buffer with the map's. */
import type { Map as MlMap } from 'maplibre-gl';
import type { MapLibreOverlay } from '@deck.gl/maplibre';

const overlays = new WeakMap<MlMap, MapLibreOverlay>();

export function setOverlayOf(map: MlMap, overlay: MapLibreOverlay): void {
  overlays.set(map, overlay);
}

/**
 * The luma.gl canvas context deck draws through. In interleaved mode MapLibre owns the canvas and
 * deck does not follow a change of MapLibre's pixel ratio (deck.gl issue 10509: the base map owns the
 * drawing buffer), so the export tells it the new size itself. Reached through the overlay's deck
 * instance, which MapLibreOverlay keeps private: if that changes, the export still works, with
 * deck's layers drawn at the screen's resolution.
 */
export function deckCanvasOf(map: MlMap): { setDrawingBufferSize(w: number, h: number): void } | null {
  const deck = (
    overlays.get(map) as unknown as
      { _deck?: { device?: { canvasContext?: { setDrawingBufferSize(w: number, h: number): void } } } } | undefined
  )?._deck;
  return deck?.device?.canvasContext ?? null;
}
