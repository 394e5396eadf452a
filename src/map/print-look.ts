/**
 * The map drawn for a print with only some layer kinds (the bulletin's, src/ui/map-capture.ts): the
 * overlay hook (shell/use-overlay.ts) registers, per map, a function that draws the map with only the
 * kinds given (null: as the store says again) and reports what it drew; the print's provider
 * (export/export-commands.ts) calls it. The store is not touched, so the link and the layers panel
 * never see the print's look.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { LayerSetting } from '../state/layers-slice.ts';

/** Draws with only `only` (null: the store's layers again); the kinds it draws and the ids of the deck.gl and MapLibre layers. */
export type PrintLook = (only: readonly string[] | null) => { kinds: string[]; drawn: string[] };

const looks = new WeakMap<MlMap, PrintLook>();

export function setPrintLookOf(map: MlMap, look: PrintLook): void {
  looks.set(map, look);
}

export function printLookOf(map: MlMap): PrintLook | null {
  return looks.get(map) ?? null;
}

/** The layers as the print draws them: the kinds in `only` on at full opacity, every other off. */
export function printLayers(
  layers: Readonly<Record<string, LayerSetting>>,
  only: readonly string[],
): Record<string, LayerSetting> {
  return Object.fromEntries(
    Object.keys(layers).map((id) => [
      id,
      only.includes(id) ? { visible: true, opacity: 1 } : { ...layers[id], visible: false },
    ]),
  );
}
