/**
 * The store's rules that are easy to break, on a small generated district loaded as the app loads
 * a bundle: choropleth breaks stay frozen while filtering until re-classed; a what-if model rescores
 * and resets; the URL follows filter changes and back/forward bring the view back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtDemo } from '../data/test-support/built-demo.ts';
import { encodeBundle } from '../data/bundle.ts';
import { bundleFilesOf, decodeBundleFiles } from '../data/load-bundle.ts';
import { classBreaks } from '../domain/classify.ts';
import { metricValue } from '../data/area/area-metrics.ts';
import { useStore } from './store.ts';
import type { LayerDef } from './layers-slice.ts';
import { settingsOf } from './layer-settings.ts';
import { choroplethSettings } from '../map/choropleth/choropleth-settings-spec.ts';

const b = encodeBundle(builtDemo('flows', 3, 600));
const dataset = () => decodeBundleFiles(bundleFilesOf(b));

/** The store holds the layers it is given (the app gives it src/map's registry); these stand in for them. */
const LAYERS: LayerDef[] = [
  { id: 'points', defaults: { visible: true, opacity: 1 } },
  { id: 'hazards', defaults: { visible: false, opacity: 1 } },
  { id: 'townChoro', defaults: { visible: false, opacity: 0.65 }, areaKind: 'town', settings: choroplethSettings },
];
useStore.getState().defineLayers(LAYERS);

describe('choropleth breaks', () => {
  beforeAll(() => useStore.getState().setDataset(dataset()));

  it('come from the whole district, stay frozen while filtering, and move only on re-class', () => {
    const s = () => useStore.getState();
    const choro = () => settingsOf(s(), choroplethSettings);
    s().setLayer('townChoro', { visible: true });
    expect(choro().metric).toBe('riskIndex');
    const district = choro().breaks.town!;
    expect(district.length).toBe(choro().classes - 1);
    s().setFilters({ levels: [0, 1] });
    expect(choro().breaks.town).toBe(district);
    // Re-classing takes the towns' values under the current filters.
    s().refreeze('choro');
    const m = s().areaMetrics!.town;
    const filtered = Array.from({ length: m.count }, (_, i) => metricValue(m, 'riskIndex', i)).filter(Number.isFinite);
    expect(choro().breaks.town).toEqual(classBreaks(filtered, choro().classes, choro().method, choro().manual));
    expect(choro().breaks.town).not.toEqual(district);
    // A change of settings classes the whole district again.
    s().setLayerSettings('choro', { classes: 4 });
    expect(choro().breaks.town!.length).toBe(3);
    s().setFilters({ levels: [] });
    s().setLayer('townChoro', { visible: false });
  });
});

describe('what-if model', () => {
  beforeAll(() => useStore.getState().setDataset(dataset()));

  it('rescores with a lower 重大 threshold (45 instead of 55), marks the view as what-if, and resets', () => {
    const s = () => useStore.getState();
    const majorBefore = s().result!.counts.level[0];
    const base = s().model;
    expect(s().applyModel({ thresholds: { major: 45 } }), String(s().modelError)).toBe(true);
    expect(s().modelError).toBeNull();
    expect(s().whatIf).toBe(true);
    expect(s().model.thresholds.major).toBe(45);
    expect(s().result!.counts.level[0]).toBeGreaterThan(majorBefore);
    s().resetModel();
    expect(s().whatIf).toBe(false);
    expect(s().model).toEqual(base);
    expect(s().result!.counts.level[0]).toBe(majorBefore);
  });
});

/** Just enough of a browser's location, history and window for url-sync: a history stack with back and forward. */
function fakeBrowser() {
  const stack: string[] = [''];
  let at = 0;
  const listeners: (() => void)[] = [];
  const location = { pathname: '/app/', search: '', hash: '' };
  const go = (k: number) => {
    at = k;
    location.hash = stack[at];
    listeners.forEach((f) => f());
  };
  const g = globalThis as unknown as Record<string, unknown>;
  g.location = location;
  g.history = {
    pushState: (_: unknown, __: string, url: string) => {
      stack.splice(at + 1);
      stack.push(url.slice(url.indexOf('#') < 0 ? url.length : url.indexOf('#')));
      at++;
      location.hash = stack[at];
    },
    replaceState: (_: unknown, __: string, url: string) => {
      stack[at] = url.slice(url.indexOf('#') < 0 ? url.length : url.indexOf('#'));
      location.hash = stack[at];
    },
  };
  g.window = { addEventListener: (_: string, f: () => void) => listeners.push(f), removeEventListener: () => {} };
  return {
    location,
    back: () => go(at - 1),
    forward: () => go(at + 1),
    get length() {
      return stack.length;
    },
  };
}

