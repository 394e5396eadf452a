/** Which dataset the page address asks for: a deployed bundle (`?dataset=<id>`, the demo by default) or a saved import (`?saved=<id>`). */
export type DatasetSource = { kind: 'deployed'; id: string } | { kind: 'saved'; id: string };

export function datasetSource(search: string): DatasetSource {
  const q = new URLSearchParams(search);
  const saved = q.get('saved');
  if (saved) return { kind: 'saved', id: saved };
  return { kind: 'deployed', id: q.get('dataset') || 'demo' };
}

export const currentSource = (): DatasetSource => datasetSource(typeof location === 'undefined' ? '' : location.search);

/**
 * The earlier snapshot the address compares the dataset with (`&compare=<id>`: a deployed bundle by
 * its name, `saved:<id>` an import saved in this browser), or null.
 */
export function compareSource(search: string): DatasetSource | null {
  const v = new URLSearchParams(search).get('compare');
  if (!v) return null;
  return v.startsWith('saved:') ? { kind: 'saved', id: v.slice(6) } : { kind: 'deployed', id: v };
}

/** The `compare=` value of a source. */
export const compareParam = (s: DatasetSource): string => (s.kind === 'saved' ? `saved:${s.id}` : s.id);

export const currentCompare = (): DatasetSource | null =>
  compareSource(typeof location === 'undefined' ? '' : location.search);
