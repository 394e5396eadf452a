/**
 * Timings of the app's own work (a filter run, a rescore) in the browser's performance timeline, where
 * the e2e tests and DevTools read them. The timeline keeps every entry until cleared, and a wall tour
 * filters for a whole day: so each name keeps at most its last KEEP measures, and no marks.
 */
const KEEP = 100;

/** Starts timing `name`; returns the function that ends it. */
export function startTiming(name: string): () => void {
  const t = globalThis.performance;
  if (!t?.mark || !t.measure) return () => undefined;
  const start = `${name}-start-${Math.random().toString(36).slice(2, 8)}`;
  t.mark(start);
  return () => {
    t.measure(name, start);
    t.clearMarks(start);
    const entries = t.getEntriesByName(name, 'measure');
    if (entries.length > KEEP) {
      // The timeline cannot drop single entries: keep the newest by measuring them again.
      const kept = entries.slice(-KEEP / 2);
      t.clearMeasures(name);
      for (const e of kept) t.measure(name, { start: e.startTime, duration: e.duration });
    }
  };
}
