/**
 * On the wall, the 重大 enterprises in view that the map could not label (labels may not overlap):
 * listed beside the map, highest score first, as many as fit, then how many more. Together with
 * the labels, every 重大 enterprise in view is named without hovering.
 */
import { useEffect, useState } from 'react';
import type { Map as MlMap } from 'maplibre-gl';
import { tr } from '../../domain/text.ts';
import { useStore } from '../../state/store.ts';
import { MAJOR_NAMES } from '../base/index.ts';
import { MAP_TEXT } from '../strings.ts';
import { refitDistrict } from '../district-view.ts';
import { DetailsPending } from '../../ui/details-pending.tsx';

/** `pending`: the names are still streaming in, so none can be listed yet. */
interface Listing {
  inView: number;
  placed: number;
  unplaced: string[];
  pending: boolean;
}

function listing(map: MlMap): Listing {
  const s = useStore.getState();
  const d = s.dataset;
  if (!d) return { inView: 0, placed: 0, unplaced: [], pending: false };
  const text = s.text;
  const c = d.enterprises,
    mask = s.result?.mask ?? null,
    bounds = map.getBounds();
  const placed = new Set(map.queryRenderedFeatures({ layers: [MAJOR_NAMES] }).map((f) => String(f.properties?.name)));
  const rows: { name: string; score: number }[] = [];
  let inView = 0;
  for (let i = 0; i < c.length; i++) {
    if (c.level[i] !== 0 || (mask && !mask[i]) || !bounds.contains([c.lon[i], c.lat[i]])) continue;
    inView++;
    if (!text) continue;
    const name = text.name.get(i) ?? '';
    if (!placed.has(name)) rows.push({ name, score: c.score[i] });
  }
  rows.sort((a, b) => b.score - a.score);
  if (!text) return { inView, placed: 0, unplaced: [], pending: true };
  return { inView, placed: inView - rows.length, unplaced: rows.map((r) => r.name), pending: false };
}

export function MajorList({ map }: { map: MlMap | null }) {
  const lang = useStore((s) => s.lang);
  const [l, setL] = useState<Listing | null>(null);
  const [room, setRoom] = useState(10);
  // Recounted when the map settles (labels placed) and at once when the filters change.
  const version = useStore((s) => s.resultVersion);
  const text = useStore((s) => s.text);
  useEffect(() => {
    if (!map) return;
    const update = () => {
      setL(listing(map));
      // Lines of 1.3 rem that fit in the map's height, less the heading and the "more" line.
      const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      setRoom(Math.max(1, Math.floor(map.getContainer().clientHeight / (1.5 * rem)) - 3));
    };
    map.on('idle', update);
    update();
    return () => {
      map.off('idle', update);
    };
  }, [map, version, text]);
  // The district makes room for the list (district-view.ts reads data-fit-avoid).
  const shownList = Boolean(l && l.inView > 0);
  useEffect(() => {
    if (map) refitDistrict(map);
    return () => {
      if (map) refitDistrict(map);
    };
  }, [map, shownList]);
  if (!l || l.inView === 0) return null;
  const shown = l.unplaced.slice(0, room);
  const more = l.unplaced.length - shown.length;
  return (
    <aside
      className="major-list"
      data-fit-avoid="right"
      data-testid="major-list"
      data-in-view={l.inView}
      data-placed={l.placed}
      data-listed={shown.length}
      data-more={more}
    >
      <h2>▲ {tr(lang, MAP_TEXT.majorInView, l.inView)}</h2>
      {l.pending && <DetailsPending what="names" />}
      {shown.length > 0 && (
        <ol>
          {shown.map((n, k) => (
            <li key={k}>{n}</li>
          ))}
        </ol>
      )}
      {more > 0 && <div>{tr(lang, MAP_TEXT.majorNotPlaced, more)}</div>}
    </aside>
  );
}
