import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Map as MlMap } from 'maplibre-gl';
import { builderOf, lazyBuilder } from '../lazy-builder.ts';
import { MAP_DRAW_TIMEOUT_MS } from '../map-problems.ts';
import { readyWhenDrawn, watchForStall } from './map-ready.ts';

vi.mock('../../ui/lazy-load.ts', async (original) => ({
  ...(await original<typeof import('../../ui/lazy-load.ts')>()),
  prefetchWhenIdle: vi.fn(),
}));

/** The part of a MapLibre map these functions use: its box and its 'idle' listeners. */
function fakeMap() {
  const box = { dataset: {} as Record<string, string> };
  const idle = new Set<() => void>();
  const map = {
    getContainer: () => box,
    once: (type: string, f: () => void) => {
      if (type === 'idle') idle.add(f);
    },
    off: (type: string, f: () => void) => {
      if (type === 'idle') idle.delete(f);
    },
  };
  const goIdle = () => {
    const fs = [...idle];
    idle.clear();
    for (const f of fs) f();
  };
  return { map: map as unknown as MlMap, box, idle, goIdle };
}

/** A builder module that stays loading until `arrive` is called. */
function loadingBuilder() {
  let arrive = () => undefined as void;
  const mod = lazyBuilder(
    () =>
      new Promise<object>((resolve) => {
        arrive = () => resolve({});
      }),
  );
  builderOf(mod, { name: { zh: '测试', en: 'test' } });
  return {
    arrive: async () => {
      arrive();
      await mod.load();
    },
  };
}

describe('map-ready', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is false from a change of the layers until the map is idle', () => {
    const m = fakeMap();
    readyWhenDrawn(m.map);
    expect(m.box.dataset.mapReady).toBe('false');
    m.goIdle();
    expect(m.box.dataset.mapReady).toBe('true');
  });

  it('keeps one idle listener: the latest change', () => {
    const m = fakeMap();
    readyWhenDrawn(m.map);
    readyWhenDrawn(m.map);
    expect(m.idle.size).toBe(1);
  });

  it('waits for no idle while a builder loads, and an earlier change cannot set it', async () => {
    const m = fakeMap();
    readyWhenDrawn(m.map);
    const builder = loadingBuilder();
    readyWhenDrawn(m.map);
    expect(m.idle.size).toBe(0);
    m.goIdle();
    expect(m.box.dataset.mapReady).toBe('false');
    await builder.arrive();
    readyWhenDrawn(m.map);
    m.goIdle();
    expect(m.box.dataset.mapReady).toBe('true');
  });

  it('raises a stall only when the map has not drawn since its style was set', () => {
    const m = fakeMap();
    const stalled = vi.fn();
    watchForStall(m.map, stalled);
    expect(m.box.dataset.mapReady).toBe('false');
    vi.advanceTimersByTime(MAP_DRAW_TIMEOUT_MS);
    expect(stalled).toHaveBeenCalledOnce();

    const drawn = fakeMap();
    const notStalled = vi.fn();
    watchForStall(drawn.map, notStalled);
    readyWhenDrawn(drawn.map);
    drawn.goIdle();
    // A later change (a filter, a zoom) makes it not ready again, but it has drawn.
    readyWhenDrawn(drawn.map);
    vi.advanceTimersByTime(MAP_DRAW_TIMEOUT_MS);
    expect(notStalled).not.toHaveBeenCalled();
  });

  it('asks again after a new style, and a cancelled watch raises nothing', () => {
    const m = fakeMap();
    watchForStall(m.map, () => undefined)();
    readyWhenDrawn(m.map);
    m.goIdle();
    const stalled = vi.fn();
    watchForStall(m.map, stalled);
    vi.advanceTimersByTime(MAP_DRAW_TIMEOUT_MS);
    expect(stalled).toHaveBeenCalledOnce();

    const cancelled = vi.fn();
    watchForStall(m.map, cancelled)();
    vi.advanceTimersByTime(MAP_DRAW_TIMEOUT_MS);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
