/** Which layer kinds are on, `layers=<id,...>`, when not the defaults (opacity is not part of the link). */
import { defaultVisibleIds, layerShown } from '../layers-slice.ts';
import type { ViewPart } from './view-part.ts';

export const layersPart: ViewPart<string[] | null> = {
  field: 'layers',
  keys: ['layers'],
  empty: null,
  // Written even when empty: every optional layer off is a view too, not the defaults.
  write: (ids) => [`layers=${ids.map(encodeURIComponent).join(',')}`],
  read: (link) =>
    link.get('layers') === null ? undefined : link.list('layers', (v) => (link.layerIds.includes(v) ? v : undefined)),
  capture: (s) => {
    if (s.layerDefs.every((d) => layerShown(s.layers, d.id) === d.defaults.visible)) return null;
    return s.layerDefs.filter((d) => layerShown(s.layers, d.id)).map((d) => d.id);
  },
  apply: (ids, x) => x.get().setVisibleLayers(ids ?? defaultVisibleIds(x.get().layerDefs)),
  watch: (s) => s.layerDefs.map((d) => (layerShown(s.layers, d.id) ? 1 : 0)).join(''),
  history: 'push',
};
