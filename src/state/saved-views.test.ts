import { afterEach, describe, expect, it } from 'vitest';
import {
  loadSavedViews,
  parseSavedViews,
  SAVED_VIEWS_KEY,
  savedViewsFile,
  storeSavedViews,
  type SavedView,
} from './saved-views.ts';
import { useStore } from './store.ts';

const view = (id: string, over: Partial<SavedView> = {}): SavedView => ({
  id,
  name: `视图 ${id}`,
  hash: '#level=major',
  dataset: 'demo',
  seconds: 30,
  savedAt: '2026-12-01T00:00:00Z',
  ...over,
});

/** A localStorage for Node: the store's persistence is what is under test. */
const memory = new Map<string, string>();
globalThis.localStorage = {
  getItem: (k: string) => memory.get(k) ?? null,
  setItem: (k: string, v: string) => {
    memory.set(k, v);
  },
  removeItem: (k: string) => {
    memory.delete(k);
  },
  clear: () => memory.clear(),
  key: () => null,
  length: 0,
} as Storage;
afterEach(() => memory.clear());

describe('saved views', () => {
  it('round-trips through the JSON file and through storage', () => {
    // One saved while comparing with an earlier data date keeps it.
    const views = [view('a'), view('b', { seconds: 5, hash: '' }), view('c', { compare: 'demo-prev' })];
    expect(parseSavedViews(JSON.parse(savedViewsFile(views)))).toEqual({ views });
    storeSavedViews(views);
    expect(loadSavedViews()).toEqual({ views, corrupt: false });
  });

  it('refuses what is not a list of views, naming the bad one', () => {
    expect(parseSavedViews({ views: [] })).toHaveProperty('error');
    expect(parseSavedViews([view('a'), { ...view('b'), seconds: 0 }])).toEqual({
      error: { zh: '第 2 个视图不完整或有误', en: 'view 2 is incomplete or wrong' },
    });
    expect(parseSavedViews([{ ...view('a'), hash: 'javascript:alert(1)' }])).toHaveProperty('error');
    expect(parseSavedViews([{ ...view('a'), compare: 7 }])).toHaveProperty('error');
    // Duplicate ids in one file get fresh ones.
    const r = parseSavedViews([view('a'), view('a')]);
    expect('views' in r && new Set(r.views.map((v) => v.id)).size).toBe(2);
  });

  it('a corrupt stored value gives an empty list, marked corrupt, and the store a notice', () => {
    memory.set(SAVED_VIEWS_KEY, '[{"id": 3, "name": null}');
    expect(loadSavedViews()).toEqual({ views: [], corrupt: true });
    memory.set(SAVED_VIEWS_KEY, '{"not": "views"}');
    expect(loadSavedViews()).toEqual({ views: [], corrupt: true });
    useStore.getState().loadViews();
    expect(useStore.getState().savedViews).toEqual([]);
    expect(useStore.getState().notice).toMatchObject({ kind: 'message' });
  });

  it('saves, renames, times, reorders and deletes in the store, and keeps each change', () => {
    const s = () => useStore.getState();
    s().loadViews();
    const a = s().saveView(' 全区 ', '#', 'demo')!;
    const b = s().saveView('重大', '#level=major', 'demo')!;
    expect(a.name).toBe('全区');
    s().renameView(b.id, '重大风险');
    s().setViewSeconds(b.id, 1);
    s().moveView(b.id, -1);
    expect(s().savedViews.map((v) => [v.name, v.seconds])).toEqual([
      ['重大风险', 3],
      ['全区', 30],
    ]);
    expect(loadSavedViews().views).toEqual(s().savedViews);
    s().deleteView(a.id);
    expect(loadSavedViews().views.map((v) => v.id)).toEqual([b.id]);
  });

  it('steps a tour round its views and stops it when presentation ends', () => {
    const s = () => useStore.getState();
    s().setPresenting(true);
    s().startTour(0);
    const step = s().tour!.step;
    s().stepTour(1);
    s().stepTour(1);
    expect(s().tour).toMatchObject({ index: 2, playing: true, step: step + 2 });
    s().toggleTourPlaying();
    expect(s().tour!.playing).toBe(false);
    s().setPresenting(false);
    expect(s().tour).toBeNull();
  });
});
