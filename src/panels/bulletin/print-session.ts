/**
 * What a print of the bulletin needs at the moment of printing: an image of the map as it is on
 * screen, and the print time. `prepareBulletin()` takes both (the print command calls it before
 * `window.print()`, the bulletin's `beforeprint` listener for the browser's own Ctrl+P) and renders
 * the bulletin at once (`flushSync`), since the browser lays the page out for print as soon as the
 * `beforeprint` listeners return. Until then the bulletin renders nothing, so a filter click pays
 * nothing for it.
 *
 * The map is read through the handle the map shell leaves on `window.__riskMap` (panels may not
 * import src/map): its canvas keeps its pixels (`preserveDrawingBuffer`), so `toDataURL` gives the
 * last frame, drawn just before with only the bulletin's layers (src/ui/map-capture.ts: the points by
 * level, the outlines and the names; not the rings or density layers the user may have on), and the
 * map is put back at once. The image is cut to the district (the part of the canvas the district's box covers, a
 * little margin round it, widened to the shape of the bulletin's map box where the canvas allows),
 * so a wide map window does not print as a thin strip (`cropRect`, src/data/bulletin-data.ts).
 */
import { flushSync } from 'react-dom';
import { cropRect, metresPerCssPixel } from '../../data/bulletin-data.ts';
import { useStore } from '../../state/store.ts';
import { BULLETIN_MAP_LAYERS, drawMapOnly, type MapMoment } from '../../ui/map-capture.ts';

/** The bulletin's map box, mm: the image is cut to this shape and printed in it (`object-fit: contain`). */
export const MAP_BOX_MM = { width: 110, height: 132 } as const;

export interface BulletinMapImage {
  /** A `data:image/png` URL. */
  src: string;
  /** Its size in pixels. */
  width: number;
  height: number;
  /** Ground metres per image pixel at the map's centre; null when the map is tilted (no single scale). */
  metresPerPixel: number | null;
  /** The layer kinds drawn in it (the bulletin's, src/ui/map-capture.ts); null when the map could not be asked. */
  kinds: readonly string[] | null;
  /** The ids of the map's layers drawn in it; null when unknown. */
  drawn: readonly string[] | null;
}

export interface PrintSnapshot {
  /** The map image; null when there is no map to read (the bulletin then says so). */
  image: BulletinMapImage | null;
  /** When the print was prepared; null: not printing, the bulletin renders nothing. */
  printedAt: Date | null;
}

/** The part of MapLibre's map the bulletin uses, read through the window handle. */
interface MapHandle {
  getCanvas(): HTMLCanvasElement;
  project?(lngLat: [number, number]): { x: number; y: number };
  getZoom?(): number;
  getCenter?(): { lat: number };
  getPitch?(): number;
}

function mapHandle(): MapHandle | null {
  const m = (window as unknown as { __riskMap?: MapHandle }).__riskMap;
  return m && typeof m.getCanvas === 'function' ? m : null;
}

/**
 * The map as an image now: null when there is no map handle or it cannot be read; `undefined` when
 * the map is there but not laid out (hidden, as it is once the page is in print layout), so the last
 * image is kept. `aspect` (width / height) is the shape of the box it is printed in.
 */
export function captureBulletinMap(
  aspect: number = MAP_BOX_MM.width / MAP_BOX_MM.height,
): BulletinMapImage | null | undefined {
  const map = mapHandle();
  if (!map) return null;
  try {
    const canvas = map.getCanvas();
    if (!canvas || canvas.width === 0 || canvas.height === 0 || canvas.clientWidth === 0) return undefined;
    // Only the bulletin's layers, drawn now, read, then the map as the user has it again.
    const moment = drawMapOnly(BULLETIN_MAP_LAYERS);
    try {
      return readMap(map, canvas, moment, aspect);
    } finally {
      moment?.restore();
    }
  } catch {
    return null;
  }
}

/** The canvas's pixels of the district, as an image. */
function readMap(
  map: MapHandle,
  canvas: HTMLCanvasElement,
  moment: MapMoment | null,
  aspect: number,
): BulletinMapImage | null {
  const bbox = useStore.getState().dataset?.manifest.bbox;
  const corners =
    bbox && map.project
      ? (
          [
            [bbox[0], bbox[1]],
            [bbox[0], bbox[3]],
            [bbox[2], bbox[1]],
            [bbox[2], bbox[3]],
          ] as [number, number][]
        ).map((p) => map.project!(p))
      : null;
  const rect = cropRect(canvas, canvas.clientWidth, corners, aspect);
  let src: string;
  if (rect.x === 0 && rect.y === 0 && rect.w === canvas.width && rect.h === canvas.height) {
    src = canvas.toDataURL('image/png');
  } else {
    const out = document.createElement('canvas');
    out.width = rect.w;
    out.height = rect.h;
    const g = out.getContext('2d');
    if (!g) return null;
    g.drawImage(canvas, rect.x, rect.y, rect.w, rect.h, 0, 0, rect.w, rect.h);
    src = out.toDataURL('image/png');
  }
  if (!src.startsWith('data:image/png')) return null;
  const tilted = (map.getPitch?.() ?? 0) > 5;
  const lat = map.getCenter?.().lat,
    zoom = map.getZoom?.();
  const metresPerPixel =
    !tilted && lat !== undefined && zoom !== undefined
      ? metresPerCssPixel(lat, zoom) / (canvas.width / canvas.clientWidth)
      : null;
  return {
    src,
    width: rect.w,
    height: rect.h,
    metresPerPixel,
    kinds: moment?.kinds ?? null,
    drawn: moment?.drawn ?? null,
  };
}

let snapshot: PrintSnapshot = { image: null, printedAt: null };
const listeners = new Set<() => void>();

export function subscribePrint(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function printSnapshot(): PrintSnapshot {
  return snapshot;
}

function publish(next: PrintSnapshot): void {
  snapshot = next;
  flushSync(() => {
    for (const l of listeners) l();
  });
}

/** A print prepared this recently is not prepared again (the command prepares, then `window.print()` fires `beforeprint`). */
const FRESH_MS = 1000;

/** Takes the map image and the print time, and renders the bulletin now. */
export function prepareBulletin(): void {
  const now = new Date();
  if (snapshot.printedAt && now.getTime() - snapshot.printedAt.getTime() < FRESH_MS && snapshot.image) return;
  const image = captureBulletinMap();
  publish({ image: image === undefined ? snapshot.image : image, printedAt: now });
}

/** After the print: the bulletin renders nothing again. */
export function releaseBulletin(): void {
  if (snapshot.printedAt === null) return;
  snapshot = { image: snapshot.image, printedAt: null };
  for (const l of listeners) l();
}
