/** The map's camera, `c=<lon>,<lat>,<zoom>,<bearing>,<pitch>`: a move replaces the history entry. */
import type { Camera } from '../url-state.ts';
import { round, type ViewPart } from './view-part.ts';

export const cameraPart: ViewPart<Camera | null> = {
  field: 'camera',
  keys: ['c'],
  empty: null,
  write: (c) => [
    `c=${[round(c.lon, 5), round(c.lat, 5), round(c.zoom, 2), round(c.bearing, 1), round(c.pitch, 1)].join(',')}`,
  ],
  read: (link) => {
    const c = link.get('c');
    if (c === null) return undefined;
    const n = c.split(',').map(Number);
    const [lon, lat, zoom, bearing = 0, pitch = 0] = n;
    if (
      n.length >= 3 &&
      n.every(Number.isFinite) &&
      Math.abs(lon) <= 180 &&
      Math.abs(lat) <= 85 &&
      zoom >= 0 &&
      zoom <= 22 &&
      pitch >= 0 &&
      pitch <= 85
    ) {
      return { lon, lat, zoom, bearing, pitch };
    }
    link.problems.push('c: not a camera position');
    return undefined;
  },
  capture: (s) => s.camera,
  apply: (c, x) => {
    if (c) x.get().requestCamera(c, x.fly);
  },
  watch: (s) => s.camera,
  history: 'replace',
  // After the rest, as a link was always applied.
  applyOrder: 1,
};