describe('url sync', () => {
  let browser: ReturnType<typeof fakeBrowser>;
  let stop = () => {};
  beforeAll(async () => {
    browser = fakeBrowser();
    useStore.getState().setDataset(dataset());
    const { applyUrl, startUrlSync } = await import('./url-sync.ts');
    applyUrl();
    stop = startUrlSync();
  });
  afterAll(() => stop());

  it('writes each filter change as a new history entry, and back and forward bring the views back', () => {
    const s = () => useStore.getState();
    s().setFilters({ levels: [0] });
    expect(browser.location.hash).toContain('level=major');
    s().setFilters({ levels: [0], sectors: [0] });
    const second = browser.location.hash;
    expect(second).toMatch(/sector=/);
    browser.back();
    expect(s().filters.levels).toEqual([0]);
    expect(s().filters.sectors).toEqual([]);
    browser.back();
    expect(s().filters.levels).toEqual([]);
    browser.forward();
    browser.forward();
    expect(browser.location.hash).toBe(second);
    expect(s().filters.sectors).toEqual([0]);
  });
});

describe('details streamed after the first picture', () => {
  it('shows the core at once, waits a search for the names, and ignores details of a dataset no longer shown', () => {
    const s = () => useStore.getState();
    const full = dataset();
    const { text, hazards, inspections, ...core } = full;
    s().setDataset(core);
    s().clearAll();
    expect(s().loadState).toBe('ready');
    expect(s().text).toBeNull();
    expect(s().hazards).toBeNull();
    expect(s().inspections).toBeNull();
    expect(s().detailsState).toBe('loading');
    const all = s().result!.selected;
    // A search typed before the names arrive waits (nothing is filtered out) and says so.
    const name = text.name.get(7)!;
    s().setFilters({ query: name });
    expect(s().searchPending).toBe(true);
    expect(s().result!.selected).toBe(all);
    // Details of another dataset (an earlier load) are dropped.
    s().setDetails({ ...core.manifest }, { text });
    expect(s().text).toBeNull();
    // The names arrive: the search applies.
    s().setDetails(core.manifest, { text });
    expect(s().searchPending).toBe(false);
    const want = Array.from({ length: text.name.length }, (_, i) => i).filter((i) =>
      `${text.name.get(i)}\u0000${text.creditCode.get(i)}\u0000${text.address.get(i)}`
        .toLowerCase()
        .includes(name.toLowerCase()),
    ).length;
    expect(s().result!.selected).toBe(want);
    expect(want).toBeLessThan(all);
    expect(s().detailsState).toBe('loading');
    s().setDetails(core.manifest, { hazards });
    // The dataset has an inspection ledger (its manifest counts the inspections): not ready without it.
    expect(core.manifest.inspections).toBeGreaterThan(0);
    expect(s().detailsState).toBe('loading');
    s().setDetails(core.manifest, { inspections });
    expect(s().inspections).toBe(inspections);
    expect(s().detailsState).toBe('ready');
    // A failure keeps the first picture and says what went wrong.
    s().setDataset(core);
    s().setDetailsError(core.manifest, 'hazards.arrow: the server answered HTTP 500');
    expect(s().detailsState).toBe('error');
    expect(s().loadState).toBe('ready');
    s().setFilters({ query: '' });
  });

  it('keeps the inspections beside the hazards, and is ready without them in a dataset that has no inspection ledger', () => {
    const s = () => useStore.getState();
    const full = dataset();
    // A saved import comes whole: its inspections with it.
    s().setDataset(full);
    expect(s().inspections).toBe(full.inspections);
    expect(s().detailsState).toBe('ready');
    // A bundle built without the ledger (or before it existed): its manifest counts none.
    const { manifest: withLedger, enterprises, geo, text, hazards } = full;
    const manifest = { ...withLedger };
    delete manifest.inspections;
    s().setDataset({ manifest, geo, enterprises });
    expect(s().inspections).toBeNull();
    s().setDetails(manifest, { text });
    expect(s().detailsState).toBe('loading');
    s().setDetails(manifest, { hazards });
    expect(s().detailsState).toBe('ready');
    expect(s().inspections).toBeNull();
  });
});

describe('comparison', () => {
  beforeAll(() => useStore.getState().setDataset(dataset()));

  it('is closed by default; closing one clears the change filter, the others stay', () => {
    const s = () => useStore.getState();
    expect(s().comparing).toBe(false);
    s().setComparing(true);
    s().setFilters({ change: 2, levels: [0] });
    expect(s().comparing).toBe(true);
    s().setComparing(false);
    expect(s().comparing).toBe(false);
    expect([s().filters.change, s().filters.levels]).toEqual([0, [0]]);
    // Without a comparison every enterprise reads change code 0: the result follows the cleared filter.
    expect(s().result!.selected).toBe(s().result!.counts.level[0]);
    s().setFilters({ levels: [] });
  });
});
