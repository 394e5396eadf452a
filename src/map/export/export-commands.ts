/**
 * The map image exports as commands (src/ui/commands.ts), registered at start-up; what makes the
 * image (map-image.ts) is a chunk of its own, loaded on the first export or the first print (or
 * while the browser is idle, `preloadMapImage`).
 */
import type { Map as MlMap } from 'maplibre-gl';
import { dataName, tr } from '../../domain/text.ts';
import { useStore } from '../../state/store.ts';
import type { Command } from '../../ui/commands.ts';
import { downloadText } from '../../ui/download.ts';
import { provideMapCapture as provideCapture } from '../../ui/map-capture.ts';
import { printLookOf } from '../print-look.ts';
import { settleDeckLayers } from '../overlay-of.ts';
import { lazyModule } from '../../ui/lazy-load.ts';
import type { ImageSize } from './map-image.ts';
import { IMAGE_TEXT as T } from './strings.ts';

const mapImage = lazyModule(() => import('./map-image.ts'));

/** Loads the image maker ahead of its first use. */
export const preloadMapImage = (): Promise<unknown> => mapImage.load();

let busy = false;

/** The map of the page (map-view.tsx keeps it on window for tests and for this). */
const pageMap = () => (window as unknown as { __riskMap?: MlMap }).__riskMap ?? null;

async function exportImage(which: 'IMAGE_HD' | 'IMAGE_UHD'): Promise<void> {
  const map = pageMap();
  const s = useStore.getState();
  if (!map || !s.dataset || busy) return;
  busy = true;
  try {
    const m = await mapImage.load();
    const size: ImageSize = m[which];
    const blob = await m.composeMapImage(map, useStore.getState(), size);
    const safe = dataName(s.lang, s.dataset.manifest).replace(/[\\/:*?"<>|\s]+/g, '_');
    downloadText(
      `${tr(s.lang, T.fileName)}-${safe}-${s.dataset.manifest.asOf}-${size.width}x${size.height}.png`,
      blob,
      'image/png',
    );
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    s.setNotice({ kind: 'message', zh: `地图图片未能生成：${msg}`, en: `The map image could not be made: ${msg}` });
  } finally {
    busy = false;
  }
}

export const MAP_COMMANDS: readonly Command[] = [
  {
    id: 'export.png-hd',
    label: T.exportHd,
    enabled: () => useStore.getState().dataset !== null,
    run: () => {
      void exportImage('IMAGE_HD');
    },
  },
  {
    id: 'export.png-uhd',
    label: T.exportUhd,
    enabled: () => useStore.getState().dataset !== null,
    run: () => {
      void exportImage('IMAGE_UHD');
    },
  },
];

/** Lets the printed bulletin ask for a sharper map with only its layers (src/ui/map-capture.ts). Called once at start-up. */
export function provideMapCapture(): void {
  provideCapture({
    sharpen: (ratio) => {
      const map = pageMap();
      // Without the image maker's chunk the bulletin prints the map at the screen's resolution.
      return map
        ? mapImage.load().then(
            (m) => m.raiseResolution(map, ratio),
            () => () => undefined,
          )
        : Promise.resolve(() => undefined);
    },
    drawOnly: (only) => {
      const map = pageMap();
      const look = map ? printLookOf(map) : null;
      if (!map || !look) return null;
      const shown = look(only);
      // A frame now, deck.gl's layers included, so the canvas holds it when the caller reads it.
      settleDeckLayers(map);
      map.redraw();
      return {
        ...shown,
        restore: () => {
          look(null);
          map.triggerRepaint();
        },
      };
    },
  });
}
