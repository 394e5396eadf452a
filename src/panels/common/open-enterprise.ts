/** What a click on a table row or a top-list item does: open the drawer and fly the map there. */
import { useStore } from '../../state/store.ts';

/** Close enough to tell the enterprise from its neighbours, far enough to see its grid cell and park. */
const OPEN_ZOOM = 15;

export function openEnterprise(row: number): void {
  const s = useStore.getState();
  s.select(row);
  const c = s.dataset?.enterprises;
  if (!c || row < 0 || row >= c.length) return;
  const lon = c.lon[row],
    lat = c.lat[row];
  if (Number.isFinite(lon) && Number.isFinite(lat))
    s.requestCamera({ lon, lat, zoom: OPEN_ZOOM, bearing: 0, pitch: 0 });
}
