/**
 * A sharper map for a moment: the map's module provides it (src/map/export), the printed bulletin
 * (src/panels/bulletin) asks for it, neither importing the other. While raised, the map's canvas
 * holds `ratio` device pixels per CSS pixel (points and labels drawn at that resolution); the
 * returned function puts the map back.
 */
type Sharpen = (ratio: number) => Promise<() => void>;

let provider: Sharpen | null = null;

export function provideMapSharpening(sharpen: Sharpen): void {
  provider = sharpen;
}

/** Raises the map's resolution (no-op without a provider) and resolves once it has drawn at it. */
export function sharpenMap(ratio: number): Promise<() => void> {
  return provider ? provider(ratio) : Promise.resolve(() => undefined);
}
