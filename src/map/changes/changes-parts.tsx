/**
 * The changes layer's legend and settings as the registry sees them: each waits for the layer's own
 * chunk (build-change-layer.ts, which brings the real ones, the marks and their text) and renders
 * nothing until it is in. Unlike the inspection marks, whose legend is in the first map's chunk, the
 * changes layer only ever shows with a comparison open, so none of it is worth the first map's JS
 * budget (scripts/check-bundle-size.ts); the idle prefetch and the first build load the chunk.
 */
import { useEffect } from 'react';
import { useLazyLoaded } from '../../ui/lazy-load.ts';
import type { LegendProps } from '../layer-kind.ts';
import { changesBuilder } from './changes-builder.ts';

function useChangesChunk() {
  useLazyLoaded();
  const m = changesBuilder.current;
  useEffect(() => {
    // A chunk that fails to load says so through the layer's build (lazy-builder.ts): nothing to add here.
    if (!m) changesBuilder.load().catch(() => undefined);
  }, [m]);
  return m;
}

export function ChangesLegend(props: LegendProps) {
  const m = useChangesChunk();
  return m ? <m.ChangesLegend {...props} /> : null;
}

export function ChangesSettings() {
  const m = useChangesChunk();
  return m ? <m.ChangesSettings /> : null;
}
