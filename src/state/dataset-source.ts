/** Which dataset the page address asks for: a deployed bundle (`?dataset=<id>`, the demo by default) or a saved import (`?saved=<id>`). */
export type DatasetSource = { kind: 'deployed'; id: string } | { kind: 'saved'; id: string };

export function datasetSource(search: string): DatasetSource {
  const q = new URLSearchParams(search);
  const saved = q.get('saved');
  if (saved) return { kind: 'saved', id: saved };
  return { kind: 'deployed', id: q.get('dataset') || 'demo' };
}

export const currentSource = (): DatasetSource => datasetSource(typeof location === 'undefined' ? '' : location.search);
