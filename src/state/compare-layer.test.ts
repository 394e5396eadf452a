/**
 * A comparison turns the changes layer on once, when it is ready: the user then sees the movers on
 * the map; turning the layer off afterwards sticks, through a what-if rescore that recomputes the diff.
 */
import { describe, expect, it } from 'vitest';
import { builtDemo } from '../data/test-support/built-demo.ts';
import { encodeBundle } from '../data/bundle.ts';
import { bundleFilesOf, decodeBundleFiles } from '../data/load-bundle.ts';
import { useStore } from './store.ts';
import { CHANGES_LAYER } from './layers-slice.ts';

// One small district, its earlier snapshot the same bundle read again (what changed does not matter here).
const files = bundleFilesOf(encodeBundle(builtDemo('cmp', 3, 300)));
const load = () => decodeBundleFiles(files);

useStore.getState().defineLayers([
  { id: 'points', defaults: { visible: true, opacity: 1 } },
  { id: CHANGES_LAYER, defaults: { visible: false, opacity: 1 } },
]);

const until = async (ok: () => boolean) => {
  for (let k = 0; k < 200 && !ok(); k++) await new Promise((r) => setTimeout(r, 10));
  expect(ok()).toBe(true);
};

describe('a comparison and the changes layer', () => {
  it('turns the layer on once, when the comparison is ready', async () => {
    const s = () => useStore.getState();
    s().setDataset(load());
    expect(s().layers[CHANGES_LAYER].visible).toBe(false);
    s().startCompare({ kind: 'deployed', id: 'prev' }, Promise.resolve(load()));
    expect(s().layers[CHANGES_LAYER].visible).toBe(false);
    await until(() => s().compareState === 'ready');
    expect(s().layers[CHANGES_LAYER].visible).toBe(true);
    // The user turns it off: a rescore (a new diff under the new levels) leaves it off.
    s().setLayer(CHANGES_LAYER, { visible: false });
    const diff = s().comparison!.diff;
    expect(s().applyModel({ thresholds: { major: 45 } }), String(s().modelError)).toBe(true);
    expect(s().comparison!.diff).not.toBe(diff);
    expect(s().layers[CHANGES_LAYER].visible).toBe(false);
  }, 30_000);
});
