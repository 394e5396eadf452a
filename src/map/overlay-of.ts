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

/**
 * Makes deck.gl take the layers last given to the overlay now, not at its next animation frame (its
 * layer manager keeps them as "next" until then), so a synchronous MapLibre redraw right after draws
 * them: the printed bulletin's map is drawn and read within the browser's `beforeprint`. Reached
 * through the overlay's private deck instance like {@link deckCanvasOf}: if that changes, the deck
 * layers of the print are the ones of the last frame.
 */
export function settleDeckLayers(map: MlMap): void {
  const deck = (overlays.get(map) as unknown as { _deck?: { layerManager?: { updateLayers?(): void } } } | undefined)
    ?._deck;
  deck?.layerManager?.updateLayers?.();
}
