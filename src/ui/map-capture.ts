/**
 * The map for a print, for a moment: the map's module provides it (src/map/export), the printed
 * bulletin (src/panels/bulletin) asks for it, neither importing the other.
 * - `sharpenMap(ratio)`: while raised, the map's canvas holds `ratio` device pixels per CSS pixel
 *   (points and labels drawn at that resolution); the returned function puts the map back.
 * - `drawMapOnly(only)`: draws the map at once with only those layer kinds (the bulletin's:
 *   {@link BULLETIN_MAP_LAYERS}), whatever the user has turned on, so that the canvas can be read
 *   right after (synchronously: the browser's own print gives no time to wait for a frame); `restore`
 *   draws it as the store says again.
 */

/** What the map drew for the print. */
export interface MapMoment {
  /** Draws the map as the store says again. */
  restore(): void;
  /** The layer kinds drawn (ids of the registry, src/map/layer-registry.ts). */
  kinds: readonly string[];
  /** The ids of the deck.gl and MapLibre layers drawn, as the map has them. */
  drawn: readonly string[];
}

/**
 * The layer kinds of the bulletin's map: the enterprise points by level, the park outlines and the
 * place names, over the town and district outlines that the base map always draws. Every mark of
 * these has its entry in the bulletin's legend (src/panels/bulletin/bulletin-legend.tsx); the rings,
 * marks, density and area layers the user may have on stay off the paper.
 */
export const BULLETIN_MAP_LAYERS: readonly string[] = ['points', 'parkBoundaries', 'labels'];

type Sharpen = (ratio: number) => Promise<() => void>;
type DrawOnly = (only: readonly string[]) => MapMoment | null;

let sharpen: Sharpen | null = null;
let drawOnly: DrawOnly | null = null;

export function provideMapCapture(provide: { sharpen: Sharpen; drawOnly: DrawOnly }): void {
  sharpen = provide.sharpen;
  drawOnly = provide.drawOnly;
}

/** Raises the map's resolution (no-op without a provider) and resolves once it has drawn at it. */
export function sharpenMap(ratio: number): Promise<() => void> {
  return sharpen ? sharpen(ratio) : Promise.resolve(() => undefined);
}

/** Draws the map now with only the kinds `only`; null without a map (or a provider). */
export function drawMapOnly(only: readonly string[]): MapMoment | null {
  return drawOnly ? drawOnly(only) : null;
}
